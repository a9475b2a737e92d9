import type { ZhMention } from './mention';
import {
  between,
  clauseOf,
  COMPANY_TYPES,
  listRun,
  type SentenceCtx,
  type ZhRelation,
} from './relContext';

/** Options for results sold for a price (B以300万元买断A的品种). */
const BOUGHT_OPTIONS = Object.freeze({
  /** Sentences looked back over for the seller when the sentence names none: a report of sales
   * names its school once, in the lead, then lists the buyers. */
  lookback: 6,
  /** As sure as the other directed transfer patterns: a price names a sale outright. */
  confidence: 0.85,
});

/** A price, then a verb of buying or selling (以400万元买断, 各以130万元拿下, 以800万元转让给). */
const PRICE_RE = /以[\d.]+(?:多)?[万亿]?元(?:的价格)?(买断|拿下|购得|购买|受让|转让给|卖给)/g;
/** What is sold must be a result or a right to one, not goods (购买了一批设备). */
const RESULT_RE = /品种|技术|成果|专利|使用权|经营权|许可/;
/** Who sells results: research bodies, not the firms buying them. */
const SELLERS: ReadonlySet<string> = new Set(['University', 'Institute', 'Lab', 'ResearchTeam']);
const BUYERS: ReadonlySet<string> = COMPANY_TYPES;
const RECEIVERS: ReadonlySet<string> = new Set(['Company', 'Institute', 'Lab', 'District']);

/** The research body named last before `limit` in this sentence (else after it: A以N万元受让B大学
 *的专利), else in the sentences before it. */
function seller(ctx: SentenceCtx, limit: number): ZhMention | undefined {
  const own = ctx.top.filter((x) => SELLERS.has(x.type));
  const before = own.filter((x) => x.end <= limit).pop();
  const found = before ?? own[0];
  if (found) return found;
  let c = ctx.last;
  for (let k = 0; c && k < BOUGHT_OPTIONS.lookback; k++, c = c.last) {
    const found = c.top.filter((x) => SELLERS.has(x.type)).pop();
    if (found) return found;
  }
  return undefined;
}

/**
 * TRANSFERS_TO from a sale for a price: 丰禾种业以300万元买断“江农8号”的经营权 / 便被丰禾种业以
 * 300万元买断 / 由A和B各以130万元买断 → seller→each buyer (the buyers name the clause's subject or
 * the agent of 被); 某技术以500万元转让给B → seller→B. The seller is the research body named
 * in the sentence before the price, else the one the sentences before last named.
 */
export function boughtFor(ctx: SentenceCtx, text: string): ZhRelation[] {
  const s = ctx.sentence;
  const out: ZhRelation[] = [];
  if (!RESULT_RE.test(s.text)) return out;
  PRICE_RE.lastIndex = 0;
  for (let m = PRICE_RE.exec(s.text); m; m = PRICE_RE.exec(s.text)) {
    const at = s.start + m.index;
    const after = at + m[0].length;
    const verb = m[1] as string;
    const cl = clauseOf(s, at);
    let takers: ZhMention[];
    if (verb.endsWith('给')) {
      const next = ctx.top.find((x) => x.start === after && RECEIVERS.has(x.type));
      takers = next ? [next] : [];
    } else {
      // 丰禾种业十分看好该品种，以400万元拿下…: a clause without a buyer takes the sentence's subject.
      const first =
        between(ctx.top, cl.start, at).find((x) => BUYERS.has(x.type)) ??
        ctx.top.find((x) => x.start === s.start && x.end <= cl.start && BUYERS.has(x.type));
      takers = first ? listRun(ctx.top, first, text, BUYERS) : [];
    }
    if (takers.length === 0) continue;
    const from = seller(ctx, takers[0]!.start);
    if (!from) continue;
    for (const t of takers)
      if (t.canonical !== from.canonical)
        out.push({
          type: 'TRANSFERS_TO',
          source: from,
          target: t,
          sentence: s,
          confidence: BOUGHT_OPTIONS.confidence,
        });
  }
  return out;
}
