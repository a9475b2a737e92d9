/**
 * Brandes' betweenness on an undirected, unweighted graph in compact adjacency form, with two
 * options graphology-metrics does not offer: sampling sources (for large graphs) and counting
 * only some (source, target) pairs (for cross-district brokerage).
 */
export interface Adjacency {
  /** neighbours of node i are targets[offsets[i] .. offsets[i+1]) */
  offsets: Int32Array;
  targets: Int32Array;
}

export function toAdjacency(nodeCount: number, edges: readonly [number, number][]): Adjacency {
  const degree = new Int32Array(nodeCount);
  for (const [a, b] of edges) {
    if (a === b) continue;
    degree[a]!++;
    degree[b]!++;
  }
  const offsets = new Int32Array(nodeCount + 1);
  for (let i = 0; i < nodeCount; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, nodeCount);
  const targets = new Int32Array(offsets[nodeCount]!);
  for (const [a, b] of edges) {
    if (a === b) continue;
    targets[fill[a]!++] = b;
    targets[fill[b]!++] = a;
  }
  return { offsets, targets };
}

export interface BrandesOptions {
  /** Source nodes to run from; all nodes for exact betweenness. */
  sources: Iterable<number>;
  /** Whether the pair (s, t) counts; all pairs by default. */
  countsPair?: (s: number, t: number) => boolean;
  /** Multiplies the result (n / sampled sources when sampling, to estimate the full sum). */
  scale?: number;
}

export function brandes(adj: Adjacency, options: BrandesOptions): Float64Array {
  const n = adj.offsets.length - 1;
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const queue = new Int32Array(n);
  for (const s of options.sources) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let visited = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      order[visited++] = v;
      for (let i = adj.offsets[v]!; i < adj.offsets[v + 1]!; i++) {
        const w = adj.targets[i]!;
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    for (let j = visited - 1; j >= 0; j--) {
      const w = order[j]!;
      const own = w !== s && (options.countsPair ? options.countsPair(s, w) : true) ? 1 : 0;
      const coefficient = (own + delta[w]!) / sigma[w]!;
      for (let i = adj.offsets[w]!; i < adj.offsets[w + 1]!; i++) {
        const v = adj.targets[i]!;
        if (dist[v] === dist[w]! - 1) delta[v]! += sigma[v]! * coefficient;
      }
      if (w !== s) centrality[w]! += delta[w]!;
    }
  }
  // Undirected: each pair was counted from both ends.
  const scale = (options.scale ?? 1) / 2;
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
  return centrality;
}
