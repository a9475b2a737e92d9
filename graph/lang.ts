/** Options for language detection. */
const LANG_OPTIONS = Object.freeze({
  /** Share of CJK among letters above which a text counts as Chinese; news mixes in Latin names. */
  cjkShare: 0.3,
  /** Only the head of a long text is sampled: language does not change mid-article. */
  sampleChars: 4000,
});

/** True for CJK unified ideographs (basic block and extension A). */
export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Detects 'zh' or 'en' from the share of CJK characters among letters. */
export function detectLanguage(text: string): 'zh' | 'en' {
  const n = Math.min(text.length, LANG_OPTIONS.sampleChars);
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // Latin letters are counted per word-ish unit: ~5 letters carry what one CJK character does.
  const letters = cjk + latin / 5;
  if (letters === 0) return 'en';
  return cjk / letters >= LANG_OPTIONS.cjkShare ? 'zh' : 'en';
}
