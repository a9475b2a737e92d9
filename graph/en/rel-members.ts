import words from '../data/en/rel-nouns.json';
import { findWords, hedged, phraseRegex } from './clause';
import { headWord } from './coref-heads';
import { clauseAround, type FoundRelation, type Placed, type SentenceContext } from './context';

/** Options for membership stated with "member(s)" or "join" around a body that has members. */
const MEMBER_OPTIONS = Object.freeze({
  /** Head words of bodies with members ("… Alliance", "Consortium of …"). */
  bodies: new Set(words.memberBodies),
  /** Nouns that state membership ("66 member institutions, among them …"). */
  memberWords: phraseRegex(words.memberWords),
  /** Verbs whose subjects become members of the body named after them. */
  joinVerbs: phraseRegex(words.joinVerbs),
  /** "joined hands with", "joined forces": partnering, not membership. */
  notJoining: /^\s+(?:hands|forces)\b/i,
  /** Types that can be members (not places, not people). */
  memberTypes: new Set(['University', 'Institute', 'Company', 'Lab']),
  /** Confidence: read from a trigger word and entity types only, below clause roles (0.55). */
  confidence: 0.5,
});

function isBody(m: Placed): boolean {
  return (
    m.type !== 'Person' && m.type !== 'District' && MEMBER_OPTIONS.bodies.has(headWord(m.name))
  );
}

function edges(members: readonly Placed[], body: Placed): FoundRelation[] {
  const seen = new Set<string>();
  return members
    .filter(
      (m) =>
        MEMBER_OPTIONS.memberTypes.has(m.type) &&
        m.entity !== body.entity &&
        !seen.has(m.entity) &&
        seen.add(m.entity),
    )
    .map((m) => ({
      type: 'PART_OF' as const,
      source: m.entity,
      target: body.entity,
      confidence: MEMBER_OPTIONS.confidence,
    }));
}

/**
 * "The alliance has 66 member institutions, among them A and B", "firms such as C and D have
 * joined the alliance", "E is a member of the F Consortium": organisations named in a clause that
 * states membership of a body with members (alliance, consortium, association …) are part of it.
 */
export function findMemberships(ctx: SentenceContext): FoundRelation[] {
  const bodies = ctx.mentions.filter(isBody);
  if (bodies.length === 0) return [];
  const out: FoundRelation[] = [];
  for (const v of findWords(ctx, MEMBER_OPTIONS.joinVerbs)) {
    if (MEMBER_OPTIONS.notJoining.test(ctx.text.slice(v.end - ctx.start))) continue;
    if (hedged(ctx, v.start)) continue;
    const clause = clauseAround(ctx, v.start);
    // The body joined is the first mention after the verb, with at most "the" between.
    const body = ctx.mentions.find((m) => m.start >= v.end);
    if (
      !body ||
      !isBody(body) ||
      !/^\s*(?:the\s+)?$/i.test(ctx.text.slice(v.end - ctx.start, body.start - ctx.start))
    )
      continue;
    out.push(
      ...edges(
        ctx.mentions.filter((m) => m.start >= clause.start && m.end <= v.start),
        body,
      ),
    );
  }
  for (const w of findWords(ctx, MEMBER_OPTIONS.memberWords)) {
    const clause = clauseAround(ctx, w.start);
    const inClause = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    const clauseBodies = inClause.filter(isBody);
    // One body only: with two, which one the members belong to is not clear.
    if (new Set(clauseBodies.map((b) => b.entity)).size !== 1) continue;
    out.push(...edges(inClause, clauseBodies[0] as Placed));
  }
  return out;
}
