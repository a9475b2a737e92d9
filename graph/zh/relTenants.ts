import type { ZhMention } from './mention';
import { COMPANY_TYPES, listRun, type SentenceCtx, type ZhRelation } from './relContext';

/** Options for firms listed as a site's tenants. */
const TENANT_OPTIONS = Object.freeze({
  /** As sure as a stated 入驻X (relLocated's predicate pattern). */
  confidence: 0.85,
});

/** The site, adverbs, 入驻 and its count, then the words that open the list (已入驻企业50家，包括). */
const TENANTS_RE =
  /^(?:目前|现已|已经|已|共|累计|先后)*(?:入驻|进驻)(?:了)?[^，。；：]{0,10}[，,]?(?:包括|其中有|其中包括|如|有)$/;
/** Sites firms move into: parks and zones (typed Lab or District). */
const SITES: ReadonlySet<string> = new Set(['Lab', 'District']);
const FIRMS: ReadonlySet<string> = COMPANY_TYPES;

/**
 * 青州科技园已入驻企业50家，包括A、B等 → A and B lie in the park: the firms listed after 包括 are
 * the tenants of the site the sentence opens with.
 */
export function listedTenants(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const top = ctx.top;
  for (let k = 0; k + 1 < top.length; k++) {
    const site = top[k] as ZhMention;
    const first = top[k + 1] as ZhMention;
    if (!SITES.has(site.type) || !FIRMS.has(first.type)) continue;
    if (!TENANTS_RE.test(text.slice(site.end, first.start))) continue;
    for (const firm of listRun(top, first, text, FIRMS))
      out.push({
        type: 'LOCATED_IN',
        source: firm,
        target: site,
        sentence: ctx.sentence,
        confidence: TENANT_OPTIONS.confidence,
      });
  }
  return out;
}
