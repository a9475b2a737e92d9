import { query } from './db';

/** The id of the stored entity with this exact name (fails loudly when absent). */
export async function entityIdByName(name: string): Promise<string> {
  const rows = await query<{ id: string }>(
    'MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases RETURN e.id AS id LIMIT 1',
    { name },
  );
  const row = rows[0];
  if (!row) throw new Error(`no entity named ${name}`);
  return row.id;
}
