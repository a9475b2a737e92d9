import { cypher } from '../cypher/registry';
import { readTx } from './session';

export type Row = Record<string, unknown>;

/** Everything in the graph, as plain rows (the input of every export format). */
export interface GraphSnapshot {
  documents: Row[];
  entities: (Row & { aliasKeys: string[] })[];
  relations: Row[];
  evidence: Row[];
  mentions: Row[];
}

/** Reads the whole graph in one consistent read transaction. */
export async function readSnapshot(): Promise<GraphSnapshot> {
  return readTx(
    async (tx) => {
      const rows = async (name: Parameters<typeof cypher>[0]): Promise<Row[]> =>
        (await tx.run(cypher(name))).records.map((r) => r.get('row') as Row);
      const entities = (await tx.run(cypher('queries/export-entities'))).records.map((r) => ({
        ...(r.get('row') as Row),
        aliasKeys: r.get('aliasKeys') as string[],
      }));
      return {
        documents: await rows('queries/export-documents'),
        entities,
        relations: await rows('queries/export-relations'),
        evidence: await rows('queries/export-evidence'),
        mentions: await rows('queries/export-mentions'),
      };
    },
    { timeoutMs: 600_000 },
  );
}
