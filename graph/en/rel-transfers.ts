import {
  between,
  clauseAround,
  findTriggers,
  type FoundRelation,
  isActor,
  type Placed,
  type SentenceContext,
} from './context';
import nlp from 'compromise';
import { examplesAfter, kindsPlacedBefore } from './rel-examples';

/** Options for technology transfer, licensing and commercialisation. */
const TRANSFER_OPTIONS = Object.freeze({
  /** compromise patterns for handing technology over. */
  patterns: Object.freeze([
    '{transfer}',
    '{hand} over',
    '{license}',
    '{licence}',
    '{commercialize}',
    '{commercialise}',
    'commercialization',
    'commercialisation',
    'licensing',
    '{transform}',
    'transformation',
    '{grant}',
    '{sell}',
  ]),
  /** Triggers that transfer only what the clause names as patents or rights ("patents … granted to"). */
  grantWord: /^(?:grant|sell|sold)/i,
  /** What a grant must name before the verb to be a transfer. */
  grantedThing:
    /\b(?:patents?|licen[cs]es?|technolog(?:y|ies)|(?:patent |use |usage )?rights?|inventions?)\b/i,
  /** Triggers of achievement transformation (成果转化), whose receiver may follow "in" ("… in Zibo"). */
  transformWord: /^transform/i,
  /** Text right before the owner of transformed achievements ("achievements of"). */
  achievementsOf:
    /\b(?:achievements?|results?|technolog(?:y|ies)|patents?|inventions?)\s+of\s+(?:the\s+)?$/i,
  /** Word that introduces the receiver after a transformation trigger. */
  transformReceiverWord: /\b(to|into|in)\b/i,
  /** Text from "to" to a place that only says where the receiver is ("to a company in "). */
  receiverIn: /^\w+\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){1,4}?(?:in|at)\s+(?:the\s+)?$/i,
  /** Word that introduces the receiver after the trigger. */
  receiverWord: /\b(to|into|with)\b/i,
  /** Commercialisation triggers, whose receiver may also follow "through"/"via" ("… through X Co."). */
  commercialiseWord: /^commerciali[sz]/i,
  /** Word that introduces the receiver after a commercialisation trigger. */
  throughWord: /\b(to|into|with|through|via)\b/i,
  /** Word that introduces the origin anywhere in the clause. */
  originWord: /\bfrom\s+(the\s+)?$/i,
  /** A trigger naming a facility or service ("technology transfer center"): no transfer stated. */
  facilityAfter:
    /^\s*(?:and\s+[a-z]+\s+)?(?:center|centre|centers|centres|office|offices|station|platform|base|hub|institute|alliance|department|services?|business|businesses|units?|arm|company|companies|officers?|teams?|programmes?|programs?|system|efforts?)\b/i,
  /** Confidence of a transfer with explicit receiver. */
  confidence: 0.75,
  /** Types that can receive technology. */
  receiverTypes: new Set(['Company', 'Lab', 'District', 'Institute', 'University', 'Other']),
  /** "bought three patents from X": a buyer of results receives them from their owner. */
  bought:
    /\b(?:bought|buys|buy|purchased|purchases|acquired|acquires|obtained|obtains|introduced)\s+(?:[\w-]+\s+){0,4}?(?:patents?|technolog(?:y|ies)|achievements?|inventions?|licen[cs]es?|rights)\s+(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?$/i,
});

/** Options for licensing deals signed between a research body and a company. */
const LICENSE_OPTIONS = Object.freeze({
  /** A licensing deal: "a licence agreement", "an exclusive licensing deal", "an agreement … to license". */
  deal: /\b(?:licen[cs](?:e|ing)\s+(?:agreement|deal|contract)s?|(?:agreement|deal|contract)s?\b[^.;]{0,60}?\bto\s+licen[cs]e)\b/i,
  /** The signing verb before the deal. */
  signed: /\b(?:sign(?:s|ed|ing)?|inked|concluded|entered into|reached|struck)\b/i,
  /** Bodies whose results are licensed, and the companies that take a licence. */
  licensors: new Set(['University', 'Institute', 'Lab']),
});

/**
 * "A and B signed an exclusive agreement to license A's materials", "B signed a licensing deal with
 * A": a deal between one research body and companies licenses the body's results to them.
 */
function findLicenseDeals(ctx: SentenceContext): FoundRelation[] {
  const deal = LICENSE_OPTIONS.deal.exec(ctx.text);
  if (!deal) return [];
  const at = ctx.start + deal.index;
  const clause = clauseAround(ctx, at);
  if (!LICENSE_OPTIONS.signed.test(between(ctx, clause.start, at))) return [];
  const parties = ctx.mentions.filter(
    (m) => m.start >= clause.start && m.end <= clause.end && isActor(m),
  );
  const licensors = [
    ...new Set(parties.filter((m) => LICENSE_OPTIONS.licensors.has(m.type)).map((m) => m.entity)),
  ];
  const companies = [...new Set(parties.filter((m) => m.type === 'Company').map((m) => m.entity))];
  if (licensors.length !== 1 || companies.length === 0) return [];
  return companies.map((c) => ({
    type: 'TRANSFERS_TO',
    source: licensors[0] as string,
    target: c,
    confidence: TRANSFER_OPTIONS.confidence,
  }));
}

/** Options for results taken up by a company ("industrialised by", "put into production at"). */
const UPTAKE_OPTIONS = Object.freeze({
  /** Text before the owner of the results ("the technology developed by "). */
  resultsOf:
    /\b(?:technolog(?:y|ies)|patents?|achievements?|results?|inventions?|findings|innovations?)\s+(?:[a-z]+\s+){0,2}?(?:(?:developed|invented|created|made|achieved|obtained)\s+)?(?:by|of|from)\s+(?:the\s+)?$/i,
  /** Text between the owner and the company that takes the results up, passive. */
  takenUpBy:
    /^[^;]*?\b(?:was|were|has been|have been|had been|will be|is|are)\s+(?:\w+ly\s+)?(?:industriali[sz]ed|commerciali[sz]ed|put into (?:mass |commercial )?(?:production|use)|applied|adopted|deployed)\s+(?:[a-z]+\s+){0,3}?(?:by|at|in)\s+(?:the\s+)?$/i,
  /** Text between a company and the owner of the results it takes up, active. */
  tookUp:
    /^\s+(?:has\s+|have\s+|had\s+|will\s+)?(?:\w+ly\s+)?(?:commerciali[sz]ed|industriali[sz]ed|adopted|acquired|put into production)\s+(?:(?:a|an|the|its|\d+|two|three|four|five|several)\s+)?(?:[\w-]+\s+){0,3}?(?:technolog(?:y|ies)|patents?|achievements?|results?|inventions?)\s+(?:(?:developed|invented|created|made)\s+)?(?:by|of|from)\s+(?:the\s+)?$/i,
  /** Types that own results. */
  ownerTypes: new Set(['University', 'Institute', 'Lab', 'Company', 'ResearchTeam']),
});

/**
 * "The technology developed by X University was industrialised by Y Co.", "Y Co. commercialised a
 * technology developed by X": the company takes the owner's results up.
 */
function findUptake(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  const ms = ctx.mentions;
  for (const [i, a] of ms.entries()) {
    for (const b of ms.slice(i + 1)) {
      if (b.start < a.end || a.entity === b.entity) continue;
      const gap = between(ctx, a.end, b.start);
      const passive =
        UPTAKE_OPTIONS.ownerTypes.has(a.type) &&
        b.type === 'Company' &&
        UPTAKE_OPTIONS.resultsOf.test(between(ctx, ctx.start, a.start)) &&
        UPTAKE_OPTIONS.takenUpBy.test(gap);
      const active =
        a.type === 'Company' &&
        UPTAKE_OPTIONS.ownerTypes.has(b.type) &&
        UPTAKE_OPTIONS.tookUp.test(gap);
      if (passive || active)
        out.push({
          type: 'TRANSFERS_TO',
          source: (passive ? a : b).entity,
          target: (passive ? b : a).entity,
          confidence: TRANSFER_OPTIONS.confidence,
        });
    }
  }
  return out;
}

function isReceiver(m: Placed): boolean {
  return TRANSFER_OPTIONS.receiverTypes.has(m.type);
}

/** "X transferred/licensed its technology to Y", "technology from X was transferred to Y". */
export function findTransfers(ctx: SentenceContext): FoundRelation[] {
  const deals = findLicenseDeals(ctx);
  const out: FoundRelation[] = [...findUptake(ctx), ...deals];
  for (const trigger of findTriggers(ctx, TRANSFER_OPTIONS.patterns)) {
    const clause = clauseAround(ctx, trigger.start);
    const inClause = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    const rest = between(ctx, trigger.end, clause.end);
    const transform = TRANSFER_OPTIONS.transformWord.test(trigger.text);
    const to = (
      transform
        ? TRANSFER_OPTIONS.transformReceiverWord
        : TRANSFER_OPTIONS.commercialiseWord.test(trigger.text)
          ? TRANSFER_OPTIONS.throughWord
          : TRANSFER_OPTIONS.receiverWord
    ).exec(rest);
    if (!to) continue;
    if (TRANSFER_OPTIONS.facilityAfter.test(rest)) continue;
    // "granted the city an award" and "sold robots to X" are no transfers; "30 of the patents
    // will be granted to X" and "sold a patent to X" are.
    if (
      TRANSFER_OPTIONS.grantWord.test(trigger.text) &&
      !TRANSFER_OPTIONS.grantedThing.test(between(ctx, clause.start, trigger.start)) &&
      // "sold a patent to X": what is sold is named between the verb and "to".
      !TRANSFER_OPTIONS.grantedThing.test(rest.slice(0, to.index))
    )
      continue;
    // "… to help Chengdu grow": an infinitive "to" introduces no receiver.
    if (to[1]?.toLowerCase() === 'to' && nlp(rest.slice(to.index)).has('^to #Infinitive')) continue;
    const toAt = trigger.end + to.index;
    const target = inClause.find((m) => m.start >= toAt && isReceiver(m));
    if (!target) continue;
    // "to enterprises such as A and B": every member of the list receives it.
    let targets = [target];
    for (const m of inClause.filter((x) => x.start >= target.end)) {
      const last = targets[targets.length - 1] as Placed;
      if (!/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(between(ctx, last.end, m.start))) break;
      if (isReceiver(m)) targets.push(m);
    }
    // "to brands headquartered in X, such as A and B": the place only says where the receivers are.
    if (
      target.type === 'District' &&
      (kindsPlacedBefore(ctx, target.start) ||
        TRANSFER_OPTIONS.receiverIn.test(between(ctx, toAt, target.start)))
    ) {
      targets = examplesAfter(ctx, target).filter(
        (m) => isReceiver(m) && m.type !== 'District' && m.end <= clause.end,
      );
    }
    const fromMention = inClause.find((m) =>
      TRANSFER_OPTIONS.originWord.test(between(ctx, clause.start, m.start)),
    );
    const middle = inClause.find((m) => m.start >= trigger.end && m.end <= toAt && isActor(m));
    // A transformation names its source beside the achievements ("the transformation of X
    // achievements", "achievements of X have been transformed"), not as whoever promotes it.
    const before = [...inClause].reverse().find((m) => m.end <= trigger.start && isActor(m));
    const subject =
      !transform ||
      (before && TRANSFER_OPTIONS.achievementsOf.test(between(ctx, clause.start, before.start)))
        ? before
        : undefined;
    const source = fromMention ?? middle ?? subject;
    if (!source) continue;
    // A group phrase ("from the five universities") stands for several sources at one place.
    for (const src of inClause.filter((m) => m.start === source.start && m.end === source.end))
      for (const t of targets) {
        if (src.entity === t.entity) continue;
        out.push({
          type: 'TRANSFERS_TO',
          source: src.entity,
          target: t.entity,
          confidence: TRANSFER_OPTIONS.confidence,
        });
      }
  }
  for (const m of ctx.mentions) {
    const head = between(ctx, ctx.start, m.start);
    const bought = TRANSFER_OPTIONS.bought.exec(head);
    if (!bought || !isActor(m)) continue;
    const buyer = [...ctx.mentions]
      .reverse()
      .find((b) => b.end <= ctx.start + bought.index && isReceiver(b));
    if (!buyer || buyer.entity === m.entity) continue;
    if (/;/.test(between(ctx, buyer.end, m.start))) continue;
    out.push({
      type: 'TRANSFERS_TO',
      source: m.entity,
      target: buyer.entity,
      confidence: TRANSFER_OPTIONS.confidence,
    });
  }
  // A licensing deal goes from the research body to the company, whatever the word order.
  return out.filter((r) => !deals.some((d) => d.source === r.target && d.target === r.source));
}
