import { cypher } from '../cypher/registry';
import { NotFoundError } from './errors';
import { readTx } from './session';

export async function listDocuments(skip: number, limit: number) {
  return readTx(async (tx) => {
    const res = await tx.run(cypher('queries/documents'), { skip, limit });
    return res.records.map((r) => r.get('document') as Record<string, unknown>);
  });
}

/** A document and what it added: the entities it mentions and the edges it gives evidence for. */
export async function documentDetail(id: string) {
  return readTx(async (tx) => {
    const res = await tx.run(cypher('queries/document'), { id });
    const rec = res.records[0];
    if (!rec) throw new NotFoundError(`No document with id ${id}`);
    return {
      document: rec.get('document') as Record<string, unknown>,
      entities: rec.get('entities') as unknown[],
      relations: rec.get('relations') as unknown[],
    };
  });
}
