import { cypher } from '../cypher/registry';
import { readTx } from './session';

export interface GraphStats {
  entities: { total: number; byType: Record<string, number> };
  relations: { total: number; byType: Record<string, number> };
  documents: number;
}

function tally(rows: { type: string; n: number }[]): {
  total: number;
  byType: Record<string, number>;
} {
  const byType: Record<string, number> = {};
  let total = 0;
  for (const r of rows) {
    byType[r.type] = r.n;
    total += r.n;
  }
  return { total, byType };
}

/** Counts by entity type, relationship type, and documents. */
export async function graphStats(): Promise<GraphStats> {
  return readTx(async (tx) => {
    const res = await tx.run(cypher('queries/stats'));
    const rec = res.records[0];
    return {
      entities: tally((rec?.get('entities') ?? []) as { type: string; n: number }[]),
      relations: tally((rec?.get('relations') ?? []) as { type: string; n: number }[]),
      documents: (rec?.get('documents') ?? 0) as number,
    };
  });
}

/** True when Neo4j answers a trivial query. */
export async function ping(): Promise<void> {
  await readTx((tx) => tx.run(cypher('queries/ping')), { timeoutMs: 3_000 });
}
