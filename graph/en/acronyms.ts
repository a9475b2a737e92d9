import type { Candidate } from './mentions';
import type { EnglishSentence } from './sentences';

/** Options for bare all-capital abbreviations of organisations ("SDUT", "SHINVA"). */
const ACRONYM_OPTIONS = Object.freeze({
  /** An all-capital word of 3..8 letters standing alone. */
  word: /(?<![A-Za-z0-9&'’-])[A-Z]{3,8}(?![A-Za-z0-9&'’-])/g,
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
  university: /U$|UT$|UST|UPT/,
  /** Confidence: below a name found by its head or defined in brackets. */
  score: 0.55,
});

/** All-capital words used at least twice and never defined in brackets: Company or University. */
export function findAcronyms(
  sentences: readonly EnglishSentence[],
  known: ReadonlySet<string>,
): Candidate[][] {
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
      if ((counts.get(word) ?? 0) < ACRONYM_OPTIONS.minCount) continue;
      if (ACRONYM_OPTIONS.ignore.has(word) || known.has(word)) continue;
      const start = s.start + (m.index ?? 0);
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
