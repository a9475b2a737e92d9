import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';
import { between, clauseOf, triggerRe, type SentenceCtx, type ZhRelation } from './relContext';

const TRIGGER = triggerRe(LEXICON.triggers.flexiblyIntroduces);
/** Plain 引进/引入/聘请: flexible only right after a sentence that speaks of 柔性引进. */
const PLAIN = /引进|引入|聘请/g;
/** What can be introduced flexibly: teams and experts (and, rarely, whole institutes). */
const INTRODUCED = new Set(['ResearchTeam', 'Person', 'Institute', 'University']);
/** Who introduces: companies, districts, universities, institutes, labs. */
const INTRODUCERS = new Set(['Company', 'District', 'University', 'Institute', 'Lab', 'Other']);
/** Confidence: subject in the same sentence vs carried over from the previous one. */
const CONF = Object.freeze({ local: 0.9, carried: 0.75 });

/** Last introducer in a sentence before `limit`. */
function lastIntroducer(
  ms: readonly ZhMention[],
  limit: number,
  exclude: ZhMention,
): ZhMention | undefined {
  const c = ms.filter((x) => x.end <= limit && INTRODUCERS.has(x.type) && x !== exclude);
  return c[c.length - 1];
}

/**
 * FLEXIBLY_INTRODUCES: source = who introduces (nearest actor before 柔性引进, else the previous
 * sentence's subject: 江津在柔性引才上…。柔性引进的四川大学王琪院士专家团队…), target = the team.
 */
export function flexiblyIntroduces(ctx: SentenceCtx): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  TRIGGER.lastIndex = 0;
  // 企业可柔性引进专家。A公司引进B团队…: the next sentence's plain 引进 is the example.
  const prevFlexible = ctx.prev !== null && new RegExp(TRIGGER.source).test(ctx.prev.sentence.text);
  const own = new RegExp(TRIGGER.source).test(s.text);
  const re = !own && prevFlexible ? PLAIN : TRIGGER;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text)) !== null) {
    const at = s.start + m.index;
    const after = at + m[0].length;
    const cl = clauseOf(s, after);
    const target = between(ctx.top, after, cl.end).find((x) => INTRODUCED.has(x.type));
    if (!target || target.start - after > 4) continue;
    let source = lastIntroducer(ctx.top, at, target);
    let conf: number = CONF.local;
    if (!source && ctx.prev) {
      source = lastIntroducer(ctx.prev.top, ctx.prev.sentence.end, target);
      conf = CONF.carried;
    }
    if (source)
      out.push({ type: 'FLEXIBLY_INTRODUCES', source, target, sentence: s, confidence: conf });
  }
  return out;
}
