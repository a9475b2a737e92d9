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
    const longer = (c: Candidate): boolean =>
      c.start <= match.start && match.end <= c.end && c.end - c.start > match.end - match.start;
    if (!match.nested && out.some((c) => !c.description && longer(c))) continue;
    // A name inside a confirmed one stays beside it ("Wang Lei" inside "Wang Lei's team").
    out = out.filter((c) => c.end <= match.start || match.end <= c.start || longer(c));
    const { start, end, text: surface, name, type } = match;
    out.push({ start, end, text: surface, name, type, score: CONFIRMED_SCORE });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
