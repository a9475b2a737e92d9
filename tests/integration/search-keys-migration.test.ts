import { applySchema } from '../../store/schema';
import { searchEntities } from '../../store/search';
import { closeDriver, query, resetDatabase } from '../support/db';

/**
 * Pinyin and initials search read one indexed string (e.searchKeys). A database made before it
 * holds only e.pinyin and e.initials, with a text index on each: applying the schema (as
 * `npm start` does) builds the string and drops the two indexes, and search works as before.
 */

interface Legacy {
  id: string;
  name: string;
  pinyin: string;
  initials: string;
}

/** Entities as the loader stored them before the one search string, with the old indexes. */
async function legacyStore(entities: Legacy[]): Promise<void> {
  await query('DROP INDEX entity_search_keys IF EXISTS');
  await query('CREATE TEXT INDEX entity_pinyin IF NOT EXISTS FOR (e:Entity) ON (e.pinyin)');
  await query('CREATE TEXT INDEX entity_initials IF NOT EXISTS FOR (e:Entity) ON (e.initials)');
  await query(
    `UNWIND $entities AS e
     CREATE (:Entity:University {id: e.id, name: e.name, type: 'University', aliases: [e.name],
             documentCount: 1, pinyin: e.pinyin, initials: e.initials})`,
    { entities },
  );
}

async function indexNames(): Promise<string[]> {
  const rows = await query<{ name: string }>('SHOW INDEXES YIELD name RETURN name');
  return rows.map((r) => r.name);
}

async function stored(id: string): Promise<string | null> {
  const [row] = await query<{ s: string | null }>(
    'MATCH (e:Entity {id: $id}) RETURN e.searchKeys AS s',
    { id },
  );
  return row!.s;
}

const CHONGDA: Legacy = {
  id: 'mig_cq',
  name: '重庆大学',
  pinyin: '|chongqingdaxue|chongda|',
  initials: '|cqdx|cd|',
};

beforeEach(resetDatabase);
afterAll(closeDriver);

test('applying the schema to an older database builds the search string and drops the two old indexes', async () => {
  await legacyStore([
    CHONGDA,
    // A key holding a marker character (from a latin name) keeps it as '_', as new keys do.
    { id: 'mig_sharp', name: 'C#研究院', pinyin: '|c#yanjiuyuan|', initials: '|c#yjy|' },
  ]);
  expect(await indexNames()).toEqual(expect.arrayContaining(['entity_pinyin', 'entity_initials']));
  expect(await stored('mig_cq')).toBeNull();

  await applySchema();

  const names = await indexNames();
  expect(names).toContain('entity_search_keys');
  expect(names).not.toContain('entity_pinyin');
  expect(names).not.toContain('entity_initials');
  expect(await stored('mig_cq')).toBe('|chongqingdaxue||chongda|#cqdx##cd#');
  expect(await stored('mig_sharp')).toBe('|c_yanjiuyuan|#c_yjy#');

  // Search finds the migrated entities by whole pinyin, whole initials and prefixes.
  const byPinyin = await searchEntities('chongda', undefined, 5);
  expect(byPinyin[0]).toMatchObject({ id: 'mig_cq', match: 'pinyin' });
  const byInitials = await searchEntities('cqdx', undefined, 5);
  expect(byInitials[0]).toMatchObject({ id: 'mig_cq', match: 'initials' });
  expect((await searchEntities('cyanjiu', undefined, 5)).map((h) => h.id)).not.toContain(
    'mig_sharp',
  );
});

test('applying the schema again changes no search string', async () => {
  await legacyStore([CHONGDA]);
  await applySchema();
  // An entity whose string the loader keeps (here with a key appended) is left as it is.
  await query("MATCH (e:Entity {id: 'mig_cq'}) SET e.searchKeys = e.searchKeys + '|cqu|'");
  await applySchema();
  expect(await stored('mig_cq')).toBe('|chongqingdaxue||chongda|#cqdx##cd#|cqu|');
  expect(await indexNames()).not.toContain('entity_pinyin');
});

test('each pinyin tier of the one string matches exactly what its own index matched', async () => {
  await legacyStore([CHONGDA]);
  await applySchema();
  const hit = async (q: string): Promise<{ score: number; match: string } | undefined> => {
    const found = (await searchEntities(q, undefined, 5)).find((h) => h.id === 'mig_cq');
    return found && { score: found.score, match: found.match };
  };
  // Tier scores (store/search.ts): whole pinyin 90, whole initials 85, pinyin prefix 40,
  // initials prefix 35, pinyin inside 20.
  expect(await hit('chongqingdaxue')).toEqual({ score: 90, match: 'pinyin' });
  expect(await hit('cqdx')).toEqual({ score: 85, match: 'initials' });
  expect(await hit('chongqing')).toEqual({ score: 40, match: 'pinyin' });
  expect(await hit('cq')).toEqual({ score: 35, match: 'initials' });
  expect(await hit('qingda')).toEqual({ score: 20, match: 'pinyin' });
  // Inside the initials only ("cqdx" holds "qd", no pinyin key does): no tier matches.
  expect(await hit('qd')).toBeUndefined();
  // A whole initials key is not a whole pinyin key, nor across two keys ("cd" + "cqdx").
  expect(await hit('cdcqdx')).toBeUndefined();
});
