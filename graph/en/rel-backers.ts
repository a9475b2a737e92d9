import words from '../data/en/rel-nouns.json';
import { findWords, hedged, objectEnd, phraseRegex, subjectRun } from './clause';
import {
  between,
  clauseAround,
  type FoundRelation,
  isActor,
  type Placed,
  type SentenceContext,
} from './context';

const FUNDING = words.fundingNouns.join('|');

/** Options for support stated by a backer noun or by money an organisation receives. */
const BACKER_OPTIONS = Object.freeze({
  /** "backer", "lead investor", "sponsor" … */
  backerNouns: phraseRegex(words.backerNouns),
  /** Text between the giver and the backer noun ("Tata Industries will be the lead ",
   * "attracting Tata Industries as a major "). */
  giverGap:
    /^\s*,?\s*(?:(?:will|would|has|have|had|is|was|are|were|be|been|become|became|becomes|remains|remained|as|also|now|acts|acted|serve|serves|served|named|chosen)\s+)+(?:as\s+)?(?:a|an|the|its|their|one of the)\s+(?:[\w-]+\s+){0,2}?$/i,
  /** Text between the backer noun and who is backed ("of the ", "in "). */
  backedGap: /^\s+(?:of|in|to|for|behind)\s+(?:the\s+)?$/i,
  /** Verbs whose subject takes money or backing ("tap into", "received"). */
  receiveVerbs: phraseRegex(words.receiveVerbs),
  /** Text right after a giver's name that makes it the giver ("TIA funding programmes"). */
  giverCompound: new RegExp(`^['’]?s?\\s+(?:[a-z-]+\\s+)?(?:${FUNDING})\\b`, 'i'),
  /** Money or funding named between the verb and "from" ("$2m in grants from "). */
  money: new RegExp(
    `(?:[$£€¥]\\s?\\d|\\d\\s*(?:million|billion|m|bn)\\b|\\b(?:${FUNDING})\\b)`,
    'i',
  ),
  /** Text right before the giver after a receive verb ("… from the "). */
  fromGiver: /\bfrom\s+(?:the\s+)?$/i,
  /** Text between a giver and what it backs in a compound ("-backed ", "-funded start-up "). */
  backedCompound:
    /^-(?:backed|funded|sponsored|supported|financed)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}$/i,
  /** Confidence: a noun or verb of receiving and clause position only, below clause roles (0.55). */
  confidence: 0.5,
});

function supports(giver: Placed, taker: Placed): FoundRelation {
  return {
    type: 'SUPPORTS',
    source: giver.entity,
    target: taker.entity,
    confidence: BACKER_OPTIONS.confidence,
  };
}

/** "A as a major backer of B", "A will be the lead investor in B's fund". */
function backerNouns(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const n of findWords(ctx, BACKER_OPTIONS.backerNouns)) {
    if (hedged(ctx, n.start)) continue;
    const clause = clauseAround(ctx, n.start);
    const giver = [...ctx.mentions]
      .reverse()
      .find((m) => m.end <= n.start && m.start >= clause.start && isActor(m));
    if (!giver || !BACKER_OPTIONS.giverGap.test(between(ctx, giver.end, n.start))) continue;
    const taker = ctx.mentions.find((m) => m.start >= n.end && m.end <= clause.end);
    if (!taker || !isActor(taker) || taker.entity === giver.entity) continue;
    if (!BACKER_OPTIONS.backedGap.test(between(ctx, n.end, taker.start))) continue;
    out.push(supports(giver, taker));
  }
  return out;
}

/** "B will tap into A funding programmes", "B received $2m from A". */
function received(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const v of findWords(ctx, BACKER_OPTIONS.receiveVerbs)) {
    if (hedged(ctx, v.start)) continue;
    const takers = subjectRun(ctx, v.start).filter((m) => m.type !== 'District');
    if (takers.length === 0) continue;
    const end = objectEnd(ctx, v.end);
    const after = ctx.mentions.filter((m) => m.start >= v.end && m.end <= end && isActor(m));
    const giver = after.find(
      (m) =>
        (BACKER_OPTIONS.giverCompound.test(ctx.text.slice(m.end - ctx.start)) &&
          /^\s*(?:(?:the|a|an|new)\s+)?$/i.test(between(ctx, v.end, m.start))) ||
        (BACKER_OPTIONS.fromGiver.test(between(ctx, v.end, m.start)) &&
          BACKER_OPTIONS.money.test(between(ctx, v.end, m.start))),
    );
    if (!giver) continue;
    for (const t of takers) if (t.entity !== giver.entity) out.push(supports(giver, t));
  }
  return out;
}

/** "DIT-backed Trezur", "Haixin-funded start-up Brennock Ltd": the compound's first part backs. */
function backedCompounds(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const [i, giver] of ctx.mentions.entries()) {
    if (!isActor(giver)) continue;
    const taker = ctx.mentions.slice(i + 1).find((m) => m.start >= giver.end);
    if (!taker || !isActor(taker) || taker.entity === giver.entity) continue;
    if (BACKER_OPTIONS.backedCompound.test(between(ctx, giver.end, taker.start)))
      out.push(supports(giver, taker));
  }
  return out;
}

/**
 * Support stated by nouns of backing and by receiving: "attracting A as a major backer of B",
 * "A will be the lead investor in B's fund", "B will tap into A funding programmes", "B received
 * $5 million from A", "A-backed B".
 */
export function findBackers(ctx: SentenceContext): FoundRelation[] {
  if (ctx.mentions.length < 2) return [];
  return [...backerNouns(ctx), ...received(ctx), ...backedCompounds(ctx)];
}
