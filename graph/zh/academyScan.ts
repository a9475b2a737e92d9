import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';

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

/**
 * Short names of academy institutes (中科院半导体所, 中科院合肥院先进所): jieba and the suffix list do
 * not see them, as 所 alone is too common a character to be a suffix anywhere else.
 */
export function scanAcademyUnits(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  for (const i of prefixStarts(text, from, to)) {
    const prefix = LEXICON.academyPrefixes.find((p) => text.startsWith(p, i)) as string;
    const at = i + prefix.length;
    const m = UNIT_RE.exec(text.slice(at, Math.min(to, at + 12)));
    if (!m) continue;
    const end = at + m[0].length;
    const name = text.slice(i, end);
    out.push({ start: i, end, text: name, type: 'Institute', canonical: name, kind: 'name' });
  }
  return out;
}
