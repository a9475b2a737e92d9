/**
 * Layout policy. All options live in frozen DEFAULTS objects (one comment per option, like
 * cytoscape-fcose's own defaults); functions only pick between them and add per-run fields.
 */
import type cytoscape from 'cytoscape';
import { REFINE_DEFAULTS, refinePositions } from './refine';

export interface FcoseOptions {
  name: 'fcose';
  quality: 'draft' | 'default' | 'proof';
  randomize: boolean;
  animate: boolean;
  animationDuration: number;
  fit: boolean;
  padding: number;
  nodeDimensionsIncludeLabels: boolean;
  uniformNodeDimensions: boolean;
  packComponents: boolean;
  samplingType: boolean;
  sampleSize: number;
  nodeSeparation: number;
  piTol: number;
  nodeRepulsion: number;
  idealEdgeLength: number;
  edgeElasticity: number;
  nestingFactor: number;
  gravity: number;
  numIter: number;
  tile: boolean;
  gravityRangeCompound: number;
  gravityCompound: number;
  gravityRange: number;
  initialEnergyOnIncremental: number;
  fixedNodeConstraint?: { nodeId: string; position: { x: number; y: number } }[];
  eles?: cytoscape.Collection;
  stop?: () => void;
}

/** Small and medium graphs (up to LARGE_GRAPH_NODES nodes): full fcose quality. */
export const LAYOUT_DEFAULTS: Readonly<FcoseOptions> = Object.freeze({
  // the layout algorithm (registered once in cy.ts)
  name: 'fcose',
  // spectral placement followed by a CoSE refinement with fast cooling
  quality: 'default',
  // start from scratch (spectral) rather than from current positions
  randomize: true,
  // animating thousands of nodes costs more than it shows; positions are set at once
  animate: false,
  // only used when animate is true
  animationDuration: 500,
  // fit the viewport to the result
  fit: true,
  // padding (px) around the fitted graph
  padding: 30,
  // labels are wrapped and hidden when zoomed out, so they do not take part in repulsion
  nodeDimensionsIncludeLabels: false,
  // node sizes vary with importance, so sizes are not uniform
  uniformNodeDimensions: false,
  // pack disconnected components (many small clusters in news-derived graphs)
  packComponents: true,
  // greedy sampling for the spectral distance matrix
  samplingType: true,
  // sample size for the spectral distance matrix
  sampleSize: 25,
  // separation between nodes in the spectral step
  nodeSeparation: 75,
  // power iteration tolerance of the spectral step
  piTol: 0.0000001,
  // node repulsion multiplier
  nodeRepulsion: 6500,
  // ideal edge length (px); long enough for two-line Chinese labels
  idealEdgeLength: 70,
  // divisor for edge forces
  edgeElasticity: 0.45,
  // ideal edge length factor for edges inside district compounds
  nestingFactor: 0.1,
  // gravity towards the centre
  gravity: 0.25,
  // maximum CoSE iterations
  numIter: 2500,
  // tile disconnected singletons into a grid
  tile: true,
  // gravity range for compound nodes
  gravityRangeCompound: 1.5,
  // gravity strength for compound nodes
  gravityCompound: 1.0,
  // gravity range
  gravityRange: 3.8,
  // initial cooling factor when refining existing positions
  initialEnergyOnIncremental: 0.3,
});

/** Graphs at or above this many nodes use LARGE_GRAPH_DEFAULTS. */
export const LARGE_GRAPH_NODES = 1200;

/**
 * Large graphs: fcose's spectral placement only ('draft'), then a bounded force-directed
 * refinement (refine.ts, REFINE_DEFAULTS) instead of fcose's CoSE phase, whose tree-regrowth
 * steps cost seconds on thousands of nodes whatever numIter says.
 */
export const LARGE_GRAPH_DEFAULTS: Readonly<FcoseOptions> = Object.freeze({
  ...LAYOUT_DEFAULTS,
  // spectral placement only; refinePositions() does the rest
  quality: 'draft',
  // the refinement runs after fcose, so fitting happens once at the end
  fit: false,
  // a larger sample gives a better spectral start for the short refinement
  sampleSize: 40,
  // unused in 'draft' quality (kept for the table printed by the benchmark)
  numIter: 0,
});

/** Incremental placement after an expand / ingest: existing nodes are pinned where they are. */
export const INCREMENTAL_DEFAULTS: Readonly<FcoseOptions> = Object.freeze({
  ...LAYOUT_DEFAULTS,
  // keep current positions as the start
  randomize: false,
  // a short animation helps the eye follow where new nodes went
  animate: true,
  // short enough not to block the next click
  animationDuration: 400,
  // keep the user's viewport: existing nodes stay put on screen too
  fit: false,
  // a few hundred iterations place a neighbourhood
  numIter: 600,
  // gentle: only the new nodes have to move
  initialEnergyOnIncremental: 0.15,
  // do not re-pack components around the pinned nodes
  packComponents: false,
});

/** Options for laying out a whole graph of `n` nodes from scratch. */
export function fullLayoutOptions(n: number): FcoseOptions {
  return n < LARGE_GRAPH_NODES ? { ...LAYOUT_DEFAULTS } : { ...LARGE_GRAPH_DEFAULTS };
}

/**
 * The project's whole-graph layout: fcose for small and medium graphs; spectral + bounded
 * refinement for large ones. Resolves when positions are final.
 */
export async function projectLayout(
  cy: cytoscape.Core,
  eles: cytoscape.Collection,
  overrides: Partial<FcoseOptions> & { refine?: Partial<typeof REFINE_DEFAULTS> } = {},
): Promise<void> {
  const n = eles.nodes().length;
  const { refine, ...rest } = overrides;
  await runLayout(eles, { ...fullLayoutOptions(n), ...rest });
  if (n >= LARGE_GRAPH_NODES) {
    refinePositions(eles, refine);
    cy.fit(eles, LAYOUT_DEFAULTS.padding);
  }
}

/** Lays out everything visible; resolves when done. */
export function runFullLayout(cy: cytoscape.Core, eles?: cytoscape.Collection): Promise<void> {
  return projectLayout(cy, eles ?? cy.elements(':visible'));
}

/**
 * Places `added` nodes around the existing graph without moving anything else: runs fcose on
 * the added nodes plus their already-placed neighbours, with those neighbours fixed.
 */
export function runIncrementalLayout(
  cy: cytoscape.Core,
  added: cytoscape.NodeCollection,
): Promise<void> {
  const fresh = added.filter((n) => !n.isParent()).nodes();
  if (fresh.empty()) return Promise.resolve();
  const anchors: cytoscape.NodeCollection = fresh
    .neighborhood()
    .nodes()
    .difference(fresh)
    .nodes()
    .filter((n: cytoscape.NodeSingular) => !n.isParent() && n.visible());
  const scope = fresh.union(anchors).union(fresh.connectedEdges().filter((e) => e.visible()));
  const fixed = anchors.map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  // start new nodes near an anchor so the short refinement has little to do
  fresh.forEach((n) => {
    const near = n.neighborhood().nodes().intersection(anchors).nodes().first();
    const ext = cy.extent();
    const base = near.nonempty()
      ? near.position()
      : { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
    const angle = Math.random() * Math.PI * 2;
    n.position({ x: base.x + Math.cos(angle) * 80, y: base.y + Math.sin(angle) * 80 });
  });
  if (fixed.length === 0)
    return runLayout(scope, { ...INCREMENTAL_DEFAULTS, randomize: true, animate: false });
  return runLayout(scope, { ...INCREMENTAL_DEFAULTS, fixedNodeConstraint: fixed });
}

export function runLayout(eles: cytoscape.Collection, opts: FcoseOptions): Promise<void> {
  return new Promise((resolve) => {
    if (eles.nodes().empty()) return resolve();
    const layout = eles.layout({ ...opts, eles } as unknown as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
