import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';

/**
 * After an academy: an optional branch (合肥院) and a field of one to five characters, then 所 as the
 * last character of the name; 所长/所属/所在… are words of their own, and 的/与/和 end a name.
 */
const UNIT_RE =
  /^(?:[\u4e00-\u9fff]{1,4}?院)?[^\s\d，。、；：“”（）()的与和及在等将是]{1,5}?所(?![长属在有以谓得需])/;

/**
 * Short names of academy institutes (中科院半导体所, 中科院合肥院先进所): jieba and the suffix list do
 * not see them, as 所 alone is too common a character to be a suffix anywhere else.
 */
export function scanAcademyUnits(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  for (const prefix of LEXICON.academyPrefixes) {
    for (let i = text.indexOf(prefix, from); i >= 0 && i < to; i = text.indexOf(prefix, i + 1)) {
      const at = i + prefix.length;
      const m = UNIT_RE.exec(text.slice(at, Math.min(to, at + 12)));
      if (!m) continue;
      const end = at + m[0].length;
      const name = text.slice(i, end);
      out.push({ start: i, end, text: name, type: 'Institute', canonical: name, kind: 'name' });
    }
  }
  return out;
}
