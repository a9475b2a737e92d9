/** A word or punctuation mark of a sentence, with offsets relative to the text tokenised. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** True for words (letters/digits), false for punctuation. */
  word: boolean;
}

/** Options for tokenisation. */
const TOKEN_OPTIONS = Object.freeze({
  /**
   * Words keep internal hyphens, ampersands and apostrophes (Hi-tech, R&D, Xi'an) but not "'s";
   * accented Latin letters are letters ("Université", "Mapúa", "Göteborg").
   */
  pattern:
    /[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+(?:[-&][A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+|['’](?!s\b)[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+)*|[^\sA-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/g,
  /** Abbreviations that keep their full stop (Co., Ltd., Prof.). */
  abbreviations: new Set([
    'co',
    'ltd',
    'inc',
    'corp',
    'pte',
    'prof',
    'dr',
    'mr',
    'ms',
    'st',
    'no',
    'jr',
  ]),
});

/** Splits text into word and punctuation tokens; known abbreviations keep their full stop. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_OPTIONS.pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_OPTIONS.pattern.exec(text)) !== null) {
    let value = m[0];
    const start = m.index;
    const word = /^[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/.test(value);
    if (word && text[start + value.length] === '.') {
      if (TOKEN_OPTIONS.abbreviations.has(value.toLowerCase())) {
        value += '.';
        TOKEN_OPTIONS.pattern.lastIndex = start + value.length;
      }
    }
    out.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, word });
  }
  return out;
}

/** True for a word starting with a capital letter, accented ones included ("Université"). */
export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.word && /^\p{Lu}/u.test(token.text);
}
