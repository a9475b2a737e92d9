import { cypher } from '../cypher/registry';
import type { EntityType, RelationType } from '../graph/ontology';
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

/**
 * Breadth-first expansion, one indexed hop per level, keeping at most `limit` neighbours
 * (best-documented first). `omitted` counts neighbours found but left out.
 */
export async function neighbourhood(
  q: NeighbourhoodQuery,
): Promise<{ elements: Elements; omitted: number }> {
  return readTx(async (tx) => {
    const centre = await tx.run(cypher('queries/nodes-by-id'), { ids: [q.id] });
    const centreNode = centre.records[0]?.get('node') as NodeRecord | undefined;
    if (!centreNode) throw new NotFoundError(`No entity with id ${q.id}`);
    const nodes = new Map<string, NodeRecord>([[centreNode.id, centreNode]]);
    const edges = new Map<string, EdgeRecord>();
    const omittedIds = new Set<string>();
    let frontier = [q.id];
    for (let level = 0; level < q.depth && frontier.length > 0; level++) {
      const res = await tx.run(cypher('queries/neighbours'), {
        frontier,
        relations: q.relations ?? null,
        minConfidence: q.minConfidence ?? 0,
      });
      const next: string[] = [];
      for (const r of res.records) {
        const node = r.get('node') as NodeRecord;
        const edge = r.get('edge') as EdgeRecord;
        if (!nodes.has(node.id)) {
          if (nodes.size - 1 >= q.limit) {
            omittedIds.add(node.id);
            continue;
          }
          nodes.set(node.id, node);
          next.push(node.id);
        }
        edges.set(edge.id, edge);
      }
      frontier = next;
    }
    for (const id of nodes.keys()) omittedIds.delete(id);
    return { elements: toElements(nodes.values(), edges.values()), omitted: omittedIds.size };
  });
}
