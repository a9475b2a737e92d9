import { between, type FoundRelation, type Placed, type SentenceContext } from './context';

/** Options for an unnamed joint lab whose partner is named in a later sentence. */
const OUTCOME_OPTIONS = Object.freeze({
  /** "X opened its first joint venture laboratory": the builder right before the verb. */
  opened:
    /^\s*(?:has\s+|had\s+|will\s+)?(?:\w+ly\s+)?(?:opened|set up|launched|established|founded|unveiled|built)\s+(?:its|their|a|an)\s+(?:[\w-]+\s+){0,3}?joint\s+(?:[\w-]+\s+){0,2}?(?:lab|laboratory|cent(?:er|re)|institute|platform)\b/i,
  /** "The joint lab, the outcome of long-term cooperation with ": the partner follows. */
  outcomeWith:
    /\bjoint\s+(?:[\w-]+\s+){0,2}?(?:lab|laboratory|cent(?:er|re)|institute|platform)\s*,\s*(?:the|a|an)\s+(?:outcome|result|fruit|product)\s+of\s+(?:[\w-]+\s+){0,2}?(?:cooperation|collaboration|partnership)\s+with\s+(?:the\s+)?$/i,
  /** Sentences looked back for the builder. */
  lookBack: 4,
  /** Confidence: the partners come from two sentences. */
  confidence: 0.6,
});

/**
 * "Corning Inc opened its first joint venture laboratory … The joint lab, the outcome of long-term
 * cooperation with the Academy's X Institute, …": the opener and the partner named later co-build
 * (one edge between them, the lab being unnamed). Returns, per sentence index, the relations.
 */
export function findJointOutcomes(contexts: readonly SentenceContext[]): FoundRelation[][] {
  let builder: { at: number; m: Placed } | undefined;
  return contexts.map((ctx, i) => {
    const out: FoundRelation[] = [];
    for (const [k, m] of ctx.mentions.entries()) {
      const head = between(ctx, ctx.start, m.start);
      if (
        builder &&
        i - builder.at <= OUTCOME_OPTIONS.lookBack &&
        OUTCOME_OPTIONS.outcomeWith.test(head)
      ) {
        // "the Academy's X Institute": the possessed institute is the partner.
        const next = ctx.mentions[k + 1];
        const partner = next && /^['’]s?\s+$/.test(between(ctx, m.end, next.start)) ? next : m;
        if (partner.type !== 'Person' && partner.entity !== builder.m.entity)
          out.push({
            type: 'CO_BUILDS',
            source: builder.m.entity,
            target: partner.entity,
            confidence: OUTCOME_OPTIONS.confidence,
          });
        break;
      }
    }
    for (const m of ctx.mentions)
      if (
        m.type !== 'Person' &&
        m.type !== 'District' &&
        OUTCOME_OPTIONS.opened.test(ctx.text.slice(m.end - ctx.start))
      )
        builder = { at: i, m };
    return out;
  });
}
