import { loadExtraction } from '../../store/loader';
import { makeExtraction } from '../support/extractionFactory';
import { closeDriver, query, resetDatabase } from '../support/db';

/** The pinyin and initials search strings of an entity seen in several articles. */

interface Keys {
  pinyin: string;
  initials: string;
  searchKeys: string;
}

const FULL = '甲乙科技有限公司';

function article(id: string, text: string, aliases: string[]) {
  return makeExtraction([{ id, text }], [{ name: FULL, type: 'Company', aliases, docs: [id] }], []);
}

async function searchKeys(): Promise<Keys> {
  const [row] = await query<Keys>(
    'MATCH (e:Company) RETURN e.pinyin AS pinyin, e.initials AS initials, e.searchKeys AS searchKeys',
  );
  return row!;
}

const keysOf = (joined: string): string[] => joined.split('|').filter((k) => k !== '');

beforeEach(resetDatabase);
afterAll(closeDriver);

test('a name seen before adds no key again, a new one adds its own, and the strings keep the | format', async () => {
  await loadExtraction(article('d_keys_1', `${FULL}（简称甲乙科技）发布新品。`, ['甲乙科技']));
  const first = await searchKeys();
  expect(first.pinyin).toBe('|jiayikejiyouxiangongsi|jiayikeji|');
  expect(first.initials).toBe('|jykjyxgs|jykj|');
  expect(first.searchKeys).toBe('|jiayikejiyouxiangongsi||jiayikeji|#jykjyxgs##jykj#');

  // Seen with one known name and one new one: only the new one's keys are appended.
  await loadExtraction(article('d_keys_2', `${FULL}与甲乙联合攻关。`, ['甲乙']));
  const second = await searchKeys();
  expect(keysOf(second.pinyin)).toEqual(['jiayikejiyouxiangongsi', 'jiayikeji', 'jiayi']);
  expect(keysOf(second.initials)).toEqual(['jykjyxgs', 'jykj', 'jy']);
  expect(second.pinyin.startsWith('|') && second.pinyin.endsWith('|')).toBe(true);
  // The indexed string gains the new name's two keys, once each.
  expect(second.searchKeys).toBe(`${first.searchKeys}|jiayi|#jy#`);

  // Seen again under names it already has (in another order and subset): nothing changes.
  await loadExtraction(article('d_keys_3', `甲乙与${FULL}签约。`, ['甲乙']));
  await loadExtraction(article('d_keys_4', `${FULL}即甲乙科技。`, ['甲乙科技']));
  expect(await searchKeys()).toEqual(second);
  const found = await query<{ n: number }>(
    "MATCH (e:Entity) WHERE e.searchKeys CONTAINS '|jiayi|' AND e.searchKeys CONTAINS '#jy#' RETURN count(e) AS n",
  );
  expect(found).toEqual([{ n: 1 }]);
});
