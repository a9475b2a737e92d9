import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';
import {
  BODY_TYPES,
  between,
  chainStart,
  clauseOf,
  listRun,
  partyView,
  placeBefore,
  sameEntity,
  triggerWords,
  type SentenceCtx,
  type ZhRelation,
} from './relContext';
import { actorOf } from './relUnits';

const TRIGGER = triggerWords([
  ...LEXICON.triggers.coBuilds,
  ...LEXICON.triggers.coBuildsNamed,
  ...LEXICON.triggers.coBuildsBound,
]);
/** Short triggers that count only right after a builder or a party word (A与B合建的X). */
const BOUND: ReadonlySet<string> = new Set(LEXICON.triggers.coBuildsBound);
/** Party words a bound trigger may follow (双方合建). */
const BOUND_AFTER_RE = /(?:双方|三方|两校|两地|校地|校企)$/;
/** A trigger right before a name: the name is what is built (共建X, 合作建设的X). */
const BUILT_AFTER_RE = new RegExp(
  `(?:${[...LEXICON.triggers.coBuilds, ...LEXICON.triggers.coBuildsNamed].join('|')})(?:了|的)?[“"]?$`,
);
/** Joiners of the items of one list of builders (A、B和C). */
const LIST_GAP_RE = /^(?:、|和|与|及|以及)$/;
/** Dashes that join the parties of a joint name (A—B合作中心). */
const DASHES = '-—－–';
/** Weak triggers (建立, 成立…): they build only what is named right after them. */
const NAMED_ONLY: ReadonlySet<string> = new Set(LEXICON.triggers.coBuildsNamed);
/** Types that can be the co-built thing. */
const BUILT = new Set(['Lab', 'Institute', 'Fund', 'University']);
/** Endings of zones that are built, not only places (北京高科威海科创城, X科技城). */
const BUILT_ZONES: readonly string[] = LEXICON.triggers.builtZones;

/** Endings of bodies that members build together (X创新联合体, X产业联盟). */
const BUILT_BODIES: readonly string[] = LEXICON.triggers.builtBodies;

/** Can `x` be the co-built thing: a lab, institute, fund or school, a built zone or body. */
export function isBuilt(x: ZhMention): boolean {
  return (
    BUILT.has(x.type) ||
    (x.type === 'District' && BUILT_ZONES.some((z) => x.canonical.endsWith(z))) ||
    (x.type === 'Other' && BUILT_BODIES.some((z) => x.canonical.endsWith(z)))
  );
}
/** Confidence of each CO_BUILDS pattern. */
const CONF = Object.freeze({ named: 0.9, pair: 0.8, borrowed: 0.75 });

/** Words that stand for the parties named before (双方将共建…, 两校共同组建…). */
const PARTIES_RE = /(校企双方|校地双方|政校双方|双方|两校|两地|两院|两家|三方)/;
/** Kind pairs right before a trigger (校地共建, 校企共建): a school and a place, a school and a firm. */
const PAIR_HEAD_RE = /^(校企|校地|政校|院地)$/;
/** Party words that say which kinds the two parties are (校企双方 = a school and a company). */
const TYPED_PARTIES: Readonly<Record<string, readonly [ReadonlySet<string>, ReadonlySet<string>]>> =
  Object.freeze({
    校企双方: [new Set(['University', 'Institute']), new Set(['Company'])],
    校地双方: [new Set(['University', 'Institute']), new Set(['District', 'Other'])],
    政校双方: [new Set(['District', 'Other']), new Set(['University', 'Institute'])],
    院地双方: [new Set(['Institute']), new Set(['District', 'Other'])],
    两校: [new Set(['University']), new Set(['University'])],
  });
/** Adverbs that may open a clause before 与 (目前已与A共建…, 先后与B合作…), and verbs of pushing
 * whose subject is the clause's (推动与南开大学共建的X建成运行). */
const PARTNER_LEAD =
  '(?:目前|先后|已经|已|还|并|同时|分别|也|又|均|将|曾|推动|推进|促成|加快|积极|主动)*';
const PARTNER_HEAD_RE = new RegExp(`^${PARTNER_LEAD}(与|和|同|联合|携手|会同|牵手)`);
const PARTNER_HEAD_END_RE = new RegExp(`^${PARTNER_LEAD}(与|和|同|联合|携手|会同|牵手)$`);

/** 与 + a city or province heading the next district (与合肥市蜀山区). */
const CHAIN_GAP_RE = /^(?:与|和|同)[\u4e00-\u9fff]{2,4}[省市]$/;

/** Class nouns that end a description of the partner (与首批“双一流”建设高校B签约). */
const PARTY_CLASSES: readonly string[] = LEXICON.triggers.partyClasses;
/** Longest description between 与 and the partner it describes. */
const DESCRIBED_MAX = 16;

/** 与 + a description ending in a class noun (与首批“双一流”建设高校), with no clause mark inside. */
function describedGap(gap: string): boolean {
  if (gap.length < 3 || gap.length > DESCRIBED_MAX) return false;
  const c = gap[0];
  if (c !== '与' && c !== '和' && c !== '同') return false;
  if (!PARTY_CLASSES.some((w) => gap.endsWith(w))) return false;
  for (let i = 1; i < gap.length; i++)
    if ('，。；：、,;:（('.includes(gap[i] as string)) return false;
  return true;
}

/** Between A and B in A也是B的合作伙伴. */
const PARTNER_IS_RE = /^(?:也|还|一直|均)?(?:是|为)$/;
/** After B in A也是B的合作伙伴. */
const PARTNER_NOUN_RE = /^的[^，。；]{0,6}?(?:合作伙伴|伙伴|合作单位)/;
/** A bracket right after a name that holds another name (A（B）与C): B only renames A. */
const BRACKETED_RE = /^[（(][^（()）]{1,24}[）)]/;

/**
 * The first pair of actors joined by 与/和/同 (A与B签约) among `ms`, or null; with `last`, the
 * last such pair (the one nearest to what follows).
 */
function joinedPair(ms: readonly ZhMention[], text: string, last = false): ZhMention[] | null {
  let found: ZhMention[] | null = null;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k] as ZhMention;
    let b = ms[k + 1] as ZhMention;
    // 齐鲁工业大学（山东省科学院）与淄博市…: the name in brackets renames A, C is the partner.
    const bracket = BRACKETED_RE.exec(text.slice(a.end, a.end + 26));
    if (bracket && b.start === a.end + 1 && b.end === a.end + bracket[0].length - 1) {
      const c = ms[k + 2];
      if (!c) break;
      b = c;
    }
    if (a.type === 'Person' || b.type === 'Person' || sameEntity(a, b)) continue;
    const gap = text.slice(
      bracket && b.start > a.end + bracket[0].length - 1 ? a.end + bracket[0].length : a.end,
      b.start,
    );
    // A与合肥市蜀山区: the city heading the district sits in the gap (partyView dropped it).
    if (
      /^(与|和|同)$/.test(gap) ||
      // A也是B的重要合作伙伴: a pair stated as partners.
      (PARTNER_IS_RE.test(gap) && PARTNER_NOUN_RE.test(text.slice(b.end, b.end + 12))) ||
      (b.type === 'District' && CHAIN_GAP_RE.test(gap)) ||
      // A与首批“双一流”建设高校B签约: B is described before it is named.
      describedGap(gap)
    ) {
      found = [a, b];
      if (!last) return found;
    }
  }
  return found;
}

/** Sentences looked back over for the pair 双方 stands for. */
const PAIR_LOOKBACK = 4;
/** Farther back when the sentence before names fewer than two actors (officials sign, then 双方…). */
const PAIR_LOOKBACK_FAR = 6;
/** A visit joins a pair too (A到B交流对接, A赴B考察): 双方 then means the visitor and the host. */
const VISIT_RE = /^(?:到|赴|走进|来到)$/;

/** The nearest earlier sentence's pair joined by 与/和/同 or a visit (A到B交流), or []. */
function pairBack(ctx: SentenceCtx, text: string): ZhMention[] {
  let c = ctx.last ?? null;
  const actors = new Set(
    (c?.top ?? []).filter((x) => x.type !== 'Person').map((x) => x.type + x.canonical),
  );
  const lookback = actors.size < 2 ? PAIR_LOOKBACK_FAR : PAIR_LOOKBACK;
  for (let k = 0; c && k < lookback; k++, c = c.last ?? null) {
    const ms = partyView(c.top).filter((x) => x.type !== 'Person');
    const pair = joinedPair(ms, text, true);
    if (pair) return pair;
    for (let j = 0; j + 1 < ms.length; j++) {
      const a = ms[j] as ZhMention;
      const b = ms[j + 1] as ZhMention;
      if (!sameEntity(a, b) && VISIT_RE.test(text.slice(a.end, b.start))) return [a, b];
    }
  }
  return [];
}

/** The last two distinct actors of the given kinds (校企双方 → the last school and company). */
function typedParties(
  ms: readonly ZhMention[],
  kinds: readonly [ReadonlySet<string>, ReadonlySet<string>],
): ZhMention[] {
  let a: ZhMention | undefined;
  let b: ZhMention | undefined;
  for (let k = ms.length - 1; k >= 0; k--) {
    const x = ms[k] as ZhMention;
    if (!a && kinds[0].has(x.type) && !(b && sameEntity(b, x))) a = x;
    else if (!b && kinds[1].has(x.type) && !(a && sameEntity(a, x))) b = x;
  }
  return a && b ? (a.start < b.start ? [a, b] : [b, a]) : [];
}

/** The parties 双方/三方 stand for: a joined pair, else the last distinct actors named. */
function parties(ms: readonly ZhMention[], text: string, n: number, word = ''): ZhMention[] {
  const kinds = TYPED_PARTIES[word];
  if (kinds) return typedParties(ms, kinds);
  const pair = n === 2 ? joinedPair(ms, text) : null;
  if (pair) return pair;
  const out: ZhMention[] = [];
  for (let k = ms.length - 1; k >= 0 && out.length < n; k--) {
    const x = ms[k] as ZhMention;
    if (x.type === 'Person' || out.some((o) => sameEntity(o, x))) continue;
    out.unshift(x);
  }
  return out.length === n ? out : [];
}

/** The subject a clause opening with 与 borrows: the sentence's first actor, else the last one's. */
function clauseSubject(ctx: SentenceCtx, text: string, before: number): ZhMention | null {
  // 在X的大力支持下，学校…: an actor after 在 sets the scene, it is no subject.
  const subject = (x: ZhMention): boolean => x.type !== 'Person' && text[x.start - 1] !== '在';
  const own = partyView(ctx.top).find((x) => x.end <= before && subject(x));
  if (own) return own;
  const prev = ctx.prev && partyView(ctx.prev.top).find(subject);
  return prev ?? null;
}

/** True when position `i` of `t` sits inside 《…》. */
function insideTitle(t: string, i: number): boolean {
  const open = t.lastIndexOf('《', i);
  return open >= 0 && t.lastIndexOf('》', i) < open;
}

/**
 * An abstract object right after the trigger (共建合作机制, 共建人才培养体系): a way of working,
 * not a built thing, so no edge. An unnamed built thing (共建联合实验室) still links its builders.
 */
const ABSTRACT_OBJECT_RE = /^[\u4e00-\u9fff]{0,12}(?:机制|体系|模式|关系)/;

/** A signing verb right before the trigger (签署共建…项目, 签订了“共建…”). */
const SIGNED_RE = /签(?:署|订|约)了?[“"]?$/;
/** A quoted agreement title the trigger opens (“共建X技术转移中心协议书”). */
const QUOTED_AGREEMENT_RE = /^[^“”。，；]{0,36}(?:协议书?|合同|备忘录)[”"]/;
/** An unnamed object that opens a list of fields (在共建科技园区、技术攻关等领域合作). */
const FIELD_LIST_RE = /^[\u4e00-\u9fff]{1,12}(?:、|等领域|领域)/;

/** A quoted name right after the trigger (共同建成“X基地”): the thing is named, only not read as
 * a name, so no edge between the builders stands in for it. */
const QUOTED_OBJECT_RE = /^了?[“"《「]/;

/** 双方就共建联合实验室进行了交流 / 围绕共建…座谈: co-building as the topic of talks, not an act. */
const TOPIC_BEFORE_RE = /(?:就|围绕|关于)$/;

/** True when the words after a trigger build an unnamed thing, not a way of working or a field. */
export function unnamedBuild(after: string): boolean {
  return (
    !ABSTRACT_OBJECT_RE.test(after) && !FIELD_LIST_RE.test(after) && !QUOTED_OBJECT_RE.test(after)
  );
}

/** Words between a built thing and its builders (X由A…共建, X是A…共建的, X依托A和B共同建设). */
const PASSIVE_RE = /^[（(]?(?:由|是|系|为|是由|依托)$/;
/** Between a built thing and the trigger: 由 + a party word (X将由双方共同建设). */
const PASSIVE_PARTY_RE =
  /^(?:将|已|拟|已经)?(?:由|是由)(?:校企双方|校地双方|双方|三方|两校|两地)(?:共同|合作|联合)?$/;
/** The same words opening a list of builders (X是安徽省、合肥市与Y三方共建的…). */
const PASSIVE_OPEN_RE = /^[（(]?(?:由|是|系)/;

/** An agreement named right after a trigger (共建协议, 共建合作框架协议). */
const AGREEMENT_RE = /^(?:合作)?(?:框架)?协议/;

/** A District right after 在/位于 is where the building happens, not a builder. */
function isLocative(text: string, m: ZhMention, sentStart: number): boolean {
  const before = text.slice(Math.max(sentStart, m.start - 2), m.start);
  return m.type === 'District' && /(在|于|位于)$/.test(before);
}

/** Characters read as the headline when no line break ends it sooner. */
const HEADLINE_MAX = 40;
/** Words by which an article names its own place (该市, 我县, 本区). */
const PLACE_WORD_RE = /(?:该|我|本)(市|县|区|州)/g;
/** A clause opened by such a word and a partner (我市与B…, 该县已同B…). */
const PLACE_WORD_PARTNER_RE = new RegExp(
  `^(?:该|我|本)(?:市|县|区|州)${PARTNER_LEAD}(?:与|和|同)$`,
);

/** True when `place` has the level `level` and its core is named in the headline `head`. */
function headlinePlace(place: ZhMention, level: string, head: string): boolean {
  if (place.type !== 'District' || !place.canonical.endsWith(level)) return false;
  const core = place.canonical.slice(0, -1);
  return core.length >= 2 && head.includes(core);
}

/**
 * The article's own place when 该市/我县… opens a clause of text[from, to): a place of that level
 * named in the headline (潜江与湖北大学共建… → 该市 = 潜江市), the article's main place first, else
 * the one named most often in the sentences before; else undefined.
 */
function placeWord(
  ctx: SentenceCtx,
  text: string,
  from: number,
  to: number,
): ZhMention | undefined {
  const part = text.slice(from, to);
  PLACE_WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACE_WORD_RE.exec(part)) !== null) {
    const before = part[m.index - 1] ?? text[from - 1] ?? '';
    if (before !== '' && !'，,。；：\n'.includes(before)) continue;
    const level = m[1] as string;
    const nl = text.indexOf('\n');
    const head = text.slice(0, nl < 0 ? HEADLINE_MAX : Math.min(nl, HEADLINE_MAX));
    if (ctx.docPlace && headlinePlace(ctx.docPlace, level, head)) return ctx.docPlace;
    return placeBefore(ctx, (x) => headlinePlace(x, level, head));
  }
  return undefined;
}

/** Between the pair and the thing they own: 的, maybe an opening quote (A与B的“X”). */
const OWNED_GAP_RE = /^的[“"]?$/;
/** Things a pair may own together. */
const PAIR_OWNED = new Set(['Lab', 'Institute']);

/**
 * 为A与B的“X研究院”揭牌: a lab or institute of a pair joined by 与/和 (A、B和C的X too) is built by
 * each of them.
 */
function pairOwned(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  if (!ctx.sentence.text.includes('的')) return out;
  const top = partyView(ctx.top);
  for (let k = 1; k + 1 < top.length; k++) {
    const b = top[k] as ZhMention;
    const x = top[k + 1] as ZhMention;
    if (!PAIR_OWNED.has(x.type) || !OWNED_GAP_RE.test(text.slice(b.end, x.start))) continue;
    const owners = [b];
    for (let j = k - 1; j >= 0; j--) {
      const a = top[j] as ZhMention;
      const gap = text.slice(a.end, (owners[0] as ZhMention).start);
      if (!/^(?:与|和|同|及|、)$/.test(gap)) break;
      owners.unshift(a);
    }
    if (owners.length < 2 || owners.some((o) => o.type === 'Person' || sameEntity(o, x))) continue;
    for (const o of owners)
      out.push({
        type: 'CO_BUILDS',
        source: o,
        target: x,
        sentence: ctx.sentence,
        confidence: CONF.pair,
      });
  }
  return out;
}

/** Right after the trigger: 位于/地处 a place, then 的 (共同建设位于Z的C), up to the place's end. */
const SITED_AT_RE = /^(?:位于|地处|坐落于|坐落在|设在)[^，。；]{0,12}的$/;

/**
 * CO_BUILDS: 元泰科技与四川轻化工大学共建锶盐实验室 → both builders → 锶盐实验室; when nothing
 * named is built (新能源汽摩产业学院与台铃科技深度共建) the builders get one edge between them.
 * A clause that starts with 与 borrows its subject from the clause before (促成该校与A共建X，与B共建Y).
 */
export function coBuilds(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  // 与西安市高陵区共建: the district, not the city heading it, is the party.
  const top = partyView(ctx.top);
  let lastSubject: ZhMention | null = null;
  let resume = 0;
  for (
    let m = TRIGGER.next(s.text, resume, s.text.length);
    m;
    m = TRIGGER.next(s.text, resume, s.text.length)
  ) {
    resume = m.index + m.word.length;
    const at = s.start + m.index;
    // 综合建设 is no 合建: a bound trigger needs a builder or a party word right before it.
    if (
      BOUND.has(m.word) &&
      !top.some((x) => x.end === at) &&
      !BOUND_AFTER_RE.test(s.text.slice(Math.max(0, m.index - 2), m.index))
    ) {
      // 联合建立X: the overlapping trigger after it (建立) still counts.
      resume = m.index + 1;
      continue;
    }
    // A与B建立院士工作站: a weak trigger needs the built thing right after it (了 may sit between).
    if (NAMED_ONLY.has(m.word)) {
      const after = at + m.word.length;
      if (!top.some((x) => x.start >= after && x.start - after <= 1 && isBuilt(x))) continue;
    }
    // 共建共享机制 names a mechanism, not an act of building.
    if (s.text.startsWith('共享', m.index + m.word.length)) continue;
    // 签署“X合作共建协议”: an agreement to build the named X quoted right before the trigger.
    if (AGREEMENT_RE.test(s.text.slice(m.index + m.word.length, m.index + m.word.length + 6))) {
      out.push(...agreedBuild(ctx, top, text, at));
      continue;
    }
    // 签署《共建北京大学威海海洋研究院合作协议》: a title that names the built thing right after
    // the trigger is an agreement to build it; other titles name a document, not an act.
    const namedNext = top.some(
      (x) => x.start === at + m!.word.length && isBuilt(x) && x.kind !== 'coref',
    );
    if (insideTitle(s.text, m.index) && !namedNext) continue;
    // 签署共建…项目 / 签署了“共建…协议书”: a signed document builds nothing unnamed (a signed
    // agreement to build a named X still builds X).
    const signed =
      SIGNED_RE.test(s.text.slice(Math.max(0, m.index - 4), m.index)) ||
      QUOTED_AGREEMENT_RE.test(s.text.slice(m.index + m.word.length, m.index + m.word.length + 40));
    const cl = clauseOf(s, at);
    // A与B全面合作暨C与D共建X: 暨 joins two events; only the second one's parties build X.
    const also = text.lastIndexOf('暨', at);
    const from = also >= cl.start ? also + 1 : cl.start;
    // 签订了《共建A协议》《共建B协议》: a name inside another title is no builder of B.
    const title = insideTitle(s.text, m.index) ? text.lastIndexOf('《', at) : -1;
    let pre = between(top, from, at).filter(
      (x) =>
        x.type !== 'Person' &&
        !isLocative(text, x, s.start) &&
        !(title >= 0 && x.start < title && insideTitle(s.text, x.start - s.start)),
    );
    const post = between(top, at + m.word.length, cl.end);
    // Several named things may follow (共同打造“A”“B”“C”): each is co-built.
    const targets: ZhMention[] = [];
    for (const x of post) {
      // 共同建设位于Z的C: where C lies, named before it, is no built thing of its own.
      if (x.type === 'District' && SITED_AT_RE.test(text.slice(at + m.word.length, x.end + 1)))
        continue;
      // 成立“山东大学—X合作中心”: a name cut at a dash is a party of an unread joint name.
      if (!isBuilt(x) || DASHES.includes(text[x.end] ?? '')) break;
      // …共建X签约仪式在Y大学举行: a name after 在/于 is where something happens, not what is built.
      if (SITE_BEFORE.includes(text[x.start - 1] ?? '')) break;
      targets.push(x);
    }
    // …共建A，以及B: a clause opening with 以及 adds more built things to the same act.
    if (targets.length > 0) {
      const next = cl.end + 1;
      if (
        s.text.startsWith('以及', next - s.start) &&
        (text[cl.end] === '，' || text[cl.end] === ',')
      ) {
        const more = clauseOf(s, next);
        for (const x of between(top, next, more.end)) if (isBuilt(x)) targets.push(x);
      }
    }
    let target: ZhMention | undefined = targets[0];
    // A与B建立院士工作站: a weak trigger needs the built thing right after it (了 may sit between).
    if (NAMED_ONLY.has(m.word) && (!target || target.start - (at + m.word.length) > 1)) continue;
    // 双方本着…原则，…，共建X: the party word may open an earlier clause of the sentence.
    const head = text.slice(s.start, at);
    // X将由双方共同建设: X is built, the party word names its builders.
    let passiveOf: ZhMention | undefined;
    const only = pre[0];
    if (
      pre.length === 1 &&
      only &&
      isBuilt(only) &&
      PASSIVE_PARTY_RE.test(text.slice(only.end, at))
    ) {
      passiveOf = only;
      pre = [];
    }
    let partyWord = pre.length === 0 ? PARTIES_RE.exec(head) : null;
    // A、B两地的企业: a count of places that qualifies a noun names no parties.
    if (partyWord && head[partyWord.index + (partyWord[0] as string).length] === '的')
      partyWord = null;
    if (pre.length === 0 && !partyWord) {
      // 推动校地共建X / 校企共建X: the kind pair right before (or opening) the trigger.
      const pair = PAIR_HEAD_RE.exec(m.word.startsWith('校企') ? '校企' : head.slice(-2));
      if (pair) partyWord = ['', pair[1] + '双方'] as unknown as RegExpExecArray;
    }
    if (partyWord) {
      // 双方将共建X: the two parties of this or the previous sentence.
      const n = partyWord[1] === '三方' ? 3 : 2;
      // 双方表示，…，共建X: the parties are named before the party word, not after it.
      const wordAt = partyWord.index === undefined ? cl.start : s.start + partyWord.index;
      const earlier = top.filter((x) => x.end <= Math.min(cl.start, wordAt));
      const word = partyWord[1] as string;
      pre = parties(earlier, text, n, word);
      const before = ctx.prev ?? ctx.last;
      // 市产投公司到四川大学科技园交流。…双方围绕…。双方表示…共建X: the pair the article joined
      // a few sentences back, when the sentence before names no pair of its own.
      // A、B、C共建X。…三方共建…: the builders of the last co-building before stand for 三方/双方.
      const builtBefore = before?.builders;
      if (pre.length === 0 && builtBefore && builtBefore.length === n) pre = [...builtBefore];
      // 校地双方 a few sentences after 甲大学与乙市人民政府签约: the pair, when it has those kinds.
      const kinds = TYPED_PARTIES[word];
      if (pre.length === 0 && n === 2 && before && !joinedPair(partyView(before.top), text)) {
        const back = pairBack(ctx, text);
        if (!kinds || typedParties(back, kinds).length === 2) pre = back;
      }
      if (pre.length === 0 && before) pre = parties(partyView(before.top), text, n, word);
    }
    if (pre.length === 0) {
      // A与B签约，…联合打造X: a joined pair earlier in the sentence builds.
      const pair = joinedPair(
        top.filter((x) => x.end <= cl.start),
        text,
      );
      if (pair) pre = pair;
    }
    // A place that opens an earlier clause as its subject stays a builder among many.
    let subjectPlace: ZhMention | undefined;
    if (pre.length === 0) {
      // 甲与乙签署协议，共建X: the builders sit in an earlier clause of the sentence.
      for (
        let c = clauseOf(s, cl.start - 1);
        c.start < cl.start && c.start >= s.start;
        c = clauseOf(s, c.start - 1)
      ) {
        // A place opening the clause is its subject (崇川区积极对接A、B，先后共建…: the place
        // builds with each of them); elsewhere a place is only where things happen.
        // What an earlier trigger builds (将共建X，并联合打造Y) is no builder of Y.
        pre = between(top, c.start, c.end).filter(
          (x) =>
            x.type !== 'Person' &&
            !isLocative(text, x, s.start) &&
            !BUILT_AFTER_RE.test(text.slice(Math.max(c.start, x.start - 6), x.start)) &&
            (x.type !== 'District' || chainStart(ctx.top, x) === c.start),
        );
        // …，与企业共建X: the clause names partners of its own, so the place only brought them in.
        if (!/与|和|同|联合/.test(text.slice(cl.start, at)))
          subjectPlace = pre.find((x) => x.type === 'District');
        else pre = pre.filter((x) => x.type !== 'District');
        if (pre.length > 0 || c.start <= s.start) break;
      }
    }
    if (pre.length === 0) {
      // 该市已与高校院所合作，成立了X和Y: 该市/我县 stand for the article's own place.
      const own = placeWord(ctx, text, s.start, at);
      if (own) pre = [own];
    }
    if (pre.length === 0) {
      // 一是共建A；二是共建B / 共同建设…，共建C: a subjectless clause keeps the builders of the
      // last co-building in this or the previous sentence (Chinese drops repeated subjects).
      const carried = ctx.builders ?? ctx.prev?.builders;
      if (carried) pre = [...carried];
    }
    // X由A与B共建 / X是A与B合作共建的…: the built thing opens the clause, its builders follow.
    const opener = pre[0];
    if (
      !target &&
      opener !== undefined &&
      pre.length >= 2 &&
      isBuilt(opener) &&
      (PASSIVE_RE.test(text.slice(opener.end, (pre[1] as ZhMention).start)) ||
        PASSIVE_OPEN_RE.test(text.slice(opener.end, opener.end + 2)))
    )
      target = opener;
    if (!target && passiveOf) target = passiveOf;
    // X位于Y，是A与B共建的研发平台: a clause opening with 是 and ending in 共建的… describes the
    // sentence's subject.
    if (
      !target &&
      opener !== undefined &&
      (text[cl.start] === '是' || text[cl.start] === '系') &&
      text[at + m.word.length] === '的' &&
      cl.start > s.start
    ) {
      const subject = top.find((x) => x.start === s.start && x.end <= cl.start);
      if (subject && isBuilt(subject)) target = subject;
    }
    // X是一所…高校，由A、B和C共建: a clause opening with 由 builds the sentence's subject.
    if (!target && opener !== undefined && text[cl.start] === '由') {
      const subject = top.find(
        (x) =>
          x.end <= cl.start && (x.start === s.start || '，,：'.includes(text[x.start - 1] ?? '')),
      );
      if (subject && isBuilt(subject)) target = subject;
    }
    if (!target && pre.length >= 3) {
      const last = pre[pre.length - 1] as ZhMention;
      // A、B、C共建…: the last item of a list of builders is one of them, not the built thing.
      const gap = text.slice((pre[pre.length - 2] as ZhMention).end, last.start);
      if (isBuilt(last) && !LIST_GAP_RE.test(gap)) target = last;
    }
    if (target) pre = pre.filter((x) => x !== target);
    // 支持嘉兴学院创建嘉兴大学: a school that 创建/成立 a university on its own becomes it (an
    // upgrade or a renaming), it builds nothing with anyone.
    if (
      target?.type === 'University' &&
      NAMED_ONLY.has(m.word) &&
      target.canonical.endsWith('大学') &&
      pre.length > 0 &&
      pre.every((x) => x.type === 'University')
    )
      continue;
    // A place among three or more builders is usually where it happens, unless 三方 counts it.
    const counted =
      partyWord?.[1] === '三方' || /[三四五多]方$/.test(text.slice(Math.max(cl.start, at - 4), at));
    // A place listed with 、 among the builders (A、云南省西双版纳州、B共建X) is one of them.
    const listed = (x: ZhMention): boolean => text[x.end] === '、' || text[x.start - 1] === '、';
    if (!counted)
      pre = pre.filter(
        (x) => x.type !== 'District' || pre.length <= 2 || listed(x) || x === subjectPlace,
      );
    let conf: number = target ? CONF.named : CONF.pair;
    // 与B共建X / 目前已与B、C共建…: the clause borrows its subject; B and C are its partners.
    const opensWithPartner = PARTNER_HEAD_RE.test(text.slice(cl.start, at));
    const first = pre[0];
    const subject = opensWithPartner ? (lastSubject ?? clauseSubject(ctx, text, cl.start)) : null;
    if (
      subject &&
      first &&
      PARTNER_HEAD_END_RE.test(text.slice(cl.start, first.start)) &&
      !pre.some((x) => sameEntity(x, subject))
    ) {
      pre = [subject, ...pre];
      conf = CONF.borrowed;
      // X…由A牵头，联合B、C共同建设: a passive earlier in the sentence makes X the built thing.
      if (!target && isBuilt(subject) && text.slice(subject.end, cl.start).includes('由')) {
        target = subject;
        pre = pre.filter((x) => x !== subject);
      }
    }
    // 我市与济南大学商定共建X: the clause's own subject is the article's place.
    if (first && !subject && !pre.some((x) => x.type === 'District')) {
      const lead = text.slice(cl.start, first.start);
      if (PLACE_WORD_PARTNER_RE.test(lead)) {
        const own = placeWord(ctx, text, cl.start, first.start);
        if (own) pre = [own, ...pre];
      }
    }
    // 联合A、B两地的骨干企业共建…: names that only qualify an unnamed noun are no builders.
    // 我校 read as a school of a university stands for that university (none named: no builder).
    pre = pre.map((x) => actorOf(ctx, x)).filter((x): x is ZhMention => x !== undefined);
    // (Parties 双方 stands for are named for what they are, A是B的伙伴: they stay.)
    if (!partyWord) pre = dropQualifiers(pre, ctx.top, text);
    // 与A、B、C合作，共建X（A地）、Y（B地）和Z（C地）: each partner builds the one named after it.
    const split = targets.length >= 2 ? distributed(ctx, text, targets, at) : null;
    if (split) {
      pre = pre.filter((x) => !split.partners.some((p) => sameEntity(p, x)));
      if (pre.length === 0 && split.subject) pre = [split.subject];
      for (const [b, t] of split.pairs)
        out.push({ type: 'CO_BUILDS', source: b, target: t, sentence: s, confidence: CONF.pair });
    }
    if (pre.length === 0) continue;
    lastSubject = pre[0] as ZhMention;
    ctx.builders = pre.filter((x) => !targets.includes(x) && x !== target);
    if (target) {
      for (const t of targets.length > 0 ? targets : [target]) {
        for (const src of pre)
          if (!sameEntity(src, t))
            out.push({ type: 'CO_BUILDS', source: src, target: t, sentence: s, confidence: conf });
      }
      // A分别与B、C签约，并分别共建X和Y: B builds X, C builds Y.
      if (!split && targets.length >= 2 && s.text.startsWith('分别', m.index - 2))
        for (const [b, t] of respectively(ctx, text, targets, cl.start))
          out.push({ type: 'CO_BUILDS', source: b, target: t, sentence: s, confidence: CONF.pair });
    } else if (
      pre.length >= 2 &&
      // 先后与A、B共建…with no subject found: A and B are partners of someone unnamed, not a pair.
      !(opensWithPartner && !subject) &&
      // X先后与A、B共建… with X unread: a list after 与 names partners of someone, not a pair.
      !PARTNER_BEFORE_RE.test(
        text.slice(Math.max(s.start, (pre[0] as ZhMention).start - 2), (pre[0] as ZhMention).start),
      ) &&
      !signed &&
      !TOPIC_BEFORE_RE.test(s.text.slice(Math.max(0, m.index - 2), m.index)) &&
      unnamedBuild(text.slice(at + m.word.length, cl.end))
    ) {
      const [a, ...rest] = pre as [ZhMention, ...ZhMention[]];
      for (const b of rest)
        if (!sameEntity(a, b))
          out.push({ type: 'CO_BUILDS', source: a, target: b, sentence: s, confidence: conf });
    }
  }
  out.push(...pairOwned(ctx, text));
  if (s.text.includes('参与')) out.push(...joinedIn(ctx, text, out));
  return out;
}

/** Participants taking part in building, with nothing named after the verb (B、C等单位共同参与筹建。). */
const JOINED_RE = /(?:等[^，。；、]{0,4})?(?:共同)?参与了?(?:筹建|建设|共建|组建)(?=[，。；,;]|$)/g;
/** Joiners of the list of participants. */
const JOINED_LIST_RE = /^(?:、|和|与|及|以及)$/;

/**
 * X由A与B共建，…，C、D等单位共同参与筹建: the participants listed before 参与筹建 (nothing named
 * after it) co-build the one thing the sentence has them build, else the sentence's subject when
 * it can be built.
 */
function joinedIn(ctx: SentenceCtx, text: string, found: readonly ZhRelation[]): ZhRelation[] {
  const s = ctx.sentence;
  const out: ZhRelation[] = [];
  JOINED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = JOINED_RE.exec(s.text)) !== null) {
    const at = s.start + m.index;
    const last = ctx.top.find((x) => x.end === at);
    if (!last || last.type === 'Person' || last.type === 'District') continue;
    const parts = [last];
    for (let k = ctx.top.indexOf(last) - 1; k >= 0; k--) {
      const x = ctx.top[k] as ZhMention;
      if (!JOINED_LIST_RE.test(text.slice(x.end, (parts[0] as ZhMention).start))) break;
      parts.unshift(x);
    }
    const things = new Map<string, ZhMention>();
    for (const r of found)
      if (r.sentence.start === s.start && r.target.end <= at && isBuilt(r.target))
        things.set(r.target.type + ':' + r.target.canonical, r.target);
    let thing = things.size === 1 ? [...things.values()][0] : undefined;
    if (!thing && things.size === 0) {
      const subject = ctx.top.find((x) => x.start === s.start);
      if (subject && isBuilt(subject) && text[subject.end] !== '的') thing = subject;
    }
    // 海川大学、B等单位参与了建设: a participant is no thing they build.
    if (!thing || parts.some((p) => sameEntity(p, thing))) continue;
    for (const p of parts)
      if (!sameEntity(p, thing))
        out.push({
          type: 'CO_BUILDS',
          source: p,
          target: thing,
          sentence: s,
          confidence: CONF.pair,
        });
  }
  return out;
}

/** After a name that qualifies a noun: maybe a count of places or bodies, then 的 (A、B两地的企业). */
const QUALIFIER_AFTER_RE = /^(?:[两三四五六七八九十多几][地市县区省方家所个]?)?的/;
/** Joiners of a list whose items all qualify the same noun. */
const QUALIFIED_LIST_RE = /^(?:、|和|与|及|以及)$/;

/**
 * The builders without the names that only qualify an unnamed noun (与常德市的骨干企业共建…:
 * the firms build, the city does not), with the items listed before such a name (A、B两地的…).
 */
export function dropQualifiers(
  pre: readonly ZhMention[],
  top: readonly ZhMention[],
  text: string,
): ZhMention[] {
  const drop = new Set<ZhMention>();
  for (let k = pre.length - 1; k >= 0; k--) {
    const x = pre[k] as ZhMention;
    // 我校人文学院与B共建…: 我校/该校 right before a name only says whose that name is.
    if (x.kind === 'coref' && top.some((y) => y.start === x.end && y.type !== 'District')) {
      drop.add(x);
      continue;
    }
    const m = QUALIFIER_AFTER_RE.exec(text.slice(x.end, x.end + 3));
    if (!m) continue;
    const after = x.end + m[0].length;
    // A的B: a name right after 的 is what the clause speaks of; A stays (another rule reads it).
    if (
      top.some(
        (y) => y.start === after || (y.start === after + 1 && '“"'.includes(text[after] ?? '')),
      )
    )
      continue;
    drop.add(x);
    for (let j = k - 1; j >= 0; j--) {
      const y = pre[j] as ZhMention;
      const next = pre[j + 1] as ZhMention;
      if (!QUALIFIED_LIST_RE.test(text.slice(y.end, next.start))) break;
      drop.add(y);
    }
  }
  return drop.size === 0 ? [...pre] : pre.filter((x) => !drop.has(x));
}

/** A partner word right before a list of partners (与A、B、C合作). */
const PARTNER_BEFORE_RE = /(?:与|和|同|联合|携手|会同)$/;
/** Characters of a partner's name that a thing built for it repeats (渭南市经开区 → X（渭南）中心). */
const NAME_KEY = 2;

/**
 * 与A、B、C合作，共建X（A地）、Y（B地）和Z（C地）: when the partners listed before the trigger are
 * each named inside exactly one of the built things (by the head of their names, a place as a
 * rule), each builds its own, not all of them. The clause's subject (or the one borrowed from the
 * sentence before) still builds every one. Null when fewer than two partners match so.
 */
function distributed(
  ctx: SentenceCtx,
  text: string,
  targets: readonly ZhMention[],
  at: number,
): { partners: ZhMention[]; pairs: Array<[ZhMention, ZhMention]>; subject?: ZhMention } | null {
  const top = ctx.top;
  let partners: ZhMention[] = [];
  for (const x of top) {
    if (x.end > at) break;
    if (!PARTNER_BEFORE_RE.test(text.slice(Math.max(ctx.sentence.start, x.start - 2), x.start)))
      continue;
    const run = listRun(top, x, text, PARTNER_TYPES).filter((y) => y.end <= at);
    if (run.length >= 2) partners = run;
  }
  if (partners.length < 2) return null;
  const pairs: Array<[ZhMention, ZhMention]> = [];
  for (const p of partners) {
    const keys = new Set([p.canonical.slice(0, NAME_KEY), p.text.slice(0, NAME_KEY)]);
    const own = targets.filter((t) => [...keys].some((k) => t.canonical.includes(k)));
    if (own.length === 1 && !pairs.some(([, t]) => t === own[0]))
      pairs.push([p, own[0] as ZhMention]);
  }
  if (pairs.length < 2) return null;
  const first = partners[0] as ZhMention;
  const found = clauseSubject(ctx, text, first.start);
  const subject =
    found && !partners.includes(found) && !targets.includes(found)
      ? actorOf(ctx, found)
      : undefined;
  return subject ? { partners, pairs, subject } : { partners, pairs };
}

/** Prepositions of place right before a name: the name is a site (在Y举行). */
const SITE_BEFORE = '在于';

/** Types a partner of 分别与 may have. */
const PARTNER_TYPES = BODY_TYPES;

/**
 * The partners of an earlier 分别与B、C… in the sentence paired in order with `targets` (as many
 * partners as targets), else [].
 */
function respectively(
  ctx: SentenceCtx,
  text: string,
  targets: readonly ZhMention[],
  before: number,
): Array<[ZhMention, ZhMention]> {
  const s = ctx.sentence;
  const at = s.text.indexOf('分别与');
  if (at < 0 || s.start + at >= before) return [];
  const first = ctx.top.find((x) => x.start === s.start + at + 3);
  if (!first) return [];
  const partners = listRun(ctx.top, first, text, PARTNER_TYPES);
  if (partners.length !== targets.length) return [];
  return partners.map((p, i) => [p, targets[i] as ZhMention]);
}

/** Words between a quoted built thing and its agreement trigger (X合作共建协议, X共建协议). */
const AGREED_GAP_RE = /^(?:合作)?$/;
/** Opening quote marks of an agreement's title. */
const OPEN_QUOTES = '“《"';

/**
 * 甲与乙、丙签订了“X合作共建协议”: X (named, inside the quoted title, right before the trigger)
 * is built by the parties named before the quote in the same clause.
 */
function agreedBuild(
  ctx: SentenceCtx,
  top: readonly ZhMention[],
  text: string,
  at: number,
): ZhRelation[] {
  const s = ctx.sentence;
  const x = [...top].reverse().find((y) => y.end <= at && isBuilt(y));
  if (!x || !AGREED_GAP_RE.test(text.slice(x.end, at))) return [];
  // The title opens right before X (or X's own opening).
  const open = text.lastIndexOf(OPEN_QUOTES[0] as string, x.start);
  const open2 = text.lastIndexOf(OPEN_QUOTES[1] as string, x.start);
  const q = Math.max(open, open2);
  if (q < s.start || x.start - q > 1) return [];
  const cl = clauseOf(s, q);
  const builders = between(top, cl.start, q).filter(
    (y) => y.type !== 'Person' && !sameEntity(y, x) && !isLocative(text, y, s.start),
  );
  return builders.map((b) => ({
    type: 'CO_BUILDS' as const,
    source: b,
    target: x,
    sentence: s,
    confidence: CONF.pair,
  }));
}

/** Dashes of a joint name (西安交通大学-陕西有色金属集团产业创新研究院). */
const JOINT_NAME_RE = /^(.{2,24}?)[-—－–](.{2,})$/;
/** Types a party of a joint name may have. */
const JOINT_PARTY = new Set(['University', 'Company', 'Institute', 'Other']);

/** Shortest head of a joint name's part looked for inside a named party (龙豆农业 in 龙豆…公司). */
const HOLDER_MIN = 4;

/**
 * The one named firm or school whose name holds the longest head (HOLDER_MIN characters or more)
 * of `part`, else undefined (none, or two that hold it).
 */
function holderOf(
  named: ReadonlyMap<string, ZhMention>,
  part: string,
  self: ZhMention,
): ZhMention | undefined {
  for (let n = part.length - 1; n >= HOLDER_MIN; n--) {
    const head = part.slice(0, n);
    let found: ZhMention | undefined;
    let count = 0;
    for (const y of named.values())
      if (
        (y.type === 'Company' || y.type === 'University') &&
        !sameEntity(y, self) &&
        y.canonical.includes(head)
      ) {
        found = y;
        count++;
      }
    if (count === 1) return found;
    if (count > 1) return undefined;
  }
  return undefined;
}

/**
 * A joint name built by its two parties: A-B研究院 with A and B named elsewhere in the text →
 * CO_BUILDS A → X and B → X (the name itself says who builds it).
 */
export function jointNameBuilds(
  ctx: SentenceCtx,
  named: ReadonlyMap<string, ZhMention>,
): ZhRelation[] {
  const out: ZhRelation[] = [];
  for (const x of ctx.top) {
    if (!isBuilt(x)) continue;
    const m = JOINT_NAME_RE.exec(x.canonical);
    if (!m) continue;
    const left = named.get(m[1] as string);
    const rest = m[2] as string;
    let right: ZhMention | undefined;
    for (let n = rest.length - 1; n >= 2 && !right; n--) {
      const cand = named.get(rest.slice(0, n));
      if (cand && JOINT_PARTY.has(cand.type)) right = cand;
    }
    // 东农-龙豆农业科技研发中心 with 黑龙江省龙豆农业科技发展有限公司 named: the longest head of
    // the second part that lies inside the name of one firm or school only.
    if (!right) right = holderOf(named, rest, x);
    for (const party of [left, right])
      if (party && JOINT_PARTY.has(party.type) && !sameEntity(party, x))
        out.push({
          type: 'CO_BUILDS',
          source: party,
          target: x,
          sentence: ctx.sentence,
          confidence: 0.8,
        });
  }
  return out;
}

/** 参与 (+ a building verb) after a lead: the participants build with the leader. */
const JOIN_RE =
  /^(?:等[^，。；参]{0,8})?(?:共同)?(?:参与|参加)了?(?:共同建设|合作共建|共建|建设|组建|筹建|打造)?/;
/** Types that can lead or take part in building. */
const LEADERS = BODY_TYPES;

/**
 * 由A牵头、B(、C)参与建设X / X由A牵头、B参与建设: the leader and the participants co-build X (or,
 * with nothing named, one edge between the leader and each participant).
 */
export function ledBuilds(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  let at = s.text.indexOf('牵头');
  for (; at >= 0; at = s.text.indexOf('牵头', at + 2)) {
    const pos = s.start + at;
    const leader = ctx.top.find((x) => x.end === pos && LEADERS.has(x.type));
    if (leader && text[leader.start - 1] !== '由') {
      out.push(...leadThenJoin(ctx, text, leader, pos + 2));
      continue;
    }
    if (!leader) continue;
    // Participants: actors after 牵头 up to 参与, in this clause or the next one.
    const parts: ZhMention[] = [];
    let join = -1;
    let verb = false;
    let edge = pos + 2;
    for (const x of ctx.top) {
      if (x.start < pos + 2) continue;
      // 牵头，B、C参与: the participants follow the lead as one list.
      if (!LEADERS.has(x.type) || x.start - edge > 2) break;
      edge = x.end;
      parts.push(x);
      const m = JOIN_RE.exec(text.slice(x.end, x.end + 8));
      if (m) {
        join = x.end + m[0].length;
        verb = /建|打造/.test(m[0]);
        break;
      }
    }
    if (join < 0 || parts.length === 0) continue;
    const named = ctx.top.find((x) => x.start >= join && x.start - join <= 1 && isBuilt(x));
    const before = ctx.top.find((x) => x.end === leader.start - 1 && isBuilt(x));
    const target = named ?? before;
    const builders = [leader, ...parts.filter((x) => x !== target)];
    if (target) {
      for (const b of builders)
        if (!sameEntity(b, target))
          out.push({ type: 'CO_BUILDS', source: b, target, sentence: s, confidence: CONF.pair });
    } else if (verb) {
      // Nothing named is built: the leader and each participant get one edge.
      for (const b of parts)
        if (!sameEntity(b, leader))
          out.push({ type: 'CO_BUILDS', source: leader, target: b, sentence: s, confidence: 0.7 });
    }
  }
  return out;
}

/** A building verb right after 牵头 (A牵头组建X). */
const LEAD_VERB_RE = /^(?:组建|建设|成立|筹建|打造|设立|共建)了?/;

/**
 * A牵头组建X，B、C等单位参与: the leader builds X and the list of the next clause takes part, so
 * each of them co-builds X too.
 */
function leadThenJoin(
  ctx: SentenceCtx,
  text: string,
  leader: ZhMention,
  from: number,
): ZhRelation[] {
  const out: ZhRelation[] = [];
  const v = LEAD_VERB_RE.exec(text.slice(from, from + 3));
  if (!v) return out;
  const x = ctx.top.find((y) => y.start === from + v[0].length && isBuilt(y));
  if (!x || (text[x.end] !== '，' && text[x.end] !== ',')) return out;
  const first = ctx.top.find((y) => y.start === x.end + 1 && LEADERS.has(y.type));
  if (!first) return out;
  const parts = listRun(ctx.top, first, text, LEADERS);
  const last = parts[parts.length - 1] as ZhMention;
  if (!JOIN_RE.exec(text.slice(last.end, last.end + 10))?.[0]) return out;
  for (const b of [leader, ...parts])
    if (!sameEntity(b, x))
      out.push({
        type: 'CO_BUILDS',
        source: b,
        target: x,
        sentence: ctx.sentence,
        confidence: CONF.pair,
      });
  return out;
}

/** A partner word between two builders (A携手B打造X, A联合B组建X). */
const WITH_RE = /^(?:携手|联合|会同|牵手)$/;
/** A building verb right after the partner, before the named thing. */
const BUILD_VERB_RE = /^(?:共同|一起|合作)?(?:打造|建设|组建|成立|设立|创建|建立|筹建)了?/;
/** 与 after a time or adverbs (A早在2012年就与B…): still joins A and B. */
const LOOSE_WITH_RE = /^[^，。；：、“”]{0,10}?(?:与|同)$/;

/** The first pair of actors joined by 与/同 with a time or adverbs between (A早在2012年就与B). */
function loosePair(ms: readonly ZhMention[], text: string): ZhMention[] | null {
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k] as ZhMention;
    const b = ms[k + 1] as ZhMention;
    if (a.type === 'Person' || b.type === 'Person' || sameEntity(a, b)) continue;
    if (LOOSE_WITH_RE.test(text.slice(a.end, b.start))) return [a, b];
  }
  return null;
}

/** 共同推进X建设 / 启动了X的建设: the builders push or start the building of X. */
const PUSH_BEFORE_RE = /(?:共同(?:推进|推动|加快|加强)|启动了?)$/;

/**
 * A携手B打造X / A联合B组建X: a partner word and a plain building verb; 共同推进X建设 with a pair
 * joined earlier in the sentence (A与B开展合作，共同推进X建设).
 */
export function partneredBuilds(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const top = partyView(ctx.top);
  const s = ctx.sentence;
  const push = (src: ZhMention, t: ZhMention): void => {
    if (!sameEntity(src, t))
      out.push({ type: 'CO_BUILDS', source: src, target: t, sentence: s, confidence: CONF.pair });
  };
  for (let k = 0; k + 2 < top.length; k++) {
    const a = top[k] as ZhMention;
    const b = top[k + 1] as ZhMention;
    const x = top[k + 2] as ZhMention;
    if (a.type === 'Person' || b.type === 'Person' || !isBuilt(x)) continue;
    if (b.start - a.end !== 2 || !WITH_RE.test(text.slice(a.end, b.start))) continue;
    const v = BUILD_VERB_RE.exec(text.slice(b.end, x.start));
    if (!v || v[0].length !== x.start - b.end) continue;
    push(a, x);
    push(b, x);
  }
  for (const x of top) {
    if (!isBuilt(x) || !(text.startsWith('建设', x.end) || text.startsWith('的建设', x.end)))
      continue;
    if (!PUSH_BEFORE_RE.test(text.slice(Math.max(s.start, x.start - 4), x.start))) continue;
    const earlier = top.filter((y) => y.end <= x.start);
    const pair = joinedPair(earlier, text) ?? loosePair(earlier, text);
    if (pair) for (const p of pair) push(p, x);
  }
  return out;
}
