import { LEXICON } from './lexicon';
import { boughtFor } from './relBought';
import type { ZhMention } from './mention';
import {
  between,
  chainStart,
  clauseOf,
  COMPANY_TYPES,
  listRun,
  partyView,
  placeBefore,
  sameEntity,
  triggerWords,
  type SentenceCtx,
  type ZhRelation,
} from './relContext';

const TRIGGER = triggerWords(LEXICON.triggers.transfers);
/** Where technology comes from. */
const ORIGINS = new Set(['University', 'Institute', 'ResearchTeam', 'Person', 'Lab', 'Company']);
/** Who receives it. */
const RECEIVERS = new Set(['Company', 'Institute', 'Lab', 'District', 'University']);
const RESEARCH = new Set(['University', 'Institute', 'ResearchTeam', 'Person', 'Lab']);
/** Confidence per pattern: explicit direction words are surest. */
const CONF = Object.freeze({ object: 0.85, directed: 0.85, generic: 0.6 });

/** A field word right after the trigger (成果转化方面, 技术转移等领域). */
const FIELD_AFTER_RE = /^(?:[\u4e00-\u9fff]{0,2}?)(?:等)?(?:方面|领域)/;

/** Results named right after their owner (X科技成果, X的专利, X研发的技术). */
const RESULTS_AFTER_RE = /^(?:的|研发的|研制的)?(?:科技|科研|创新|技术)?(?:成果|专利|技术)/;

/** A unit or service named by the trigger's words (技术转移中心, 成果转化平台, 技术转移服务). */
const UNIT_AFTER_RE = /^(?:中心|机构|平台|基地|体系|机制|工作站|服务|联盟|示范|专员|经理人)/;

/** Words naming a result mentioned before (该成果, 这项技术, 上述专利). */
const RESULT_BACK_RE =
  /(?:该|此|这项|这一|上述|这些)(?:成果|技术|专利|项目)|^(?:相关)?(?:成果|技术|专利)/;

/** The last research origin before `limit` in the sentence, else in the sentence before. */
function lastOrigin(
  ctx: SentenceCtx,
  top: readonly ZhMention[],
  limit: number,
): ZhMention | undefined {
  const own = top.filter((x) => x.end <= limit && RESEARCH.has(x.type)).pop();
  return own ?? ctx.prev?.top.filter((x) => RESEARCH.has(x.type)).pop();
}

/** Incubators and schools whose results found firms (A科技园孵化了B). */
const INCUBATORS = new Set(['Lab', 'University', 'Institute', 'ResearchTeam']);
/** Between 孵化 and the firms: 了, 出, a count word (孵化出B、C等企业). */
const HATCH_GAP_RE = /^(?:了|出了?|成功)?$/;

/**
 * A科技园已孵化B、C等企业 → A→B, A→C: a firm hatched from a school's park or lab carries its
 * results out (the incubator is the clause's subject, the firms follow the verb).
 */
function incubates(
  ctx: SentenceCtx,
  text: string,
  push: (s: ZhMention, t: ZhMention, c: number) => void,
): void {
  const s = ctx.sentence;
  for (let at = s.text.indexOf('孵化'); at >= 0; at = s.text.indexOf('孵化', at + 2)) {
    const pos = s.start + at + 2;
    const firm = ctx.top.find((x) => x.start >= pos && x.start - pos <= 2 && x.type === 'Company');
    if (!firm || !HATCH_GAP_RE.test(text.slice(pos, firm.start))) continue;
    const cl = clauseOf(s, s.start + at);
    const source = between(ctx.top, cl.start, s.start + at)
      .filter((x) => INCUBATORS.has(x.type))
      .pop();
    if (!source) continue;
    for (const f of listRun(ctx.top, firm, text, FIRMS)) push(source, f, CONF.object);
  }
}

/** A以…专利(作价)入股B: the result is the stake. */
const STAKE_RE = /^以[^，。；]{0,16}(?:专利|技术|成果)[^，。；]{0,6}?(?:作价)?入股$/;

/** 湘潭大学以三项专利作价入股湖南青松公司 → A→B: results put into a firm as a stake. */
function sharesIn(
  ctx: SentenceCtx,
  text: string,
  push: (s: ZhMention, t: ZhMention, c: number) => void,
): void {
  const top = ctx.top;
  for (let k = 0; k + 1 < top.length; k++) {
    const a = top[k] as ZhMention;
    const b = top[k + 1] as ZhMention;
    if (!ORIGINS.has(a.type) || b.type !== 'Company' || b.start - a.end > 26) continue;
    if (STAKE_RE.test(text.slice(a.end, b.start))) push(a, b, CONF.directed);
  }
}

/** 由A研发 / 由A团队研制: who developed the result a sentence speaks of. */
const DEVELOPED_RE = /^(?:团队)?(?:研发|研制|开发|发明|攻关|完成|培育)/;

/** The research actor named after 由 and before a verb of developing, in text[from, to). */
function developer(
  top: readonly ZhMention[],
  text: string,
  from: number,
  to: number,
): ZhMention | undefined {
  return top.find(
    (x) =>
      x.start > from &&
      x.end <= to &&
      text[x.start - 1] === '由' &&
      RESEARCH.has(x.type) &&
      DEVELOPED_RE.test(text.slice(x.end, x.end + 4)),
  );
}

/** A contract or agreement named by the trigger (转让合同, 许可协议). */
const CONTRACT_AFTER_RE = /^(?:合同|协议)/;

/** Firms only, for the list of a contract's parties. */
const FIRMS: ReadonlySet<string> = COMPANY_TYPES;

/**
 * The research body and the companies joined by 与/和 in a sentence (A与B签署…合同; A与B、C分别签订
 * …合同: every firm of the list), or null.
 */
function contractPair(top: readonly ZhMention[], text: string): [ZhMention, ZhMention[]] | null {
  for (let k = 0; k + 1 < top.length; k++) {
    const a = top[k] as ZhMention;
    const b = top[k + 1] as ZhMention;
    if (!/^(?:与|和|同)$/.test(text.slice(a.end, b.start))) continue;
    if (RESEARCH.has(a.type) && b.type === 'Company') return [a, listRun(top, b, text, FIRMS)];
    if (RESEARCH.has(b.type) && a.type === 'Company') return [b, [a]];
  }
  return null;
}

/** Between an owner and its unit (A下属的B, A旗下B). */
const OWNED_GAP_RE = new RegExp(`^(?:${LEXICON.triggers.clause.ownedBy.join('|')})$`);
/** Licensing words: they transfer only to a receiver named right after them. */
const LICENCE: ReadonlySet<string> = new Set(['授权', '许可']);

/** Verbs by which a receiver takes results in (引进, 受让了, 购买), right before the origin. */
const TAKE_VERB_RE = new RegExp(`(?:${LEXICON.triggers.takeIn.join('|')})了?$`);
/** The result named after the origin (A的三项发明专利, A等高校的科技成果). */
const TAKEN_RESULT_RE = /^(?:等[^，。；]{0,4})?的?[\u4e00-\u9fff\d]{0,6}?(?:技术|成果|专利)/;

/**
 * B引进A的技术成果 / B受让了A的专利 → A→B: a receiver takes the technology of an origin named after 引进.
 */
function takesIn(
  ctx: SentenceCtx,
  text: string,
  push: (s: ZhMention, t: ZhMention, c: number) => void,
): void {
  const top = ctx.top;
  for (let k = 0; k < top.length; k++) {
    const x = top[k] as ZhMention;
    if (!ORIGINS.has(x.type)) continue;
    const verb = TAKE_VERB_RE.exec(text.slice(Math.max(ctx.sentence.start, x.start - 4), x.start));
    if (!verb) continue;
    // B受让了A、C等高校的三项专利: every origin of the list, the result named after the last one.
    const run = listRun(top, x, text, ORIGINS);
    const last = run[run.length - 1] as ZhMention;
    if (!TAKEN_RESULT_RE.test(text.slice(last.end, last.end + 10))) continue;
    const cl = clauseOf(ctx.sentence, x.start);
    const receiver = between(top, cl.start, x.start - verb[0].length)
      .filter((y) => RECEIVERS.has(y.type))
      .pop();
    if (receiver) for (const o of run) push(o, receiver, CONF.directed);
    k = top.indexOf(last);
  }
}

/**
 * TRANSFERS_TO (source = origin of the technology):
 * - X转化Y、Z等…专利 (origins are the object) → Y→X, Z→X;
 * - X将…转让给Y / X向Y转让 → X→Y; X的成果在Y转化 → X→Y;
 * - otherwise a clause with one research actor and one company around 成果转化/技术转移 → research→company.
 */
export function transfersTo(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  // 转让给福建省永安市: the city, not the province heading it, receives.
  const top = partyView(ctx.top);
  const push = (source: ZhMention, target: ZhMention, confidence: number): void => {
    if (!sameEntity(source, target))
      out.push({ type: 'TRANSFERS_TO', source, target, sentence: s, confidence });
  };
  takesIn(ctx, text, push);
  // 以300万元买断: a sale for a price, the seller often named sentences before.
  if (s.text.includes('元')) out.push(...boughtFor(ctx, text));
  incubates(ctx, text, push);
  if (s.text.includes('入股')) sharesIn(ctx, text, push);
  let resume = 0;
  for (
    let m = TRIGGER.next(s.text, resume, s.text.length);
    m;
    m = TRIGGER.next(s.text, resume, s.text.length)
  ) {
    resume = m.index + m.word.length;
    const word = m.word;
    const at = s.start + m.index;
    const after = at + word.length;
    const cl = clauseOf(s, at);
    const pre = between(top, cl.start, at);
    const post = between(top, after, cl.end);
    const near = pre[pre.length - 1];
    // 专利转让给B: the longer trigger may stop right before 给, which still gives the direction.
    // 技术成功转化到B公司: 到 right before the receiver gives the direction too.
    const gives =
      word.endsWith('给') ||
      text[after] === '给' ||
      (text[after] === '到' && post[0] !== undefined && post[0].start === after + 1);
    // 授权B使用, 许可B实施: licensing names its receiver right after the word.
    const licence = LICENCE.has(word) && post[0] !== undefined && post[0].start - after <= 1;
    // A与B签署技术转让协议 / 《…专利实施许可合同》签约: a contract of transfer between a research
    // body and a company joined in the sentence.
    if (CONTRACT_AFTER_RE.test(text.slice(after, after + 2)) && /转让|许可|转化|转移/.test(word)) {
      const pair = contractPair(top, text);
      if (pair) for (const firm of pair[1]) push(pair[0], firm, CONF.directed);
      continue;
    }
    if (gives || licence) {
      const tgt = post[0];
      // 以X的…成果为例，该成果…转让给Y: the result named back stands for X's.
      const src =
        near ??
        (RESULT_BACK_RE.test(text.slice(cl.start, at))
          ? lastOrigin(ctx, top, cl.start)
          : undefined);
      if (src && tgt && ORIGINS.has(src.type)) push(src, tgt, CONF.directed);
      continue;
    }
    if (LICENCE.has(word)) continue;
    // 在B建立了技术转移中心: the words name a unit or a service, not an act of transfer.
    if (UNIT_AFTER_RE.test(text.slice(after, after + 3))) continue;
    const xiang = /向$/.test(text.slice(cl.start, at).replace(/[^向]*$/, ''))
      ? pre.filter((x) => text[x.start - 1] === '向')
      : [];
    if (xiang.length > 0 && pre.length >= 2) {
      // 向A、B等企业转让: every receiver of the list; the origin is named before 向.
      const tgt = xiang[xiang.length - 1] as ZhMention;
      const src = pre.filter((x) => x.end <= tgt.start && ORIGINS.has(x.type)).pop();
      if (src) for (const t of listRun(pre, tgt, text, RECEIVERS)) push(src, t, CONF.directed);
      continue;
    }
    // Origins as the direct object: 已精准转化重庆大学、香港科技大学等高校院所…
    const objects: ZhMention[] = [];
    let cursor = after;
    for (const x of post) {
      if (x.start - cursor > 2 || !ORIGINS.has(x.type)) break;
      objects.push(x);
      cursor = x.end;
    }
    // A与B开展合作，成功转化了该校的两项专利: a subjectless clause takes the sentence's subject.
    const taker =
      near ??
      top.find(
        (x) =>
          x.start === s.start &&
          x.end <= cl.start &&
          x.type === 'Company' &&
          !objects.some((o) => sameEntity(o, x)),
      );
    if (objects.length > 0 && taker && RECEIVERS.has(taker.type) && !/成果|技术|转移/.test(word)) {
      for (const o of objects) push(o, taker, CONF.object);
      continue;
    }
    // 川大成果在泸转化: 在 + the first character of the article's own place stands for that place.
    // The article's main place, else the place of the sentences before most often named so.
    const one = text[at - 1] as string;
    const place =
      text[at - 2] !== '在'
        ? undefined
        : ctx.docPlace?.canonical[0] === one
          ? ctx.docPlace
          : placeBefore(ctx, (x) => x.canonical[0] === one && x.canonical.length <= 4);
    if (place && text[at - 2] === '在') {
      const src = pre.find((x) => ORIGINS.has(x.type) && x.end <= at - 2);
      if (src) {
        push(src, place, CONF.directed);
        continue;
      }
    }
    // X的(科技)成果在Y转化
    // A团队开发的新技术，已在B实现产业化: the origin is the sentence's subject, a clause before.
    // 研究院的成立，将推动…: a subject followed by 的 owns the clause's topic, it does not act.
    const subject = top.find(
      (x) => (x.start === s.start || x.start === s.start + 1) && text[x.end] !== '的',
    );
    const zai = pre.filter(
      (x) => text[chainStart(ctx.top, x) - 1] === '在' && RECEIVERS.has(x.type),
    );
    // 该技术由A研发，已在B实现产业化: the developer named in an earlier clause is the origin.
    const dev = zai.length > 0 ? developer(top, text, s.start, cl.start) : undefined;
    if (zai.length > 0 && (pre.length >= 2 || subject || dev)) {
      let tgt = zai[zai.length - 1] as ZhMention;
      // 在A下属的B实现产业化: B, the unit named after its owner, receives.
      const unit = pre[pre.indexOf(tgt) + 1];
      if (unit && OWNED_GAP_RE.test(text.slice(tgt.end, unit.start))) tgt = unit;
      // 研究院的成立，将推动学校科技成果在B转化: the owner named right before the results.
      const owner = pre.find(
        (x) =>
          x !== tgt &&
          ORIGINS.has(x.type) &&
          x.start < tgt.start &&
          RESULTS_AFTER_RE.test(text.slice(x.end, x.end + 6)),
      );
      const src =
        owner ??
        pre.find((x) => x !== tgt && ORIGINS.has(x.type) && x.start < tgt.start) ??
        (subject && subject.end <= cl.start && RESEARCH.has(subject.type) ? subject : undefined) ??
        dev;
      if (src) {
        // A、B、C等高校的成果在Y转化: every listed origin transfers.
        for (const o of listRun(pre, src, text, ORIGINS))
          if (o.start < tgt.start) push(o, tgt, CONF.directed);
        continue;
      }
    }
    // 在产学研合作、成果转化方面需求广泛: a field of talks, not a transfer.
    if (FIELD_AFTER_RE.test(text.slice(after, after + 6))) continue;
    if (
      /成果|技术|专利|产业化/.test(word) ||
      /(成果|专利|技术)$/.test(text.slice(Math.max(cl.start, at - 4), at))
    ) {
      const actors = [...pre, ...post];
      const research = actors.filter((x) => RESEARCH.has(x.type));
      const firms = actors.filter((x) => x.type === 'Company');
      if (research.length === 1 && firms.length === 1)
        push(research[0] as ZhMention, firms[0] as ZhMention, CONF.generic);
      else if (research.length > 1 && firms.length === 1) {
        // A、B等高校与C公司开展成果转化: one list of research actors, one company.
        const run = listRun(actors, research[0] as ZhMention, text, RESEARCH);
        if (run.length === research.length)
          for (const o of run) push(o, firms[0] as ZhMention, CONF.generic);
      }
    }
  }
  return out;
}
