import { pinyin } from 'pinyin-pro';

/**
 * Prefixes of the search tokens in an entity's `searchKeys` string, which the full-text index
 * entity_search reads beside the names: a pinyin key is stored as the token "p_key", an initials
 * key as "i_key" (tokens separated by spaces). The cjk analyzer keeps "p_…" as one term ('_' joins
 * word characters), so "searchKeys:p_q" is a whole pinyin, "i_q" whole initials, "p_q*" and "i_q*"
 * their prefixes, and a name query never matches a key (cypher/queries/search-latin.cypher,
 * cypher/load/entities.cypher and the migration in cypher/schema/007-one-full-text-index.cypher
 * spell them the same). The prefix also keeps short keys that are English stop words ("at", "in")
 * from being dropped by the analyzer.
 */
export const SEARCH_PREFIXES = Object.freeze({ pinyin: 'p_', initials: 'i_' });

/**
 * Keys hold [a-z0-9] only, as a user's pinyin query does (normalizePinyinQuery): "C#研究院" is
 * found by "c#yanjiuyuan" typed as "cyanjiuyuan", and no key breaks into two index terms.
 */
const NOT_KEY_CHARACTER = /[^a-z0-9]/g;

/** "重庆大学" → "chongqingdaxue" (tone marks dropped, latin kept, lower case, [a-z0-9] only). */
export function fullPinyin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(NOT_KEY_CHARACTER, '');
}

/** "重庆大学" → "cqdx". */
export function pinyinInitials(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(NOT_KEY_CHARACTER, '');
}

/** Normalises a user's pinyin query: "Sichuan Daxue" → "sichuandaxue". */
export function normalizePinyinQuery(query: string): string {
  return query.toLowerCase().replace(NOT_KEY_CHARACTER, '');
}

/** Pinyin and initials keys as the one search string: "p_chongqingdaxue p_chongda i_cqdx i_cd". */
export function searchKeyString(
  pinyinKeys: readonly string[],
  initialsKeys: readonly string[],
): string {
  const { pinyin: p, initials: i } = SEARCH_PREFIXES;
  return [
    ...pinyinKeys.filter((k) => k !== '').map((k) => p + k),
    ...initialsKeys.filter((k) => k !== '').map((k) => i + k),
  ].join(' ');
}

/** The search string of a name and its aliases (tests and tools; the loader builds it in Cypher). */
export function searchKeys(names: readonly string[]): string {
  const unique = [...new Set(names)];
  return searchKeyString(
    [...new Set(unique.map(fullPinyin))],
    [...new Set(unique.map(pinyinInitials))],
  );
}
