import type { ZhMention } from './mention';
import {
  clauseOf,
  COMPANY_TYPES,
  listRun,
  RESEARCH_HOMES,
  type SentenceCtx,
  type ZhRelation,
} from './relContext';

/** Options for a school's experts sent into firms. */
const VISIT_OPTIONS = Object.freeze({
  /** Below a stated 支持/服务: a visit is mostly, not always, help given on site. */
  confidence: 0.7,
});

/** The experts, then a verb of going into (专家教授走进, 带领调研团队，赴). A comma may stand between
 * the team and the verb (its clause names who leads it). */
const VISIT_RE =
  /(?:专家|教授|博士|团队|专家组|师生|科研人员|科技人员|服务团|服务队)(?:[^，。；：]{0,4}?|，)(?:走进|深入|走访|赴|前往|来到)/g;
/** Work done at the firms, said after them (开展调研, 为企业把脉问诊): a visit to look round
 * (参观) is no support. */
const WORK_RE = /调研|把脉|问诊|诊断|指导|攻关|解决|服务|对接|培训/;
/** Whose experts they are: research bodies. */
const SCHOOLS: ReadonlySet<string> = RESEARCH_HOMES;
/** Where they go: firms (a school visited is a meeting, not help given). */
const FIRMS: ReadonlySet<string> = COMPANY_TYPES;

/**
 * 邀请19位X大学专家教授走进A、B等6家企业，为企业把脉问诊 / X学院院长…带领调研团队，赴A和B开展调研 →
 * X→A, X→B: the schools named in the clause of the experts support every firm of the list right
 * after the verb, when the sentence says what work they do there.
 */
export function expertVisits(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  VISIT_RE.lastIndex = 0;
  for (let m = VISIT_RE.exec(s.text); m; m = VISIT_RE.exec(s.text)) {
    const at = s.start + m.index;
    const after = at + m[0].length;
    const first = ctx.top.find((x) => x.start >= after && x.start - after <= 1);
    if (!first || !FIRMS.has(first.type)) continue;
    const firms = listRun(ctx.top, first, text, FIRMS);
    const end = (firms[firms.length - 1] as ZhMention).end;
    if (!WORK_RE.test(s.text.slice(end - s.start))) continue;
    const cl = clauseOf(s, at);
    const schools = ctx.top.filter(
      (x: ZhMention) => x.start >= cl.start && x.end <= at && SCHOOLS.has(x.type),
    );
    for (const firm of firms)
      for (const school of schools)
        out.push({
          type: 'SUPPORTS',
          source: school,
          target: firm,
          sentence: s,
          confidence: VISIT_OPTIONS.confidence,
        });
  }
  return out;
}
