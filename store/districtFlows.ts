import { cypher } from '../cypher/registry';
import { readTx } from './session';

interface District {
  id: string;
  name: string;
}

/**
 * The district meta-graph: one node per district, one edge per ordered district pair with the
 * number of ties (by type) that cross from one to the other. Ties inside one district are
 * reported on the node as `internal`.
 */
export async function districtFlows() {
  return readTx(async (tx) => {
    const districts = (await tx.run(cypher('queries/district-nodes'))).records.map(
      (r) => r.get('district') as District & { entities: number },
    );
    const flows = (await tx.run(cypher('queries/district-flows'))).records.map((r) => ({
      from: r.get('from') as District,
      to: r.get('to') as District,
      type: r.get('type') as string,
      n: r.get('n') as number,
    }));
    const internal = new Map<string, number>();
    const edges = new Map<
      string,
      { id: string; source: string; target: string; count: number; byType: Record<string, number> }
    >();
    for (const f of flows) {
      if (f.from.id === f.to.id) {
        internal.set(f.from.id, (internal.get(f.from.id) ?? 0) + f.n);
        continue;
      }
      const id = `flow_${f.from.id}_${f.to.id}`;
      const edge = edges.get(id) ?? {
        id,
        source: f.from.id,
        target: f.to.id,
        count: 0,
        byType: {},
      };
      edge.count += f.n;
      edge.byType[f.type] = (edge.byType[f.type] ?? 0) + f.n;
      edges.set(id, edge);
    }
    return {
      elements: {
        nodes: districts.map((d) => ({
          data: {
            id: d.id,
            label: d.name,
            entities: d.entities,
            internal: internal.get(d.id) ?? 0,
            count: d.entities,
          },
        })),
        edges: [...edges.values()].map((data) => ({ data })),
      },
    };
  });
}
