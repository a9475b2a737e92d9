import {
  between,
  clauseAround,
  findTriggers,
  type FoundRelation,
  isActor,
  type Placed,
  type SentenceContext,
} from './context';

/** Options for support of a named company or lab. */
const SUPPORT_OPTIONS = Object.freeze({
  /** compromise patterns for helping or supporting. */
  patterns: Object.freeze([
    '{help}',
    '{support}',
    '{assist}',
    '{empower}',
    '{aid}',
    '{provide} #Adjective? #Noun? (service|services|consulting|guidance) (for|to)',
    '{serve}',
    '(funded|financed|sponsored)',
  ]),
  /** Types that can be supported (the issue: a named company or lab). */
  targetTypes: new Set(['Company', 'Lab']),
  /** Confidence of a support relation. */
  confidence: 0.7,
});

function isTarget(m: Placed): boolean {
  return SUPPORT_OPTIONS.targetTypes.has(m.type);
}

/** "X helped/supported Y", "X provided technical support to Y", "with the support of X, Y …". */
export function findSupports(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const trigger of findTriggers(ctx, SUPPORT_OPTIONS.patterns)) {
    const clause = clauseAround(ctx, trigger.start);
    const inClause = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    const after = inClause.filter((m) => m.start >= trigger.end);
    let source: Placed | undefined;
    let target: Placed | undefined;
    if (/^\s*(of|from)\b/i.test(between(ctx, trigger.end, clause.end))) {
      source = after.find(isActor);
      target = after.find((m) => m !== source && m.start > (source?.end ?? 0) && isTarget(m));
    } else {
      source = [...inClause].reverse().find((m) => m.end <= trigger.start && isActor(m));
      target = after.find(isTarget);
    }
    if (!source || !target || source.entity === target.entity) continue;
    out.push({
      type: 'SUPPORTS',
      source: source.entity,
      target: target.entity,
      confidence: SUPPORT_OPTIONS.confidence,
    });
  }
  return out;
}
