import { HEADS, PLACES } from './lexicon';

/** Options for joint labs named after their partners. */
const JOINT_NAME_OPTIONS = Object.freeze({
  /** "Joint Research Center of A - B": partners after "of", split by a dash. */
  ofPartners:
    /^Joint (?:[A-Z][a-z&]+ ){0,2}(?:Center|Centre|Laboratory|Lab|Institute|Platform) of (?:the )?(.+?) [-–] (?:the )?(.+)$/,
  /** "A - B Joint Laboratory": partners before the joint head, split by a dash. */
  namedPartners:
    /^(.+?) [-–] (.+?) Joint (?:[A-Z][a-z&]+ ){0,2}(?:Center|Centre|Laboratory|Lab|Institute|Platform)$/,
  /** Longest partner name taken, in words. */
  maxWords: 6,
});

/** The partners a joint lab's name gives ("Joint Research Center of A - B" → [A, B]). */
export function partnersInName(name: string): string[] {
  const m = JOINT_NAME_OPTIONS.ofPartners.exec(name) ?? JOINT_NAME_OPTIONS.namedPartners.exec(name);
  if (!m) return [];
  return [m[1] as string, m[2] as string].filter(
    (p) => p.split(/\s+/).length <= JOINT_NAME_OPTIONS.maxWords && /^[A-Z]/.test(p),
  );
}

/** True when a partner name ends in no organisation head and is no known place: a bare company name. */
export function isHeadlessName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2) return false;
  if (PLACES.some((p) => p.join(' ') === words.join(' '))) return false;
  return !HEADS.some(
    (h) =>
      h.tokens.length <= words.length &&
      h.tokens.every((t, j) => words[words.length - h.tokens.length + j] === t),
  );
}
