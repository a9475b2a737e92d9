import {
  between,
  clauseAround,
  findTriggers,
  type FoundRelation,
  type Placed,
  type SentenceContext,
} from './context';

/** Options for flexible introduction of teams and experts. */
const INTRODUCE_OPTIONS = Object.freeze({
  /** compromise patterns for bringing in a team or expert. */
  patterns: Object.freeze([
    '#Adverb? {introduce}',
    '{bring} in',
    '{recruit}',
    '{attract}',
    '{hire}',
    '{employ}',
    '{engage}',
    '{shortlist}',
    '{invite}',
  ]),
  /** A person named as one of a group chosen by someone ("X is one of the experts shortlisted by Y"). */
  oneOfChosen:
    /\bone of (?:the )?(?:[\w-]+\s+){0,4}?(?:talents|experts|professionals|scientists|researchers|scholars|candidates|teams)\s+$/i,
  /** Confidence of an introduction. */
  confidence: 0.75,
  /** Who can be introduced. */
  targetTypes: new Set(['ResearchTeam', 'Person']),
  /** Who can introduce. */
  sourceTypes: new Set(['District', 'Company', 'Lab', 'Institute', 'University', 'Other', 'Fund']),
});

function isSource(m: Placed): boolean {
  return INTRODUCE_OPTIONS.sourceTypes.has(m.type);
}

function isTarget(m: Placed): boolean {
  return INTRODUCE_OPTIONS.targetTypes.has(m.type);
}

/** "X (flexibly) introduced the team led by Y" and "the team … was introduced by X". */
export function findIntroductions(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const trigger of findTriggers(ctx, INTRODUCE_OPTIONS.patterns)) {
    const clause = clauseAround(ctx, trigger.start);
    const inClause = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    const before = inClause.filter((m) => m.end <= trigger.start);
    const after = inClause.filter((m) => m.start >= trigger.end);
    // "the team … was introduced by X" and "… was introduced to/into X": the introducer follows.
    const byAfter = /^\s*(?:by|to|into)\b/i.test(between(ctx, trigger.end, clause.end));
    const ahead = between(ctx, clause.start, trigger.start);
    const passive =
      byAfter &&
      (/\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i.test(ahead) ||
        INTRODUCE_OPTIONS.oneOfChosen.test(ahead));
    const source = passive ? after.find(isSource) : [...before].reverse().find(isSource);
    const targets = passive ? before.filter(isTarget) : after.filter(isTarget);
    // A leader inside a team mention is the team's name, not a second person introduced.
    const teams = targets.filter((t) => t.type === 'ResearchTeam');
    const chosen = targets.filter(
      (t) => t.type === 'ResearchTeam' || !teams.some((k) => t.start >= k.start && t.end <= k.end),
    );
    if (!source) continue;
    for (const t of chosen) {
      out.push({
        type: 'FLEXIBLY_INTRODUCES',
        source: source.entity,
        target: t.entity,
        confidence: INTRODUCE_OPTIONS.confidence,
      });
    }
  }
  return out;
}
