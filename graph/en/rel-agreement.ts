import { type FoundRelation, type Placed, type SentenceContext, wordBefore } from './context';

/** Options for things built "under the agreement" signed in the sentence before. */
const AGREEMENT_OPTIONS = Object.freeze({
  /** A sentence opening that points back to an agreement ("Under the agreement, "). */
  opening:
    /^(?:Under|According to|As part of|In line with|Based on|Following)\s+(?:the|this|that)\s+(?:new\s+)?(?:(?:strategic|cooperation|framework)\s+)*(?:agreement|deal|contract|memorandum|MoU|pact)\b[^,]*,\s*/i,
  /** A building verb in the passive, with no builders named after it. */
  builtPassive:
    /\b(?:will|would|is to|are to|shall)\s+be\s+(?:jointly\s+)?(?:set up|established|built|founded|launched|created|constructed)\b(?![^;]*\bby\b)/i,
  /** The sentence before must be the signing. */
  signed: /\bsign(?:s|ed|ing)?\b/i,
  /** Types that can be built. */
  thingTypes: new Set(['Lab', 'Institute', 'Fund']),
  /** Confidence: the builders are taken from the sentence before. */
  confidence: 0.6,
});

/**
 * "A signed an agreement with B. Under the agreement, the X Lab will be set up": the signers of the
 * sentence before build what the agreement sets up. Returns, per sentence index, the relations.
 */
export function findAgreementBuilds(contexts: readonly SentenceContext[]): FoundRelation[][] {
  return contexts.map((ctx, i) => {
    const prev = contexts[i - 1];
    const opening = AGREEMENT_OPTIONS.opening.exec(ctx.text);
    const verb = AGREEMENT_OPTIONS.builtPassive.exec(ctx.text);
    if (!prev || !opening || !verb || !AGREEMENT_OPTIONS.signed.test(prev.text)) return [];
    const verbAt = ctx.start + verb.index;
    const thing = ctx.mentions.find(
      (m) => m.end <= verbAt && AGREEMENT_OPTIONS.thingTypes.has(m.type),
    );
    if (!thing) return [];
    const seen = new Set<string>();
    const signers: Placed[] = prev.mentions.filter(
      (m) =>
        m.type !== 'Person' &&
        !AGREEMENT_OPTIONS.thingTypes.has(m.type) &&
        m.entity !== thing.entity &&
        // "signed … in Beijing": where it was signed signs nothing.
        !(m.type === 'District' && ['in', 'at', 'of', 'from'].includes(wordBefore(prev, m))) &&
        !seen.has(m.entity) &&
        seen.add(m.entity) !== undefined,
    );
    if (signers.length < 2) return [];
    return signers.map((s) => ({
      type: 'CO_BUILDS' as const,
      source: s.entity,
      target: thing.entity,
      confidence: AGREEMENT_OPTIONS.confidence,
    }));
  });
}
