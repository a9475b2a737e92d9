import { isCjk } from '../lang';

/** Characters that may sit inside a name: CJK, Latin letters, and digits after a letter. */
export function isNameChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // 〇 (U+3007) is a numeral of names (第一〇二研究所) outside the CJK block.
  return isCjk(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || ch === '·' || ch === '〇';
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
