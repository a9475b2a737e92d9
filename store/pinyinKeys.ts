import { pinyin } from 'pinyin-pro';

/**
 * Markers of the one indexed search string (`searchKeys`): a pinyin key is stored as "|key|", an
 * initials key as "#key#", so "|q|" is a whole pinyin, "#q#" whole initials, "|q" and "#q" their
 * prefixes (cypher/queries/search-latin.cypher, cypher/load/entities.cypher and the migration in
 * cypher/schema/006-one-search-index.cypher spell them the same).
 */
export const SEARCH_MARKERS = Object.freeze({ pinyin: '|', initials: '#' });

/** A marker inside a name's key would read as a key boundary: it becomes '_', which no query holds. */
const MARKER_CHARACTERS = /[|#]/g;

const clean = (key: string): string => key.replace(MARKER_CHARACTERS, '_');

/** "重庆大学" → "chongqingdaxue" (tone marks dropped, latin kept, lower case, no spaces). */
export function fullPinyin(text: string): string {
  return clean(
    pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
      .join('')
      .replace(/\s+/g, '')
      .toLowerCase(),
  );
}

/** "重庆大学" → "cqdx". */
export function pinyinInitials(text: string): string {
  return clean(
    pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
      .join('')
      .replace(/\s+/g, '')
      .toLowerCase(),
  );
}

/** Normalises a user's pinyin query: "Sichuan Daxue" → "sichuandaxue". */
export function normalizePinyinQuery(query: string): string {
  return query.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Pinyin and initials keys as the one indexed search string: "|chongqingdaxue||chongda|#cqdx##cd#". */
export function searchKeyString(
  pinyinKeys: readonly string[],
  initialsKeys: readonly string[],
): string {
  const { pinyin: p, initials: i } = SEARCH_MARKERS;
  return pinyinKeys.map((k) => p + k + p).join('') + initialsKeys.map((k) => i + k + i).join('');
}

/** The search string of a name and its aliases (tests and tools; the loader builds it in Cypher). */
export function searchKeys(names: readonly string[]): string {
  const unique = [...new Set(names)];
  return searchKeyString(unique.map(fullPinyin), unique.map(pinyinInitials));
}
