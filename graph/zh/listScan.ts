import type { EntityType } from '../ontology';
import { LEXICON } from './lexicon';
import { leftEdge } from './boundary';
import type { ZhMention } from './mention';
import { isNameChar } from './chars';
import { cutExact } from './segment';
import { COMMON_WORDS, FUNCTION_WORDS } from './pos';

/** Options for typing untyped list items from a cue word (…等龙头企业, 企业包括…). */
const LIST_OPTIONS = Object.freeze({
  /** Longest list item taken as a name. */
  maxItemChars: 10,
  /** Most characters between 等/的 and the cue word (等少数外国企业). */
  maxCueGap: 6,
});

/** Words right after 等 that make the list one of fields, not of organisations. */
const FIELD_HEAD_RE = /^(?:方面|领域|方向|行业|产业|技术|专业|学科)/;

/** Titles right after 等 that make the list one of persons (等博士, 等教授, 等专家). */
const PERSON_HEAD_RE = new RegExp(
  `^(?:${[...LEXICON.honorifics, '团队', '老师', '学者'].join('|')})`,
);

/** A count of places closing the last item (梅州三地, 两市): the count is no part of a name. */
const PLACE_COUNT_RE = /[两二三四五六七八九十几0-9]+[地市县区省]$/;

/** True when a list item is a bare place (汕尾, 云浮): the place scanners read it. */
function isPlaceItem(item: string): boolean {
  return LEXICON.bigPlaces.has(item) || LEXICON.districtCanonical.has(item);
}

/** Type named by the first cue word in a phrase (龙头企业生产线 → Company). */
function cueType(phrase: string): EntityType | null {
  // 在新材料等方面破解企业…: the list names fields (方面, 领域), a later cue is another phrase's.
  if (FIELD_HEAD_RE.test(phrase)) return null;
  // 刘明、李华等博士团队: a title after 等 lists persons, whatever cue comes later.
  if (PERSON_HEAD_RE.test(phrase)) return null;
  let best: EntityType | null = null;
  let bestAt = Infinity;
  const tryCues = (cues: readonly string[], type: EntityType): void => {
    for (const cue of cues) {
      const at = phrase.indexOf(cue);
      // 等…的战略部署和学校: a cue after another conjunct names a different thing.
      if (at >= 0 && at < bestAt && !/[和与及、]/.test(phrase.slice(0, at))) {
        bestAt = at;
        best = type;
      }
    }
  };
  tryCues(LEXICON.institutesListCues, 'Institute');
  tryCues(LEXICON.universityListCues, 'University');
  tryCues(LEXICON.companyListCues, 'Company');
  return best;
}

/**
 * In a mixed list (高校院所, 高校和科研机构) an item's own ending decides: 重材院 and 先进所 are
 * institutes, 江南大学 a university.
 */
function ownType(item: string, cue: EntityType): EntityType {
  if (cue !== 'University' && cue !== 'Institute') return cue;
  if (/(大学|学院)$/.test(item)) return 'University';
  if (/[院所]$/.test(item)) return 'Institute';
  return cue;
}

/** True when a list item itself ends like a category (高新技术企业), not a name. */
function isCategory(item: string): boolean {
  return [
    ...LEXICON.companyListCues,
    ...LEXICON.universityListCues,
    ...LEXICON.institutesListCues,
  ].some((c) => item.endsWith(c));
}

/** A count and a cue word closing a list (三家企业, 2所高校). */
const COUNT_CUE_RE = /([两二三四五六七八九十几0-9]+[家所个])([\u4e00-\u9fff]{2,6})$/;

// 金光高科等50家有技术需求的企业: a count after 等 (50家, 二十余所) does not count towards the gap.
const TAIL_RE = new RegExp(
  `^(?:等|的)(?:[0-9一二三四五六七八九十百几多]+余?[家个所])?([\\u4e00-\\u9fff“”0-9]{0,${LIST_OPTIONS.maxCueGap + 3}})`,
);
const HEAD_RE = /(企业|公司|高校|院校|单位)(包括|有|如|涵盖)/;

/** 集研究、开发、生产、销售为一体: a verb, a stop word or an everyday word is an activity. */
function isActivity(item: string): boolean {
  const toks = cutExact(item);
  if (toks.some((t) => LEXICON.stopTokens.has(t))) return true;
  return toks.length === 1 && (FUNCTION_WORDS.has(item) || COMMON_WORDS.has(item));
}

/** True when an item is a plausible bare name (not 高新技术企业 or 汽车). */
function plausibleItem(item: string): boolean {
  if (item.length < 2 || item.length > LIST_OPTIONS.maxItemChars) return false;
  if (LEXICON.stopPhrases.has(item) || isCategory(item)) return false;
  const toks = cutExact(item);
  if (isActivity(item)) return false;
  return (
    toks.some((t) => !LEXICON.genericWords.has(t)) &&
    !(toks.length === 1 && item.length >= 2 && !/[\u4e00-\u9fff]{2}/.test(item))
  );
}

/**
 * Types the items of enumerations by their cue: 希尔安药业、鼎工机电等重点企业 → two companies;
 * 代表企业包括庆兰实业、南雁实业… → companies. Items already typed are left to other scanners.
 */
export function scanLists(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  // A list run: name characters and 、 between clause punctuation.
  const RUN_RE =
    /[\u4e00-\u9fffA-Za-z·]+(?:、[\u4e00-\u9fffA-Za-z·]+)*(?:[0-9]+[\u4e00-\u9fff“”]+)?/g;
  RUN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = RUN_RE.exec(text)) !== null && m.index < to) {
    const runStart = m.index;
    const run = m[0];
    // Most runs are plain clauses: split into items only once a cue types the list.
    const sep = run.lastIndexOf('、');
    const last = sep < 0 ? run : run.slice(sep + 1);
    // The cue after the list: 等 + cue inside the last part, or directly after the run.
    let type: EntityType | null = null;
    let lastItem = last;
    // 全链条的政策…企业: without 、 only 等 marks a list; 的 alone is a plain modifier.
    const dengAt = last.search(sep < 0 ? /等/ : /[等的]/);
    if (dengAt > 0) {
      const tail = TAIL_RE.exec(last.slice(dengAt));
      if (tail) {
        type = cueType(tail[1] as string);
        lastItem = last.slice(0, dengAt);
      }
    }
    // 青岚星光、青岚远大和青岚华信三家企业: a count and a cue close the list without 等; 和
    // joins its last two items.
    let splitLast = -1;
    if (type === null && sep >= 0) {
      const count = COUNT_CUE_RE.exec(last);
      if (count && count.index >= 2) {
        type = cueType(count[2] as string);
        lastItem = last.slice(0, count.index);
        const and = lastItem.search(/[和与及]/);
        if (and >= 2 && lastItem.length - and - 1 >= 2) splitLast = and;
      }
    }
    let headEnd = -1;
    if (type === null && sep >= 0) {
      const head = HEAD_RE.exec(run.slice(0, run.indexOf('、')));
      if (head) {
        type = head[1] === '高校' || head[1] === '院校' ? 'University' : 'Company';
        headEnd = runStart + head.index + head[0].length;
      }
    }
    if (type === null) continue;
    const parts = run.split('、');
    if (splitLast >= 0) {
      // The last part becomes two items: before and after its 和.
      const lastPart = parts.pop() as string;
      parts.push(lastPart.slice(0, splitLast), lastPart.slice(splitLast + 1));
      lastItem = lastItem.slice(splitLast + 1);
    }
    // The first item's left edge: the run may start mid-clause (主要由日本松本油脂等…).
    const firstEnd = runStart + (parts[0] as string).length;
    const items: Array<[number, number]> = [];
    let pos = runStart;
    parts.forEach((p, i) => {
      const s = pos;
      const e = i === parts.length - 1 ? s + lastItem.length : s + p.length;
      items.push([s, e]);
      pos += p.length + 1;
    });
    const first = items[0] as [number, number];
    first[0] = headEnd >= 0 ? headEnd : leftEdge(text, first[1], runStart);
    void firstEnd;
    // A list of activities (研究、开发、生产…) names no organisation, whatever its cue.
    const activities = items.filter(([s, e]) => e > s && isActivity(text.slice(s, e))).length;
    if (activities * 2 >= items.length) continue;
    for (const [s, e] of items) {
      if (e <= s || !isNameChar(text[s])) continue;
      const item = text.slice(s, e);
      // 联合汕尾、云浮、梅州三地的骨干企业: places listed before a cue are where the
      // organisations are, not organisations.
      if (isPlaceItem(item.replace(PLACE_COUNT_RE, ''))) continue;
      if (!plausibleItem(item)) continue;
      out.push({
        start: s,
        end: e,
        text: item,
        type: ownType(item, type),
        canonical: item,
        kind: 'list',
      });
    }
  }
  return out;
}
