import { cypher } from '../cypher/registry';
import { RELATION_TYPES, type EntityType, type RelationType } from '../graph/ontology';
import { toElements, type EdgeRecord, type Elements, type NodeRecord } from './elements';
import { NotFoundError } from './errors';
import { readTx } from './session';

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
 * Breadth-first expansion, one query per level, keeping at most `limit` neighbours (at each
 * level the best-documented first). Every tie between a kept entity and the level before it
 * comes back with the entity, and the ties inside each expanded level with the next query.
 * Beyond the centre, a hub's new neighbours are read only up to a fan-out (levelFanout), so the
 * ranking is among what was read. `omitted` counts the entities reached but left out (around
 * hubs at most that many); once the cap is reached it is estimated from degrees (an entity
 * reached from several sides counts once per tie: an upper bound).
 */
export async function neighbourhood(
  q: NeighbourhoodQuery,
): Promise<{ elements: Elements; omitted: number }> {
  const minConfidence = q.minConfidence ?? 0;
  const relations = q.relations ?? [...RELATION_TYPES];
  return readTx(async (tx) => {
    const level = (frontier: string[], known: string[], room: number, first: boolean) =>
      tx.run(cypher('queries/neighbours'), {
        frontier,
        known,
        room,
        relations,
        minConfidence,
        unfiltered: !q.relations && minConfidence <= 0,
        fanout: first ? null : levelFanout(room, frontier.length),
      });
    // The centre and the first level are sent together (one round trip); an unknown centre
    // simply has no neighbours.
    const [centre, first] = await Promise.all([
      tx.run(cypher('queries/nodes-by-id'), { ids: [q.id] }),
      q.depth > 0 ? level([q.id], [q.id], q.limit, true) : undefined,
    ]);
    const centreNode = centre.records[0]?.get('node') as NodeRecord | undefined;
    if (!centreNode) throw new NotFoundError(`No entity with id ${q.id}`);
    const nodes = new Map<string, NodeRecord>([[centreNode.id, centreNode]]);
    const edges = new Map<string, EdgeRecord>();
    let omitted = 0;
    let frontier = [q.id];
    for (let depth = 0; depth < q.depth && frontier.length > 0; depth++) {
      const room = Math.max(0, q.limit - (nodes.size - 1));
      const res =
        depth === 0 && first ? first : await level(frontier, [...nodes.keys()], room, false);
      const rec = res.records[0];
      if (!rec) break;
      for (const e of rec.get('innerEdges') as EdgeRow[]) edges.set(e[0], edgeFromRow(e));
      const kept = rec.get('kept') as KeptRow[];
      omitted += (rec.get('found') as number) - kept.length;
      const next: string[] = [];
      for (const row of kept) {
        nodes.set(row[0], nodeFromRow(row));
        next.push(row[0]);
        for (const e of row[9]) edges.set(e[0], edgeFromRow(e));
      }
      const degrees = rec.get('degrees') as [string, number][];
      if (degrees.length > 0) {
        // No room left: what the frontier ties to, less the ties already held, was left out.
        const held = new Map<string, number>();
        for (const e of edges.values()) {
          held.set(e.source, (held.get(e.source) ?? 0) + 1);
          held.set(e.target, (held.get(e.target) ?? 0) + 1);
        }
        for (const [id, degree] of degrees) omitted += Math.max(0, degree - (held.get(id) ?? 0));
      }
      frontier = next;
    }
    return { elements: toElements(nodes.values(), edges.values()), omitted };
  });
}
