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
 * (best-documented first). `omitted` counts neighbours found but left out (for hubs reached
 * from several sides it may count one entity more than once: it is an upper bound).
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
    let omitted = 0;
    let frontier = [q.id];
    for (let level = 0; level < q.depth && frontier.length > 0; level++) {
      const res = await tx.run(cypher('queries/neighbours'), {
        frontier,
        known: [...nodes.keys()],
        perNode: Math.max(0, q.limit - (nodes.size - 1)),
        relations: q.relations ?? null,
        minConfidence: q.minConfidence ?? 0,
      });
      const next: string[] = [];
      const dropped = new Set<string>();
      for (const r of res.records) {
        const kept = r.get('kept') as { node: NodeRecord; edge: EdgeRecord }[];
        omitted += (r.get('total') as number) - kept.length;
        for (const e of r.get('knownEdges') as EdgeRecord[]) edges.set(e.id, e);
        for (const { node, edge } of kept) {
          if (!nodes.has(node.id)) {
            if (nodes.size - 1 >= q.limit) {
              dropped.add(node.id);
              continue;
            }
            nodes.set(node.id, node);
            next.push(node.id);
          }
          edges.set(edge.id, edge);
        }
      }
      for (const id of dropped) if (!nodes.has(id)) omitted++;
      frontier = next;
    }
    return { elements: toElements(nodes.values(), edges.values()), omitted };
  });
}
