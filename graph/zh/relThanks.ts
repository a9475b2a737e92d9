import type { ZhMention } from './mention';
import { BODY_TYPES, clauseOf, type SentenceCtx, type ZhRelation } from './relContext';
import { listEnding } from './relLocated';

/** Options for support given to a named body (A给予B的支持). */
const THANKS_OPTIONS = Object.freeze({
  /** As sure as the other SUPPORTS patterns (X支持Y). */
  confidence: 0.8,
});

/** 给予, the recipient phrase, then the kind of support (给予学校的大力支持, 给予B园艺学院帮助). */
const GIVEN_RE =
  /给予(?:了)?([^，。；：]{0,24}?)的?(?:大力|鼎力|无私|长期|极大|一贯)?(?:支持|帮助|扶持|关心|指导|资助)/g;
/** A school named by a class word (学校, 我校) in the recipient phrase. */
const SCHOOL_WORD_RE = /^(?:学校|我校|本校|母校|该校)/;
/** Who gives and who receives support: bodies, not persons. */
const BODIES = BODY_TYPES;

/** The school a class word names: the article's own, else the last school named before `at`. */
function schoolBefore(ctx: SentenceCtx, at: number): ZhMention | undefined {
  return ctx.ownSchool ?? ctx.top.filter((x) => x.end <= at && x.type === 'University').pop();
}

/**
 * 对A和B多年来给予学校的支持表示感谢 / A长期给予B大力支持 → A→B, each giver of the list before 给予
 * in its clause supports each body named in the recipient phrase (a school named by 学校 stands
 * for the article's school, else the school named before in the sentence).
 */
export function givenSupport(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  GIVEN_RE.lastIndex = 0;
  for (let m = GIVEN_RE.exec(s.text); m; m = GIVEN_RE.exec(s.text)) {
    const at = s.start + m.index;
    const from = at + m[0].indexOf(m[1] as string, 2);
    const to = from + (m[1] as string).length;
    const cl = clauseOf(s, at);
    const givers = listEnding(
      ctx.top.filter((x) => x.start >= cl.start && x.end <= at && BODIES.has(x.type)),
      text,
    );
    if (givers.length === 0) continue;
    let takers = ctx.top.filter((x) => x.start >= from && x.end <= to && BODIES.has(x.type));
    if (SCHOOL_WORD_RE.test(m[1] as string)) {
      const school = schoolBefore(ctx, cl.start);
      if (school) takers = [school, ...takers];
    }
    for (const g of givers)
      for (const t of takers)
        if (g.canonical !== t.canonical)
          out.push({
            type: 'SUPPORTS',
            source: g,
            target: t,
            sentence: s,
            confidence: THANKS_OPTIONS.confidence,
          });
  }
  return out;
}
