import { pinyin } from 'pinyin-pro';
import type { Entity } from './types';
import table from './data/bilingual-aliases.json';

/**
 * Language-independent keys for an entity (e.g. "University|chongqing"), so that an English
 * mention and a Chinese mention of the same organisation resolve to one node.
 * Two entities of compatible type sharing any key are merged by the resolver.
 *
 * A key is `<canonical English suffix>|<stem>` where the stem is the whole non-suffix part of
 * the name, in toneless pinyin for Chinese and lower-cased letters for English, without spaces.
 * Keeping the whole stem keeps keys specific: 四川轻化工大学 gives 'University|sichuanqinghuagong'
 * and never meets 'Sichuan University' ('University|sichuan').
 */

interface SuffixEntry {
  zh: string;
  en: string[];
  place?: boolean;
}

interface PlaceEntry {
  zh: string;
  en: string;
}

const OPTIONS = Object.freeze({
  /** Key prefix for a District known only by its bare place name (重庆, Chongqing). */
  placePrefix: 'Place',
  /** Key prefix for a name that has no known suffix (华为 / Huawei). */
  namePrefix: 'Name',
  /** Key prefix for an exact Chinese surface form, shared by an English entity that cites it. */
  zhPrefix: 'zh',
  /** Shortest stem (in letters) that may form a key; shorter stems are too ambiguous. */
  minStemLetters: 2,
});

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

const SUFFIXES: readonly SuffixEntry[] = Object.freeze(
  [...(table.suffixes as SuffixEntry[])].sort((a, b) => b.zh.length - a.zh.length),
);
const PLACES: readonly PlaceEntry[] = Object.freeze(
  [...(table.places as PlaceEntry[])].sort((a, b) => b.zh.length - a.zh.length),
);

/** Lower-cases, strips diacritics (ü → u) and turns punctuation into single spaces. */
function normalizeLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

/** A stem as it appears in a key: letters and digits only. */
function compact(text: string): string {
  return normalizeLatin(text).replace(/\s+/g, '');
}

/** Toneless pinyin of a Chinese stem, with irregular place spellings taken from the table. */
function romanize(stem: string): string {
  let rest = stem;
  for (const place of PLACES) {
    rest = rest.split(place.zh).join(` ${place.en} `);
  }
  const syllables = pinyin(rest, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return compact(syllables.join(''));
}

function canonicalSuffix(entry: SuffixEntry): string {
  return entry.en[0] ?? entry.zh;
}

function chineseKeys(name: string, type: Entity['type']): string[] {
  const clean = name.replace(/\s+/g, '');
  const keys = [`${OPTIONS.zhPrefix}|${clean}`];
  let matched = false;
  for (const entry of SUFFIXES) {
    if (!clean.endsWith(entry.zh) || clean.length <= entry.zh.length) continue;
    const stem = romanize(clean.slice(0, clean.length - entry.zh.length));
    if (stem.length < OPTIONS.minStemLetters) continue;
    matched = true;
    keys.push(`${canonicalSuffix(entry)}|${stem}`);
    if (entry.place && type === 'District') keys.push(`${OPTIONS.placePrefix}|${stem}`);
  }
  if (!matched) {
    const whole = romanize(clean);
    if (whole.length >= OPTIONS.minStemLetters) {
      keys.push(`${type === 'District' ? OPTIONS.placePrefix : OPTIONS.namePrefix}|${whole}`);
    }
  }
  return keys;
}

function englishKeys(name: string, type: Entity['type']): string[] {
  const norm = normalizeLatin(name).replace(/^the /, '');
  const keys: string[] = [];
  for (const entry of SUFFIXES) {
    const variant = entry.en
      .map(normalizeLatin)
      .filter((v) => norm.endsWith(` ${v}`))
      .sort((a, b) => b.length - a.length)[0];
    if (variant === undefined) continue;
    const stem = compact(norm.slice(0, norm.length - variant.length));
    if (stem.length < OPTIONS.minStemLetters) continue;
    keys.push(`${canonicalSuffix(entry)}|${stem}`);
    if (entry.place && type === 'District') keys.push(`${OPTIONS.placePrefix}|${stem}`);
  }
  if (keys.length === 0) {
    const whole = compact(norm);
    if (whole.length >= OPTIONS.minStemLetters) {
      keys.push(`${type === 'District' ? OPTIONS.placePrefix : OPTIONS.namePrefix}|${whole}`);
    }
  }
  return keys;
}

/** Keys of one surface form, Chinese or English. */
export function keysOfName(name: string, type: Entity['type']): string[] {
  return CJK.test(name) ? chineseKeys(name, type) : englishKeys(name, type);
}

export function crossLanguageKeys(
  entity: Pick<Entity, 'name' | 'type' | 'aliases'> & Partial<Pick<Entity, 'names'>>,
): string[] {
  const forms = new Set<string>([entity.name, ...entity.aliases]);
  if (entity.names?.zh) forms.add(entity.names.zh);
  if (entity.names?.en) forms.add(entity.names.en);
  const keys = new Set<string>();
  for (const form of forms) {
    if (form.trim() === '') continue;
    for (const key of keysOfName(form, entity.type)) keys.add(key);
  }
  return [...keys];
}
