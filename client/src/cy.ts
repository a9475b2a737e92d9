/** The one place where Cytoscape extensions are registered. Import cytoscape from here. */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svgExport from 'cytoscape-svg';

let registered = false;
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(svgExport);
  registered = true;
}
registerExtensions();

export { cytoscape };
