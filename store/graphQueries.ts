import { cypher } from '../cypher/registry';
import { RELATION_TYPES, type EntityType, type RelationType } from '../graph/ontology';
import { toElements, type EdgeRecord, type Elements, type NodeRecord } from './elements';
import { NotFoundError } from './errors';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { readQuery, readTx } from './session';

export interface GraphFilter {
  types?: EntityType[];
  relations?: RelationType[];
  districts?: string[];
  minConfidence?: number;
  limit: number;
}

/** A filtered subgraph: the best-documented entities up to `limit`, and the ties among them. */
export async function filteredGraph(
  filter: GraphFilter,
): Promise<{ elements: Elements; truncated: boolean; total: number }> {
  return readTx(async (tx) => {
    const res = await tx.run(cypher('queries/graph'), {
      types: filter.types ?? null,
      relations: filter.relations ?? null,
      districts: filter.districts ?? null,
      minConfidence: filter.minConfidence ?? 0,
      limit: filter.limit,
    });
    const rec = res.records[0];
    if (!rec) return { elements: { nodes: [], edges: [] }, truncated: false, total: 0 };
    const total = rec.get('total') as number;
    return {
      elements: toElements(rec.get('nodes') as NodeRecord[], rec.get('edges') as EdgeRecord[]),
      truncated: total > filter.limit,
      total,
    };
  });
}

export interface NeighbourhoodQuery {
  id: string;
  depth: number;
  relations?: RelationType[];
  minConfidence?: number;
  limit: number;
}

/** How far one level of a neighbourhood reads around hubs. */
export const NEIGHBOURHOOD_DEFAULTS = Object.freeze({
  /**
   * Beyond the centre, new neighbours read from one frontier entity: this multiple of its share
   * of the room (room / frontier size), so a hub offers more candidates than it can place but
   * not its thousands of ties. The centre's own ties are always read in full.
   */
  oversample: 2,
  /** Fewest new neighbours read from any frontier entity (most have fewer and are read whole). */
  minFanout: 50,
});

/** New neighbours read from one frontier entity of `size` at a level with `room` places. */
export function levelFanout(room: number, size: number): number {
  return Math.max(
    NEIGHBOURHOOD_DEFAULTS.minFanout,
    Math.ceil((NEIGHBOURHOOD_DEFAULTS.oversample * room) / Math.max(1, size)),
  );
}

type EdgeRow = [string, string, string, string, number | null, number | null];
type KeptRow = [
  string,
  string,
  string,
  string[] | null,
  string | null,
  number | null,
  number | null,
  [string, string] | null,
  number,
  EdgeRow[],
];

function edgeFromRow([id, source, target, type, confidence, evidenceCount]: EdgeRow): EdgeRecord {
  return { id, source, target, type, confidence, evidenceCount };
}

function nodeFromRow(row: KeptRow): NodeRecord {
  const [id, name, type, aliases, nameEn, mentionCount, documentCount, district, degree] = row;
  return {
    id,
    name,
    type,
    aliases,
    nameEn,
    mentionCount,
    documentCount,
    district: district ? { id: district[0], name: district[1] } : null,
    degree,
  };
}

/**
 * How many known entities (not `fresh`) the held ties join to any of `ids`: every tie of a
 * frontier entity to an earlier level or to the frontier itself is held by then.
 */
function knownNeighbours(
  ids: string[],
  fresh: Set<string>,
  edges: Map<string, EdgeRecord>,
): number {
  if (ids.length === 0) return 0;
  const of = new Set(ids);
  const seen = new Set<string>();
  for (const e of edges.values()) {
    if (of.has(e.source) && !fresh.has(e.target)) seen.add(e.target);
    if (of.has(e.target) && !fresh.has(e.source)) seen.add(e.source);
  }
  return seen.size;
}

/**
 * Breadth-first expansion, one query per level, keeping at most `limit` neighbours (at each
 * level the best-documented first). Every tie between a kept entity and the level before it
 * comes back with the entity, and the ties inside each expanded level with the next query.
 * Beyond the centre, a hub's new neighbours are read only up to a fan-out (levelFanout), so the
 * ranking is among what was read. `omitted` counts the entities reached but left out (around
 * hubs possibly a few more); once the cap is reached it is estimated from degrees (an entity
 * reached from several sides counts once per tie: an upper bound).
 */
export async function neighbourhood(
  q: NeighbourhoodQuery,
): Promise<{ elements: Elements; omitted: number }> {
  const minConfidence = q.minConfidence ?? 0;
  const relations = q.relations ?? [...RELATION_TYPES];
  const unfiltered = !q.relations && minConfidence <= 0;
  // The centre and its first level come in one query; an unknown centre gives no row.
  const firstQuery = cypher('queries/neighbours-first');
  const firstParams = {
    id: q.id,
    room: q.depth > 0 ? q.limit : 0,
    relations,
    minConfidence,
    unfiltered,
  };
  // One level needs one query: sent right behind BEGIN (readQuery), a round trip less.
  if (q.depth <= 1) {
    const held = firstLevel((await readQuery(firstQuery, firstParams))[0], q);
    return {
      elements: toElements(held.nodes.values(), held.edges.values()),
      omitted: held.omitted,
    };
  }
  return readTx(async (tx) => {
    const held = firstLevel((await tx.run(firstQuery, firstParams)).records[0], q);
    const { nodes, edges } = held;
    let { omitted, frontier } = held;
    for (let depth = 1; depth < q.depth && frontier.length > 0; depth++) {
      const room = Math.max(0, q.limit - (nodes.size - 1));
      const res = await tx.run(cypher('queries/neighbours'), {
        frontier,
        known: [...nodes.keys()],
        room,
        relations,
        minConfidence,
        unfiltered,
        fanout: levelFanout(room, frontier.length),
      });
      const rec = res.records[0];
      if (!rec) break;
      for (const e of rec.get('innerEdges') as EdgeRow[]) edges.set(e[0], edgeFromRow(e));
      const kept = rec.get('kept') as KeptRow[];
      // With no room the frontier's degrees below say what was left out instead.
      const newAroundHubs =
        room > 0
          ? (rec.get('hubAll') as number) -
            knownNeighbours(rec.get('hubs') as string[], new Set(kept.map((k) => k[0])), edges)
          : 0;
      omitted += (rec.get('found') as number) + newAroundHubs - kept.length;
      const degrees = rec.get('degrees') as [string, number][];
      const next = keepRows(kept, nodes, edges);
      if (degrees.length > 0) {
        // No room left: what the frontier ties to, less the ties already held, was left out.
        const tied = new Map<string, number>();
        for (const e of edges.values()) {
          tied.set(e.source, (tied.get(e.source) ?? 0) + 1);
          tied.set(e.target, (tied.get(e.target) ?? 0) + 1);
        }
        for (const [id, degree] of degrees) omitted += Math.max(0, degree - (tied.get(id) ?? 0));
      }
      frontier = next;
    }
    return { elements: toElements(nodes.values(), edges.values()), omitted };
  });
}

/** Holds the kept entities of a level and their ties; returns their ids (the next frontier). */
function keepRows(
  kept: KeptRow[],
  nodes: Map<string, NodeRecord>,
  edges: Map<string, EdgeRecord>,
): string[] {
  return kept.map((row) => {
    nodes.set(row[0], nodeFromRow(row));
    for (const e of row[9]) edges.set(e[0], edgeFromRow(e));
    return row[0];
  });
}

/** What neighbours-first.cypher's record holds: the centre, its first level, what was left out. */
function firstLevel(
  first: Neo4jRecord | undefined,
  q: NeighbourhoodQuery,
): {
  nodes: Map<string, NodeRecord>;
  edges: Map<string, EdgeRecord>;
  omitted: number;
  frontier: string[];
} {
  const centreNode = first?.get('centre') as NodeRecord | undefined;
  if (!first || !centreNode) throw new NotFoundError(`No entity with id ${q.id}`);
  const nodes = new Map<string, NodeRecord>([[centreNode.id, centreNode]]);
  const edges = new Map<string, EdgeRecord>();
  if (q.depth <= 0) return { nodes, edges, omitted: 0, frontier: [] };
  const kept = first.get('kept') as KeptRow[];
  const omitted = (first.get('found') as number) - kept.length;
  return { nodes, edges, omitted, frontier: keepRows(kept, nodes, edges) };
}
