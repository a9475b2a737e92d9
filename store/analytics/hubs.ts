import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { brandes, toAdjacency } from './brandes';

export const HUB_METRICS = Object.freeze([
  'degree',
  'betweenness',
  'pagerank',
  'bridging',
] as const);
export type HubMetric = (typeof HUB_METRICS)[number];

export const HUB_DEFAULTS = Object.freeze({
  /** Up to this many nodes betweenness is exact; above, it is estimated from sampled sources. */
  exactBetweennessMaxNodes: 5_000,
  /** Sources sampled for estimated betweenness on larger graphs. */
  sampledSources: 256,
  /** Seed of the source sample, so the same graph always gives the same ranking. */
  seed: 42,
  /** PageRank damping, the usual 0.85. */
  pagerankAlpha: 0.85,
});

export interface AnalyticsNode {
  id: string;
  name: string;
  type: string;
  district?: { id: string; name: string } | null;
}
export interface AnalyticsEdge {
  source: string;
  target: string;
  type: string;
}

export interface HubScores {
  nodes: AnalyticsNode[];
  scores: Record<HubMetric, Float64Array>;
  methods: Record<HubMetric, string>;
}

/** A small deterministic PRNG (mulberry32) for the source sample. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampleSources(n: number, k: number, seed: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  const random = rng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, k);
}

/** Computes every hub metric over the whole graph (ties treated as undirected for brokerage). */
export function computeHubScores(nodes: AnalyticsNode[], edges: AnalyticsEdge[]): HubScores {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const pairs: [number, number][] = [];
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a !== undefined && b !== undefined && e.type !== 'LOCATED_IN') pairs.push([a, b]);
  }
  const n = nodes.length;
  const adj = toAdjacency(n, pairs);

  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    degree[i] = new Set(adj.targets.subarray(adj.offsets[i]!, adj.offsets[i + 1]!)).size;
  }

  const exact = n <= HUB_DEFAULTS.exactBetweennessMaxNodes;
  const sources = exact
    ? Array.from({ length: n }, (_, i) => i)
    : sampleSources(n, HUB_DEFAULTS.sampledSources, HUB_DEFAULTS.seed);
  const scale = exact ? 1 : n / sources.length;
  const betweenness = brandes(adj, { sources, scale });

  const district = nodes.map((d) => d.district?.id);
  const bridging = brandes(adj, {
    sources,
    scale,
    countsPair: (s, t) =>
      district[s] !== undefined && district[t] !== undefined && district[s] !== district[t],
  });

  const g = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  nodes.forEach((node) => g.addNode(node.id));
  for (const e of edges) {
    if (
      e.type !== 'LOCATED_IN' &&
      e.source !== e.target &&
      g.hasNode(e.source) &&
      g.hasNode(e.target) &&
      !g.hasEdge(e.source, e.target)
    ) {
      g.addEdge(e.source, e.target);
    }
  }
  const pr = n > 0 ? pagerank(g, { getEdgeWeight: null, alpha: HUB_DEFAULTS.pagerankAlpha }) : {};
  const pagerankScores = Float64Array.from(nodes, (node) => pr[node.id] ?? 0);

  const sampling = exact
    ? 'exact (Brandes)'
    : `estimated from ${sources.length} sampled sources (Brandes), scaled to the whole graph`;
  return {
    nodes,
    scores: { degree, betweenness, pagerank: pagerankScores, bridging },
    methods: {
      degree:
        'number of distinct entities tied to it (any relationship except LOCATED_IN, either direction)',
      betweenness: `shortest-path betweenness over the undirected tie graph (LOCATED_IN excluded), ${sampling}`,
      pagerank: `PageRank (alpha ${HUB_DEFAULTS.pagerankAlpha}) over directed ties (LOCATED_IN excluded), graphology-metrics`,
      bridging: `cross-district brokerage: betweenness counting only shortest paths between entities located in different districts, ${sampling}`,
    },
  };
}
