import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';
import {
  between,
  clauseOf,
  sameEntity,
  triggerRe,
  type SentenceCtx,
  type ZhRelation,
} from './relContext';

const TRIGGER = triggerRe(LEXICON.triggers.coBuilds);
/** Types that can be the co-built thing. */
const BUILT = new Set(['Lab', 'Institute', 'Fund', 'University']);
/** Confidence of each CO_BUILDS pattern. */
const CONF = Object.freeze({ named: 0.9, pair: 0.8, borrowed: 0.75 });

/** A District right after 在/位于 is where the building happens, not a builder. */
function isLocative(text: string, m: ZhMention, sentStart: number): boolean {
  const before = text.slice(Math.max(sentStart, m.start - 2), m.start);
  return m.type === 'District' && /(在|于|位于)$/.test(before);
}

/**
 * CO_BUILDS: 元泰科技与四川轻化工大学共建锶盐实验室 → both builders → 锶盐实验室; when nothing
 * named is built (新能源汽摩产业学院与台铃科技深度共建) the builders get one edge between them.
 * A clause that starts with 与 borrows its subject from the clause before (促成该校与A共建X，与B共建Y).
 */
export function coBuilds(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  let lastSubject: ZhMention | null = null;
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(s.text)) !== null) {
    const at = s.start + m.index;
    // 共建共享机制 names a mechanism, not an act of building.
    if (s.text.startsWith('共享', m.index + m[0].length)) continue;
    const cl = clauseOf(s, at);
    let pre = between(ctx.top, cl.start, at).filter(
      (x) => x.type !== 'Person' && !isLocative(text, x, s.start),
    );
    const post = between(ctx.top, at + m[0].length, cl.end);
    // Several named things may follow (共同打造“A”“B”“C”): each is co-built.
    const targets: ZhMention[] = [];
    for (const x of post) {
      if (!BUILT.has(x.type)) break;
      targets.push(x);
    }
    let target: ZhMention | undefined = targets[0];
    if (pre.length === 0) {
      // 甲与乙签署协议，共建X: the builders sit in an earlier clause of the sentence.
      for (
        let c = clauseOf(s, cl.start - 1);
        c.start < cl.start && c.start >= s.start;
        c = clauseOf(s, c.start - 1)
      ) {
        pre = between(ctx.top, c.start, c.end).filter(
          (x) => x.type !== 'Person' && !isLocative(text, x, s.start) && x.type !== 'District',
        );
        if (pre.length > 0 || c.start <= s.start) break;
      }
    }
    if (!target && pre.length >= 3) {
      const last = pre[pre.length - 1] as ZhMention;
      if (BUILT.has(last.type)) target = last;
    }
    if (target) pre = pre.filter((x) => x !== target);
    pre = pre.filter((x) => x.type !== 'District' || pre.length <= 2);
    let conf: number = target ? CONF.named : CONF.pair;
    const clauseHead = text.slice(cl.start, cl.start + 2);
    if (
      lastSubject &&
      /^(与|和|同)/.test(clauseHead) &&
      !pre.some((x) => sameEntity(x, lastSubject as ZhMention))
    ) {
      pre = [lastSubject, ...pre];
      conf = CONF.borrowed;
    }
    if (pre.length === 0) continue;
    lastSubject = pre[0] as ZhMention;
    if (target) {
      for (const t of targets.length > 0 ? targets : [target]) {
        for (const src of pre)
          if (!sameEntity(src, t))
            out.push({ type: 'CO_BUILDS', source: src, target: t, sentence: s, confidence: conf });
      }
    } else if (pre.length >= 2) {
      const [a, ...rest] = pre as [ZhMention, ...ZhMention[]];
      for (const b of rest)
        if (!sameEntity(a, b))
          out.push({ type: 'CO_BUILDS', source: a, target: b, sentence: s, confidence: conf });
    }
  }
  return out;
}
