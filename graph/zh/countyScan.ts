import countyData from '../data/zh/counties.json';
import { LEXICON } from './lexicon';
import { isNameChar } from './chars';
import { COMMON_WORDS, FUNCTION_WORDS } from './pos';
import { cutSpan } from './segment';
import placeData from '../data/zh/places.json';
import type { ZhMention } from './mention';
import { placeMention } from './mention';

/** County-level cores of China (禹城 → 禹城市), without the places the place list already knows. */
const CORES: ReadonlyMap<string, string> = new Map(
  Object.entries(countyData.cores as Record<string, string>).filter(
    ([core]) => !LEXICON.bigPlaces.has(core) && !LEXICON.districtCanonical.has(core),
  ),
);

/** Per UTF-16 code: 1 when it starts a core (first) or is a core's second character (second). */
const CORE_FIRST = new Uint8Array(65536);
const CORE_SECOND = new Uint8Array(65536);

/** Bit index (16 bits) of a core's first two characters. */
function pairHash(c1: number, c2: number): number {
  return (c1 * 31 + c2) & 0xffff;
}

/**
 * One bit per hashed pair of a core's first two characters: of the positions whose characters
 * pass the two tables above, about four in five open no core and go no further.
 */
const CORE_PAIRS = new Uint32Array(2048);
for (const core of CORES.keys()) {
  CORE_FIRST[core.charCodeAt(0)] = 1;
  CORE_SECOND[core.charCodeAt(1)] = 1;
  const h = pairHash(core.charCodeAt(0), core.charCodeAt(1));
  CORE_PAIRS[h >>> 5] = (CORE_PAIRS[h >>> 5] as number) | (1 << (h & 31));
}

/** True when a core may start at `i` (false: certainly none does). */
function mayOpenCore(text: string, i: number): boolean {
  const c1 = text.charCodeAt(i);
  const c2 = text.charCodeAt(i + 1);
  if (CORE_FIRST[c1] === 0 || CORE_SECOND[c2] === 0) return false;
  const h = pairHash(c1, c2);
  return ((CORE_PAIRS[h >>> 5] as number) & (1 << (h & 31))) !== 0;
}

/** Words right before a bare county that name it as a party or a place (与禹城共建, 助力南沙). */
const PARTY_BEFORE: readonly string[] = Object.freeze([
  '与',
  '和',
  '同',
  '在',
  '到',
  '赴',
  '助力',
  '服务',
  '赋能',
  '落户',
  '扎根',
  '携手',
]);
/** Last characters of PARTY_BEFORE: one set lookup before any word is compared. */
const PARTY_LAST: ReadonlySet<string> = new Set(PARTY_BEFORE.map((w) => w.slice(-1)));
/** What follows a county named after a party word: a build or sign verb, or a clause edge. */
const AFTER_PARTY_RE = /^(?:共建|共同|签|合作|开展|打造|[，。、；！,;])/;
/** What follows a county at a clause start: it acts (南沙与…签约, 南沙深入实施…). */
const AFTER_EDGE_RE = /^(?:与|和|同|携手|共建|签约|签订|深入|因|打造|加快)/;

/** First characters of what AFTER_PARTY_RE and AFTER_EDGE_RE accept: checked before any slice. */
const AFTER_FIRST: ReadonlySet<string> = new Set('共签合开打与和同携深因加，。、；！,;'.split(''));

/** What follows a county listed after another place (到黎平、雷山、从江等地): the list goes on or ends. */
const LIST_NEXT: ReadonlySet<string> = new Set('、等和与及，。；'.split(''));

/** True when the two or three characters before `at` are a known place (黎平 in 黎平、雷山). */
function placeBefore(text: string, at: number): boolean {
  for (const n of [2, 3]) {
    const w = text.slice(at - n, at);
    if (CORES.has(w) || LEXICON.districtCanonical.has(w) || LEXICON.bigPlaces.has(w)) return true;
  }
  return false;
}

/** Length of a county core, a county or a big place opening text at `i` (陆河, 泉州), or 0. */
export function placeCoreAt(text: string, i: number): number {
  for (const n of [3, 2]) {
    const w = text.slice(i, i + n);
    if (CORES.has(w) || LEXICON.districtCanonical.has(w) || LEXICON.bigPlaces.has(w)) return n;
  }
  return 0;
}

/** Cities (not provinces) of the place list: a county's core may follow them (汕尾陆河). */
const CITIES: ReadonlySet<string> = new Set(placeData.city);

/** True when a city, with or without 市, ends right before `at` (汕尾 in 汕尾陆河). */
function cityBefore(text: string, at: number): boolean {
  const end = text[at - 1] === '市' ? at - 1 : at;
  return CITIES.has(text.slice(end - 2, end)) || CITIES.has(text.slice(end - 3, end));
}

/** One-character adverbs after a county's core that show it acts (云浮新兴正全力…). */
const ADVERBS_AFTER: ReadonlySet<string> = new Set('正也将已还又都'.split(''));

/**
 * Length of a county core at `i` right after a city when jieba reads it as a word of its own and
 * what follows is no noun it would qualify (深圳新兴产业 is no county): a clause edge, a function
 * word or a single character (的, 正). 0 when there is none.
 */
function cityCounty(text: string, i: number, to: number): number {
  if (!cityBefore(text, i)) return 0;
  const toks = cutSpan(text, i, Math.min(to, i + 6));
  const core = toks[0];
  if (core === undefined || !CORES.has(core)) return 0;
  const next = toks[1];
  if (next === undefined || !isNameChar(next[0])) return core.length;
  // 洛阳合作的项目: a core that is an everyday word (合作) needs an adverb after it (正, 也).
  if (COMMON_WORDS.has(core)) return ADVERBS_AFTER.has(next) ? core.length : 0;
  return next.length === 1 || FUNCTION_WORDS.has(next) ? core.length : 0;
}

/** Level characters of county names (奉贤区, 德清县, 禹城市). */
const LEVELS: ReadonlySet<string> = new Set(['区', '县', '市']);

/**
 * Bare county-level names used as actors or places (山东大学与禹城共建…; ，南沙深入实施…): the
 * name must follow a party word or a clause edge and be followed by a verb or a clause edge, so
 * ordinary words that happen to be county names elsewhere need that context too.
 */
export function scanBareCounties(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  for (let i = from; i < to - 1; i++) {
    // A few array reads per character: most character pairs open no county core (every path
    // below needs one at i: a core read after a party word or edge, or after its city).
    if (!mayOpenCore(text, i)) continue;
    const prev = text[i - 1];
    const edge = i === from || !isNameChar(prev);
    // 到黎平、雷山、从江等地: after a place and a list mark, a county is one more place.
    const listed = prev === '、' && placeBefore(text, i - 1);
    if (
      !edge &&
      !(
        PARTY_LAST.has(prev as string) && PARTY_BEFORE.some((w) => text.startsWith(w, i - w.length))
      )
    ) {
      // 汕尾陆河的装备制造, 云浮新兴正全力…: a county's core right after its city, as a word of
      // its own, names the county.
      const n = cityCounty(text, i, to);
      if (n > 0) {
        const core = text.slice(i, i + n);
        out.push(placeMention(i, i + n, core, CORES.get(core) as string));
        i += n - 1;
      }
      continue;
    }
    for (let n = 3; n >= 2; n--) {
      const next = text[i + n] as string;
      const levelled = LEVELS.has(next);
      if (i + n > to || !(levelled || AFTER_FIRST.has(next) || (listed && LIST_NEXT.has(next))))
        continue;
      const core = text.slice(i, i + n);
      const full = CORES.get(core);
      if (full === undefined) continue;
      // 奉贤区科委: the official name with its level is a place whatever follows.
      const official = levelled && full === core + next;
      if (!official) {
        // 资源与环境: a core that is an everyday word counts only with its level.
        if (COMMON_WORDS.has(core)) continue;
        if (listed && LIST_NEXT.has(next)) {
          out.push(placeMention(i, i + n, core, full));
          i += n - 1;
          break;
        }
        const rest = text.slice(i + n, i + n + 2);
        if (levelled || !(edge ? AFTER_EDGE_RE : AFTER_PARTY_RE).test(rest)) continue;
      }
      const end = official ? i + n + 1 : i + n;
      out.push(placeMention(i, end, text.slice(i, end), full));
      i = end - 1;
      break;
    }
  }
  return out;
}

/** Zone endings that, after a county's core, name the county's own development zone. */
const ZONE_END_RE = /^(?:经济技术开发区|经济开发区|开发区)$/;

/**
 * 南沙 named bare and 广州南沙经济技术开发区 in one article: the zone is the county under its
 * development-zone name (one administration), so its mentions take the county's canonical name.
 * Only counties named bare in the article (found by scanBareCounties) are merged.
 */
export function mergeCountyZones(mentions: ZhMention[]): void {
  const bare = new Map<string, string>();
  for (const m of mentions)
    if (m.type === 'District' && m.kind === 'place' && CORES.get(m.text) === m.canonical)
      bare.set(m.text, m.canonical);
  if (bare.size === 0) return;
  for (const m of mentions) {
    if (m.type !== 'District' || bare.has(m.text)) continue;
    for (const [core, full] of bare) {
      const at = m.canonical.indexOf(core);
      if (at < 0 || at > 3) continue;
      const head = m.canonical.slice(0, at);
      if (head !== '' && !LEXICON.bigPlaces.has(head.replace(/[市省]$/, ''))) continue;
      if (ZONE_END_RE.test(m.canonical.slice(at + core.length))) m.canonical = full;
    }
  }
}
