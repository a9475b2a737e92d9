import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';
import { between, clauseOf, triggerRe, type SentenceCtx, type ZhRelation } from './relContext';
import { appointedExperts, engagedExperts, hiredExperts } from './relHired';

const TRIGGER = triggerRe(LEXICON.triggers.flexiblyIntroduces);
/** The same words for a plain yes/no test (no global state, built once). */
const TRIGGER_TEST = new RegExp(TRIGGER.source);
/** Plain 引进/引入/聘请: flexible only right after a sentence that speaks of 柔性引进. */
const PLAIN = /引进|引入|聘请/g;
/** What can be introduced flexibly: teams and experts (and, rarely, whole institutes). */
const INTRODUCED = new Set(['ResearchTeam', 'Person', 'Institute', 'University']);
/** Who introduces: companies, districts, universities, institutes, labs. */
const INTRODUCERS = new Set(['Company', 'District', 'University', 'Institute', 'Lab', 'Other']);
/** Confidence: subject in the same sentence vs carried over from the previous one. */
const CONF = Object.freeze({
  // 柔性引进 with its introducer in the same sentence.
  local: 0.9,
  // Introducer carried over from the previous sentence.
  carried: 0.75,
  // Plain 引进 of a named team by a named subject.
  taken: 0.7,
  // Plain 引进 of a named team with no subject: the article's own place.
  docPlace: 0.6,
});

/** Marks between the items of a list (A、B和C). */
const LIST_MARKS: ReadonlySet<string> = new Set(['、', '和', '与', '及']);

/** The character of the sentence at absolute position `i`. */
function charAt(ctx: SentenceCtx, i: number): string {
  return ctx.sentence.text[i - ctx.sentence.start] ?? '';
}

/** Mentions after 从/自 and the list they open (从A、B等院所引进): origins of who is brought in. */
function fromList(ctx: SentenceCtx): Set<ZhMention> {
  const out = new Set<ZhMention>();
  const ms = ctx.top;
  for (let k = 0; k < ms.length; k++) {
    const x = ms[k] as ZhMention;
    if (charAt(ctx, x.start - 1) !== '从' && charAt(ctx, x.start - 1) !== '自') continue;
    out.add(x);
    for (let j = k + 1; j < ms.length; j++) {
      const y = ms[j] as ZhMention;
      const prev = ms[j - 1] as ZhMention;
      if (y.start - prev.end !== 1 || !LIST_MARKS.has(charAt(ctx, prev.end))) break;
      out.add(y);
    }
  }
  return out;
}

/** `last` and the introducers listed right before it (A、B等企业 → A, B). */
function listBefore(ctx: SentenceCtx, ms: readonly ZhMention[], last: ZhMention): ZhMention[] {
  const out = [last];
  for (let k = ms.indexOf(last) - 1; k >= 0; k--) {
    const x = ms[k] as ZhMention;
    const head = out[0] as ZhMention;
    if (head.start - x.end !== 1 || !LIST_MARKS.has(charAt(ctx, x.end))) break;
    if (!INTRODUCERS.has(x.type)) break;
    out.unshift(x);
  }
  return out;
}

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
  const prevFlexible = ctx.prev !== null && TRIGGER_TEST.test(ctx.prev.sentence.text);
  const own = TRIGGER_TEST.test(s.text);
  const re = !own && prevFlexible ? PLAIN : TRIGGER;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text)) !== null) {
    const at = s.start + m.index;
    const after = at + m[0].length;
    const cl = clauseOf(s, after);
    let target = between(ctx.top, after, cl.end).find((x) => INTRODUCED.has(x.type));
    if (!target || target.start - after > 4) {
      // A与B教授签订柔性引才协议: the experts signed with are the ones brought in.
      out.push(...signedWith(ctx, at));
      continue;
    }
    // 柔性引进了湘潭大学李青松教授: the school only says where the expert comes from.
    if (target.type === 'University' || target.type === 'Institute') {
      const next = ctx.top[ctx.top.indexOf(target) + 1];
      if (
        next &&
        (next.type === 'Person' || next.type === 'ResearchTeam') &&
        TITLE_GAP_RE.test(s.text.slice(target.end - s.start, next.start - s.start))
      )
        target = next;
    }
    // 从A、B等科研院所柔性引进X: A and B are where X comes from, not who brings it in.
    const origins = fromList(ctx);
    const own = ctx.top.filter((x) => !origins.has(x));
    let source = lastIntroducer(own, at, target);
    let conf: number = CONF.local;
    if (!source && ctx.prev) {
      source = lastIntroducer(ctx.prev.top, ctx.prev.sentence.end, target);
      conf = CONF.carried;
    }
    // 早康、全通等企业…柔性引进X: every introducer of the list.
    const sources =
      source && conf === CONF.local ? listBefore(ctx, own, source) : source ? [source] : [];
    for (const src of sources)
      out.push({ type: 'FLEXIBLY_INTRODUCES', source: src, target, sentence: s, confidence: conf });
  }
  if (re === TRIGGER) out.push(...teamsTakenIn(ctx));
  if (!own) out.push(...drawnFrom(ctx));
  out.push(...hiredAs(ctx));
  // 选聘的X大学博士P: an expert named with the body he keeps.
  if (/聘|引进|引入/.test(s.text)) out.push(...hiredExperts(ctx));
  // 受聘为B首席专家, 为P颁发聘书: an expert engaged by a body other than his own.
  if (s.text.includes('聘')) out.push(...engagedExperts(ctx), ...appointedExperts(ctx));
  return out;
}

/** A signing verb right before the flexible trigger (签订柔性聘用协议, 签署了一份柔性引才协议). */
const SIGN_BEFORE_RE = /(?:签订|签署|签约)了?(?:一份|一项)?$/;
/** Partner words before the experts signed with (A同B研究员P签订…). */
const PARTNER_BEFORE = '与同和';
/** Who is signed with: experts and teams. */
const SIGNED = new Set(['Person', 'ResearchTeam']);

/**
 * 市林科院同兰州大学生态学院青年研究员武生聃、姚广前签订柔性聘用协议: the body before 与/同
 * brings in the experts and teams named between the partner word and the signing verb.
 */
function signedWith(ctx: SentenceCtx, at: number): ZhRelation[] {
  const s = ctx.sentence;
  const lead = s.text.slice(0, at - s.start);
  const sign = SIGN_BEFORE_RE.exec(lead);
  if (!sign) return [];
  const signAt = s.start + sign.index;
  const cl = clauseOf(s, at);
  const inClause = between(ctx.top, cl.start, signAt);
  // The partner word: the last 与/同/和 right after an introducer, before the experts.
  let k = inClause.length - 1;
  while (k >= 0 && SIGNED.has((inClause[k] as ZhMention).type)) k--;
  const experts = inClause.slice(k + 1).filter((x) => SIGNED.has(x.type));
  if (experts.length === 0) return [];
  const first = inClause.find((x) => PARTNER_BEFORE.includes(charAt(ctx, x.end)));
  if (!first || !INTRODUCERS.has(first.type) || first.end >= (experts[0] as ZhMention).start)
    return [];
  return experts.map((target) => ({
    type: 'FLEXIBLY_INTRODUCES' as const,
    source: first,
    target,
    sentence: s,
    confidence: CONF.local,
  }));
}

/** Titles between an expert's school and name (湘潭大学教授李青松). */
const TITLE_GAP_RE = /^(?:教授|博士|研究员|院士|专家|副教授)?$/;
/** Verbs of hiring an expert from outside. */
const HIRE_RE = /聘请|聘任|特聘|聘用|聘/g;
/** Posts an expert takes part-time at the hiring body (担任技术顾问, 为首席专家). */
const ROLES: readonly string[] = LEXICON.triggers.supportRoles;
/** Between the expert and the post. */
const POST_RE = /^(?:教授|博士|研究员|院士)?(?:担任|为|作为|出任)/;
/** Words that may name whose post it is between the verb and the post (为公司科技副总, 担任县科技顾问). */
const POST_OWNER_RE = /^(?:该|本|我)?(?:公司|企业|集团|县|市|区|州|镇|园区|学院|研究院)?/;

/**
 * 湖南青松公司聘请湘潭大学李青松教授担任技术顾问 → the company introduces the expert flexibly:
 * an advisory post taken by someone who keeps a post elsewhere.
 */
function hiredAs(ctx: SentenceCtx): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  if (!s.text.includes('聘')) return out;
  HIRE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HIRE_RE.exec(s.text)) !== null) {
    const at = s.start + m.index;
    const cl = clauseOf(s, at);
    const verbEnd = at + m[0].length;
    // 聘请X大学李教授 / 聘请X大学李教授团队: the expert or the team named after the verb.
    const person = between(ctx.top, verbEnd, cl.end).find(
      (x) => x.type === 'Person' || x.type === 'ResearchTeam',
    );
    if (!person || person.start - verbEnd > 12) continue;
    const rest = s.text.slice(person.end - s.start);
    const post = POST_RE.exec(rest);
    if (!post) continue;
    const owner = POST_OWNER_RE.exec(rest.slice(post[0].length))?.[0].length ?? 0;
    if (!ROLES.some((r) => rest.startsWith(r, post[0].length + owner))) continue;
    const source = between(ctx.top, cl.start, at)
      .filter((x) => INTRODUCERS.has(x.type))
      .pop();
    if (source)
      out.push({
        type: 'FLEXIBLY_INTRODUCES',
        source,
        target: person,
        sentence: s,
        confidence: CONF.taken,
      });
  }
  return out;
}

/** True when `x` opens its sentence or a clause of it. */
function opensClause(s: SentenceCtx['sentence'], x: ZhMention): boolean {
  return x.start === s.start || '，,；;：:'.includes(s.text[x.start - s.start - 1] ?? '');
}

/** Verbs that bring an expert in from another body (从A引进P, A从B招引来的P). */
const FROM_VERBS: readonly string[] = LEXICON.triggers.introduceFrom;
/** Quote marks and adverbs that may sit between the origin and the verb (从云南“招引”). */
const FROM_GAP_RE = /^(?:[“"]|还|又|先后|已|专门|特别|成功)*$/;
/** After the verb: 了, a closing quote, or 来的 before the expert named earlier (…招引来的专家). */
const VERB_TAIL_RE = /^(?:了|[”"])*/;

/**
 * 黔东南州还从B研究所引进赵甜甜博士 → the sentence's subject brings the expert in from B; 仇全雷是
 * A从B“招引”来的专家 → A brings in the person the sentence opens with. An expert drawn from another
 * body keeps ties to it: the flexible tie.
 */
function drawnFrom(ctx: SentenceCtx): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  const t = s.text;
  if (!t.includes('从')) return out;
  const origins = fromList(ctx);
  if (origins.size === 0) return out;
  const ms = ctx.top;
  for (const o of origins) {
    // The last origin of a list: the verb follows it.
    const k = ms.indexOf(o);
    const next = ms[k + 1];
    if (next && origins.has(next)) continue;
    const rel = o.end - s.start;
    let v = rel;
    while (v < t.length && v - rel <= 6 && !FROM_VERBS.some((w) => t.startsWith(w, v))) v++;
    const verb = FROM_VERBS.find((w) => t.startsWith(w, v));
    if (!verb || !FROM_GAP_RE.test(t.slice(rel, v))) continue;
    const tail = v + verb.length + (VERB_TAIL_RE.exec(t.slice(v + verb.length))?.[0].length ?? 0);
    const after = s.start + tail;
    const from = (ms.find((x) => origins.has(x)) as ZhMention).start;
    let target = ms.find((x) => x.start >= after && x.start - after <= 1 && x.type === 'Person');
    let source: ZhMention | undefined;
    if (target) {
      // 黔东南州还从B引进P: the introducer opening the sentence or a clause before 从, else the
      // one opening the sentence before (an object of that sentence brings no one in).
      source = ms.find((x) => x.end <= from && INTRODUCERS.has(x.type) && opensClause(s, x));
      const prev = ctx.prev;
      if (!source && prev)
        source = prev.top.find((x) => x.start === prev.sentence.start && INTRODUCERS.has(x.type));
    } else if (t.startsWith('来的', tail)) {
      // P是A从B招引来的专家: A right before 从, P opening the sentence.
      target = ms.find((x) => x.start === s.start && x.type === 'Person');
      const a = ms[ms.indexOf(ms.find((x) => origins.has(x)) as ZhMention) - 1];
      if (a && a.end === from - 1 && INTRODUCERS.has(a.type)) source = a;
    }
    if (target && source)
      out.push({
        type: 'FLEXIBLY_INTRODUCES',
        source,
        target,
        sentence: s,
        confidence: CONF.taken,
      });
  }
  return out;
}

/** Plain 引进/引入 right before a named team (了 may sit between). */
const TAKE_IN = /引进|引入/g;
/** A team's technology is a transfer (引进X团队的技术成果), not an introduction. */
const TECH_AFTER = /^的?(?:[\u4e00-\u9fff]{0,4})(?:技术|成果|专利)/;

/** The first introducer of a sentence before `limit` (its subject), skipping `exclude`. */
function subjectBefore(
  ms: readonly ZhMention[],
  limit: number,
  exclude: ZhMention,
): ZhMention | undefined {
  return ms.find((x) => x.end <= limit && INTRODUCERS.has(x.type) && x !== exclude);
}

/**
 * 青岚化工集团引进云杉大学李青教授团队 (no 柔性 word): a named team brought in by the sentence's
 * subject, else the previous sentence's, else the article's own place. Teams come part-time from
 * their school, so this is the flexible tie.
 */
function teamsTakenIn(ctx: SentenceCtx): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  TAKE_IN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAKE_IN.exec(s.text)) !== null) {
    const after = s.start + m.index + m[0].length;
    const target = ctx.top.find((x) => x.start >= after && x.start - after <= 1);
    if (!target || target.type !== 'ResearchTeam') continue;
    const rel = target.end - s.start;
    if (TECH_AFTER.test(s.text.slice(rel, rel + 8))) continue;
    let source = subjectBefore(ctx.top, after, target);
    let conf: number = CONF.taken;
    if (!source && ctx.prev) source = subjectBefore(ctx.prev.top, ctx.prev.sentence.end, target);
    if (!source && ctx.docPlace) {
      source = ctx.docPlace;
      conf = CONF.docPlace;
    }
    if (source)
      out.push({ type: 'FLEXIBLY_INTRODUCES', source, target, sentence: s, confidence: conf });
  }
  return out;
}
