import type { EntityType } from '../ontology';
import { LEXICON, BARE_DISTRICTS } from './lexicon';
import { cutExact } from './segment';

/** Types whose name may be a bare place (四川大学, 潼南区, 重庆市科技局). */
const PLACE_NAMED: ReadonlySet<EntityType> = new Set([
  'University',
  'Institute',
  'District',
  'Other',
]);

function isPlace(tok: string): boolean {
  if (LEXICON.bigPlaces.has(tok) || LEXICON.districtCanonical.has(tok) || BARE_DISTRICTS.has(tok))
    return true;
  // 重庆市, 江苏省: jieba keeps a place and its level as one token.
  const last = tok[tok.length - 1];
  return (
    tok.length >= 3 && (last === '市' || last === '省') && LEXICON.bigPlaces.has(tok.slice(0, -1))
  );
}

/** Level characters (and 委 of 市委市政府) a government's place part ends with. */
const GOVERNED_END_RE = /[省市县区州旗镇乡委]$/;

/** The last two or three characters of a part, the place a government may be named by (潼南). */
function lastPlacePart(part: string): string {
  for (const n of [3, 2]) {
    const tail = part.slice(-n);
    if (tail.length === n && isPlace(tail)) return tail;
  }
  return part;
}

/** Level and class words that, with a suffix, make a kind (国家重点实验室, 省级工程中心). */
const CLASS_WORDS: ReadonlySet<string> = new Set([
  '国家',
  '国家级',
  '省',
  '省级',
  '市',
  '市级',
  '重点',
  '省部共建',
]);

/**
 * 作物学科和国家重点实验室: after the last joiner only level and class words stand, so the joiner
 * lists a thing and a kind of platform (the discipline and the national key lab), no one name;
 * 水资源与水电工程科学国家重点实验室 has a field of its own after the joiner.
 */
function joinedToClass(tokens: readonly string[]): boolean {
  let k = tokens.length - 1;
  while (k >= 0 && CLASS_WORDS.has(tokens[k] as string)) k--;
  if (k === tokens.length - 1 || k < 1) return false;
  const joiner = tokens[k] as string;
  return joiner === '和' || joiner === '与' || joiner === '及';
}

/**
 * Decides whether a suffix-anchored span names something specific: 四川轻化工大学 does, 科研团队,
 * 重点实验室 and 各类独立法人研究院 do not.
 */
export function isSpecificName(
  name: string,
  suffix: string,
  type: EntityType,
  /** Jieba tokens of the name part before the suffix, when the caller has them. */
  partTokens?: readonly string[],
): boolean {
  if (name.length <= suffix.length) return false;
  if (LEXICON.stopPhrases.has(name)) return false;
  const part = name.slice(0, name.length - suffix.length);
  // 省科技厅, 省林业局: a province has one department of each kind, so the bare level names it.
  if (part === '省' && (suffix.endsWith('厅') || suffix.endsWith('局'))) return true;
  // 省农科院, 市农科院: a province or city has one academy of each field, so the level names it.
  if ((part === '省' || part === '市') && /(?:农科院|林科院|社科院|医科院|畜科院)$/.test(suffix))
    return true;
  // 地方政府, 调动地方政府: a government is named by its place (潜江市人民政府, 自治区政府).
  if (
    suffix.endsWith('政府') &&
    !(part.length >= 2 && GOVERNED_END_RE.test(part)) &&
    !isPlace(lastPlacePart(part))
  )
    return false;
  const tokens = partTokens ?? cutExact(part);
  if (joinedToClass(tokens)) return false;
  let distinctive = 0;
  let places = 0;
  for (const tok of tokens) {
    // 市科技局: a bare level (市, 区) names no place; 重庆市 does.
    if (isPlace(tok)) places++;
    else if (tok === '市' || tok === '省' || tok === '区' || tok === '县') continue;
    // 共性技术和专业…: a joiner between generic words adds nothing of its own.
    else if (tok === '和' || tok === '与' || tok === '及') continue;
    // 第一研究院: an ordinal alone numbers a unit of a name given elsewhere.
    else if (/^第[一二三四五六七八九十百零〇0-9]+$/.test(tok)) continue;
    // 应用型大学, 研究型高校: a kind (…型) names no one school.
    // 功能性中试平台: a quality (…性) names no one platform either, nor a manner (开放式大学).
    else if (tok.length >= 3 && /[型性式]$/.test(tok)) continue;
    else if (!LEXICON.genericWords.has(tok) && !LEXICON.honorifics.includes(tok)) distinctive++;
  }
  // 长三角生态绿色一体化发展示范区: a demonstration zone is named by its place (资源型城市…示范区
  // and 国家自主创新示范区 are kinds of zone).
  // 榆林榆神工业区: an industrial area is a named zone only under its city's name (老工业区 is a kind).
  // 滨江新城: a new town likewise (建设产城融合新城 is a kind).
  if (suffix === '示范区' || suffix === '工业区' || suffix === '新城') return places > 0;
  if (distinctive > 0) return true;
  return places > 0 && PLACE_NAMED.has(type);
}
