import words from '../data/en/rel-nouns.json';
import { between, type FoundRelation, isActor, type Placed, type SentenceContext } from './context';

const UNIT = words.unitNouns.join('|');
const JOINT = words.jointWords.join('|');

/** Options for ties stated by an appositive description of a name. */
const APPOSITION_OPTIONS = Object.freeze({
  /** "X, the incubation arm of " (owner next). */
  unitOf: new RegExp(
    `^\\s*,\\s*(?:(?:which|that)\\s+is\\s+)?(?:the|a|an|its)\\s+(?:[a-z&-]+\\s+){0,3}?(?:${UNIT})\\s+of\\s+(?:the\\s+)?$`,
    'i',
  ),
  /** "X, " then the owner and "'s tech transfer unit". */
  ownerBefore: /^\s*,\s*(?:the\s+)?$/i,
  ownersUnit: new RegExp(`^['’]s?\\s+(?:[a-z&-]+\\s+){0,3}?(?:${UNIT})\\b`, 'i'),
  /** "X, the joint venture company of ", "X is a cooperative research organization of ". */
  jointOf: new RegExp(
    `^\\s*(?:,\\s*|\\s+(?:is|was|are|were|remains)\\s+)(?:the|a|an)\\s+((?:[a-z&-]+\\s+){0,4}?)(?:[a-z-]+)\\s+(?:of|between|formed by|set up by|founded by|created by)\\s+(?:the\\s+)?$`,
    'i',
  ),
  /** A word of the description that makes the body a joint creation. */
  jointWord: new RegExp(`\\b(?:${JOINT})\\b`, 'i'),
  /** Gap between members of the list of creators. */
  listGap: /^\s*(?:,|,?\s*and|,?\s*&)\s*(?:the\s+)?$/i,
  /** Types that can be a part, and types that own parts. */
  partTypes: new Set(['Company', 'Lab', 'Institute', 'ResearchTeam', 'Fund']),
  ownerTypes: new Set(['University', 'Institute', 'Company', 'Other']),
  /** Confidence: an appositive is a plain statement, but read by position only. */
  confidence: 0.6,
});

function rel(type: FoundRelation['type'], source: Placed, target: Placed): FoundRelation {
  return {
    type,
    source: source.entity,
    target: target.entity,
    confidence: APPOSITION_OPTIONS.confidence,
  };
}

/** The mention list starting at `first` ("A, B and C"). */
function listFrom(ctx: SentenceContext, first: Placed): Placed[] {
  const out = [first];
  for (const m of ctx.mentions) {
    const last = out[out.length - 1] as Placed;
    if (m.start < last.end || out.includes(m)) continue;
    if (!APPOSITION_OPTIONS.listGap.test(between(ctx, last.end, m.start))) break;
    out.push(m);
  }
  return out;
}

/**
 * "Jlabs, the incubation arm of Johnson & Johnson Innovation" and "Ramot, TAU's tech transfer
 * unit": the appositive makes the name a part of its owner. "Ensis, the joint venture company of
 * A and B" and "ELyT is a cooperative research organization of A, B and C": the listed bodies
 * co-build the name.
 */
export function findAppositions(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const [i, x] of ctx.mentions.entries()) {
    if (!isActor(x) || x.type === 'District') continue;
    const next = ctx.mentions.slice(i + 1).find((m) => m.start >= x.end && m.entity !== x.entity);
    if (!next || !isActor(next)) continue;
    const gap = between(ctx, x.end, next.start);
    const partOk =
      APPOSITION_OPTIONS.partTypes.has(x.type) && APPOSITION_OPTIONS.ownerTypes.has(next.type);
    if (partOk && APPOSITION_OPTIONS.unitOf.test(gap)) out.push(rel('PART_OF', x, next));
    else if (
      partOk &&
      APPOSITION_OPTIONS.ownerBefore.test(gap) &&
      APPOSITION_OPTIONS.ownersUnit.test(ctx.text.slice(next.end - ctx.start))
    )
      out.push(rel('PART_OF', x, next));
    const joint = APPOSITION_OPTIONS.jointOf.exec(gap);
    if (joint && APPOSITION_OPTIONS.jointWord.test(gap)) {
      for (const b of listFrom(ctx, next))
        if (isActor(b) && b.type !== 'District' && b.entity !== x.entity)
          out.push(rel('CO_BUILDS', b, x));
    }
  }
  return out;
}
