import type { Gazetteer } from '../gazetteer';
import type { Candidate } from './mentions';
import type { EnglishSentence } from './sentences';

/** Score of a confirmed name: above any rule's, since a person confirmed it. */
const CONFIRMED_SCORE = 1;

/**
 * Puts the user's confirmed names among one sentence's candidates. A confirmed name replaces
 * the candidates it overlaps, with its own name and type, unless a longer name holds it ("Apex
 * Robotics Ltd." around the confirmed "Apex Robotics" is the more exact reading).
 */
export function withGazetteer(
  candidates: readonly Candidate[],
  text: string,
  sentence: EnglishSentence,
  gazetteer: Gazetteer,
): Candidate[] {
  if (gazetteer.size === 0) return [...candidates];
  let out = [...candidates];
  for (const match of gazetteer.find(text, sentence.start, sentence.end)) {
    const held = out.some(
      (c) =>
        !c.description &&
        c.start <= match.start &&
        match.end <= c.end &&
        c.end - c.start > match.end - match.start,
    );
    if (held) continue;
    out = out.filter((c) => c.end <= match.start || match.end <= c.start);
    out.push({ ...match, score: CONFIRMED_SCORE });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
