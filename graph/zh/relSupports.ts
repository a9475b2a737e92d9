import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';
import { listRun, sameEntity, triggerWords, type SentenceCtx, type ZhRelation } from './relContext';
import { listEnding } from './relLocated';
import { classReferent } from './relRoles';
import { actorOf } from './relUnits';
import { givenSupport } from './relThanks';
import { expertVisits } from './relVisits';

const TRIGGER = triggerWords(LEXICON.triggers.supports);
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
  let resume = 0;
  for (
    let m = TRIGGER.next(s.text, resume, s.text.length);
    m;
    m = TRIGGER.next(s.text, resume, s.text.length)
  ) {
    resume = m.index + m.word.length;
    const at = s.start + m.index;
    const after = at + m.word.length;
    const target = ctx.top.find(
      (x) => x.start >= after && x.start - after <= 1 && SUPPORTED.has(x.type),
    );
    if (!target) continue;
    // Not across a colon that opens a new list, nor into a quotation the trigger sits in
    // (是…落实市委“大力支持X…”的举措: the backer is named inside the quote or not at all).
    const colon = Math.max(
      text.lastIndexOf('：', at),
      text.lastIndexOf(':', at),
      openQuote(text, s.start, at),
      s.start,
    );
    const before = ctx.top.filter((x) => x.end <= at && x.start >= colon && x.type !== 'Person');
    // 上海交通大学、上海理工大学团队开展…，助力X: every actor of the list before supports.
    let sources = listEnding(before, text);
    // 研究院将服务岳阳市…，赋能X: what an earlier clause serves is no backer; its subject is.
    const last = before[before.length - 1];
    if (
      last &&
      last.start < clauseStart(s, at) &&
      SERVED_BEFORE_RE.test(text.slice(last.start - 2, last.start))
    ) {
      const subject = before.find((x) => x.start === s.start && x !== last);
      sources = subject ? [subject] : [];
    }
    // 助力A、B等企业: every firm of the list is supported.
    for (const t of listRun(ctx.top, target, text, SUPPORTED))
      for (const source of sources)
        out.push({ type: 'SUPPORTS', source, target: t, sentence: s, confidence: CONF });
  }
  out.push(...provides(ctx, text));
  out.push(...servesAs(ctx, text));
  out.push(...sentTo(ctx, text));
  if (s.text.includes('向')) out.push(...soughtHelp(ctx, text));
  out.push(...underSupport(ctx, text));
  out.push(...receivedSupport(ctx));
  if (RESOURCE_RE.test(s.text)) out.push(...givesResources(ctx, text));
  if (s.text.includes('给予')) out.push(...givenSupport(ctx, text));
  out.push(...expertVisits(ctx, text));
  return out;
}

/** Resources a backer gives with no recipient named (负责提供科研场地和启动经费, 安排…资金). */
const RESOURCE_RE =
  /(?:提供|安排|给予|投入|配套)[^，。；：]{0,12}?(?:场地|用房|用地|经费|资金|办公空间|补贴)/;
/** Between the backer and the verb: only adverbs or 负责 (A负责提供…, A将安排…). */
const BACKER_GAP_RE = /^(?:负责|将|还|并|也|每年|连续五年|共同)*$/;
/** Backers of a unit by resources: governments, places, firms. */
const BACKERS = new Set(['District', 'Other', 'Company']);
/** What a sentence may speak of as the thing supported. */
const TOPICS = new Set(['Lab', 'Institute']);

/**
 * 研究院由市校双方共同建设，晋城市人民政府负责提供科研场地和启动经费 / 研究院选址…，射洪市提供
 * 科研用房并安排…资金: a backer that gives premises or funds, naming no recipient, supports the
 * unit the sentence speaks of (its subject, by name or by a class word opening a clause).
 */
function givesResources(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  const topic = sentenceTopic(ctx, text);
  if (!topic) return out;
  for (const x of ctx.top) {
    if (!BACKERS.has(x.type) || x.start <= topic.end) continue;
    const cs = clauseStart(s, x.start);
    if (x.start !== cs) continue;
    const rest = text.slice(x.end, Math.min(s.end, x.end + 24));
    const m = RESOURCE_RE.exec(rest);
    if (!m || !BACKER_GAP_RE.test(rest.slice(0, m.index))) continue;
    out.push({ type: 'SUPPORTS', source: x, target: topic, sentence: s, confidence: CONF });
  }
  return out;
}

/** The unit a sentence speaks of: a lab or institute opening it or its second clause (据介绍，研究院…). */
function sentenceTopic(ctx: SentenceCtx, text: string): ZhMention | undefined {
  const s = ctx.sentence;
  const starts = [s.start];
  const comma = s.text.search(/[，,]/);
  if (comma > 0) starts.push(s.start + comma + 1);
  for (const at of starts) {
    const named = ctx.top.find((x) => x.start === at && TOPICS.has(x.type));
    if (named) return named;
    const ref = classReferent(ctx, text, at);
    if (ref && TOPICS.has(ref.type)) return ref;
  }
  return undefined;
}

/** Verbs whose object follows them (服务岳阳市, 助力X): the name after them is not a subject. */
const SERVED_BEFORE_RE = /(?:服务|助力|支持|赋能|推动|带动|促进|为|在|到|赴)$/;

/** Where the clause holding `at` starts (after the last ，；：). */
function clauseStart(s: SentenceCtx['sentence'], at: number): number {
  let i = at - s.start;
  while (i > 0 && !'，；：,;:'.includes(s.text[i - 1] as string)) i--;
  return s.start + i;
}

/** Where a quotation still open at `at` opens (after `from`), else -1. */
function openQuote(text: string, from: number, at: number): number {
  const open = text.lastIndexOf('“', at);
  if (open < from) return -1;
  const close = text.lastIndexOf('”', at);
  return close > open ? -1 : open;
}

/** 在X的(大力)支持下 / 在X的帮助下: X backs what the main clause's subject does. */
const UNDER_RE =
  /在([^，。；：]{2,30}?)的(?:大力|鼎力|全力|积极|精心)?(?:技术|科技|智力)?(?:支持|帮助|扶持|资助|指导)下/g;

/**
 * 在江苏省科技厅的支持下，苏州纳米科技…公司建成了…: the bodies named inside the phrase support the
 * first company, lab, institute or school named after it in the sentence (its subject).
 */
function underSupport(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  UNDER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = UNDER_RE.exec(s.text)) !== null) {
    const from = s.start + m.index + 1;
    const to = from + (m[1] as string).length;
    const end = s.start + m.index + m[0].length;
    const backers = ctx.top.filter((x) => x.start >= from && x.end <= to && x.type !== 'Person');
    // The subject opens the next clause: right after the phrase and its comma, or stands right
    // before 在 (X在Y的帮助下攻克了…).
    const target =
      ctx.top.find((x) => x.start >= end && x.start - end <= 2 && SUPPORTED.has(x.type)) ??
      ctx.top.find((x) => x.end === s.start + m!.index && SUPPORTED.has(x.type));
    if (!target) continue;
    for (const source of listEnding(backers, text))
      out.push({ type: 'SUPPORTS', source, target, sentence: s, confidence: CONF });
  }
  return out;
}

/**
 * X为Y…提供…支撑/支持/服务/保障: what X provides to Y (a place too: 为绍兴县…提供人才支撑); X为Y解决
 * …难题; X深入Y开展技术指导. The group is Y, opened by one character (为) or two (深入).
 */
const PROVIDES_RES: readonly RegExp[] = [
  /为([^，。；：]{2,24}?)提供[^，。；：]{0,14}?(?:支撑|支持|服务|保障|帮助)/g,
  /为([^，。；：]{2,24}?)(?:解决|破解|攻克)[^，。；：]{0,10}?(?:难题|问题|瓶颈)/g,
  // X为Y…加油赋能 / 为Y建设贡献…力量: what X gives Y's development.
  /为([^，。；：]{2,24}?)(?:加油)?赋能/g,
  /为([^，。；：]{2,24}?)(?:贡献|奉献)[^，。；：]{0,10}?(?:力量|智慧)/g,
  /(?:深入|走进|下沉)([^，。；：]{2,24}?)开展[^，。；：]{0,8}?(?:指导|服务|攻关|帮扶|诊断)/g,
  // X对Y给予(大力)支持 / 予以资助: Y is named right after 对.
  /对([^，。；：]{2,24}?)(?:给予|予以)[^，。；：]{0,10}?(?:支持|扶持|资助|帮助|支撑|指导)/g,
];
const PROVIDED = new Set([...SUPPORTED, 'District']);
/** Words right before a name that make it an object or a site, not a backer (把X, 在X). */
const NOT_BACKER_BEFORE = '把在于';

function provides(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  for (const re of PROVIDES_RES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)) !== null) {
      const wei = s.start + m.index + m[0].indexOf(m[1] as string) - 1;
      // 为绍兴县转变…: the article's own place, named again where no rule found it as a place.
      const place = ctx.docPlace;
      const target =
        ctx.top.find((x) => x.start === wei + 1 && PROVIDED.has(x.type)) ??
        (place && text.startsWith(place.canonical, wei + 1) ? place : undefined);
      if (!target) continue;
      const colon = Math.max(text.lastIndexOf('：', wei), text.lastIndexOf(':', wei), s.start);
      // 学校将把研究院作为…，推动成果在晋城落地，为晋城…提供支持: the object of 把, a site after
      // 在 and the recipient itself are no backers.
      const before = ctx.top.filter(
        (x) =>
          x.end <= wei &&
          x.start >= colon &&
          x.type !== 'Person' &&
          !sameEntity(x, target) &&
          !(x.start > 0 && NOT_BACKER_BEFORE.includes(text[x.start - 1] as string)),
      );
      // 从A、B引进团队，为Y提供支撑: names after 从 are where something comes from, not backers.
      const from = listEnding(before, text)[0];
      const source =
        from && FROM_BEFORE_RE.test(text.slice(Math.max(s.start, from.start - 1), from.start))
          ? undefined
          : before.length > 0
            ? // 学校 read as a school of a university acts as that university.
              actorOf(ctx, before[before.length - 1] as ZhMention)
            : speakerBody(ctx);
      if (source)
        for (const t of listRun(ctx.top, target, text, PROVIDED))
          out.push({ type: 'SUPPORTS', source, target: t, sentence: s, confidence: CONF });
    }
  }
  return out;
}

/** A preposition of origin before a name (从A引进, 自B). */
const FROM_BEFORE_RE = /[从自]$/;

/** A sentence opened by a speaker's name (陈文兴在会上讲话，…; 李明表示，…). */
const SPEAKER_RE = /^([\u4e00-\u9fff]{2,3}?)(?:在|表示|说|指出|强调|介绍|希望)/;
/** Titles between a body and its speaker's name (浙江理工大学副校长陈文兴). */
const TITLE_RE = /^[\u4e00-\u9fff]{1,6}$/;
/** Bodies a speaker may speak for. */
const SPEAKS_FOR = new Set(['University', 'Institute', 'Company', 'Lab', 'District', 'Other']);

/**
 * The body a speaker speaks for: the speaker opens the sentence and the sentence before names
 * them after a body and a title (浙江理工大学副校长陈文兴带领…。陈文兴在会上讲话，…为绍兴县…提供支撑).
 */
function speakerBody(ctx: SentenceCtx): ZhMention | undefined {
  const speaker = SPEAKER_RE.exec(ctx.sentence.text)?.[1];
  const last = ctx.last;
  if (speaker === undefined || !last) return undefined;
  const at = last.sentence.text.indexOf(speaker);
  if (at < 0) return undefined;
  const pos = last.sentence.start + at;
  for (let k = last.top.length - 1; k >= 0; k--) {
    const x = last.top[k] as ZhMention;
    if (x.end > pos || pos - x.end > 6) continue;
    const gap = last.sentence.text.slice(x.end - last.sentence.start, at);
    if (SPEAKS_FOR.has(x.type) && (gap === '' || TITLE_RE.test(gap))) return x;
    break;
  }
  return undefined;
}

/** Posts an expert takes at a firm to help it (科技特派员, 科技副总). */
const ROLES: readonly string[] = LEXICON.triggers.supportRoles;
/** Where the expert goes before the post (到B担任, 赴B担任, 在B担任, 入驻B担任). */
const GO_BEFORE_RE = /(?:到|赴|在|入驻|进驻|派驻)$/;
/** Bodies an expert may serve. */
const SERVED = new Set(['Company', 'Lab', 'Institute']);

/**
 * 引进赵甜甜博士，到贵州省X公司担任科技专员 → the expert supports the firm: the post is named right
 * after 担任, the firm right before it after 到/赴/在, the expert is the last person named before.
 */
function servesAs(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  for (let at = s.text.indexOf('担任'); at >= 0; at = s.text.indexOf('担任', at + 2)) {
    if (!ROLES.some((r) => s.text.startsWith(r, at + 2))) continue;
    const pos = s.start + at;
    const body = ctx.top.find((x) => x.end === pos && SERVED.has(x.type));
    if (!body || !GO_BEFORE_RE.test(text.slice(Math.max(s.start, body.start - 2), body.start)))
      continue;
    const expert = ctx.top.filter((x) => x.end <= body.start && x.type === 'Person').pop();
    if (expert)
      out.push({ type: 'SUPPORTS', source: expert, target: body, sentence: s, confidence: CONF });
  }
  return out;
}

const SENT = LEXICON.triggers.supportsSent;
/** A sending verb, then up to a short phrase, then where to (派驻到, 选派8名专家到, 组团派驻至). */
const SENT_RE = new RegExp(
  `(?:${SENT.verbs.join('|')})[^，。；：]{0,16}?(?:${SENT.to.join('|')})`,
  'g',
);
/** Envoys the sentence must speak of: sending staff to a meeting is no support. */
const ENVOY_RE = new RegExp(SENT.envoys.join('|'));
/** Between where-to and the place: a qualifier of the place (乌蒙山深处的). */
const SENT_GAP_RE = /^(?:[\u4e00-\u9fff]{1,6}的)?$/;
/** Who sends envoys. */
const SENDERS = new Set(['University', 'Institute', 'Company', 'Other', 'Lab']);
/** Where envoys go. */
const SENT_TO = new Set(['District', 'Company']);

/**
 * X学院今年派驻8名科技特派员，其中7名教师组团派驻到Y县 → X supports Y: a body sends its experts to
 * a place or a firm. The sender is the actor opening the sentence or a clause before the verb.
 */
function sentTo(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  if (!ENVOY_RE.test(s.text)) return out;
  SENT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENT_RE.exec(s.text)) !== null) {
    const verb = s.start + m.index;
    const after = verb + m[0].length;
    const target = ctx.top.find(
      (x) => x.start >= after && SENT_GAP_RE.test(text.slice(after, x.start)),
    );
    if (!target || !SENT_TO.has(target.type)) continue;
    const source = ctx.top.find(
      (x) =>
        x.end <= verb &&
        SENDERS.has(x.type) &&
        (x.start === s.start || '，,；;：:'.includes(text[x.start - 1] ?? '')),
    );
    if (source && source !== target)
      out.push({ type: 'SUPPORTS', source, target, sentence: s, confidence: CONF });
  }
  return out;
}

/** A向B(的专家团队)求助: B, maybe with a unit of it, then the word of asking for help. */
const SOUGHT_AFTER_RE = new RegExp(
  `^(?:的)?[\u4e00-\u9fff]{0,10}?(?:${LEXICON.triggers.supportsSought.join('|')})`,
);
/** Who may be asked for help. */
const HELPERS = new Set(['University', 'Institute', 'Lab', 'ResearchTeam', 'Company', 'Other']);

/**
 * 公司…随后向贵州理工学院科技特派员服务团求助 → the school supports the company: the body asked for
 * help (named after 向) supports the one asking, the actor opening the sentence (else the one
 * opening the sentence before).
 */
function soughtHelp(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  for (const b of ctx.top) {
    if (text[b.start - 1] !== '向' || !HELPERS.has(b.type)) continue;
    if (!SOUGHT_AFTER_RE.test(text.slice(b.end, b.end + 20))) continue;
    // 近日，A向B求助: the actor opening the sentence or a clause before B.
    const opens = (c: SentenceCtx): ZhMention | undefined =>
      c.top.find(
        (x) =>
          x.end <= b.start &&
          SUPPORTED.has(x.type) &&
          (x.start === c.sentence.start || '，,'.includes(text[x.start - 1] ?? '')),
      );
    const asker = opens(ctx) ?? (ctx.prev ? opens(ctx.prev) : undefined);
    if (asker && asker.end <= b.start && asker.canonical !== b.canonical)
      out.push({ type: 'SUPPORTS', source: b, target: asker, sentence: s, confidence: CONF });
  }
  return out;
}

/** Y得到/获得/受到A(和B)的…支持: the bodies named inside back Y, named right before the verb. */
const RECEIVED_RE =
  /(?:得到|获得|受到|争取到)(?:了)?([^，。；：]{2,30}?)的[^，。；：]{0,8}?(?:支持|帮助|扶持|资助|指导)/g;

function receivedSupport(ctx: SentenceCtx): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  RECEIVED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RECEIVED_RE.exec(s.text)) !== null) {
    const verb = s.start + m.index;
    const from = verb + m[0].indexOf(m[1] as string);
    const to = from + (m[1] as string).length;
    // The receiver ends at the verb, or an adverb or two before it (先后得到, 均获得).
    const target = ctx.top.find((x) => x.end <= verb && verb - x.end <= 2 && SUPPORTED.has(x.type));
    if (!target) continue;
    const backers = ctx.top.filter((x) => x.start >= from && x.end <= to && x.type !== 'Person');
    for (const source of backers)
      if (source !== target)
        out.push({ type: 'SUPPORTS', source, target, sentence: s, confidence: CONF });
  }
  return out;
}
