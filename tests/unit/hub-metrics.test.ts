import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { brandes, toAdjacency } from '../../store/analytics/brandes';
import { computeHubScores, type AnalyticsNode } from '../../store/analytics/hubs';

function randomGraph(n: number, m: number, seed: number): [number, number][] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const edges: [number, number][] = [];
  for (let i = 0; i < m; i++) edges.push([Math.floor(next() * n), Math.floor(next() * n)]);
  return edges;
}

describe('betweenness', () => {
  test('exact Brandes agrees with graphology-metrics on a random graph', () => {
    const n = 60;
    const edges = randomGraph(n, 150, 7).filter(([a, b]) => a !== b);
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < n; i++) g.addNode(String(i));
    for (const [a, b] of edges)
      if (!g.hasEdge(String(a), String(b))) g.addEdge(String(a), String(b));
    const unique: [number, number][] = g.mapEdges(
      (_e, _attr, s, t) => [Number(s), Number(t)] as [number, number],
    );
    const ours = brandes(toAdjacency(n, unique), {
      sources: Array.from({ length: n }, (_, i) => i),
    });
    const theirs = betweennessCentrality(g, { normalized: false });
    for (let i = 0; i < n; i++) expect(ours[i]).toBeCloseTo(theirs[String(i)] ?? 0, 6);
  });

  test('the middle of a path carries all shortest paths through it', () => {
    const scores = brandes(
      toAdjacency(3, [
        [0, 1],
        [1, 2],
      ]),
      { sources: [0, 1, 2] },
    );
    expect([...scores]).toEqual([0, 1, 0]);
  });
});

describe('cross-district bridging', () => {
  const node = (id: string, district?: string): AnalyticsNode => ({
    id,
    name: id,
    type: 'Company',
    district: district ? { id: district, name: district } : null,
  });

  test('scores the entity that links two districts, not the ones inside a district', () => {
    // a1 - a2 - broker - b1, with a1, a2 in A and b1 in B; broker's own district is unknown.
    const nodes = [node('a1', 'A'), node('a2', 'A'), node('broker'), node('b1', 'B')];
    const edges = [
      { source: 'a1', target: 'a2', type: 'CO_BUILDS' },
      { source: 'a2', target: 'broker', type: 'CO_BUILDS' },
      { source: 'broker', target: 'b1', type: 'SUPPORTS' },
    ];
    const { scores } = computeHubScores(nodes, edges);
    // a1→b1 and a2→b1 both cross districts through broker; a2 brokers only a1→b1.
    expect(scores.bridging[2]).toBe(2);
    expect(scores.bridging[1]).toBe(1);
    expect(scores.bridging[0]).toBe(0);
    expect(scores.betweenness[2]).toBe(2);
  });

  test('ignores LOCATED_IN ties when ranking brokers', () => {
    const nodes = [
      node('x', 'D'),
      node('y', 'D'),
      { id: 'D', name: 'D', type: 'District', district: { id: 'D', name: 'D' } },
    ];
    const edges = [
      { source: 'x', target: 'D', type: 'LOCATED_IN' },
      { source: 'y', target: 'D', type: 'LOCATED_IN' },
    ];
    const { scores } = computeHubScores(nodes, edges);
    expect([...scores.betweenness]).toEqual([0, 0, 0]);
    expect([...scores.degree]).toEqual([0, 0, 0]);
  });
});
