import { cypher } from '../cypher/registry';
import { RELATION_TYPES, type RelationType } from '../graph/ontology';
import { toElements, type EdgeRecord, type Elements, type NodeRecord } from './elements';
import { evidenceFor, type EvidenceItem } from './entityQueries';
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
});

interface Candidate {
  nodes: NodeRecord[];
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
export function pickDiverse(
  candidates: Candidate[],
  k: number,
  maxOverlap = PATH_DEFAULTS.maxOverlap,
): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => a.edges.length - b.edges.length || meanConfidence(b) - meanConfidence(a),
  );
  const chosen: Candidate[] = [];
  const similar: Candidate[] = [];
  for (const c of sorted) {
    if (chosen.length >= k) break;
    if (chosen.every((p) => overlap(p, c) <= maxOverlap)) chosen.push(c);
    else similar.push(c);
  }
  for (const c of similar) {
    if (chosen.length >= k) break;
    chosen.push(c);
  }
  return chosen;
}

/** k diverse shortest paths between two entities, each hop with the sentences that state it. */
export async function findPaths(
  q: PathQuery,
): Promise<{ paths: RankedPath[]; elements: Elements }> {
  const candidates = await readTx(async (tx) => {
    const ends = await tx.run(cypher('queries/nodes-by-id'), { ids: [q.from, q.to] });
    const found = new Set(ends.records.map((r) => (r.get('node') as NodeRecord).id));
    for (const id of [q.from, q.to])
      if (!found.has(id)) throw new NotFoundError(`No entity with id ${id}`);
    if (q.from === q.to) return [];
    const res = await tx.run(cypher('queries/paths'), {
      from: q.from,
      to: q.to,
      relations: q.relations ?? [...RELATION_TYPES],
      avoid: q.avoid ?? [],
      minConfidence: q.minConfidence ?? 0,
      maxHops: q.maxHops,
    });
    return res.records.map((r) => ({
      nodes: r.get('nodes') as NodeRecord[],
      edges: r.get('edges') as EdgeRecord[],
    }));
  });
  const chosen = pickDiverse(candidates, q.k);
  const evidence = await evidenceFor([...new Set(chosen.flatMap((c) => c.edges.map((e) => e.id)))]);
  const paths = chosen.map((c, i) => ({
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
      chosen.flatMap((c) => c.nodes),
      chosen.flatMap((c) => c.edges),
    ),
  };
}
