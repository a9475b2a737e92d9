import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';
import { triggerRe, type SentenceCtx, type ZhRelation } from './relContext';

const TRIGGER = triggerRe(LEXICON.triggers.supports);
/** What can be supported: a named company, lab or research body. */
const SUPPORTED = new Set(['Company', 'Lab', 'Institute', 'University', 'ResearchTeam']);
/** Confidence of SUPPORTS. */
const CONF = 0.8;

/**
 * SUPPORTS: X助力/支持Y where Y is named right after the trigger and X is the nearest actor
 * before it in the sentence (across commas, not across a colon that opens a new list).
 */
export function supports(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(s.text)) !== null) {
    const at = s.start + m.index;
    const after = at + m[0].length;
    const target = ctx.top.find(
      (x) => x.start >= after && x.start - after <= 1 && SUPPORTED.has(x.type),
    );
    if (!target) continue;
    const colon = Math.max(text.lastIndexOf('：', at), text.lastIndexOf(':', at), s.start);
    const before = ctx.top.filter((x) => x.end <= at && x.start >= colon && x.type !== 'Person');
    const source: ZhMention | undefined = before[before.length - 1];
    if (source) out.push({ type: 'SUPPORTS', source, target, sentence: s, confidence: CONF });
  }
  out.push(...provides(ctx, text));
  return out;
}

/** X为Y…提供…支撑/支持/服务/保障: what X provides to Y (a place too: 为绍兴县…提供人才支撑). */
const PROVIDES_RE = /为([^，。；：]{2,24}?)提供[^，。；：]{0,14}?(?:支撑|支持|服务|保障|帮助)/g;
const PROVIDED = new Set([...SUPPORTED, 'District']);

function provides(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  PROVIDES_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PROVIDES_RE.exec(s.text)) !== null) {
    const wei = s.start + m.index;
    const target = ctx.top.find((x) => x.start === wei + 1 && PROVIDED.has(x.type));
    if (!target) continue;
    const colon = Math.max(text.lastIndexOf('：', wei), text.lastIndexOf(':', wei), s.start);
    const before = ctx.top.filter((x) => x.end <= wei && x.start >= colon && x.type !== 'Person');
    const source = before[before.length - 1];
    if (source) out.push({ type: 'SUPPORTS', source, target, sentence: s, confidence: CONF });
  }
  return out;
}
