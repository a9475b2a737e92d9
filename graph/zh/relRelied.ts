import type { ZhMention } from './mention';
import type { SentenceCtx, ZhRelation } from './relContext';

/** Options for a body relied on by a sentence that builds something (依托A，B成立了C). */
const RELIED_OPTIONS = Object.freeze({
  /** Below a stated 共建: the body relied on is a builder by its resources, not by a verb. */
  confidence: 0.7,
});

/** 依托/依靠 the body, maybe its resources, then the clause's comma (依托A的学科优势，). */
const RELIED_RE = /^(?:[^，。；]{0,8}?)(?:依托|依靠|借助)$/;
/** After the body: its resources, then a comma. */
const RESOURCE_TAIL_RE = /^(?:的[^，。；]{0,10})?，/;
/** Bodies relied on: schools, institutes, labs. */
const RELIED: ReadonlySet<string> = new Set(['University', 'Institute', 'Lab']);

/**
 * 依托鲁中理工大学，华宇化工成立了青州新材料研究院 → 鲁中理工大学 co-builds what the sentence
 * builds with confidence (its CO_BUILDS at 0.9 or more): a body the sentence opens relying on is a
 * builder of it (as 依托A建设B is).
 */
export function reliedBuilds(ctx: SentenceCtx, built: readonly ZhRelation[]): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  const a: ZhMention | undefined = ctx.top.find((x) => RELIED.has(x.type));
  if (!a || !RELIED_RE.test(s.text.slice(0, a.start - s.start))) return out;
  if (!RESOURCE_TAIL_RE.test(s.text.slice(a.end - s.start))) return out;
  const seen = new Set<string>();
  for (const r of built) {
    if (r.type !== 'CO_BUILDS' || r.sentence !== s || r.confidence < 0.9) continue;
    if (r.target.start < a.end || r.target.canonical === a.canonical) continue;
    if (seen.has(r.target.canonical)) continue;
    seen.add(r.target.canonical);
    out.push({
      type: 'CO_BUILDS',
      source: a,
      target: r.target,
      sentence: s,
      confidence: RELIED_OPTIONS.confidence,
    });
  }
  return out;
}
