import type { Candidate } from './mentions';
import { HEADS, ROLE_WORDS, STOP_WORDS } from './lexicon';
import type { EnglishSentence } from './sentences';

/** Options for bare all-capital abbreviations of organisations ("SDUT", "SHINVA"). */
const ACRONYM_OPTIONS = Object.freeze({
  /** An all-capital word of 3..8 letters standing alone. */
  word: /(?<![A-Za-z0-9&'’@-])[A-Z]{3,8}(?![A-Za-z0-9&'’@-])/g,
  /** Times it must occur in the document before it is believed to be a name. */
  minCount: 2,
  /** Common abbreviations that are not organisations. */
  ignore: new Set([
    'CPC',
    'GDP',
    'CEO',
    'CTO',
    'CFO',
    'USD',
    'RMB',
    'CNY',
    'MOU',
    'PHD',
    'COVID',
    'CPPCC',
    'NPC',
    'USA',
    'EU',
    'UN',
    'UK',
    'ICT',
    'IOT',
    'API',
    'LED',
    'LCD',
    'EV',
    'NEV',
    'SME',
    'SMES',
    'IPO',
    'HIV',
    'DNA',
    'RNA',
    'CNC',
    'GPS',
    'LNG',
    'PPP',
    'BRI',
    'WTO',
    'AI',
    'VR',
    'AR',
    'IT',
    'FDI',
    'CHINA',
    'NEWS',
    'PHOTO',
    'XINHUA',
    'BEIJING',
    'SHANGHAI',
    'CHONGQING',
    'CHENGDU',
    'GUANGZHOU',
    'SHENZHEN',
    'WUHAN',
    'NANJING',
    'HANGZHOU',
    'TIANJIN',
    'UPDATED',
    'THE',
    'AND',
  ]),
  /** Letter groups that mark a university ("…U", "…UT", "…UST", "…UPT"). */
  university: /U[A-Z]{0,2}$|UST|UPT/,
  /** Small words left out of a name's initials ("University of Science and Technology" → UST). */
  initialsSkip: new Set(['of', 'and', 'for', 'the', 'in', 'on', '&']),
  /** Confidence: below a name found by its head or defined in brackets. */
  score: 0.55,
});

/** All-capital words used at least twice and never defined in brackets: Company or University. */
/** "SJTU" for "Shanghai Jiao Tong University": the first letters of a name's words. */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !ACRONYM_OPTIONS.initialsSkip.has(w.toLowerCase()))
    .map((w) => (w[0] as string).toUpperCase())
    .join('');
}

export function findAcronyms(
  sentences: readonly EnglishSentence[],
  known: ReadonlySet<string>,
  /** Names already found: an acronym made of one's initials stands for it. */
  named: readonly Candidate[] = [],
): Candidate[][] {
  const byInitials = new Map<string, Candidate>();
  for (const c of named) {
    if (c.type === 'District' || c.type === 'Person' || c.description) continue;
    const initials = initialsOf(c.name);
    if (initials.length >= 3 && !byInitials.has(initials)) byInitials.set(initials, c);
  }
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(ACRONYM_OPTIONS.word)) {
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
  }
  return sentences.map((s) => {
    const out: Candidate[] = [];
    for (const m of s.text.matchAll(ACRONYM_OPTIONS.word)) {
      const word = m[0];
      if (ACRONYM_OPTIONS.ignore.has(word) || known.has(word)) continue;
      // "LYU Zhaoping": a surname in capitals before a given name is no organisation.
      const nextWord = /^\s+([A-Z][a-z]+)\b/.exec(s.text.slice((m.index ?? 0) + word.length));
      if (
        nextWord &&
        !STOP_WORDS.has((nextWord[1] as string).toLowerCase()) &&
        !ROLE_WORDS.has((nextWord[1] as string).toLowerCase()) &&
        !HEADS.some((h) => h.tokens[0] === (nextWord[1] as string).toLowerCase())
      )
        continue;
      const start = s.start + (m.index ?? 0);
      const full = byInitials.get(word);
      if (full) {
        out.push({
          start,
          end: start + word.length,
          text: word,
          name: full.name,
          type: full.type,
          score: ACRONYM_OPTIONS.score,
        });
        continue;
      }
      if ((counts.get(word) ?? 0) < ACRONYM_OPTIONS.minCount) continue;
      out.push({
        start,
        end: start + word.length,
        text: word,
        name: word,
        type: ACRONYM_OPTIONS.university.test(word) ? 'University' : 'Company',
        score: ACRONYM_OPTIONS.score,
      });
    }
    return out;
  });
}
