/** Options for hiding Chinese text from compromise, which handles no Chinese. */
const MASK_OPTIONS = Object.freeze({
  /** Han ideographs, CJK punctuation and full-width forms: everything compromise must not see. */
  wide: /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/g,
});

/** True when the text holds any character that `maskChinese` would hide. */
export function hasChinese(text: string): boolean {
  MASK_OPTIONS.wide.lastIndex = 0;
  const found = MASK_OPTIONS.wide.test(text);
  MASK_OPTIONS.wide.lastIndex = 0;
  return found;
}

/**
 * Replaces every Chinese character by a space. The result has the same length, so offsets found
 * in it are offsets in the original; compromise never receives a Chinese character.
 */
export function maskChinese(text: string): string {
  return text.replace(MASK_OPTIONS.wide, ' ');
}
