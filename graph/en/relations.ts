import { relationId } from '../ids';
import type { Relation } from '../types';
import type { FoundRelation, SentenceContext } from './context';
import { findAdjacent } from './rel-adjacent';
import { findCoBuilds } from './rel-cobuilds';
import { findIntroductions } from './rel-introduces';
import { findSupports } from './rel-supports';
import { findTransfers } from './rel-transfers';

/** Every relation pattern, run on each sentence. */
const FINDERS = Object.freeze([
  findCoBuilds,
  findIntroductions,
  findTransfers,
  findSupports,
  findAdjacent,
]);

/** Runs all relation patterns and merges repeats into one relation with several evidences. */
export function extractRelations(docId: string, contexts: SentenceContext[]): Relation[] {
  const byId = new Map<string, Relation>();
  for (const ctx of contexts) {
    if (ctx.mentions.length < 2) continue;
    const found: FoundRelation[] = FINDERS.flatMap((find) => find(ctx));
    for (const f of found) {
      const id = relationId(f.type, f.source, f.target);
      const evidence = { doc: docId, start: ctx.start, end: ctx.end, sentence: ctx.text };
      const existing = byId.get(id);
      if (!existing) {
        byId.set(id, {
          id,
          type: f.type,
          source: f.source,
          target: f.target,
          confidence: f.confidence,
          evidence: [evidence],
        });
        continue;
      }
      existing.confidence = Math.max(existing.confidence, f.confidence);
      if (!existing.evidence.some((e) => e.start === evidence.start))
        existing.evidence.push(evidence);
    }
  }
  return [...byId.values()];
}
