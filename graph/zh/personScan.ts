import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';
import { Literals } from './literals';
import { cutExact } from './segment';

/** Titles that show a name is a researcher (experts and team leaders are the persons we keep). */
const HONORIFICS = new Literals(['院士', '教授', '博士', '研究员', '首席科学家', '团队', '课题组']);

function isHan(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}
/** Job titles and words that end right before a name (副所长吴梦博士). */
const TITLE_TAILS = [
  '长',
  '任',
  '师',
  '授',
  '士',
  '员',
  '家',
  '理',
  '记',
  '队',
  '学',
  '院',
  '所',
  '的',
];

function pickName(candidate: string): string | null {
  // 李超等博士: 等 closes a list of names, it is no part of the last one.
  if (candidate.endsWith('等')) return pickName(candidate.slice(0, -1));
  if (candidate.length < 2) return null;
  if (
    candidate.length === 3 &&
    LEXICON.surnames.has(candidate[0] as string) &&
    !TITLE_TAILS.includes(candidate[0] as string)
  )
    return candidate;
  const two = candidate.slice(-2);
  if (LEXICON.surnames.has(two[0] as string)) return two;
  return null;
}

/** Titles that may also stand before a researcher's name (中国科学院院士刘以训). */
const PRE_TITLES = new Literals([
  '院士',
  '教授',
  '研究员',
  '首席科学家',
  '博士',
  '导师',
  '博导',
  // Experts sent or engaged by a body (科技特派员许存宾, 产业发展顾问陈茂彬).
  '特派员',
  '顾问',
]);

/**
 * 姚广前顺利签订, 陈茂彬颁发: a name of n characters at `s` also ends where jieba starts a word of
 * two or more characters right after it (王明 | 表示, not 王明表).
 */
function wordAfterName(text: string, s: number, n: number, to: number): boolean {
  const toks = cutExact(text.slice(s, Math.min(to, s + n + 4)));
  let p = 0;
  let k = 0;
  for (; k < toks.length && p < n; k++) p += (toks[k] as string).length;
  // 高新区 | 负责人: a three-character dictionary word is a word, not a personal name.
  if (n === 3 && toks[0] === text.slice(s, s + 3)) return false;
  const next = toks[k];
  return p === n && next !== undefined && next.length >= 2 && isHan(next, 0);
}
/** Characters that end a name written after its title (院士刘以训与…, 教授王明、…). */
const AFTER_NAME = new Set('与和、，。；：及等（(在为带率出正来到赴向就对也还是'.split(''));
/** Words a researcher named after the title often does next (副教授陈刚负责…, 教授王明表示). */
const AFTER_WORDS: readonly string[] = [
  '负责',
  '表示',
  '介绍',
  '指出',
  '说',
  '领衔',
  '主持',
  '团队',
  '课题组',
  '一行',
  '来到',
  '带队',
  '等人',
];

/** What closes a name listed after a titled one (、, 等, a clause edge, 一行, 两人). */
const LISTED_AFTER_END =
  /^(?:[、，。；：等]|一行|[两二三四五六七八九十]人|[两二三四五六七八九十]位)/;

/**
 * 教授王明、李华等: names listed with 、 after a titled name share its title; each is a surname
 * and one or two characters closed by 、, 等 or a clause edge.
 */
function listedAfter(text: string, at: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  let p = at;
  while (text[p] === '、' && out.length < 8) {
    const s = p + 1;
    if (!LEXICON.surnames.has(text[s] as string)) break;
    let e = -1;
    for (const n of [2, 3]) {
      if (s + n > to) break;
      let han = true;
      for (let i = s; i < s + n; i++) if (!isHan(text, i)) han = false;
      if (
        han &&
        (LISTED_AFTER_END.test(text.slice(s + n, s + n + 2)) || wordAfterName(text, s, n, to))
      ) {
        e = s + n;
        break;
      }
    }
    if (e < 0) break;
    const name = text.slice(s, e);
    if (LEXICON.genericWords.has(name) || LEXICON.stopTokens.has(name)) break;
    out.push({ start: s, end: e, text: name, type: 'Person', canonical: name, kind: 'person' });
    p = e;
  }
  return out;
}

/** Characters that may stand right before the first name of a list (，刘明、李华等博士). */
const LIST_OPENERS = new Set('，。；：、（(“”'.split(''));

/**
 * 刘志明、李华等博士团队: names listed with 、 before a titled name share its title; each is a
 * surname and one or two characters, the first standing after a clause edge.
 */
function listedBefore(text: string, at: number, from: number): ZhMention[] {
  const out: ZhMention[] = [];
  let p = at;
  while (text[p - 1] === '、' && out.length < 8) {
    const e = p - 1;
    let s = -1;
    for (const n of [2, 3]) {
      const b = e - n;
      if (b < from) break;
      let han = true;
      for (let i = b; i < e; i++) if (!isHan(text, i)) han = false;
      if (!han || !LEXICON.surnames.has(text[b] as string)) continue;
      const before = text[b - 1];
      if (b === from || before === undefined || before === '\n' || LIST_OPENERS.has(before)) {
        s = b;
        break;
      }
    }
    if (s < 0) break;
    const name = text.slice(s, e);
    if (LEXICON.genericWords.has(name) || LEXICON.stopTokens.has(name)) break;
    out.push({ start: s, end: e, text: name, type: 'Person', canonical: name, kind: 'person' });
    p = s;
  }
  return out;
}

/**
 * 中国科学院院士刘以训与…: a surname right after a title, then one or two more characters and a
 * clause edge or conjunction, is a researcher named after the title.
 */
function scanTitledNames(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  for (let h = PRE_TITLES.next(text, from, to); h; h = PRE_TITLES.next(text, h.index + 1, to)) {
    const s = h.index + h.word.length;
    if (!LEXICON.surnames.has(text[s] as string)) continue;
    for (const n of [3, 2]) {
      const e = s + n;
      if (e >= to) continue;
      if (
        !AFTER_NAME.has(text[e] as string) &&
        !AFTER_WORDS.some((w) => text.startsWith(w, e)) &&
        !wordAfterName(text, s, n, to)
      )
        continue;
      let han = true;
      for (let i = s; i < e; i++) if (!isHan(text, i)) han = false;
      // 王明向记者介绍: a name never ends in a word that follows names (向, 在); inside one it
      // may stand (李向东, 张正华).
      if (AFTER_NAME.has(text[e - 1] as string)) han = false;
      if (!han) continue;
      const name = text.slice(s, e);
      if (LEXICON.genericWords.has(name) || LEXICON.stopTokens.has(name)) break;
      out.push({ start: s, end: e, text: name, type: 'Person', canonical: name, kind: 'person' });
      out.push(...listedAfter(text, e, to));
      break;
    }
  }
  return out;
}

/** Names listed before a count of researchers: 张进、王海燕两位博士, 李明、赵丽等3名专家. */
const LISTED_RE =
  /((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})(?:等)?(?:[两二三四五六七八九十几0-9]+[位名])(?:博士|教授|专家|院士|研究员)/g;

/** A listed name: two or three characters opening with a surname (the first may carry a head). */
function listedName(item: string, first: boolean): string | null {
  if (LEXICON.surnames.has(item[0] as string) && !LEXICON.genericWords.has(item)) return item;
  // 我校张进、…: the first item may carry the word before it.
  if (first && item.length === 3 && LEXICON.surnames.has(item[1] as string)) return item.slice(1);
  return null;
}

function scanListedNames(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  const span = text.slice(from, to);
  if (span.indexOf('、') < 0) return out;
  LISTED_RE.lastIndex = 0;
  for (let m = LISTED_RE.exec(span); m; m = LISTED_RE.exec(span)) {
    const items = (m[1] as string).split('、');
    const found: ZhMention[] = [];
    let at = from + m.index;
    for (let k = 0; k < items.length; k++) {
      const item = items[k] as string;
      const name = listedName(item, k === 0);
      if (name === null) {
        found.length = 0;
        break;
      }
      const s = at + item.length - name.length;
      found.push({
        start: s,
        end: s + name.length,
        text: name,
        type: 'Person',
        canonical: name,
        kind: 'person',
      });
      at += item.length + 1;
    }
    out.push(...found);
  }
  return out;
}

/** True when jieba's cut of text[lo, hi) has a word boundary at `at`. */
function wordStartsAt(text: string, lo: number, at: number, hi: number): boolean {
  if (at <= lo) return true;
  let p = lo;
  for (const tok of cutExact(text.slice(lo, hi))) {
    if (p === at) return true;
    if (p > at) return false;
    p += tok.length;
  }
  return p === at;
}

/**
 * Finds named researchers: 吴梦博士, 王琪院士, 曾志翔团队. Company officers are left out on
 * purpose: the ontology keeps experts and team leaders.
 */
export function scanPersons(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [...scanTitledNames(text, from, to), ...scanListedNames(text, from, to)];
  // Two or three Han characters right before a title (the longer first), not overlapping the
  // previous candidate.
  let taken = from;
  for (
    let h = HONORIFICS.next(text, from, to + 3);
    h;
    h = HONORIFICS.next(text, h.index + 1, to + 3)
  ) {
    let len = 0;
    for (const n of [3, 2]) {
      const s = h.index - n;
      if (s < taken || s >= to) continue;
      let ok = true;
      for (let i = s; i < h.index; i++) if (!isHan(text, i)) ok = false;
      if (ok) {
        len = n;
        break;
      }
    }
    if (len === 0) continue;
    taken = h.index;
    const m = { index: h.index - len };
    const cand = text.slice(m.index, h.index);
    const name = pickName(cand);
    if (!name) continue;
    // The name ends the candidate, or stands before 等 (李超等博士).
    const start = m.index + (cand.endsWith('等') ? 0 : cand.length - name.length);
    // 环境工程材料团队: a 'name' that starts inside a word (工程) is no name.
    if (!wordStartsAt(text, Math.max(from, start - 2), start, h.index)) continue;
    // A name is not a generic word (科研团队 → 科研 has no surname at the start anyway).
    if (
      LEXICON.genericWords.has(name) ||
      LEXICON.genericWords.has(name.slice(1)) ||
      LEXICON.stopTokens.has(name)
    )
      continue;
    out.push({
      start,
      end: start + name.length,
      text: name,
      type: 'Person',
      canonical: name,
      kind: 'person',
    });
    out.push(...listedBefore(text, start, from));
  }
  return out;
}
