import { LEXICON, BARE_DISTRICTS } from './lexicon';
import placeData from '../data/zh/places.json';
import countyData from '../data/zh/counties.json';
import { Literals } from './literals';
import type { ZhMention } from './mention';
import { placeMention } from './mention';
import { isNameChar } from './chars';
import { cutExact } from './segment';
import { nameToken } from './boundary';
import { COMMON_WORDS } from './pos';

const names = [...LEXICON.districtCanonical.keys()].sort((a, b) => b.length - a.length);
/** County-level places, optionally followed by their level (区/县); zones come from suffixScan. */
const PLACES = new Literals(names);

/** Characters after a bare place that show it is part of another word (荣昌猪, 江北岸). */
const BARE_BLOCKERS = new Set('猪岸路街镇乡村江河湖山桥口站'.split(''));

/**
 * Finds districts and counties: 潼南区, 忠县, and bare 潼南 for places that are rarely ordinary
 * words. A place directly after another name character (渝西地区 → 西地) is skipped.
 */
export function scanPlaces(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  for (let p = PLACES.next(text, from, to); p;) {
    const m = p;
    const place = m.word;
    const level = text[m.index + place.length] === '区' || text[m.index + place.length] === '县';
    const whole = level ? text.slice(m.index, m.index + place.length + 1) : place;
    p = PLACES.next(text, m.index + whole.length, to);
    const canonical = LEXICON.districtCanonical.get(place) as string;
    const end = m.index + whole.length;
    if (level) {
      out.push(placeMention(m.index, end, whole, canonical));
      continue;
    }
    if (canonical === place) {
      // Names that already carry their level (忠县).
      out.push(placeMention(m.index, end, place, canonical));
      continue;
    }
    if (!BARE_DISTRICTS.has(place) || BARE_BLOCKERS.has(text[end] ?? '')) continue;
    const prev = text[m.index - 1];
    if (isNameChar(prev) && !LEXICON.bigPlaces.has(text.slice(m.index - 2, m.index))) {
      // Inside a longer word; a preceding city (重庆潼南) is fine.
      if (!'在到于和与、对从为让'.includes(prev as string)) continue;
    }
    out.push(placeMention(m.index, end, place, canonical));
  }
  return out;
}

/** True when a known district with its level (九龙坡区, 忠县) starts at `at`. */
function headsDistrict(text: string, at: number): boolean {
  const d = PLACES.next(text, at, at + 1);
  if (!d) return false;
  const after = text[at + d.word.length];
  return after === '区' || after === '县' || LEXICON.districtCanonical.get(d.word) === d.word;
}

/** Words before a levelled place that show it is named as a place or a party (在绍兴县, 与齐河县). */
const LEVEL_BEFORE_RE =
  /(?:在|位于|落户|地处|与|和|同|应|赴|到|来自|及|、|是|为|向|服务|助力|赋能|支持)$/;
/** What may follow a levelled place: a clause edge, a particle, its government or another place. */
const LEVEL_AFTER_RE =
  /^(?:[^\u4e00-\u9fff]|的|与|和|及|等|人民政府|政府|委|签|共|合作|举行|开展|企业|党委|乃至|副?[区县市]长|[\u4e00-\u9fff]{2,3}[区县])/;
/** Relation trigger words (共建, 落户…) never sit inside a place name. */
const TRIGGER_WORDS: readonly string[] = [
  ...LEXICON.triggers.coBuilds,
  ...LEXICON.triggers.locatedIn,
  ...LEXICON.triggers.transfers,
];
const LEVEL_STOP: ReadonlySet<string> = new Set(placeData.levelStop);
const REGIONS: ReadonlySet<string> = new Set(placeData.regions);
/** Provinces (bare names): the big places that are not regions or countries. */
const PROVINCES = placeData.province.filter((p) => !REGIONS.has(p));
const PROVINCE_RE = new RegExp(
  `(?:服务|为|助力|赋能|支持|在|与|和|到|赴|落户|扎根|立足|是)(${PROVINCES.join('|')})(省?)`,
  'g',
);

/** 县 市 区: the level characters a levelled place ends with (char-code test, no string per index). */
function isLevelCode(c: number): boolean {
  return c === 0x53bf || c === 0x5e02 || c === 0x533a;
}

/** County-level cores of China (禹城, 柳江): a levelled name that is one is a place for sure. */
const COUNTY_CORES: ReadonlySet<string> = new Set(Object.keys(countyData.cores));

/** True when `core` (a name without its level) is a known place. */
function knownCore(core: string): boolean {
  return (
    COUNTY_CORES.has(core) || LEXICON.bigPlaces.has(core) || LEXICON.districtCanonical.has(core)
  );
}

/** Prepositions before a place that is the object of the clause's verb (为兰考县提供, 向青州市转让). */
const PREP_BEFORE = '为向与在赴到';

/** Single characters that stand before a place, never at its start (赴泽州县, 与齐河县). */
const BEFORE_PLACE_CHARS = '在与和同应赴到及是为向从对于';
/** Date characters after a number (2023年南京市): the place starts after them. */
const DATE_CHARS = '年月日号';

/**
 * A three-character name that is no known place but holds one or ends in an area word: 赴泽州县
 * (a verb before 泽州), 年南京市 (a date before 南京), 柳东校区 (a campus, 校区), so no place of its own.
 */
function falseLevelled(name: string, level: string, prev: string | undefined): boolean {
  if (knownCore(name)) return false;
  if (BEFORE_PLACE_CHARS.includes(name[0] as string)) return true;
  if (prev !== undefined && isDigitChar(prev) && DATE_CHARS.includes(name[0] as string))
    return true;
  if (name.length !== 3) return false;
  return knownCore(name.slice(1)) || LEVEL_STOP.has(name.slice(-1) + level);
}

/** True for an ASCII or full-width digit. */
function isDigitChar(c: string): boolean {
  return /^[0-9０-９]$/.test(c);
}

/** The first level character at or after `at` in `span`, or -1. */
function nextLevel(span: string, at: number): number {
  for (let k = at; k < span.length; k++) if (isLevelCode(span.charCodeAt(k))) return k;
  return -1;
}

/** A lookup table over UTF-16 codes: one array read per character instead of a Set lookup. */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Characters that never sit in a levelled place name (的, 在, 市…). */
const NOT_IN_LEVELLED = codeTable('的了在与和是为对这那其各该本我全每此市县区省');

/** True when span[i, i + n) is all Han and holds none of the characters a place name never has. */
function plainHan(span: string, i: number, n: number): boolean {
  for (let k = i; k < i + n; k++) {
    const c = span.charCodeAt(k);
    if (c < 0x4e00 || c > 0x9fff || NOT_IN_LEVELLED[c] === 1) return false;
  }
  return true;
}

/**
 * The levelled place (if any) whose name starts at span index i: 2 then 3 characters before the
 * level. Cheap character and context tests run before the set lookups and the jieba cut.
 */
function levelledAt(text: string, from: number, span: string, i: number, out: ZhMention[]): void {
  for (let n = 2; n <= 3; n++) {
    const end = i + n + 1;
    if (end > span.length) return;
    if (!isLevelCode(span.charCodeAt(i + n))) continue;
    if (!plainHan(span, i, n)) continue;
    const before = span.slice(Math.max(0, i - 2), i);
    const prev = before.slice(-1);
    const edge = i === 0 || !isNameChar(prev) || LEVEL_BEFORE_RE.test(before);
    if (!edge) continue;
    // 位于保亭县七仙岭: after a locative verb the place may run on into a smaller one.
    const sited = /(?:位于|地处|落户|落在)$/.test(before);
    // 为兰考县提供, 向青州市转让: a known county or city after a preposition needs no marked end.
    const known = prev !== '' && PREP_BEFORE.includes(prev) && knownCore(span.slice(i, i + n));
    if (!sited && !known && !LEVEL_AFTER_RE.test(span.slice(end, end + 4))) continue;
    const level = span[i + n] as string;
    const name = span.slice(i, i + n);
    if (LEVEL_STOP.has(name) || LEVEL_STOP.has(name + level) || LEVEL_STOP.has(name.slice(-2)))
      continue;
    if (falseLevelled(name, level, i > 0 ? span[i - 1] : text[from - 1])) continue;
    // “进园入县”: a quoted four-character phrase is a slogan, not a place.
    if (n === 3 && span[i - 1] === '“' && span[end] === '”' && !knownCore(name)) continue;
    if (TRIGGER_WORDS.some((w) => (name + level).includes(w))) continue;
    // 按照市…, 共建校市: a verb or preposition is no part of a place name.
    // 人才兴县: a generic word (人才) is no part of a place name either.
    if (
      !cutExact(name).every((t) => t.length === 1 || (nameToken(t) && !LEXICON.genericWords.has(t)))
    )
      continue;
    // 重庆市九龙坡区: a city heading a known district's full name is not named on its own.
    if (level === '市' && headsDistrict(text, from + end)) continue;
    const whole = name + level;
    out.push(
      placeMention(from + i, from + end, whole, LEXICON.districtCanonical.get(name) ?? whole),
    );
    return;
  }
}

/** The peoples that name autonomous prefectures (autonomous counties and banners are listed). */
const PEOPLES = placeData.peoples.join('|');

/** An autonomous prefecture or county in full: core, one to three peoples, level (…族自治州). */
const AUTONOMOUS_RE = new RegExp(`[\\u4e00-\\u9fff]{2,8}?(?:(?:${PEOPLES})族){1,3}自治州`, 'g');

/**
 * 海西蒙古族藏族自治州, 恩施土家族苗族自治州: an autonomous place named in full, after a clause
 * edge, a stop word or its province; the core is two to four characters.
 */
export function scanAutonomous(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  const span = text.slice(from, to);
  if (span.indexOf('自治') < 0) return out;
  scanAutonomousCounties(text, from, span, out);
  AUTONOMOUS_RE.lastIndex = 0;
  for (let m = AUTONOMOUS_RE.exec(span); m; m = AUTONOMOUS_RE.exec(span)) {
    const end = from + m.index + m[0].length;
    // The name starts where what is left is still a whole name and a clause edge, a stop word or
    // a province stands before it (青海省海西…, 与海西…).
    for (let start = from + m.index; end - start >= 6; start++) {
      const name = text.slice(start, end);
      if (!AUTONOMOUS_WHOLE_RE.test(name)) continue;
      // 与海西…, 来自丰宁…: a stop word or a province opening the span stands before the name.
      if (BEFORE_PLACE_CHARS.includes(name[0] as string) || '省市'.includes(name[0] as string))
        continue;
      if (/^(?:来自|位于|地处|落户)/.test(name)) continue;
      const head = /^([\u4e00-\u9fff]{2,3}?)[省市]/.exec(name);
      if (head && LEXICON.bigPlaces.has(head[1] as string)) continue;
      const prev = text[start - 1];
      const before = text.slice(Math.max(from, start - 3), start).replace(/[省市]$/, '');
      const edge =
        start === from ||
        !isNameChar(prev) ||
        LEXICON.stopTokens.has(prev as string) ||
        LEXICON.stopTokens.has(text.slice(start - 2, start)) ||
        LEXICON.bigPlaces.has(before) ||
        LEXICON.bigPlaces.has(before.slice(-2));
      if (!edge) continue;
      out.push(placeMention(start, end, name, name));
      break;
    }
  }
  return out;
}

/**
 * An autonomous county or banner by its core, its peoples optional (威宁自治县, 三都水族自治县,
 * 阿鲁科尔沁旗 is no autonomous one): the core is two characters.
 */
const AUTONOMOUS_COUNTY_RE = new RegExp(
  `([\\u4e00-\\u9fff]{2})((?:(?:${PEOPLES})族){0,3})自治(?:县|旗)`,
  'g',
);

/**
 * 是威宁自治县一家…, 到乌蒙山深处的威宁自治县: news names an autonomous county by its core and
 * 自治县 as often as in full; after a clause edge, a stop word, 的 or its province it is a place.
 */
function scanAutonomousCounties(text: string, from: number, span: string, out: ZhMention[]): void {
  if (span.indexOf('自治县') < 0 && span.indexOf('自治旗') < 0) return;
  AUTONOMOUS_COUNTY_RE.lastIndex = 0;
  for (let m = AUTONOMOUS_COUNTY_RE.exec(span); m; m = AUTONOMOUS_COUNTY_RE.exec(span)) {
    const start = from + m.index;
    const core = m[1] as string;
    if (BEFORE_PLACE_CHARS.includes(core[0] as string) || /[省市州县区的]/.test(core)) continue;
    // 民族自治县: an everyday word before 自治县 names the kind of county, not one county.
    if (COMMON_WORDS.has(core) || LEXICON.genericWords.has(core)) continue;
    const prev = text[start - 1];
    const edge =
      start === from ||
      !isNameChar(prev) ||
      prev === '的' ||
      prev === '省' ||
      prev === '市' ||
      prev === '州' ||
      LEXICON.stopTokens.has(prev as string) ||
      LEXICON.stopTokens.has(text.slice(start - 2, start)) ||
      LEXICON.bigPlaces.has(text.slice(start - 2, start));
    if (!edge) continue;
    const name = m[0];
    out.push(placeMention(start, start + name.length, name, name));
  }
}

/** A whole autonomous place name, anchored (see AUTONOMOUS_RE). */
const AUTONOMOUS_WHOLE_RE = new RegExp(`^[\\u4e00-\\u9fff]{2,4}?(?:(?:${PEOPLES})族){1,3}自治州$`);

/**
 * Places not in the place list, found by their level and context: 2–3 characters + 县/市/区 after
 * 在/与/位于… (or at a clause start) and before a clause edge, 的, 政府 or another place
 * (与齐河县共建, 德州市政府, 武汉市黄陂区); and provinces served or joined (服务江苏, 为陕西…).
 */
export function scanLevelledPlaces(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  const span = text.slice(from, to);
  // Candidates are the positions two or three characters before a level character: jump from one
  // level character to the next instead of testing every position.
  for (let i = 0, j = nextLevel(span, 2); j >= 0; j = nextLevel(span, i + 2)) {
    i = Math.max(i, j - 3);
    levelledAt(text, from, span, i, out);
    i++;
  }
  PROVINCE_RE.lastIndex = 0;
  for (let m = PROVINCE_RE.exec(span); m; m = PROVINCE_RE.exec(span)) {
    const name = (m[1] as string) + (m[2] as string);
    const start = from + m.index + m[0].length - name.length;
    out.push(placeMention(start, start + name.length, name, bigCanonical(m[1] as string)));
    PROVINCE_RE.lastIndex = m.index + m[0].length;
  }
  return out;
}

/** Bare provinces, scanned by first character. */
const PROVINCE_WORDS = new Literals([...PROVINCES].sort((a, b) => b.length - a.length));
/** What follows a province that acts or is listed (江苏与上海, 江苏积极推进, 四川泸州). */
const PROVINCE_ACTS_RE = /^(?:与|和|同|、|等)/;

/**
 * Provinces named in a list of places or before one of their cities: at a clause start or after
 * a list mark (，江苏与上海、浙江的…) and followed by a list mark or a city (四川泸州). Provinces inside names (四川大学, 江苏省科技厅) are left to the longer name.
 */
export function scanActingProvinces(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  for (
    let p = PROVINCE_WORDS.next(text, from, to);
    p;
    p = PROVINCE_WORDS.next(text, p.index + 1, to)
  ) {
    const i = p.index;
    const prev = text[i - 1];
    // A clause edge or a list mark before; not a place run (上海江苏浙江), which is ambiguous.
    const listed = prev === '、' || prev === '与' || prev === '和';
    const before = i === from || !isNameChar(prev) || listed;
    if (!before) continue;
    let end = i + p.word.length;
    if (text[end] === '省') end++;
    if (end > to) continue;
    const after = text.slice(end, end + 3);
    // A list goes on, a city of the province follows (四川泸州), or a listed one ends (、浙江的).
    const acts =
      PROVINCE_ACTS_RE.test(after) ||
      CITY_SET.has(after.slice(0, 2)) ||
      CITY_SET.has(after) ||
      (listed && (!isNameChar(after[0]) || after[0] === '的'));
    if (!acts) continue;
    out.push(placeMention(i, end, text.slice(i, end), bigCanonical(p.word)));
  }
  return out;
}

/** True when text[i, end) opens a quoted name of two to six more characters (“厦门盈趣”). */
function quotedName(text: string, i: number, end: number): boolean {
  if (text[i - 1] !== '“') return false;
  // Looked for in a short window: no scan to the end of the text.
  const close = text.slice(end, end + 7).indexOf('”');
  return close >= 2 && /^[\u4e00-\u9fff]+$/.test(text.slice(end, end + close));
}

/** True when text[i, end) is a place in brackets right after a school's name (…大学（北京）). */
function schoolBracket(text: string, i: number, end: number): boolean {
  const open = text[i - 1];
  if (open !== '（' && open !== '(') return false;
  const close = text[end];
  if (close !== '）' && close !== ')') return false;
  return /(?:大学|学院)$/.test(text.slice(Math.max(0, i - 3), i - 1));
}

/** Words after a city that make it a news outlet's name (福州日报, 宁波晚报). */
const OUTLET_WORDS: readonly string[] = placeData.outletWords;

/** Cities: places of their own (provinces count only where served or joined, see above). */
const CITY_SET: ReadonlySet<string> = new Set(placeData.city);
const BIG_NAMED = new Literals([...placeData.city].sort((a, b) => b.length - a.length));
/** Provinces named without 省 (autonomous regions). */
const NO_PROVINCE_LEVEL = new Set(['内蒙古', '广西', '西藏', '宁夏', '新疆']);
/** Characters after a city that make it part of another word (成都人, 南京路, 泸州籍). */
const CITY_AFTER_BLOCK = new Set('人籍路街巷镇乡村湾江河湖山桥口站菜话县区'.split(''));
/** A zone named after the city follows (南通中创区, 苏州工业园区): the city is its prefix. */
const CITY_ZONE_RE = /^[\u4e00-\u9fff]{1,3}(?:区|县|园)/;

/** Industry words (电气, 钢铁…) that make a city the start of a company's short name. */
const INDUSTRY_AFTER: readonly string[] = LEXICON.companyIndustryWords.filter((w) => w.length >= 2);

/** Short forms of organisation names that open with a city (上海交大, 西安交大). */
const ABBREVIATIONS: readonly string[] = Object.keys(LEXICON.prefixAbbreviations);

/** Canonical name of a city or province: its level added (泸州 → 泸州市, 浙江 → 浙江省). */
function bigCanonical(name: string): string {
  if (CITY_SET.has(name)) return name + '市';
  return NO_PROVINCE_LEVEL.has(name) ? name : name + '省';
}

/**
 * Cities standing on their own (泸州是…, 助力聊城…, 在浙江省绍兴市…): a District each. Inside an organisation name (四川大学, 泸州老窖公司) the longer name wins when mentions are
 * merged, so only stand-alone uses remain; a place must start after a clause edge, a stop word
 * or another place.
 */
export function scanBigPlaces(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  for (let b = BIG_NAMED.next(text, from, to); b; b = BIG_NAMED.next(text, b.index + 1, to)) {
    const name = b.word;
    const i = b.index;
    // Before: a clause edge, a stop word (助力, 在, 与) or a province (浙江省绍兴市, 四川泸州).
    // Set lookups only: no segmentation per city.
    const before = text[i - 1];
    if (
      isNameChar(before) &&
      !LEXICON.stopTokens.has(before as string) &&
      !LEXICON.stopTokens.has(text.slice(i - 2, i))
    ) {
      const head = before === '省' ? i - 1 : i;
      const prev = out[out.length - 1];
      const afterPlace =
        (prev !== undefined && prev.end === i) ||
        LEXICON.bigPlaces.has(text.slice(head - 2, head)) ||
        LEXICON.bigPlaces.has(text.slice(head - 3, head));
      if (!afterPlace) continue;
    }
    const levelled = text[i + name.length] === '市';
    const end = i + name.length + (levelled ? 1 : 0);
    if (end > to) continue;
    if (!levelled) {
      const next = text[end] ?? '';
      if (CITY_AFTER_BLOCK.has(next)) continue;
      // 上海电气, 重庆钢铁: a city and an industry word are a company's short name.
      if (INDUSTRY_AFTER.some((w) => text.startsWith(w, end))) continue;
      // 南通中创区: the city opens the name of a zone.
      if (!LEXICON.stopTokens.has(next) && CITY_ZONE_RE.test(text.slice(end, end + 4))) continue;
    }
    // 来源：福州日报: a city naming a news outlet is the outlet's name, not a place of the story.
    if (OUTLET_WORDS.some((w) => text.startsWith(w, end))) continue;
    // 重庆市九龙坡区: the city heads a district's full name; the district is what is named.
    if (headsDistrict(text, end)) continue;
    // 上海交大深研院: the city opens a short form of a longer name.
    if (ABBREVIATIONS.some((a) => text.startsWith(a, i))) continue;
    // （简称“厦门盈趣”）: a city opening a quoted short name is part of that name.
    if (quotedName(text, i, end)) continue;
    // 中国地质大学（北京）: a school's campus city in brackets is part of its name, no place.
    if (schoolBracket(text, i, end)) continue;
    out.push(placeMention(i, end, text.slice(i, end), bigCanonical(name)));
  }
  return out;
}
