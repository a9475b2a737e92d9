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
  /** Words keep internal hyphens, ampersands and apostrophes (Hi-tech, R&D, Xi'an) but not "'s". */
  pattern: /[A-Za-z0-9]+(?:[-&][A-Za-z0-9]+|['’](?!s\b)[A-Za-z0-9]+)*|[^\sA-Za-z0-9]/g,
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
    const word = /^[A-Za-z0-9]/.test(value);
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

/** True for a word starting with a capital letter or a digit-led code (5G, R&D). */
export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.word && /^[A-Z]/.test(token.text);
}
