import type { RelationType } from '../ontology';
import { LEXICON } from './lexicon';
import type { Literals } from './literals';
import type { ZhMention } from './mention';
import {
  chainStart,
  listRun,
  sameEntity,
  tieKey,
  triggerWords,
  type SentenceCtx,
  type ZhRelation,
} from './relContext';
import { placeLevel } from './relLocated';
import { dropQualifiers, isBuilt, unnamedBuild } from './relCoBuilds';
import { actorOf } from './relUnits';
import {
  ACTING,
  classReferent,
  clausesOf,
  ownSubject,
  subjectOf,
  subjectPartners,
  withRole,
  type Clause,
} from './relRoles';

/**
 * The general relation layer: in each clause, a trigger word of a relation type and the roles of
 * the names around it (agent before it, partner after 与, recipient after 向/为, site after 在, the
 * named thing after it). Where the clause names no agent, the sentence's subject acts, else the
 * subject carried from the sentence before. Lower confidence than the sentence-shaped rules,
 * which keep priority (the pipeline drops what they already found).
 */
const CONF = Object.freeze({
  /** The agent is named in the trigger's own clause. */
  clause: 0.55,
  /** The agent is the sentence's subject. */
  subject: 0.5,
  /** The agent is the subject carried from an earlier sentence. */
  carried: 0.49,
});

const CL = LEXICON.triggers.clause;
const CO_BUILDS = triggerWords([...LEXICON.triggers.coBuilds, ...CL.coBuilds]);
const CO_BUILDS_NAMED = triggerWords([...LEXICON.triggers.coBuildsNamed, ...CL.coBuildsNamed]);
const SUPPORTS = triggerWords(CL.supports);
const PROVIDED = triggerWords(CL.provided);
const SERVICE_CONTRACT = triggerWords(CL.serviceContracts);
const TRANSFERS = triggerWords(CL.transfers);
const LOCATED = triggerWords(CL.locatedIn);
/** Every trigger, for one cheap test per sentence. */
const ANY = triggerWords([
  ...LEXICON.triggers.coBuilds,
  ...CL.coBuilds,
  ...LEXICON.triggers.coBuildsNamed,
  ...CL.coBuildsNamed,
  ...CL.supports,
  ...CL.provided,
  ...CL.serviceContracts,
  ...CL.transfers,
  ...CL.locatedIn,
]);

/**
 * A clause that opens with no subject of its own: adverbs, then a preposition or the trigger
 * (累计向B转让…, 先后与B共建…); 会上以…转让 or 各高校学院位于… have one the text does not name.
 */
const SUBJECTLESS_RE = new RegExp(
  `^(?:${[...CL.openingWords, ...CL.adverbs].join('|')})*(?:${[
    ...CL.partnerPreps,
    ...CL.recipientPreps,
    ...CL.sitePreps,
  ].join('|')}|$)`,
);
/** A co-building trigger right before a name: the name is the built thing, not an actor. */
const BUILT_OBJECT_RE = new RegExp(
  `(?:${[...LEXICON.triggers.coBuilds, ...CL.coBuilds].join('|')})(?:了|的)?[“"]?$`,
);
/** Only adverbs between a thing and its place verb (X已正式落户Y). */
const ADVERBS_RE = new RegExp(`^(?:${[...CL.openingWords, ...CL.adverbs].join('|')})*$`);
/** Roles of names that act or are acted on: with one before the trigger, no subject is carried. */
const ACTS: ReadonlySet<string> = new Set(['agent', 'other', 'passive']);
/** Types that can be the co-built thing. */
const BUILT = new Set(['Lab', 'Institute', 'Fund']);
/** What can be supported. */
const SUPPORTED = new Set(['Company', 'Lab', 'Institute', 'University', 'ResearchTeam']);
/** Where technology comes from. */
const ORIGINS = new Set(['University', 'Institute', 'Lab', 'ResearchTeam', 'Person']);
/** Who receives it. */
const RECEIVERS = new Set(['Company', 'Lab', 'Institute', 'District']);
/** What sits in a place. */
const SITED = new Set(['Lab', 'Institute', 'Company', 'University', 'ResearchTeam']);

/** Between a trigger and the named thing it builds (共建了X, 共建的X). */
const BUILT_GAP_RE = /^(?:了|起|成|的|出)?[“"]?$/;
/** A partner word with no name after it (与企业共建, 联合高校…). */
const PARTNER_WORD_RE =
  /(?:与|和|同|联合|携手)[^，。；：]{0,4}(?:企业|高校|院所|单位|机构|团队|公司|部门)/;
/** Words after a named thing that make it qualify another (X生产线, X项目, X协议). */
const QUALIFIED_RE = /^(?:生产线|项目|协议|合同|框架|专项)/;
/** An unnamed object that is an agreement or cooperation (共建合作, 共建…项目, 签署共建协议). */
const AGREED_RE = /^(?:合作|事宜|工作)|项目|协议|合同|备忘录/;
/** Between a support verb and who is supported (支持了X, 服务好X). */
const SUPPORTED_GAP_RE = /^(?:了|好|着)?$/;
/** A support verb used as a noun (X的支持, 大力支持下): another rule reads it. */
const SUPPORT_NOUN_BEFORE_RE = /(?:的|在)$/;
/** Words before a recipient named by its class word (给予研究院…支持, 为研究院提供…). */
const GRANT = triggerWords(['给予', '为']);
/** What is granted after 给予B (资金支持, 大力扶持). */
const GRANTED_RE = /^[\u4e00-\u9fff]{2,6}?[^，。；：]{0,8}?(?:支持|扶持|资助|帮助|支撑|保障)/;
/** What is provided after 为B (为研究院提供办公场地, 提供技术支撑). */
const PROVIDED_AFTER_RE = /^[\u4e00-\u9fff]{2,6}?[^，。；：]{0,4}?提供/;
/** 提供 between a recipient and what is provided (为B提供技术支撑). */
const PROVIDE_RE = /提供/;
/** A field, not an act (在成果转化方面, 技术转移中心): no transfer. */
const FIELD_AFTER_RE =
  /^(?:[\u4e00-\u9fff]{0,2}?)(?:等)?(?:方面|领域|中心|机构|平台|基地|体系|机制|工作|服务|能力|效率|率)/;
/** Results named right after their owner (X科技成果, X的专利, X研发的技术). */
const RESULTS_AFTER_RE = /^(?:的|研发的|研制的)?(?:科技|科研|创新|技术)?(?:成果|专利|技术)/;
/** Prepositions of a transfer's receiver before the trigger (向B转让, 给B授权). */
const TO_BEFORE_RE = /(?:向|给)$/;

type Push = (type: RelationType, source: ZhMention, target: ZhMention, conf: number) => void;

/** The general relations of one sentence. */
export function clauseRelations(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  if (!holds(ANY, ctx.sentence.text)) return out;
  const clauses = clausesOf(ctx, text);
  // A sentence without a subject of its own reads the one before (subjectOf reads it lazily).
  const subject = subjectOf(ctx, text, clauses);
  const s = ctx.sentence;
  const push: Push = (type, source, target, confidence) => {
    if (sameEntity(source, target)) return;
    out.push({ type, source, target, sentence: s, confidence });
  };
  const own = (c: Clause) => ownSubject(ctx, text, clauses, c.start);
  for (const c of clauses) {
    const body = text.slice(c.start, c.end);
    // A clause holding no trigger word gives no tie: skip its eight rule scans.
    if (!holds(ANY, body)) continue;
    // The acting names of the clause's trigger at `p`: its own agents, else a class word opening
    // the clause, else the sentence's subject before the clause, else the one carried over.
    const agents = (p: number, types: ReadonlySet<string>): [ZhMention[], number] => {
      const mine = c.ms
        .filter(
          (m, k) =>
            m.end <= p &&
            c.roles[k] === 'agent' &&
            types.has(m.type) &&
            text[m.end] !== '的' &&
            // 我校人文学院与B…: 我校 right before a name only says whose that name is.
            !(m.kind === 'coref' && c.ms.some((y) => y.start === m.end && y.type !== 'District')),
        )
        .map((m) => actorOf(ctx, m))
        .filter((m): m is ZhMention => m !== undefined);
      if (mine.length > 0) return [mine, CONF.clause];
      if (c.ms.length === 0 || (c.ms[0] as ZhMention).start > c.start) {
        const ref = classReferent(ctx, text, c.start);
        if (ref && types.has(ref.type)) return [[ref], CONF.clause];
      }
      const before = own(c);
      if (before.length > 0) return [before.filter((x) => types.has(x.type)), CONF.subject];
      // The subject carried from the sentence before, only into a sentence that names no actor
      // of its own before the trigger (partners, recipients and sites aside).
      const acts = clauses.some((e) =>
        e.ms.some(
          (m, k) =>
            m.end <= p &&
            ACTS.has(e.roles[k] as string) &&
            // 将共建X，并联合打造Y: what an earlier trigger builds names no new actor.
            !BUILT_OBJECT_RE.test(text.slice(Math.max(e.start, m.start - 6), m.start)),
        ),
      );
      if (
        acts ||
        !SUBJECTLESS_RE.test(text.slice(c.start, p)) ||
        ownSubject(ctx, text, clauses, s.end).length > 0
      )
        return [[], CONF.subject];
      return [subject.filter((x) => types.has(x.type)), CONF.carried];
    };
    coBuilds(ctx, text, c, body, clauses, agents, push);
    supports(ctx, text, c, body, agents, push);
    transfers(ctx, text, c, body, agents, push);
    located(ctx, text, c, body, agents, push);
  }
  return out;
}

type Agents = (p: number, types: ReadonlySet<string>) => [ZhMention[], number];

/** Each match of `words` in the clause body, left to right without overlap: absolute start, end, word. */
function matches(words: Literals, body: string, from: number): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (
    let m = words.next(body, 0, body.length);
    m;
    m = words.next(body, m.index + m.word.length, body.length)
  )
    out.push([from + m.index, from + m.index + m.word.length, m.word]);
  return out;
}

/** True when `text` holds one of `words`. */
function holds(words: Literals, text: string): boolean {
  return words.next(text, 0, text.length) !== null;
}

/**
 * True when the trigger at `p` is no act of the clause: part of a name, or inside a quotation
 * (a slogan or a title: “大力支持X…”的决策).
 */
function inName(ctx: SentenceCtx, p: number): boolean {
  if (ctx.all.some((m) => m.start <= p && p < m.end)) return true;
  const t = ctx.sentence.text;
  const i = p - ctx.sentence.start;
  const open = Math.max(t.lastIndexOf('“', i), t.lastIndexOf('《', i));
  return open >= 0 && open > Math.max(t.lastIndexOf('”', i), t.lastIndexOf('》', i));
}

/** The name right after `q` in the clause whose gap passes `gap` and whose type is in `types`. */
function nameAfter(
  c: Clause,
  text: string,
  q: number,
  gap: RegExp,
  types: ReadonlySet<string>,
): ZhMention | undefined {
  const x = c.ms.find((m) => m.start >= q);
  if (!x || !types.has(x.type) || x.start - q > 3 || !gap.test(text.slice(q, x.start)))
    return undefined;
  return x;
}

/**
 * CO_BUILDS: the clause's builders (agents, 与/联合 partners, 由 passive agents) and the named
 * thing after the trigger; a passive (X由A牵头…共同建设) builds the subject; no thing named → one
 * edge between the builders and each partner.
 */
function coBuilds(
  ctx: SentenceCtx,
  text: string,
  c: Clause,
  body: string,
  clauses: readonly Clause[],
  agents: Agents,
  push: Push,
): void {
  const seen = new Set<number>();
  const handle = (p: number, q: number, named: boolean): void => {
    if (seen.has(p) || inName(ctx, p)) return;
    seen.add(p);
    const before = (m: ZhMention) => m.end <= p;
    const lead = text.slice(c.start, p);
    // 与常德市的骨干企业共建: a name that only qualifies an unnamed partner is none.
    const listed = withRole(c, 'partner').filter((m) => before(m) && ACTING.has(m.type));
    const partners = dropQualifiers(listed, ctx.top, text);
    const qualified = partners.length < listed.length;
    // 与企业共建 / 由五粮液出资组建: a partner or agent the text does not name leaves the roles open.
    if (partners.length === 0 && (PARTNER_WORD_RE.test(lead) || qualified)) return;
    if (withRole(c, 'passive').filter(before).length === 0 && lead.includes('由')) return;
    let passive = withRole(c, 'passive').filter((m) => before(m) && ACTING.has(m.type));
    // 由A牵头，联合B共同建设: the passive agent of an earlier clause of the sentence.
    if (passive.length === 0 && withRole(c, 'agent').filter(before).length === 0)
      for (const e of clauses) {
        if (e.start >= c.start) break;
        passive = passive.concat(withRole(e, 'passive').filter((m) => ACTING.has(m.type)));
      }
    let thing = nameAfter(c, text, q, BUILT_GAP_RE, BUILT) ?? classAfter(ctx, text, q, BUILT);
    // 搭建X生产线, 共建X项目: the name only qualifies another thing.
    if (thing && QUALIFIED_RE.test(text.slice(thing.end, thing.end + 3))) thing = undefined;
    if (passive.length > 0) {
      // X由A、B共建: X is the clause's agent, else the sentence's subject.
      const [subj] = agents(p, ACTING);
      const target = thing ?? subj.find(isBuilt);
      // 由A出资组建X: one body's own work, unless X is the subject (X由A牵头建设).
      if (!target || (thing && passive.length + partners.length < 2)) return;
      for (const b of [...passive, ...partners]) push('CO_BUILDS', b, target, CONF.subject);
      return;
    }
    // A weak verb (成立, 组建, 建设) builds jointly only with a partner or a list of builders in
    // its own clause (A将在Y建设X is one builder's work).
    const ownAgents = withRole(c, 'agent').filter(before);
    if (!named && partners.length === 0 && ownAgents.length < 2) return;
    const [acting, conf] = agents(p, ACTING);
    // A与B签约。…将共建X: a carried subject brings the partner it was joined to, unless this
    // sentence names partners of its own (与C合作，共建X: C, not B, builds with A).
    const ownPartners = clauses.some(
      (e) => e.start <= c.start && withRole(e, 'partner').some((m) => m.end <= p),
    );
    const carried = conf === CONF.carried && !ownPartners ? subjectPartners(ctx) : [];
    // A与B全面合作暨C与D共建X: 暨 joins two events; names before it build nothing here.
    const also = text.lastIndexOf('暨', p);
    const builders = [...acting, ...partners, ...carried].filter(
      (x) => x !== thing && !(also >= c.start && x.end <= also),
    );
    if (thing) {
      for (const t of listRun(c.ms, thing, text, BUILT))
        for (const b of builders) push('CO_BUILDS', b, t, conf);
      return;
    }
    if (!named || !unnamedBuild(text.slice(q, c.end)) || AGREED_RE.test(text.slice(q, c.end)))
      return;
    // Nothing named after the trigger, or a name that is no built thing: no unnamed edge then.
    if (c.ms.some((m) => m.start >= q)) return;
    if (partners.length > 0) {
      for (const a of acting) for (const b of partners) push('CO_BUILDS', a, b, conf);
    }
  };
  for (const [p, q] of matches(CO_BUILDS, body, c.start)) handle(p, q, true);
  for (const [p, q] of matches(CO_BUILDS_NAMED, body, c.start)) {
    if (nameAfter(c, text, q, BUILT_GAP_RE, BUILT)) handle(p, q, false);
  }
}

/** The unit a class word right after `q` stands for (支持研究院…), if of one of `types`. */
function classAfter(
  ctx: SentenceCtx,
  text: string,
  q: number,
  types: ReadonlySet<string>,
): ZhMention | undefined {
  const at = text[q] === '了' ? q + 1 : q;
  if (ctx.all.some((m) => m.start <= at && at < m.end)) return undefined;
  const ref = classReferent(ctx, text, at);
  return ref && types.has(ref.type) ? ref : undefined;
}

/**
 * SUPPORTS: 支持/助力/服务B (B named right after the verb); 为B…提供…支撑/服务 (B a recipient);
 * 由A提供…支撑 (A supports the subject); A与B签订技术服务合同.
 */
function supports(
  ctx: SentenceCtx,
  text: string,
  c: Clause,
  body: string,
  agents: Agents,
  push: Push,
): void {
  for (const [p, q] of matches(SUPPORTS, body, c.start)) {
    if (inName(ctx, p) || SUPPORT_NOUN_BEFORE_RE.test(text.slice(p - 1, p))) continue;
    const target =
      nameAfter(c, text, q, SUPPORTED_GAP_RE, SUPPORTED) ?? classAfter(ctx, text, q, SUPPORTED);
    if (!target) continue;
    const [backers, conf] = agents(p, ACTING);
    for (const t of listRun(c.ms, target, text, SUPPORTED))
      for (const b of backers) push('SUPPORTS', b, t, conf);
  }
  for (const [p] of matches(PROVIDED, body, c.start)) {
    if (inName(ctx, p)) continue;
    const gapOk = (m: ZhMention) => m.end <= p && PROVIDE_RE.test(text.slice(m.end, p));
    const recipients = withRole(c, 'recipient').filter(
      (m) =>
        gapOk(m) && (SUPPORTED.has(m.type) || m.type === 'District') && text[m.start - 1] === '为',
    );
    const passive = withRole(c, 'passive').filter((m) => gapOk(m) && ACTING.has(m.type));
    if (recipients.length > 0) {
      const first = recipients[0] as ZhMention;
      const [backers, conf] = agents(first.start, ACTING);
      for (const t of listRun(c.ms, first, text, new Set([...SUPPORTED, 'District'])))
        for (const b of backers) push('SUPPORTS', b, t, conf);
    } else if (passive.length > 0) {
      // Y…，由A提供技术支撑: A supports the sentence's subject.
      const [subj] = agents(p, SUPPORTED);
      const target = subj[0];
      if (target) for (const b of passive) push('SUPPORTS', b, target, CONF.subject);
    }
    break;
  }
  // 给予研究院大力支持 / 为研究院提供场地: a unit named back by its class word after 给予/为.
  for (const [p, q, w] of matches(GRANT, body, c.start)) {
    const target =
      c.ms.find((m) => m.start === q && SUPPORTED.has(m.type)) ??
      classAfter(ctx, text, q, SUPPORTED);
    if (!target) continue;
    const rest = text.slice(q, c.end);
    if (!(w === '给予' ? GRANTED_RE : PROVIDED_AFTER_RE).test(rest)) continue;
    const [backers, conf] = agents(p, ACTING);
    for (const b of backers) push('SUPPORTS', b, target, conf);
  }
  for (const [p] of matches(SERVICE_CONTRACT, body, c.start)) {
    // A分别与B、C签订了技术服务合同: A serves B and C.
    const clients = withRole(c, 'partner').filter((m) => m.end <= p && SUPPORTED.has(m.type));
    if (clients.length === 0) continue;
    const [backers, conf] = agents(p, ACTING);
    for (const t of clients) for (const b of backers) push('SUPPORTS', b, t, conf);
  }
}

/**
 * TRANSFERS_TO: the origin (agent of a research type) and the receiver: 向/给B before the trigger,
 * the name right after 转让给, or the site of 在B实现产业化/落地.
 */
function transfers(
  ctx: SentenceCtx,
  text: string,
  c: Clause,
  body: string,
  agents: Agents,
  push: Push,
): void {
  for (const [p, q, w] of matches(TRANSFERS, body, c.start)) {
    if (inName(ctx, p) || FIELD_AFTER_RE.test(text.slice(q, q + 6))) continue;
    let receivers: ZhMention[] = [];
    if (w.endsWith('给')) {
      const x = c.ms.find((m) => m.start >= q && m.start - q <= 1 && RECEIVERS.has(m.type));
      if (x) receivers = listRun(c.ms, x, text, RECEIVERS);
    }
    if (receivers.length === 0) {
      const to = withRole(c, 'recipient').filter(
        (m) => m.end <= p && RECEIVERS.has(m.type) && m.type !== 'District',
      );
      const first = to.find((m) => TO_BEFORE_RE.test(text.slice(m.start - 1, m.start)));
      if (first) receivers = to.filter((m) => m.start >= first.start);
    }
    if (receivers.length === 0) {
      // 在B实现产业化: the last site of the clause before the trigger, within a few words of it.
      const at = withRole(c, 'site').filter((m) => m.end <= p && RECEIVERS.has(m.type));
      const last = at[at.length - 1];
      if (last && p - last.end <= 8) receivers = [last];
    }
    if (receivers.length === 0) continue;
    // X(的)科技成果在B转化: X, named before its results in the clause, is the origin.
    const owner = c.ms.find(
      (m) =>
        m.end <= p && ORIGINS.has(m.type) && RESULTS_AFTER_RE.test(text.slice(m.end, m.end + 6)),
    );
    const ownerActor = owner && actorOf(ctx, owner);
    const [origins, conf]: [ZhMention[], number] = ownerActor
      ? [[ownerActor], CONF.clause]
      : agents(p, ORIGINS);
    for (const r of receivers) for (const o of origins) push('TRANSFERS_TO', o, r, conf);
  }
}

/** LOCATED_IN: the clause's thing (agent, else subject) 位于/落户/入驻 the District right after. */
function located(
  ctx: SentenceCtx,
  text: string,
  c: Clause,
  body: string,
  agents: Agents,
  push: Push,
): void {
  for (const [p, q] of matches(LOCATED, body, c.start)) {
    if (inName(ctx, p)) continue;
    // 选址射洪经济开发区锂电产业园: the clause keeps the last place of a chain; its gap counts
    // from the chain's start.
    const place = c.ms.find((m) => m.start >= q && chainStart(ctx.top, m) - q <= 1);
    if (
      !place ||
      place.type !== 'District' ||
      !/^(?:于|在)?$/.test(text.slice(q, chainStart(ctx.top, place)))
    )
      continue;
    // 入驻X的A、B等企业: the names after the place and 的 are what sits there.
    const next = c.ms.find((m) => m.start === place.end + 1);
    if (text[place.end] === '的' && next && SITED.has(next.type)) {
      for (const t of listRun(c.ms, next, text, SITED)) push('LOCATED_IN', t, place, CONF.clause);
      continue;
    }
    const [things, conf] = agents(p, SITED);
    // X团队的成果落户Y: what lands is X's, not X; the thing stands right before the verb.
    // The zones and districts heading the place in its chain hold the thing too (a city or a
    // province heading it is left out: 南京市江北新区 → 江北新区 only).
    const sites = [place, ...zonesBefore(ctx, place)];
    for (const t of things)
      if (t.end > c.start ? ADVERBS_RE.test(text.slice(t.end, p)) : true)
        for (const site of sites) push('LOCATED_IN', t, site, conf);
  }
}

/** The places of district level or below named right before `place` in one chain. */
function zonesBefore(ctx: SentenceCtx, place: ZhMention): ZhMention[] {
  const out: ZhMention[] = [];
  let start = place.start;
  for (let k = ctx.top.indexOf(place) - 1; k >= 0; k--) {
    const x = ctx.top[k] as ZhMention;
    if (x.type !== 'District' || x.end !== start) break;
    if (placeLevel(x.canonical) >= 3) out.push(x);
    start = x.start;
  }
  return out;
}

/**
 * The general ties the sentence-shaped rules did not find: none of the same type between the same
 * entities, none of a one-source type (support, transfer, place) for a target a rule already tied
 * in that sentence, and no second owner for a unit a rule already placed.
 */
export function keepNew(
  specific: readonly ZhRelation[],
  general: readonly ZhRelation[],
): ZhRelation[] {
  const keys = new Set<string>();
  const targets = new Set<string>();
  const owned = new Set<string>();
  // Who builds which named thing: an unnamed pair of two who build one named thing is that one.
  const builds = new Map<string, Set<string>>();
  for (const r of specific) {
    keys.add(tieKey(r));
    if (r.type === 'CO_BUILDS' && BUILT.has(r.target.type)) {
      const k = r.source.type + ':' + r.source.canonical;
      const set = builds.get(k) ?? new Set<string>();
      set.add(r.target.type + ':' + r.target.canonical);
      builds.set(k, set);
    }
    if (r.type !== 'CO_BUILDS')
      targets.add(`${r.type}|${r.sentence.start}|${r.target.type}:${r.target.canonical}`);
    if (r.type === 'PART_OF') owned.add(r.source.type + ':' + r.source.canonical);
  }
  const kept = general.filter((r) => {
    if (keys.has(tieKey(r))) return false;
    if (r.type === 'PART_OF') return !owned.has(r.source.type + ':' + r.source.canonical);
    if (r.type === 'CO_BUILDS') {
      if (BUILT.has(r.target.type)) return true;
      const a = builds.get(r.source.type + ':' + r.source.canonical);
      const b = builds.get(r.target.type + ':' + r.target.canonical);
      return !a || !b || ![...a].some((x) => b.has(x));
    }
    return !targets.has(`${r.type}|${r.sentence.start}|${r.target.type}:${r.target.canonical}`);
  });
  return kept;
}
