import {
  between,
  clauseAround,
  findTriggers,
  type FoundRelation,
  isActor,
  type Placed,
  type SentenceContext,
} from './context';

/** Options for technology transfer, licensing and commercialisation. */
const TRANSFER_OPTIONS = Object.freeze({
  /** compromise patterns for handing technology over. */
  patterns: Object.freeze([
    '{transfer}',
    '{license}',
    '{licence}',
    '{commercialize}',
    '{commercialise}',
    'commercialization',
    'commercialisation',
    'licensing',
  ]),
  /** Word that introduces the receiver after the trigger. */
  receiverWord: /\b(to|into|with)\b/i,
  /** Word that introduces the origin anywhere in the clause. */
  originWord: /\bfrom\s+(the\s+)?$/i,
  /** Confidence of a transfer with explicit receiver. */
  confidence: 0.75,
  /** Types that can receive technology. */
  receiverTypes: new Set(['Company', 'Lab', 'District', 'Institute', 'University', 'Other']),
});

function isReceiver(m: Placed): boolean {
  return TRANSFER_OPTIONS.receiverTypes.has(m.type);
}

/** "X transferred/licensed its technology to Y", "technology from X was transferred to Y". */
export function findTransfers(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const trigger of findTriggers(ctx, TRANSFER_OPTIONS.patterns)) {
    const clause = clauseAround(ctx, trigger.start);
    const inClause = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    const rest = between(ctx, trigger.end, clause.end);
    const to = TRANSFER_OPTIONS.receiverWord.exec(rest);
    if (!to) continue;
    const toAt = trigger.end + to.index;
    const target = inClause.find((m) => m.start >= toAt && isReceiver(m));
    if (!target) continue;
    const fromMention = inClause.find((m) =>
      TRANSFER_OPTIONS.originWord.test(between(ctx, clause.start, m.start)),
    );
    const middle = inClause.find((m) => m.start >= trigger.end && m.end <= toAt && isActor(m));
    const subject = [...inClause].reverse().find((m) => m.end <= trigger.start && isActor(m));
    const source = fromMention ?? middle ?? subject;
    if (!source) continue;
    // A group phrase ("from the five universities") stands for several sources at one place.
    for (const src of inClause.filter((m) => m.start === source.start && m.end === source.end)) {
      if (src.entity === target.entity) continue;
      out.push({
        type: 'TRANSFERS_TO',
        source: src.entity,
        target: target.entity,
        confidence: TRANSFER_OPTIONS.confidence,
      });
    }
  }
  return out;
}
