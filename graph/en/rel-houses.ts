import { between, type FoundRelation, type Placed, type SentenceContext } from './context';

/** Options for labs housed by an institute ("… buildings, which house the A, the B and the C"). */
const HOUSES_OPTIONS = Object.freeze({
  /** The verb that says a place holds the parts that follow it. */
  trigger: /\b(?:house|houses|housed|hosts|host|is home to|are home to)\s+(?:the\s+)?$/i,
  /** Text between two members of the list of parts. */
  listGap: /^\s*(?:\([^()]{1,40}\)\s*)?(?:,|,?\s*and)\s*(?:the\s+)?$/i,
  /** Types that can be housed. */
  partTypes: new Set(['Lab', 'Institute']),
  /** Types that own what their buildings house. */
  ownerTypes: new Set(['Institute', 'University']),
  /** A pronoun or definite phrase standing for the owner when it is not named in the sentence. */
  pronoun: /\b(?:it|its|the institute|the university)\b/i,
  /** Sentences looked back for the owner a pronoun stands for. */
  lookBack: 2,
  /** Confidence of a part stated by housing. */
  confidence: 0.7,
});

/** The parts listed right after mention index `first` (itself included). */
function listFrom(ctx: SentenceContext, first: number): Placed[] {
  const ms = ctx.mentions;
  const out = [ms[first] as Placed];
  for (let k = first + 1; k < ms.length; k++) {
    const m = ms[k] as Placed;
    const last = out[out.length - 1] as Placed;
    // "the A (AB), the B": the bracketed abbreviation is A again, not the next member.
    if (m.start < last.end || m.entity === last.entity) continue;
    if (!HOUSES_OPTIONS.listGap.test(between(ctx, last.end, m.start))) break;
    if (!HOUSES_OPTIONS.partTypes.has(m.type)) break;
    out.push(m);
  }
  return out;
}

/**
 * "CityUCRI … it has two research buildings, which house the A, the B and the C": every lab of the
 * list is part of the institute named in the sentence before the verb, or the one a pronoun there
 * stands for. Returns, per sentence index, the relations found.
 */
export function findHoused(contexts: readonly SentenceContext[]): FoundRelation[][] {
  return contexts.map((ctx, i) => {
    const out: FoundRelation[] = [];
    const ms = ctx.mentions;
    for (const [k, first] of ms.entries()) {
      if (!HOUSES_OPTIONS.partTypes.has(first.type)) continue;
      const before = between(ctx, ctx.start, first.start);
      if (!HOUSES_OPTIONS.trigger.test(before)) continue;
      let owner = [...ms]
        .reverse()
        .find((m) => m.end <= first.start && HOUSES_OPTIONS.ownerTypes.has(m.type));
      if (!owner && HOUSES_OPTIONS.pronoun.test(before))
        for (let back = 1; back <= HOUSES_OPTIONS.lookBack && !owner && i - back >= 0; back++)
          owner = [...(contexts[i - back] as SentenceContext).mentions]
            .reverse()
            .find((m) => HOUSES_OPTIONS.ownerTypes.has(m.type));
      if (!owner) continue;
      for (const part of listFrom(ctx, k))
        if (part.entity !== owner.entity)
          out.push({
            type: 'PART_OF',
            source: part.entity,
            target: owner.entity,
            confidence: HOUSES_OPTIONS.confidence,
          });
    }
    return out;
  });
}
