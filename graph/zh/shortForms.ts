import { LEXICON } from './lexicon';
import { memo } from '../memo';

/** Legal-form endings dropped to get the core of a company name. */
const LEGAL = [
  '集团股份有限公司',
  '集团有限公司',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '股份公司',
  '公司',
  '集团',
];
/** Administrative prefixes kept apart from the core (重庆市 → 重庆 + 市). */
const ADMIN = ['省', '市', '区', '县'];

/** Strips leading places (重庆, 重庆市, 四川省) so 重庆平伟汽车 and 平伟汽车 share a core. */
export const stripPlaces = memo(stripPlacesOnce);

/** Autonomous regions in full (广西壮族自治区): stripped whole, like a province and its level. */
const REGION_FULLS: readonly string[] = Object.values(LEXICON.regionFull);

function stripPlacesOnce(name: string): string {
  let s = name;
  for (let changed = true; changed;) {
    changed = false;
    const region = REGION_FULLS.find((r) => s.startsWith(r) && s.length > r.length + 2);
    if (region !== undefined) {
      s = s.slice(region.length);
      changed = true;
      continue;
    }
    for (let len = Math.min(4, s.length - 2); len >= 2; len--) {
      const head = s.slice(0, len);
      if (LEXICON.bigPlaces.has(head) || LEXICON.districtCanonical.has(head)) {
        s = s.slice(len);
        if (ADMIN.includes(s[0] ?? '') && s.length > 3) s = s.slice(1);
        changed = true;
        break;
      }
    }
  }
  return s;
}

/** Core of a company name: 重庆平伟汽车系统有限公司 → 平伟汽车系统. */
export const companyCore = memo(companyCoreOnce);

function companyCoreOnce(name: string): string {
  let s = stripPlaces(name);
  for (const l of LEGAL) {
    if (s.endsWith(l) && s.length > l.length + 1) {
      s = s.slice(0, s.length - l.length);
      break;
    }
  }
  return s;
}

/**
 * True when `short` is a short form of company `long`: its core is a prefix of long's core
 * (平伟汽车 / 重庆平伟汽车系统有限公司), at least two characters.
 */
export function isCompanyShortForm(short: string, long: string): boolean {
  if (short === long) return false;
  // 中车集团 beside 四川中车玉柴…股份有限公司: a group is the firm's parent, not its short name.
  if (short.endsWith('集团') && !long.includes('集团')) return false;
  const a = companyCore(short);
  const b = companyCore(long);
  return (
    a.length >= 2 &&
    a.length < b.length + (b === a ? 1 : 0) &&
    b.startsWith(a) &&
    short.length < long.length
  );
}

/**
 * True when `short` abbreviates institute/university `long` by keeping some characters in order,
 * same first and last character (市畜科院 / 重庆市畜牧科学院).
 */
export function isAbbreviation(short: string, long: string): boolean {
  // 农科院 (a bare class word) names no one body; 中国社会科学院 opening 中国社会科学院大学… is
  // that body's parent, not its short form.
  if (LEXICON.suffixType.has(short)) return false;
  if (long.startsWith(short) && endsWithSuffix(short)) return false;
  // 湖北农科院 / 湖北省农科院: the same name without the level after its opening place.
  if (short.length + 1 === long.length && levelDropped(short, long)) return true;
  const [stripped, withAdmin] = abbreviationBases(long);
  if (subsequenceAbbrev(short, stripped) || subsequenceAbbrev(short, withAdmin)) return true;
  // 广东省农科院 / 广东省农业科学院: both open with the same place; the rest abbreviates.
  const core = stripPlaces(short);
  const head = short.slice(0, short.length - core.length);
  return (
    head.length >= 2 &&
    long.startsWith(head) &&
    long.length - head.length > core.length &&
    (subsequenceAbbrev(core, stripped) || subsequenceAbbrev(core, long.slice(head.length)))
  );
}

/** The longest suffix of the lexicon, in characters. */
const LONGEST_SUFFIX = Math.max(...LEXICON.suffixes.map((x) => x.text.length));

/** True when `name` ends with a suffix of the lexicon (a map lookup per tail length). */
function endsWithSuffix(name: string): boolean {
  for (let n = Math.min(name.length, LONGEST_SUFFIX); n >= 1; n--)
    if (LEXICON.suffixType.has(name.slice(-n))) return true;
  return false;
}

/** True when `long` is `short` with 省 or 市 after an opening big place (湖北 + 省 + 农科院). */
function levelDropped(short: string, long: string): boolean {
  for (const n of [2, 3]) {
    const head = long.slice(0, n);
    if (!LEXICON.bigPlaces.has(head)) continue;
    const level = long[n];
    if ((level === '省' || level === '市') && short === head + long.slice(n + 1)) return true;
  }
  return false;
}

/**
 * True when `short` is `long` without the places it opens with (井冈山技工学校 / 吉安市井冈山技工学校):
 * the same organisation named without its city.
 */
export function isPlaceDropped(short: string, long: string): boolean {
  if (short.length < 4 || short.length >= long.length || !long.endsWith(short)) return false;
  return isPlaceChain(long.slice(0, long.length - short.length));
}

/** True when `head` is only places, each with or without its level (吉安市, 江西省吉安市, 南通). */
function isPlaceChain(head: string): boolean {
  let s = head;
  while (s.length > 0) {
    let n = 0;
    for (let len = Math.min(4, s.length); len >= 2 && n === 0; len--) {
      const w = s.slice(0, len);
      if (LEXICON.bigPlaces.has(w) || LEXICON.districtCanonical.has(w)) n = len;
    }
    if (n === 0) return false;
    s = s.slice(n);
    if (ADMIN.includes(s[0] ?? '')) s = s.slice(1);
  }
  return head.length > 0;
}

/**
 * The forms an abbreviation of `long` is taken from: without leading places, and with the
 * administrative level kept (重庆市畜牧科学院 → 畜牧科学院, 市畜牧科学院).
 */
export const abbreviationBases = memo((long: string): readonly [string, string] => {
  const stripped = stripPlaces(long);
  const at = long.indexOf(stripped);
  const withAdmin = at > 0 && ADMIN.includes(long[at - 1] ?? '') ? long.slice(at - 1) : stripped;
  return [stripped, withAdmin] as const;
});

/** First characters an abbreviation of `long` can start with (index key for candidate lookup). */
export function abbreviationFirsts(long: string): string[] {
  const [a, b] = abbreviationBases(long);
  const out: string[] = [];
  if (a.length > 0) out.push(a[0] as string);
  if (b.length > 0 && b[0] !== a[0]) out.push(b[0] as string);
  // 广东省农科院: a short form may keep the opening place of the long name.
  if (a !== long && long.length > 0 && !out.includes(long[0] as string))
    out.push(long[0] as string);
  return out;
}

function subsequenceAbbrev(short: string, lx: string): boolean {
  if (short.length < 3 || short.length >= lx.length) return false;
  if (short[0] !== lx[0] || short[short.length - 1] !== lx[lx.length - 1]) return false;
  let j = 0;
  for (const ch of lx) if (ch === short[j]) j++;
  return j === short.length;
}
