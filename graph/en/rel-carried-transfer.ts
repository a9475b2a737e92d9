import { between, type FoundRelation, type Placed, type SentenceContext } from './context';

/** Options for a transfer whose receiver is the partner named in the sentence before. */
const CARRIED_OPTIONS = Object.freeze({
  /** A passive transfer that names no receiver ("… was successfully transferred at a price of"). */
  passive:
    /\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:transferred|licen[sc]ed|sold)\b(?!\s+(?:to|into)\b)/i,
  /** Types that own what is transferred. */
  sourceTypes: new Set(['University', 'Institute', 'Lab']),
  /** Confidence: the receiver is taken from the sentence before. */
  confidence: 0.6,
});

/**
 * "The signing ceremony between QAU and Can-lu Co. was held … The patent achieved by Prof. Piao of
 * QAU was successfully transferred at a price of 700,000 RMB": a transfer without a receiver goes
 * to the one company named beside its owner in the sentence before. Returns, per sentence index,
 * the relations found.
 */
export function findCarriedTransfers(contexts: readonly SentenceContext[]): FoundRelation[][] {
  return contexts.map((ctx, i) => {
    const prev = contexts[i - 1];
    const verb = CARRIED_OPTIONS.passive.exec(ctx.text);
    if (!prev || !verb) return [];
    const verbAt = ctx.start + verb.index;
    // The owner: the last university, institute or lab named before the verb.
    const owner = [...ctx.mentions]
      .reverse()
      .find((m) => m.end <= verbAt && CARRIED_OPTIONS.sourceTypes.has(m.type));
    if (!owner || ctx.mentions.some((m) => m.start >= verbAt && m.type === 'Company')) return [];
    if (!prev.mentions.some((m) => m.entity === owner.entity)) return [];
    const companies = new Map<string, Placed>();
    for (const m of prev.mentions) if (m.type === 'Company') companies.set(m.entity, m);
    if (companies.size !== 1) return [];
    const receiver = [...companies.values()][0] as Placed;
    // Only partners named together ("between A and B", "A and B signed"), not a passing mention.
    const [a, b] = [owner, receiver]
      .map((x) => prev.mentions.find((m) => m.entity === x.entity) as Placed)
      .sort((x, y) => x.start - y.start) as [Placed, Placed];
    if (!/^\s*(?:,|,?\s*and|&)\s*(?:the\s+)?$/i.test(between(prev, a.end, b.start))) return [];
    return [
      {
        type: 'TRANSFERS_TO',
        source: owner.entity,
        target: receiver.entity,
        confidence: CARRIED_OPTIONS.confidence,
      },
    ];
  });
}
