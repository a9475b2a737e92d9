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
  /** Text between an expert and the body that took them on ("joined", "was hired by"). */
  joined:
    /^\s*(?:,[^,;]{1,60},\s*)?(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:joined|(?:was|were|has been|have been)\s+(?:\w+ly\s+)?(?:hired|appointed|engaged|employed|invited|recruited)\s+by|(?:serves|served|works|worked|acts|acted)\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:at|for|of|in))\s+(?:the\s+)?$/i,
  /** What makes the tie flexible: a part-time, visiting or guest post ("as a visiting expert"). */
  flexibleRole:
    /\b(?:part-time|visiting|guest|adjunct|honorary|consultant|chief scientist|chief expert|flexibl[ey])\b/i,
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

/**
 * "Prof. Chen joined Hefeng Group as a visiting expert", "Dr. Li serves as a part-time chief
 * scientist at X": an expert taking a flexible post is brought in by the body.
 */
function flexiblePosts(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const [i, expert] of ctx.mentions.entries()) {
    if (expert.type !== 'Person') continue;
    const body = ctx.mentions
      .slice(i + 1)
      .find((m) => m.start >= expert.end && m.type !== 'Person');
    if (!body || !isSource(body)) continue;
    if (!INTRODUCE_OPTIONS.joined.test(between(ctx, expert.end, body.start))) continue;
    const clause = clauseAround(ctx, expert.start);
    if (!INTRODUCE_OPTIONS.flexibleRole.test(between(ctx, expert.end, clause.end))) continue;
    out.push({
      type: 'FLEXIBLY_INTRODUCES',
      source: body.entity,
      target: expert.entity,
      confidence: INTRODUCE_OPTIONS.confidence,
    });
  }
  return out;
}

/** "X (flexibly) introduced the team led by Y" and "the team … was introduced by X". */
export function findIntroductions(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = flexiblePosts(ctx);
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
      (t) =>
        t.type === 'ResearchTeam' ||
        !teams.some((k) => (t.start >= k.start && t.end <= k.end) || k.name === `${t.name} team`),
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
