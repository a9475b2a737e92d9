import { SINGLE_HEADS, PLACE_KEYS, STOP_WORDS } from './lexicon';
import type { Candidate } from './mentions';

/** Options for local governments named in lower case ("the Chengdu city government"). */
const GOVERNMENT_OPTIONS = Object.freeze({
  /** A capitalised place, an administrative level in lower case, then "government". */
  pattern:
    /\b([A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?) ([Cc]ity|municipal|district|county|provincial|local) (?:people's |people’s )?government\b/g,
  /** A known place right before a lower-case "government" ("the Chengdu government"). */
  placeGovernment: /\b([A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?) government\b/g,
  /** A known place, one to four lower-case words, then an office word ("the X talent office"). */
  office: /\b([A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?) ((?:[a-z]+ ){1,4}?)(office|bureau|commission)\b/g,
  /** Lower-case words that show the phrase is no body's name ("the Jinan branch office of"). */
  notBody: new Set(['the', 'a', 'an', 'of', 'in', 'at', 'and', 'has', 'is', 'was', 'its', 'their']),
  /** Confidence of such a government body. */
  score: 0.8,
});

function isKnownPlace(name: string): boolean {
  const place = name.toLowerCase().split(' ');
  return PLACE_KEYS.has(place.join(' '));
}

/** Government bodies and offices written in lower case after their place, typed Other. */
export function findGovernments(sentence: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  GOVERNMENT_OPTIONS.pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GOVERNMENT_OPTIONS.pattern.exec(sentence)) !== null) {
    const lead = /^(The|A) /.exec(m[0]);
    const start = m.index + (lead ? lead[0].length : 0);
    const surface = sentence.slice(start, m.index + m[0].length);
    if (surface.split(' ').length < 3) continue;
    // "Tarrow's provincial government": the possessor is the government's place, kept as well.
    const owner = /^(.+?)['’]s$/.exec(m[1] as string);
    if (owner)
      out.push({
        start: offset + start,
        end: offset + start + (owner[1] as string).length,
        text: owner[1] as string,
        name: owner[1] as string,
        type: 'District',
        score: GOVERNMENT_OPTIONS.score,
      });
    out.push({
      start: offset + start,
      end: offset + m.index + m[0].length,
      text: surface,
      name: surface,
      type: 'Other',
      score: GOVERNMENT_OPTIONS.score,
    });
  }
  GOVERNMENT_OPTIONS.placeGovernment.lastIndex = 0;
  while ((m = GOVERNMENT_OPTIONS.placeGovernment.exec(sentence)) !== null) {
    // "The Queensland government" opening a sentence: the article is no part of the place.
    const opening = /^The /.exec(m[1] as string);
    const named = opening ? (m[1] as string).slice(opening[0].length) : (m[1] as string);
    const words = named.split(' ');
    // "the Ontario government": after "the", a capitalised name before "government" is a place
    // abroad the lists do not hold (no stop word, no organisation head: "the Group government").
    const abroad =
      (opening !== null || /\bthe\s+$/i.test(sentence.slice(0, m.index))) &&
      words.every((w) => !STOP_WORDS.has(w.toLowerCase()) && !SINGLE_HEADS.has(w.toLowerCase()));
    const place =
      isKnownPlace(m[1] as string) || abroad
        ? named
        : words.length === 2 && isKnownPlace(words[1] as string)
          ? (words[1] as string)
          : undefined;
    if (!place) continue;
    const at = m.index + m[0].length - `${place} government`.length;
    out.push({
      start: offset + at,
      end: offset + m.index + m[0].length,
      text: `${place} government`,
      name: `${place} government`,
      type: 'Other',
      score: GOVERNMENT_OPTIONS.score,
    });
  }
  GOVERNMENT_OPTIONS.office.lastIndex = 0;
  while ((m = GOVERNMENT_OPTIONS.office.exec(sentence)) !== null) {
    if (!isKnownPlace(m[1] as string)) continue;
    const words = (m[2] as string).trim().split(' ');
    if (words.some((w) => GOVERNMENT_OPTIONS.notBody.has(w))) continue;
    out.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      text: m[0],
      name: m[0],
      type: 'Other',
      score: GOVERNMENT_OPTIONS.score,
    });
  }
  return out;
}
