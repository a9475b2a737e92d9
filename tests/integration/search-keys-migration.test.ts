import { applySchema } from '../../store/schema';
import { searchEntities } from '../../store/search';
import { closeDriver, query, resetDatabase } from '../support/db';

/**
 * Search reads one eventually consistent full-text index (entity_search) over the names and the
 * pinyin/initials search string (tokens 'p_key', 'i_key'). Databases made before it are migrated
 * when the schema is applied (as `npm start` does): the oldest hold only e.pinyin and e.initials
 * with a text index on each; the next ones a '|pinyin|#initials#' string with a text index on it,
 * beside a synchronous full-text index over the names (entity_names).
 */

interface Legacy {
  id: string;
  name: string;
  pinyin: string;
  initials: string;
}

const OLD_NAMES_INDEX =
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.nameEn] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}";

/** Entities as the loader stored them before the one search string, with the old indexes. */
async function legacyStore(entities: Legacy[]): Promise<void> {
  await query('DROP INDEX entity_search IF EXISTS');
  await query(OLD_NAMES_INDEX);
  await query('CREATE TEXT INDEX entity_pinyin IF NOT EXISTS FOR (e:Entity) ON (e.pinyin)');
  await query('CREATE TEXT INDEX entity_initials IF NOT EXISTS FOR (e:Entity) ON (e.initials)');
  await query(
    `UNWIND $entities AS e
     CREATE (:Entity:University {id: e.id, name: e.name, type: 'University', aliases: [e.name],
             documentCount: 1, pinyin: e.pinyin, initials: e.initials})`,
    { entities },
  );
}

/** Entities as the loader stored them with the '|pinyin|#initials#' string and its text index. */
async function markerStore(entities: { id: string; name: string; searchKeys: string }[]) {
  await query('DROP INDEX entity_search IF EXISTS');
  await query(OLD_NAMES_INDEX);
  await query(
    'CREATE TEXT INDEX entity_search_keys IF NOT EXISTS FOR (e:Entity) ON (e.searchKeys)',
  );
  await query(
    `UNWIND $entities AS e
     CREATE (:Entity:University {id: e.id, name: e.name, type: 'University', aliases: [e.name],
             documentCount: 1, searchKeys: e.searchKeys})`,
    { entities },
  );
}

async function indexes(): Promise<Map<string, Record<string, unknown>>> {
  const rows = await query<{ name: string; config: Record<string, unknown> }>(
    'SHOW INDEXES YIELD name, options RETURN name, options.indexConfig AS config',
  );
  return new Map(rows.map((r) => [r.name, r.config]));
}

async function stored(id: string): Promise<string | null> {
  const [row] = await query<{ s: string | null }>(
    'MATCH (e:Entity {id: $id}) RETURN e.searchKeys AS s',
    { id },
  );
  return row!.s;
}

/** Only the one eventually consistent full-text index serves search. */
async function expectOneSearchIndex(): Promise<void> {
  const found = await indexes();
  expect(found.get('entity_search')).toMatchObject({
    'fulltext.analyzer': 'cjk',
    'fulltext.eventually_consistent': true,
  });
  for (const old of ['entity_names', 'entity_search_keys', 'entity_pinyin', 'entity_initials'])
    expect(found.has(old)).toBe(false);
}

const CHONGDA: Legacy = {
  id: 'mig_cq',
  name: '重庆大学',
  pinyin: '|chongqingdaxue|chongda|',
  initials: '|cqdx|cd|',
};

beforeEach(resetDatabase);
afterAll(closeDriver);

test('the oldest databases gain the search tokens and the one full-text index', async () => {
  await legacyStore([
    CHONGDA,
    // A key holding a marker character (from a latin name) keeps only [a-z0-9], as queries do.
    { id: 'mig_sharp', name: 'C#研究院', pinyin: '|c#yanjiuyuan|', initials: '|c#yjy|' },
  ]);
  expect(await stored('mig_cq')).toBeNull();

  await applySchema();

  await expectOneSearchIndex();
  expect(await stored('mig_cq')).toBe('p_chongqingdaxue p_chongda i_cqdx i_cd');
  expect(await stored('mig_sharp')).toBe('p_cyanjiuyuan i_cyjy');

  // Search finds the migrated entities by name, whole pinyin, whole initials and prefixes.
  expect((await searchEntities('重庆大学', undefined, 5))[0]).toMatchObject({ id: 'mig_cq' });
  const byPinyin = await searchEntities('chongda', undefined, 5);
  expect(byPinyin[0]).toMatchObject({ id: 'mig_cq', match: 'pinyin' });
  const byInitials = await searchEntities('cqdx', undefined, 5);
  expect(byInitials[0]).toMatchObject({ id: 'mig_cq', match: 'initials' });
  // "c#yanjiu" typed by a user is read as "cyanjiu": the key it was made from matches.
  expect((await searchEntities('c#yanjiu', undefined, 5)).map((h) => h.id)).toContain('mig_sharp');
});

test('databases with the marker string and its text index are rewritten as tokens', async () => {
  await markerStore([
    { id: 'mig_cq', name: '重庆大学', searchKeys: '|chongqingdaxue||chongda|#cqdx##cd#' },
    // Initials only; a key left empty by the cleaning adds no token; duplicates collapse.
    { id: 'mig_i', name: '某某', searchKeys: '#mm##__##mm#' },
    { id: 'mig_none', name: '——', searchKeys: '' },
  ]);

  await applySchema();

  await expectOneSearchIndex();
  expect(await stored('mig_cq')).toBe('p_chongqingdaxue p_chongda i_cqdx i_cd');
  expect(await stored('mig_i')).toBe('i_mm');
  expect(await stored('mig_none')).toBe('');
  expect((await searchEntities('chongqing', undefined, 5))[0]).toMatchObject({
    id: 'mig_cq',
    match: 'pinyin',
  });
});

test('applying the schema again changes no search string', async () => {
  await legacyStore([CHONGDA]);
  await applySchema();
  // An entity whose string the loader keeps (here with a token appended) is left as it is.
  await query("MATCH (e:Entity {id: 'mig_cq'}) SET e.searchKeys = e.searchKeys + ' p_cqu'");
  await applySchema();
  expect(await stored('mig_cq')).toBe('p_chongqingdaxue p_chongda i_cqdx i_cd p_cqu');
  await expectOneSearchIndex();
});

test('each pinyin tier matches exactly what the text index matched', async () => {
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
