import { cypher } from '../cypher/registry';
import { RELATION_TYPES, type RelationType } from '../graph/ontology';
import { toElements, type EdgeRecord, type Elements, type NodeRecord } from './elements';
import { evidenceIn, type EvidenceItem } from './entityQueries';
import { NotFoundError } from './errors';
import { readTx } from './session';

export interface PathQuery {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  relations?: RelationType[];
  avoid?: string[];
  minConfidence?: number;
}

export const PATH_DEFAULTS = Object.freeze({
  /** Two paths sharing more than this share of their intermediate entities count as the same route. */
  maxOverlap: 0.5,
  /** Shortest paths fetched per search; the diverse ones are picked among them. */
  candidates: 16,
});

interface Candidate {
  nodes: { id: string }[];
  edges: EdgeRecord[];
}

export interface RankedPath {
  rank: number;
  length: number;
  nodes: string[];
  edges: string[];
  /** Mean confidence of the hops: ties stated more surely rank first among equal lengths. */
  confidence: number;
  hops: { edge: EdgeRecord; evidence: EvidenceItem[] }[];
}

function overlap(a: Candidate, b: Candidate): number {
  const inner = (c: Candidate) => new Set(c.nodes.slice(1, -1).map((n) => n.id));
  const x = inner(a);
  const y = inner(b);
  if (x.size === 0 || y.size === 0) return x.size === y.size ? 1 : 0;
  let shared = 0;
  for (const id of x) if (y.has(id)) shared++;
  return shared / Math.min(x.size, y.size);
}

function meanConfidence(c: Candidate): number {
  return c.edges.reduce((s, e) => s + (e.confidence ?? 0), 0) / Math.max(1, c.edges.length);
}

/**
 * Picks k diverse paths: shortest first, then most confident; a candidate that mostly repeats
 * the intermediate entities of one already chosen is kept only if nothing more diverse is left.
 */
export function pickDiverse<C extends Candidate>(
  candidates: C[],
  k: number,
  maxOverlap = PATH_DEFAULTS.maxOverlap,
): C[] {
  return choose(candidates, k, maxOverlap).chosen;
}

function choose<C extends Candidate>(
  candidates: C[],
  k: number,
  maxOverlap: number,
): { chosen: C[]; diverse: number } {
  const sorted = [...candidates].sort(
    (a, b) => a.edges.length - b.edges.length || meanConfidence(b) - meanConfidence(a),
  );
  const chosen: C[] = [];
  const similar: C[] = [];
  for (const c of sorted) {
    if (chosen.length >= k) break;
    if (chosen.every((p) => overlap(p, c) <= maxOverlap)) chosen.push(c);
    else similar.push(c);
  }
  const diverse = chosen.length;
  for (const c of similar) {
    if (chosen.length >= k) break;
    chosen.push(c);
  }
  return { chosen, diverse };
}

/**
 * k diverse shortest paths between two entities, each hop with the sentences that state it.
 * Each search is one bidirectional breadth-first search for the shortest paths; when they hold
 * fewer than k diverse routes, the next search bars every entity the paths so far went through
 * (and the direct ties), so it finds the next-shortest route that shares none of them.
 */
export async function findPaths(
  q: PathQuery,
): Promise<{ paths: RankedPath[]; elements: Elements }> {
  const { chosen, nodes, evidence } = await readTx(async (tx) => {
    const exclude = new Set<string>();
    let skipDirect = false;
    const search = () =>
      tx.run(cypher('queries/paths'), {
        from: q.from,
        to: q.to,
        relations: q.relations ?? [...RELATION_TYPES],
        avoid: q.avoid ?? [],
        exclude: [...exclude],
        skipDirect,
        minConfidence: q.minConfidence ?? 0,
        candidates: PATH_DEFAULTS.candidates,
      });
    // The two ends and the first search go together (one round trip); a missing end finds no path.
    const [ends, first] = await Promise.all([
      tx.run(cypher('queries/nodes-by-id'), { ids: [q.from, q.to] }),
      q.from === q.to ? undefined : search(),
    ]);
    const found = new Map(
      ends.records.map((r) => {
        const n = r.get('node') as NodeRecord;
        return [n.id, n];
      }),
    );
    for (const id of [q.from, q.to])
      if (!found.has(id)) throw new NotFoundError(`No entity with id ${id}`);
    const candidates: Candidate[] = [];
    for (let round = 0; first && round < q.k; round++) {
      const res = round === 0 ? first : await search();
      const fresh = res.records
        .map((r) => ({
          nodes: (r.get('nodes') as string[]).map((id) => ({ id })),
          edges: r.get('edges') as EdgeRecord[],
        }))
        .filter((c) => c.edges.length <= q.maxHops);
      if (fresh.length === 0) break;
      candidates.push(...fresh);
      if (choose(candidates, q.k, PATH_DEFAULTS.maxOverlap).diverse >= q.k) break;
      const barred = exclude.size + Number(skipDirect);
      for (const c of fresh) {
        for (const n of c.nodes.slice(1, -1)) exclude.add(n.id);
        if (c.edges.length === 1) skipDirect = true;
      }
      if (exclude.size + Number(skipDirect) === barred) break;
    }
    const picked = pickDiverse(candidates, q.k);
    const ids = [...new Set(picked.flatMap((c) => c.nodes.map((n) => n.id)))].filter(
      (id) => !found.has(id),
    );
    const [more, evidence] = await Promise.all([
      ids.length > 0 ? tx.run(cypher('queries/nodes-by-id'), { ids }) : undefined,
      evidenceIn(tx, [...new Set(picked.flatMap((c) => c.edges.map((e) => e.id)))]),
    ]);
    for (const r of more?.records ?? []) {
      const n = r.get('node') as NodeRecord;
      found.set(n.id, n);
    }
    return { chosen: picked, nodes: found, evidence };
  });
  const full = chosen.map((c) => ({
    nodes: c.nodes.map((n) => nodes.get(n.id) ?? { id: n.id, name: n.id, type: 'Other' }),
    edges: c.edges,
  }));
  const paths = full.map((c, i) => ({
    rank: i + 1,
    length: c.edges.length,
    nodes: c.nodes.map((n) => n.id),
    edges: c.edges.map((e) => e.id),
    confidence: meanConfidence(c),
    hops: c.edges.map((e) => ({ edge: e, evidence: evidence.get(e.id)?.evidence ?? [] })),
  }));
  return {
    paths,
    elements: toElements(
      full.flatMap((c) => c.nodes),
      full.flatMap((c) => c.edges),
    ),
  };
}
