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
  return out;
}
