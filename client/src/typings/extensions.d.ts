/** Type declarations for the untyped Cytoscape extensions the client uses. */
declare module 'cytoscape-fcose' {
  const ext: cytoscape.Ext;
  export default ext;
}
declare module 'cytoscape-svg' {
  const ext: cytoscape.Ext;
  export default ext;
}
declare namespace cytoscape {
  interface Core {
    /** Added by cytoscape-svg. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
