import { pinyin } from 'pinyin-pro';

/** Separates the keys of different aliases inside one indexed string. */
export const KEY_SEPARATOR = '|';

/** "重庆大学" → "chongqingdaxue" (tone marks dropped, latin kept, lower case, no spaces). */
export function fullPinyin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** "重庆大学" → "cqdx". */
export function pinyinInitials(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Normalises a user's pinyin query: "Sichuan Daxue" → "sichuandaxue". */
export function normalizePinyinQuery(query: string): string {
  return query.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Search keys for a name and its aliases, joined so one CONTAINS over one property finds any. */
export function searchKeys(names: readonly string[]): { pinyin: string; initials: string } {
  const unique = [...new Set(names)];
  return {
    pinyin: KEY_SEPARATOR + unique.map(fullPinyin).join(KEY_SEPARATOR) + KEY_SEPARATOR,
    initials: KEY_SEPARATOR + unique.map(pinyinInitials).join(KEY_SEPARATOR) + KEY_SEPARATOR,
  };
}
