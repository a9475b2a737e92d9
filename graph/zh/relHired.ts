import type { ZhMention } from './mention';
import { type SentenceCtx, type ZhRelation } from './relContext';

/** Options for an expert hired with the body he keeps (A选聘的X大学博士P). */
const HIRED_OPTIONS = Object.freeze({
  /** As sure as a plain 引进 of a named team (relFlexible's taken). */
  confidence: 0.7,
  /** Sentences looked back over for 柔性 when the verb is a plain 引进. */
  lookback: 40,
});

/** Verbs of hiring, then 的 (A选聘的P) or 了. Plain 引进/引入 only count in an article on flexible
 * hiring: alone they may bring someone in for good. */
const HIRE_RE = /(选聘|聘请|特聘|聘用|引进|引入)(?:的|了)?/g;
const PLAIN: ReadonlySet<string> = new Set(['引进', '引入']);
/** Who hires. */
const HIRERS: ReadonlySet<string> = new Set(['Company', 'District', 'Other', 'Lab', 'Institute']);
/** The bodies an expert keeps: schools and institutes (a run of them: 农科院经作所). */
const HOMES: ReadonlySet<string> = new Set(['University', 'Institute']);
/** Titles between the home body and the name (博士, 教授, 研究员). */
const TITLE_RE = /^(?:博士|教授|副教授|研究员|副研究员|专家|院士|高级工程师|博士生导师)+$/;

/** True when this sentence or one of the ones before it speaks of 柔性 hiring. */
function flexibleArticle(ctx: SentenceCtx): boolean {
  let c: SentenceCtx | null | undefined = ctx;
  for (let k = 0; c && k < HIRED_OPTIONS.lookback; k++, c = c.last)
    if (c.sentence.text.includes('柔性')) return true;
  return false;
}

/**
 * 泽维制药有限公司选聘的昆明理工大学博士杨波 / 该公司引进农科院经作所博士杨明 → the hirer right
 * before the verb introduces the expert flexibly: named with the school or institute he keeps and
 * a title, he works for the hirer part-time.
 */
export function hiredExperts(ctx: SentenceCtx): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  const top = ctx.top;
  HIRE_RE.lastIndex = 0;
  for (let m = HIRE_RE.exec(s.text); m; m = HIRE_RE.exec(s.text)) {
    const at = s.start + m.index;
    const after = at + m[0].length;
    const hirer = top.find((x) => x.end === at && HIRERS.has(x.type));
    if (!hirer) continue;
    let k = top.findIndex((x) => x.start === after);
    if (k < 0 || !HOMES.has((top[k] as ZhMention).type)) continue;
    while (
      k + 1 < top.length &&
      HOMES.has((top[k + 1] as ZhMention).type) &&
      (top[k + 1] as ZhMention).start === (top[k] as ZhMention).end
    )
      k++;
    const person = top[k + 1];
    if (!person || person.type !== 'Person') continue;
    const home = top[k] as ZhMention;
    if (!TITLE_RE.test(s.text.slice(home.end - s.start, person.start - s.start))) continue;
    if (PLAIN.has(m[1] as string) && !flexibleArticle(ctx)) continue;
    out.push({
      type: 'FLEXIBLY_INTRODUCES',
      source: hirer,
      target: person,
      sentence: s,
      confidence: HIRED_OPTIONS.confidence,
    });
  }
  return out;
}
