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

/** Options for an agreement between named partners on building a named thing. */
const BETWEEN_OPTIONS = Object.freeze({
  /** The agreement and "between" right before its first partner. */
  between:
    /\b(?:agreements?|deals?|contracts?|memorand(?:um|a)|MoUs?|pacts?)\s+between\s+(?:the\s+)?$/i,
  /** Gap between two partners ("A and B", "A, B and C"). */
  listGap: /^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i,
  /** Text right before the thing the agreement builds ("on the co-establishment of "). */
  buildingOf:
    /\b(?:co-establishment|co-construction|co-building|joint establishment|joint construction|establishment|construction|building|founding|setting up|creation)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:new\s+)?["“]?$/i,
  /** Types that can be built. */
  thingTypes: new Set(['Lab', 'Institute', 'Fund']),
  /** Confidence: the partners sign the agreement; what it builds is named beside it. */
  confidence: 0.6,
});

/**
 * "Nine agreements between A and B were signed, among them the one on the co-establishment of
 * the X Institute": the partners of an agreement build what it establishes.
 */
export function findAgreementBetween(ctx: SentenceContext): FoundRelation[] {
  const ms = ctx.mentions;
  const text = (from: number, to: number): string =>
    ctx.text.slice(from - ctx.start, to - ctx.start);
  const first = ms.findIndex(
    (m) => m.type !== 'Person' && BETWEEN_OPTIONS.between.test(text(ctx.start, m.start)),
  );
  if (first < 0) return [];
  const partners: Placed[] = [ms[first] as Placed];
  for (const m of ms.slice(first + 1)) {
    const last = partners[partners.length - 1] as Placed;
    if (m.start < last.end) continue;
    if (!BETWEEN_OPTIONS.listGap.test(text(last.end, m.start))) break;
    partners.push(m);
  }
  const end = (partners[partners.length - 1] as Placed).end;
  const thing = ms.find(
    (m) =>
      m.start >= end &&
      BETWEEN_OPTIONS.thingTypes.has(m.type) &&
      BETWEEN_OPTIONS.buildingOf.test(text(ctx.start, m.start)),
  );
  if (!thing || partners.length < 2) return [];
  return partners
    .filter((p) => p.type !== 'Person' && p.entity !== thing.entity)
    .map((p) => ({
      type: 'CO_BUILDS' as const,
      source: p.entity,
      target: thing.entity,
      confidence: BETWEEN_OPTIONS.confidence,
    }));
}
