import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';

/** Titles that show a name is a researcher (experts and team leaders are the persons we keep). */
const HONORIFIC_RE = /([\u4e00-\u9fff]{2,3})(?=院士|教授|博士|研究员|首席科学家|团队|课题组)/g;
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

/**
 * Finds named researchers: 吴梦博士, 王琪院士, 曾志翔团队. Company officers are left out on
 * purpose: the ontology keeps experts and team leaders.
 */
export function scanPersons(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  HONORIFIC_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = HONORIFIC_RE.exec(text)) !== null && m.index < to) {
    const cand = m[1] as string;
    const name = pickName(cand);
    if (!name) continue;
    const start = m.index + cand.length - name.length;
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
  }
  return out;
}
