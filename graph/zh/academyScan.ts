import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';
import bodyData from '../data/zh/bodies.json';
import { isNameChar } from './chars';
import { Literals } from './literals';

/** National bodies by short or full name → canonical short name (工业和信息化部 → 工信部). */
const BODIES: ReadonlyMap<string, string> = new Map(Object.entries(bodyData.bodies));
/** Body names, longest first, scanned by first character (the first listed wins at a position). */
const BODY_WORDS = new Literals([...BODIES.keys()].sort((a, b) => b.length - a.length));
/** Characters before a body that still leave it standing alone (与科技部, 获教育部). */
const BODY_BEFORE: ReadonlySet<string> = new Set('与和及同由向经获得在为、从受'.split(''));
/** Characters after a body that make it part of a longer word (科技部门, 教育部属). */
const BODY_AFTER: ReadonlySet<string> = new Set('门属署长委'.split(''));

/**
 * National bodies named without a suffix the suffix scan knows (科技部、教育部联合发布):
 * only where they stand alone, not inside a longer name (集团科技部) or word (科技部门).
 */
function scanBodies(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  // Scanned in the span itself, so a body never runs past its end.
  const span = text.slice(from, to);
  for (
    let r = BODY_WORDS.next(span, 0, span.length);
    r;
    r = BODY_WORDS.next(span, r.index + r.word.length, span.length)
  ) {
    const b = { index: from + r.index, word: r.word };
    const end = b.index + b.word.length;
    const prev = text[b.index - 1];
    if (isNameChar(prev) && !BODY_BEFORE.has(prev as string)) continue;
    if (BODY_AFTER.has(text[end] ?? '\n')) continue;
    const canonical = BODIES.get(b.word) as string;
    out.push({ start: b.index, end, text: b.word, type: 'Other', canonical, kind: 'name' });
  }
  return out;
}

/**
 * After an academy: an optional branch (合肥院) and a field of one to five characters, then 所 as the
 * last character of the name; 所长/所属/所在… are words of their own, and 的/与/和 end a name.
 */
const UNIT_RE =
  /^(?:[\u4e00-\u9fff]{1,4}?院)?[^\s\d，。、；：“”（）()的与和及在等将是]{1,5}?所(?![长属在有以谓得需])/;

/** Where each academy prefix starts in the last text seen (found once per document, not per span). */
const seen = { text: '', starts: [] as number[] };

/** Prefix starts within [from, to), from one pass over the whole text per document. */
function prefixStarts(text: string, from: number, to: number): number[] {
  if (seen.text !== text) {
    const starts: number[] = [];
    for (const p of LEXICON.academyPrefixes)
      for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1))
        if (!starts.includes(i)) starts.push(i);
    seen.text = text;
    seen.starts = starts;
  }
  return seen.starts.filter((i) => i >= from && i < to);
}

/** Characters after an academy's short name that leave it standing alone (中科院还…, 中科院、…). */
const ACADEMY_AFTER = /^(?:[，。、；：”）)与和及等的在将也还已都共为是]|签|合作|联合|携手)/;

/**
 * 中科院, 中国农科院 standing alone (after a clause edge or a list mark, before 还/与/、…): the
 * academy, under the full name the lexicon gives it. Full names (中国科学院) are the suffix scan's.
 */
function standaloneAcademy(
  text: string,
  i: number,
  at: number,
  to: number,
  prefix: string,
): ZhMention | null {
  if (/(?:科学院|研究院)$/.test(prefix)) return null;
  const prev = text[i - 1];
  if (isNameChar(prev) && !BODY_BEFORE.has(prev as string)) return null;
  if (at < to && !ACADEMY_AFTER.test(text.slice(at, at + 2))) return null;
  const canonical = LEXICON.prefixAbbreviations[prefix] ?? prefix;
  return { start: i, end: at, text: prefix, type: 'Institute', canonical, kind: 'name' };
}

/**
 * Fixed short names: national bodies (科技部, see scanBodies) and short names of academy institutes (中科院半导体所, 中科院合肥院先进所): jieba and the suffix list do
 * not see them, as 所 alone is too common a character to be a suffix anywhere else.
 */
export function scanAcademyUnits(text: string, from: number, to: number): ZhMention[] {
  // National bodies are fixed names too (科技部): found in the same pass over fixed short names.
  const out: ZhMention[] = scanBodies(text, from, to);
  for (const i of prefixStarts(text, from, to)) {
    const prefix = LEXICON.academyPrefixes.find((p) => text.startsWith(p, i)) as string;
    const at = i + prefix.length;
    const m = UNIT_RE.exec(text.slice(at, Math.min(to, at + 12)));
    if (!m) {
      // 合肥工业大学、中科院还在蚌埠市建立…: an academy's short name standing alone is the academy.
      const short = standaloneAcademy(text, i, at, to, prefix);
      if (short) out.push(short);
      continue;
    }
    const end = at + m[0].length;
    const name = text.slice(i, end);
    out.push({ start: i, end, text: name, type: 'Institute', canonical: name, kind: 'name' });
  }
  return out;
}
