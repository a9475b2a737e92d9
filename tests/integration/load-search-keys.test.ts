import { loadExtraction } from '../../store/loader';
import { searchEntities } from '../../store/search';
import { makeExtraction } from '../support/extractionFactory';
import { closeDriver, query, resetDatabase } from '../support/db';

/** The pinyin/initials search string of an entity seen in several articles. */

const FULL = '甲乙科技有限公司';

function article(id: string, text: string, aliases: string[]) {
  return makeExtraction([{ id, text }], [{ name: FULL, type: 'Company', aliases, docs: [id] }], []);
}

async function storedKeys(): Promise<string> {
  const [row] = await query<{ searchKeys: string }>(
    'MATCH (e:Company) RETURN e.searchKeys AS searchKeys',
  );
  return row!.searchKeys;
}

beforeEach(resetDatabase);
afterAll(closeDriver);

test('a name seen before adds no key again and a new one adds its own pinyin and initials', async () => {
  await loadExtraction(article('d_keys_1', `${FULL}（简称甲乙科技）发布新品。`, ['甲乙科技']));
  const first = await storedKeys();
  expect(first).toBe('p_jiayikejiyouxiangongsi p_jiayikeji i_jykjyxgs i_jykj');

  // Seen with one known name and one new one: only the new one's keys are appended, once each.
  await loadExtraction(article('d_keys_2', `${FULL}与甲乙联合攻关。`, ['甲乙']));
  const second = await storedKeys();
  expect(second).toBe(`${first} p_jiayi i_jy`);

  // Seen again under names it already has (in another order and subset): nothing changes.
  await loadExtraction(article('d_keys_3', `甲乙与${FULL}签约。`, ['甲乙']));
  await loadExtraction(article('d_keys_4', `${FULL}即甲乙科技。`, ['甲乙科技']));
  expect(await storedKeys()).toBe(second);
  const found = await query<{ n: number }>(
    "MATCH (e:Entity) WHERE (' ' + e.searchKeys + ' ') CONTAINS ' p_jiayi ' AND (' ' + e.searchKeys + ' ') CONTAINS ' i_jy ' RETURN count(e) AS n",
  );
  expect(found).toEqual([{ n: 1 }]);
  // The old per-kind strings are no longer written: the one string is all search reads.
  const legacy = await query<{ n: number }>(
    'MATCH (e:Entity) WHERE e.pinyin IS NOT NULL OR e.initials IS NOT NULL RETURN count(e) AS n',
  );
  expect(legacy).toEqual([{ n: 0 }]);
});

test("search finds each article's names and pinyin as soon as its load returns", async () => {
  // The search index is updated after the commit (eventually consistent); search awaits its
  // refresh, so no retry is needed however soon it runs.
  for (let i = 1; i <= 5; i++) {
    const name = `丙丁${'一二三四五'[i - 1]}号科技有限公司`;
    await loadExtraction(
      makeExtraction(
        [{ id: `d_now_${i}`, text: `${name}发布新品。` }],
        [{ name, type: 'Company', aliases: [], docs: [`d_now_${i}`] }],
        [],
      ),
    );
    const byName = await searchEntities(name, undefined, 3);
    expect(byName[0]?.name).toBe(name);
    const byPinyin = await searchEntities('bingding', undefined, 10);
    expect(byPinyin.map((h) => h.name)).toContain(name);
  }
});
