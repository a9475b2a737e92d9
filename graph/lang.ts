/** Options for language detection. */
const LANG_OPTIONS = Object.freeze({
  /**
   * CJK characters that weigh as much as one Latin word: a Chinese word runs 1.5–2 characters,
   * and the Chinese names quoted in English text are long ones, so 2 keeps "moved to 澜沧湾科技
   * 创新园 in May" English while a Chinese text quoting a few English names stays Chinese.
   */
  cjkPerWord: 2,
  /** Only the head of a long text is sampled: language does not change mid-article. */
  sampleChars: 4000,
  /** Longest markup tag skipped ('<img src=x onerror=…>'): its Latin words are no language. */
  maxTagChars: 200,
});

/** Where a markup tag opening at `i` ('<a', '</p', '<!--') ends (after its '>'), or -1. */
function tagEnd(text: string, i: number, limit: number): number {
  const next = text.charCodeAt(i + 1);
  if (!(isLatin(next) || next === 47 /* / */ || next === 33) /* ! */) return -1;
  // Only as far as a tag may reach: a text of many '<' and no '>' stays one pass.
  const stop = Math.min(limit, i + LANG_OPTIONS.maxTagChars + 1);
  for (let j = i + 1; j < stop; j++) if (text.charCodeAt(j) === 62 /* > */) return j + 1;
  return -1;
}

/** True for CJK unified ideographs (basic block and extension A). */
export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** True for a Latin letter, accented ones included (names like "Körte", "São Paulo"). */
function isLatin(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/**
 * Detects 'zh' or 'en' by weighing Latin words against CJK characters: Chinese when the CJK
 * characters, counted as words, outnumber the Latin words. Words rather than letters, so a short
 * English sentence holding one long Chinese name stays English. Markup tags are not counted.
 */
export function detectLanguage(text: string): 'zh' | 'en' {
  const n = Math.min(text.length, LANG_OPTIONS.sampleChars);
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Markup left in pasted or scraped text ('<script>', '<img src=…>') says nothing of the language.
    if (c === 60 /* < */) {
      const end = tagEnd(text, i, n);
      if (end > 0) {
        i = end - 1;
        inWord = false;
        continue;
      }
    }
    if (isCjk(c)) cjk++;
    const latin = isLatin(c);
    if (latin && !inWord) words++;
    inWord = latin;
  }
  if (cjk === 0) return 'en';
  return cjk / LANG_OPTIONS.cjkPerWord > words ? 'zh' : 'en';
}
