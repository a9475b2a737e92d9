import clauseWords from '../data/en/clause-triggers.json';
import { hedged, inflections, phraseRegex } from './clause';
import { between, type FoundRelation, isActor, type Placed, type SentenceContext } from './context';

/** Options for a partnership noun whose partners build something together. */
const PARTNERSHIP_OPTIONS = Object.freeze({
  /** "the collaboration between ", "a partnership of " (partners next). */
  between:
    /\b(?:collaboration|partnership|cooperation|co-operation|alliance|joint venture|tie-up)\s+(?:between|of|among)\s+(?:the\s+)?/gi,
  /** Gap between partners. */
  listGap: /^\s*(?:,|,?\s*and|,?\s*&)\s*(?:the\s+)?$/i,
  /** Text between the last partner and the building verb: "to", "that will", "is to". */
  toBuild:
    /^\s*,?\s*(?:(?:to|that\s+will|which\s+will|will|aims\s+to|is\s+to)\s+)(?:jointly\s+)?$/i,
  /** Confidence: a noun of partnership and a building verb, no subject. */
  confidence: 0.5,
});

let BUILD: RegExp | undefined;

/**
 * "The collaboration between A and B to build biotech startups": partners of a partnership noun
 * that goes on to build something co-build (one edge between them when nothing named is built,
 * else each builds the named thing right after the verb).
 */
export function findPartnershipBuilds(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  const re = PARTNERSHIP_OPTIONS.between;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    const from = ctx.start + m.index + m[0].length;
    if (hedged(ctx, ctx.start + m.index)) continue;
    const first = ctx.mentions.find((x) => x.start >= from);
    if (!first || !/^\s*$/.test(between(ctx, from, first.start))) continue;
    const list: Placed[] = [first];
    for (const x of ctx.mentions) {
      const last = list[list.length - 1] as Placed;
      if (x.start < last.end || list.includes(x)) continue;
      if (!PARTNERSHIP_OPTIONS.listGap.test(between(ctx, last.end, x.start))) break;
      list.push(x);
    }
    const partners = [...new Map(list.filter(isActor).map((x) => [x.entity, x])).values()];
    if (partners.length < 2) continue;
    const last = list[list.length - 1] as Placed;
    const rest = ctx.text.slice(last.end - ctx.start);
    BUILD ??= phraseRegex(inflections(clauseWords.buildVerbs).filter((f) => f !== 'found'));
    BUILD.lastIndex = 0;
    const verb = BUILD.exec(rest);
    if (!verb || !PARTNERSHIP_OPTIONS.toBuild.test(rest.slice(0, verb.index))) continue;
    const verbEnd = last.end + verb.index + verb[0].length;
    const thing = ctx.mentions.find((x) => x.start >= verbEnd);
    const named =
      thing &&
      ['Lab', 'Institute', 'Company', 'Fund'].includes(thing.type) &&
      /^\s*(?:up\s+)?(?:the|a|an)?\s*(?:new\s+)?$/i.test(between(ctx, verbEnd, thing.start));
    const edge = (a: Placed, b: Placed): FoundRelation => ({
      type: 'CO_BUILDS',
      source: a.entity,
      target: b.entity,
      confidence: PARTNERSHIP_OPTIONS.confidence,
    });
    if (named && thing) out.push(...partners.map((p) => edge(p, thing)));
    else out.push(...partners.slice(1).map((p) => edge(partners[0] as Placed, p)));
  }
  return out;
}
