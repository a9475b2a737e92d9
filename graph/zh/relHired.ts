import type { ZhMention } from './mention';
import { BODY_TYPES, RESEARCH_HOMES, type SentenceCtx, type ZhRelation } from './relContext';

/** Options for an expert hired with the body he keeps (A选聘的X大学博士P). */
const HIRED_OPTIONS = Object.freeze({
  /** As sure as a plain 引进 of a named team (relFlexible's taken). */
  confidence: 0.7,
  /** Sentences looked back over for 柔性 when the verb is a plain 引进. */
  lookback: 40,
});

/** The hirer introduces the expert flexibly, as the sentence states. */
function introduction(
  hirer: ZhMention,
  expert: ZhMention,
  sentence: ZhRelation['sentence'],
): ZhRelation {
  return {
    type: 'FLEXIBLY_INTRODUCES',
    source: hirer,
    target: expert,
    sentence,
    confidence: HIRED_OPTIONS.confidence,
  };
}

/** Verbs of hiring, then 的 (A选聘的P) or 了. Plain 引进/引入 only count in an article on flexible
 * hiring: alone they may bring someone in for good. */
const HIRE_RE = /(选聘|聘请|特聘|聘用|引进|引入)(?:的|了)?/g;
const PLAIN: ReadonlySet<string> = new Set(['引进', '引入']);
/** Who hires. */
const HIRERS: ReadonlySet<string> = new Set(['Company', 'District', 'Other', 'Lab', 'Institute']);
/** The bodies an expert keeps: schools and institutes (a run of them: 农科院经作所). */
const HOMES: ReadonlySet<string> = RESEARCH_HOMES;
/** Titles between the home body and the name (博士, 教授, 研究员). */
const TITLE_RE = /^(?:博士|教授|副教授|研究员|副研究员|专家|院士|高级工程师|博士生导师)+$/;

/** A title right after an expert's name (王明教授). */
const TITLE_AFTER_RE = /^(?:博士|教授|副教授|研究员|副研究员|院士|高级工程师)/;

/** A post named right after the expert (为…, 担任…), up to the clause's end. */
const POSTED_RE = /^(?:为|担任|出任|作为)([^，。；：]*)/;
/** Posts of help: advisers, experts, envoys. */
const HELP_POST_RE = /顾问|专家|科学家|特派员|专员|导师|产业教授|科技副总/;
/** Posts of office that may end like one of help (法律顾问) or hold none. */
const OFFICE_POST_RE = /法律顾问|董事|总经理|监事|财务/;

/** True when this sentence or one of the ones before it speaks of 柔性 hiring. */
function flexibleArticle(ctx: SentenceCtx): boolean {
  let c: SentenceCtx | null | undefined = ctx;
  for (let k = 0; c && k < HIRED_OPTIONS.lookback; k++, c = c.last)
    if (c.sentence.text.includes('柔性')) return true;
  return false;
}

/** Words of flexible hiring in the sentence itself (以柔性方式引进, 候鸟式聘用): the hirer may then
 * open the sentence rather than stand right before the verb. */
const FLEX_CUE_RE = /柔性|候鸟|兼职|不求所有/;
/** Joiners of a list of experts (A大学P教授、B所Q研究员). */
const EXPERT_JOINERS: ReadonlySet<string> = new Set(['、', '和', '及', '以及']);

/**
 * The expert named at top[k] on: his home bodies (a run), a title before or after his name, the
 * name. Returns the person and the index of the person in top, or undefined.
 */
function expertAt(
  top: readonly ZhMention[],
  s: SentenceCtx['sentence'],
  k: number,
): { person: ZhMention; at: number } | undefined {
  if (k < 0 || !HOMES.has((top[k] as ZhMention | undefined)?.type ?? '')) return undefined;
  while (
    k + 1 < top.length &&
    HOMES.has((top[k + 1] as ZhMention).type) &&
    (top[k + 1] as ZhMention).start === (top[k] as ZhMention).end
  )
    k++;
  const person = top[k + 1];
  if (!person || person.type !== 'Person') return undefined;
  const home = top[k] as ZhMention;
  // X大学博士P, or X大学P教授 (the title after the name).
  const gap = s.text.slice(home.end - s.start, person.start - s.start);
  const titleAfter = TITLE_AFTER_RE.test(s.text.slice(person.end - s.start));
  if (!(TITLE_RE.test(gap) || (gap === '' && titleAfter))) return undefined;
  return { person, at: k + 1 };
}

/**
 * 泽维制药有限公司选聘的昆明理工大学博士杨波 / 该公司引进农科院经作所博士杨明 / A以柔性方式引进
 * X大学P教授、Y所Q研究员 → the hirer (right before the verb, or opening a sentence that says the
 * hiring is flexible) introduces each expert flexibly: named with the school or institute he keeps
 * and a title, he works for the hirer part-time.
 */
export function hiredExperts(ctx: SentenceCtx): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  const top = ctx.top;
  HIRE_RE.lastIndex = 0;
  for (let m = HIRE_RE.exec(s.text); m; m = HIRE_RE.exec(s.text)) {
    const at = s.start + m.index;
    const after = at + m[0].length;
    const hirer =
      top.find((x) => x.end === at && HIRERS.has(x.type)) ??
      (FLEX_CUE_RE.test(s.text)
        ? top.find((x) => x.start === s.start && x.end <= at && HIRERS.has(x.type))
        : undefined);
    if (!hirer) continue;
    if (PLAIN.has(m[1] as string) && !FLEX_CUE_RE.test(s.text) && !flexibleArticle(ctx)) continue;
    let found = expertAt(
      top,
      s,
      top.findIndex((x) => x.start === after),
    );
    while (found) {
      const person = found.person;
      // 聘请P教授为企业发展顾问, not 为公司法律顾问/担任董事长: a post named after the expert must
      // be one of help, not of office.
      const rest = s.text.slice(person.end - s.start).replace(TITLE_AFTER_RE, '');
      const post = POSTED_RE.exec(rest)?.[1];
      if (post !== undefined && (!HELP_POST_RE.test(post) || OFFICE_POST_RE.test(post))) break;
      out.push(introduction(hirer, person, s));
      // A大学P教授、B所Q研究员: the next expert of the list.
      const tail = s.text.length - rest.length;
      const next = top[found.at + 1];
      if (!next || !EXPERT_JOINERS.has(s.text.slice(tail, next.start - s.start))) break;
      found = expertAt(top, s, found.at + 1);
    }
  }
  return out;
}

/** P受聘为/被聘为/受聘担任 B(的)… : the engaged expert, then the verb, then the hirer. */
const ENGAGED_RE = /^(?:教授|博士|研究员|院士)?(?:受聘|被聘|应聘)(?:为|担任|成为)?$/;
/** The post after the hirer (首席专家, 技术顾问, 科技副总): an adviser's or expert's post. */
const POST_RE =
  /^的?[\u4e00-\u9fff]{0,6}?(?:顾问|专家|副总|特派员|专员|教授|导师|科学家|院长|主任)/;
/** Who engages an expert: bodies and places, not the expert's own kind of record. */
const ENGAGERS = BODY_TYPES;

/**
 * 鲁中理工大学王明教授受聘为华宇化工首席专家 → 华宇化工 introduces 王明 flexibly: an expert who
 * keeps his own post takes one at the hirer named after 受聘为 (not at his own body).
 */
export function engagedExperts(ctx: SentenceCtx): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  const top = ctx.top;
  for (let k = 0; k + 1 < top.length; k++) {
    const person = top[k] as ZhMention;
    const hirer = top[k + 1] as ZhMention;
    if (person.type !== 'Person' || !ENGAGERS.has(hirer.type)) continue;
    if (!ENGAGED_RE.test(s.text.slice(person.end - s.start, hirer.start - s.start))) continue;
    if (!POST_RE.test(s.text.slice(hirer.end - s.start))) continue;
    // 王明受聘为鲁中理工大学特聘教授 with 鲁中理工大学 his own: a post at home is no introduction.
    const own = top[k - 1];
    if (own && own.canonical === hirer.canonical && own.end === person.start) continue;
    out.push(introduction(hirer, person, s));
  }
  return out;
}

/** A为P(、Q)等…颁发(了)聘书: the hirer, then 为, then the experts, then the letters. */
const LETTERS_RE = /颁发(?:了)?(?:[\u4e00-\u9fff]{0,6})?聘书/;

/**
 * 青州市为鲁中理工大学王明教授、李华研究员颁发了聘书 → 青州市 introduces each expert named between
 * 为 and 颁发: letters of appointment engage experts who keep their own posts.
 */
export function appointedExperts(ctx: SentenceCtx): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  const m = LETTERS_RE.exec(s.text);
  if (!m) return out;
  const at = s.start + m.index;
  const wei = s.text.lastIndexOf('为', m.index);
  if (wei < 0) return out;
  const hirer = ctx.top.filter((x) => x.end === s.start + wei && ENGAGERS.has(x.type)).pop();
  if (!hirer) return out;
  for (const x of ctx.top)
    if (x.type === 'Person' && x.start > s.start + wei && x.end <= at)
      out.push(introduction(hirer, x, s));
  return out;
}
