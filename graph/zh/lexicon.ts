import type { EntityType } from '../ontology';
import suffixData from '../data/zh/suffixes.json';
import placeData from '../data/zh/places.json';
import lexData from '../data/zh/lexicon.json';
import triggerData from '../data/zh/triggers.json';

/** One name suffix and the entity type it signals. */
export interface Suffix {
  text: string;
  type: EntityType;
}

const suffixes: Suffix[] = [];
for (const [type, list] of Object.entries(suffixData)) {
  if (type.startsWith('_')) continue;
  for (const text of list as string[]) suffixes.push({ text, type: type as EntityType });
}
// Longest first, so that 有限公司 wins over 公司 and 产业学院 over 学院 at the same end.
suffixes.sort((a, b) => b.text.length - a.text.length);

/** Suffixes by their last character, each list in the order of LEXICON.suffixes. */
const suffixesByLast = new Map<string, Suffix[]>();
for (const x of suffixes) {
  const last = x.text[x.text.length - 1] as string;
  const list = suffixesByLast.get(last);
  if (list) list.push(x);
  else suffixesByLast.set(last, [x]);
}

/**
 * The suffixes that may end `name` (those ending in its last character), in LEXICON.suffixes
 * order: a test of each by endsWith finds what a test of all 200-odd suffixes finds.
 */
export function suffixesEnding(name: string): readonly Suffix[] {
  return suffixesByLast.get(name[name.length - 1] ?? '') ?? [];
}

/** County-level place → canonical district name (潼南 → 潼南区, 忠县 → 忠县). */
const districtCanonical = new Map<string, string>();
for (const [suffix, names] of Object.entries(placeData.district)) {
  for (const name of names) {
    districtCanonical.set(name, name.endsWith(suffix) ? name : name + suffix);
  }
}

/** Loaded once at module load: the library does no I/O at call time. */
export const LEXICON = Object.freeze({
  suffixes: Object.freeze(suffixes),
  suffixType: new Map(suffixes.map((s) => [s.text, s.type])),
  districtCanonical,
  /** Larger places (cities, provinces, countries): name prefixes, not District entities. */
  bigPlaces: new Set<string>([...placeData.city, ...placeData.province]),
  stopTokens: new Set<string>(lexData.stopTokens),
  /** Stop tokens that stay inside a name before the given field words (联合 + 创新). */
  innerStopTokens: lexData.innerStopTokens as Readonly<Record<string, readonly string[]>>,
  nameTokens: new Set<string>(lexData.nameTokens),
  /** Each province's one-character short name (湖南 → 湘). */
  provinceShort: placeData.provinceShort as Readonly<Record<string, string>>,
  /** One-character short names of provinces (沪, 滇, 川). */
  provinceAbbreviations: new Set<string>(placeData.provinceAbbreviations.split('')),
  /** Autonomous regions: short name → full name (广西 → 广西壮族自治区). */
  regionFull: placeData.regionFull as Readonly<Record<string, string>>,
  /** Long zone level words and the short forms a zone is also named by (经济技术开发区 → 经开区). */
  zoneShortForms: lexData.zoneShortForms as Readonly<Record<string, string>>,
  /** Name words jieba cuts into stop words (经开区): one token inside a name. */
  glueWords: Object.freeze([...lexData.glueWords]),
  honorifics: Object.freeze([...lexData.honorifics]),
  /** Quality words opening a description of a platform, not a name (高水平…平台). */
  descriptiveHeads: new Set<string>(lexData.descriptiveHeads),
  genericWords: new Set<string>(lexData.genericWords),
  stopPhrases: new Set<string>(lexData.stopPhrases),
  companyIndustryWords: Object.freeze(
    [...lexData.companyIndustryWords].sort((a, b) => b.length - a.length),
  ),
  companyListCues: Object.freeze([...lexData.companyListCues]),
  universityListCues: Object.freeze([...lexData.universityListCues]),
  institutesListCues: Object.freeze([...lexData.institutesListCues]),
  surnames: new Set<string>(lexData.surnames.split('')),
  /** Academies whose institutes are named in short as academy + field + 所 (中科院半导体所). */
  academyPrefixes: Object.freeze([...lexData.academyPrefixes]),
  /** Common prefix abbreviations of organisation names (中科院 = 中国科学院). */
  prefixAbbreviations: lexData.prefixAbbreviations as Readonly<Record<string, string>>,
  triggers: triggerData,
});

/** Escapes a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Places that also name their district on their own (潼南 → 潼南区). */
export const BARE_DISTRICTS: ReadonlySet<string> = new Set(placeData.bare);
