import type { EntityType } from '../ontology';
import fallbackData from '../data/zh/fallback.json';
import type { ZhMention } from './mention';
import { LEXICON } from './lexicon';
import {
  BODY_TYPES,
  RESEARCH_HOMES,
  tieKey,
  triggerWords,
  type SentenceCtx,
  type ZhRelation,
} from './relContext';

/**
 * The permissive fallback layer: ties stated by the shape of a name (a unit named after its
 * owner), by a title between a body and a person, or by a trigger class wider than the specific
 * layers read (jointly applied-for centres, hired posts, support roles as nouns), with the roles
 * filled by entity type. Lower confidence than every other layer; the pipeline keeps only ties
 * the other layers did not find.
 */
const CONF = Object.freeze({
  /** A unit whose name starts with its owner's full name. */
  contained: 0.9,
  /** A park named after the place it lies in. */
  placed: 0.6,
  /** Parts listed after a word of composition. */
  composed: 0.5,
  /** A person named right after a body and a title. */
  titled: 0.6,
  /** A named expert brought in for a post. */
  hired: 0.6,
  /** A thing jointly applied for or stated as the builders' joint project. */
  joint: 0.5,
  /** Support stated as a noun (起到支撑作用). */
  supportNoun: 0.45,
});

const JOINT = triggerWords(fallbackData.jointBuilds);
const COPULA_BUILT_RE = new RegExp(
  `(?:${fallbackData.copulaBuiltHeads.join('|')})[^，。；：]{0,4}?(?:${fallbackData.copulaBuiltNouns.join('|')})`,
);
const HIRE = triggerWords(fallbackData.hireVerbs);
const CO_BUILD = triggerWords(LEXICON.triggers.coBuilds);
/** 在B得到…应用: the company where a technology is applied. */
const APPLIED_RE = new RegExp(
  `在[^，。；]{2,40}?(?=(?:${fallbackData.appliedAt.verbs.join('|')})[^，。；]{0,4}?(?:${fallbackData.appliedAt.nouns.join('|')}))`,
);
/** 为B提供…场地/经费: what is provided right after B (a few words between). */
const PROVIDED_RE = new RegExp(
  `^(?:免费|无偿|每年|长期)?提供[^，。；]{0,12}?(?:${fallbackData.providedResources.join('|')})`,
);
/** A clause with no subject of its own before 为 (将为, 还将为). */
const SUBJECTLESS_RE = /^(?:还|也|并|将|会|可|愿|则|再|已|正|均|都)*$/;
/** Who owns a technology applied elsewhere. */
const TECH_OWNERS: ReadonlySet<EntityType> = new Set([
  'University',
  'Institute',
  'Lab',
  'ResearchTeam',
]);
const SUPPORT_NOUNS = triggerWords(fallbackData.supportNouns);
const ROLES: readonly string[] = LEXICON.triggers.supportRoles;
const HIRE_POSTS: readonly string[] = fallbackData.hirePosts;
const TITLES_RE = new RegExp(`^(?:${fallbackData.memberTitles.join('|')})*$`);
const POST_RE = new RegExp(
  `^(?:${fallbackData.memberTitles.join('|')})*(?:${fallbackData.posts.join('|')})(?:公司|企业|该|本|我)?[“"]?`,
);

/** Marks joining two parties' names in a joint unit's name. */
const JOINT_MARKS = '-－—–·・/';
/** Names of parks (an area, District): 大学科技园, 科技园. */
const PARK_END_RE = /科技园$/;
/** Words of composition before a list of parts (共包括4个园区，分别是…). */
const COMPOSED_RE = new RegExp(
  `(?:${fallbackData.composedOf.join('|')})[^，。；：]{0,8}[，,：:]?(?:分别(?:是|为))?`,
);
/** What a whole and its listed parts can be. */
const WHOLES: ReadonlySet<EntityType> = new Set(['District', 'Lab', 'Institute']);
/** Units that can belong to a body whose name opens theirs. */
const UNITS: ReadonlySet<EntityType> = new Set(['Lab', 'Institute', 'University']);
/** Bodies that own units named after them. */
const OWNERS = RESEARCH_HOMES;
/** Bodies a titled person works at. */
const WORKPLACES: ReadonlySet<EntityType> = new Set(['University', 'Institute', 'Lab', 'Company']);
/** Who builds. */
const BUILDERS = BODY_TYPES;
/** What is built. */
const BUILT: ReadonlySet<EntityType> = new Set(['Lab', 'Institute']);
/** What a head word may stand for (产业学院 is read as a Lab or a school). */
const BUILT_TYPES: ReadonlySet<EntityType> = new Set(['Lab', 'Institute', 'University']);
/** Who hires or supports. */
const BODIES = BODY_TYPES;
/** What a support noun can be for. */
const SUPPORTED: ReadonlySet<EntityType> = new Set([
  'District',
  'Company',
  'Lab',
  'Institute',
  'University',
]);

/** Clause marks inside a sentence. */
function isMark(c: string | undefined): boolean {
  return c !== undefined && '，,；;：:'.includes(c);
}

/** Start and end of the clause around `at` in the sentence. */
function clauseAround(ctx: SentenceCtx, at: number): [number, number] {
  const s = ctx.sentence;
  let a = at;
  while (a > s.start && !isMark(s.text[a - 1 - s.start])) a--;
  let b = at;
  while (b < s.end && !isMark(s.text[b - s.start]) && s.text[b - s.start] !== '。') b++;
  return [a, b];
}

type Push = (type: ZhRelation['type'], source: ZhMention, target: ZhMention, c: number) => void;

/**
 * 复旦大学生命科学学院 with 复旦大学 named in the article: a lab, institute or school whose name
 * opens with its owner's full name is part of it, also when it sits inside a longer name (a team).
 */
function containedUnits(ctx: SentenceCtx, named: ReadonlyMap<string, ZhMention>, push: Push): void {
  for (const m of ctx.all) {
    if (!UNITS.has(m.type) || m.kind === 'coref') continue;
    const name = m.canonical;
    // The longest owner's name that opens this one, leaving a unit name of two characters or more.
    for (let n = name.length - 2; n >= 2; n--) {
      const owner = named.get(name.slice(0, n));
      if (!owner || !OWNERS.has(owner.type)) continue;
      // 西安交通大学-陕西有色金属集团产业创新研究院: a joint name of two parties, not a unit of one.
      if (JOINT_MARKS.includes(name[n] as string)) break;
      push('PART_OF', m, owner, CONF.contained);
      break;
    }
  }
}

/**
 * 西青区大学科技园 with 西青区 named in the article: a park named after a place (an area, typed
 * District) lies in that place.
 */
function placedParks(ctx: SentenceCtx, named: ReadonlyMap<string, ZhMention>, push: Push): void {
  for (const m of ctx.all) {
    if (m.type !== 'District' || m.kind !== 'name' || !PARK_END_RE.test(m.canonical)) continue;
    for (let n = m.canonical.length - 4; n >= 2; n--) {
      const place = named.get(m.canonical.slice(0, n));
      if (!place || place.type !== 'District') continue;
      push('LOCATED_IN', m, place, CONF.placed);
      break;
    }
  }
}

/**
 * 西青区大学科技园共包括4个园区，分别是A、B、C和D: the parts listed after a word of composition
 * belong to the subject opening the sentence, when they are of its kind (parks of a park).
 */
function listedParts(ctx: SentenceCtx, push: Push): void {
  const s = ctx.sentence;
  const m = COMPOSED_RE.exec(s.text);
  if (!m) return;
  const verb = s.start + m.index;
  // The whole: the name right before the verb, opening its clause (据悉，X共包括…).
  const whole = ctx.top.filter((x) => x.end <= verb).pop();
  if (!whole || !WHOLES.has(whole.type) || whole.kind === 'place') return;
  if (clauseAround(ctx, verb)[0] !== whole.start || verb - whole.end > 2) return;
  const at = verb + m[0].length;
  for (const x of ctx.top)
    if (x.start >= at && WHOLES.has(x.type) && x.kind !== 'place' && x.kind !== 'coref')
      push('PART_OF', x, whole, CONF.composed);
}

/** 乳品…重点实验室主任张和平, 复旦大学脑科学研究院副院长郑平教授: the person works at the body. */
function titledMembers(ctx: SentenceCtx, push: Push): void {
  const t = ctx.sentence.text;
  const s0 = ctx.sentence.start;
  for (const p of ctx.top) {
    if (p.type !== 'Person') continue;
    const body = ctx.top.filter((x) => x.end <= p.start).pop();
    if (!body || !WORKPLACES.has(body.type)) continue;
    const gap = t.slice(body.end - s0, p.start - s0);
    // No title: another rule reads a named body right before a name; 学校陈平教授 (the school
    // spoken of) is read here.
    const bare = gap.length === 0 && body.kind === 'coref' && body.type === 'University';
    if (body.kind === 'coref' && !bare) continue;
    if (bare || (gap.length > 0 && TITLES_RE.test(gap))) push('PART_OF', p, body, CONF.titled);
  }
}

/**
 * 鹿城实验室引进上海交通大学材料科学与工程学院付超鹏教授担任“产业教授”, X聘请…郑平教授为特聘教授:
 * the body opening the clause brings in the expert for a post (the flexible tie); a support post
 * (科技副总, 技术顾问) also makes the expert support that body.
 */
function hiredPosts(ctx: SentenceCtx, push: Push): void {
  const s = ctx.sentence;
  const t = s.text;
  for (let h = HIRE.next(t, 0, t.length); h; h = HIRE.next(t, h.index + h.word.length, t.length)) {
    const at = s.start + h.index;
    const [cs, ce] = clauseAround(ctx, at);
    const verbEnd = at + h.word.length;
    // The expert named after the verb, only names or titles between.
    const after = ctx.top.filter((x) => x.start >= verbEnd && x.end <= ce);
    const person = after.find((x) => x.type === 'Person');
    if (!person) continue;
    if (after.slice(0, after.indexOf(person)).some((x) => !WORKPLACES.has(x.type))) continue;
    const rest = t.slice(person.end - s.start);
    const post = POST_RE.exec(rest);
    if (!post) continue;
    const role = rest.slice(post[0].length);
    const roleWord = ROLES.find((r) => role.startsWith(r));
    // 为特聘教授, 担任“首席专家”: a post of an expert, not 为企业解决难题 or 为公司法律顾问.
    if (!roleWord && !HIRE_POSTS.some((r) => role.startsWith(r))) continue;
    const source = ctx.top
      .filter((x) => x.start >= cs && x.end <= at && BODIES.has(x.type) && x.kind !== 'coref')
      .shift();
    if (!source) continue;
    push('FLEXIBLY_INTRODUCES', source, person, CONF.hired);
    if (roleWord && source.type !== 'District' && source.type !== 'Other')
      push('SUPPORTS', person, source, CONF.hired - 0.1);
  }
}

/**
 * A与B联合申报的“X中心”，以及与C联合申报的“Y中心”: the actors before the verb build the named
 * thing right after it; a clause opening with 与 takes the first builder of the clause before.
 */
function jointBuilds(ctx: SentenceCtx, push: Push): void {
  const s = ctx.sentence;
  const t = s.text;
  let lead: ZhMention | undefined;
  for (
    let h = JOINT.next(t, 0, t.length);
    h;
    h = JOINT.next(t, h.index + h.word.length, t.length)
  ) {
    const at = s.start + h.index;
    const end = at + h.word.length;
    const [cs, ce] = clauseAround(ctx, at);
    const built = ctx.top.find(
      (x) =>
        x.start >= end &&
        x.end <= ce &&
        BUILT.has(x.type) &&
        /^(?:了|的)?[“"]?$/.test(t.slice(end - s.start, x.start - s.start)),
    );
    if (!built) continue;
    const builders = ctx.top.filter(
      (x) => x.start >= cs && x.end <= at && BUILDERS.has(x.type) && x !== built,
    );
    if (builders.length === 0) continue;
    const opensWithPartner = /^(?:以及|并|还|又|同时)?(?:与|和|同)/.test(t.slice(cs - s.start));
    if (opensWithPartner && lead && !builders.includes(lead)) builders.unshift(lead);
    if (!opensWithPartner) lead = builders[0];
    for (const b of builders) push('CO_BUILDS', b, built, CONF.joint);
  }
}

/** 浙江大学温州研究院是温州市人民政府和浙江大学之间的重大战略合作项目: the two build it. */
function copulaBuilds(ctx: SentenceCtx, push: Push): void {
  const s = ctx.sentence;
  const t = s.text;
  const h = COPULA_BUILT_RE.exec(t);
  if (!h) return;
  const at = s.start + h.index;
  const [cs] = clauseAround(ctx, at);
  const inClause = ctx.top.filter((x) => x.start >= cs && x.end <= at);
  const thing = inClause[0];
  if (!thing || !BUILT.has(thing.type)) return;
  // X是A和B…: 是 right after the thing, then the builders.
  if (!/^(?:也|就|正|则)?是/.test(t.slice(thing.end - s.start))) return;
  const builders = inClause.slice(1).filter((x) => BUILDERS.has(x.type));
  if (builders.length < 2) return;
  for (const b of builders) push('CO_BUILDS', b, thing, CONF.joint);
}

/**
 * 对…推动石嘴山市产业高质量发展起到重要支撑作用: the sentence's first body supports the one named in
 * the 对 phrase; 强化A、B等平台的支撑作用 (no 对): the named A, B support the sentence's subject.
 */
function supportNouns(ctx: SentenceCtx, push: Push): void {
  const s = ctx.sentence;
  const t = s.text;
  const h = SUPPORT_NOUNS.next(t, 0, t.length);
  if (!h) return;
  const at = s.start + h.index;
  const dui = t.lastIndexOf('对', h.index);
  const [cs] = clauseAround(ctx, at);
  const agent =
    ctx.top.find((x) => BODIES.has(x.type) && x.type !== 'District' && x.end <= at) ??
    ctx.ownSchool;
  if (dui >= 0 && s.start + dui >= cs) {
    const target = ctx.top.find(
      (x) => x.start > s.start + dui && x.end <= at && SUPPORTED.has(x.type),
    );
    if (agent && target && agent.canonical !== target.canonical)
      push('SUPPORTS', agent, target, CONF.supportNoun);
    return;
  }
  // 强化A、B等…的支撑作用: the listed bodies in the clause support the subject opening the sentence.
  const subject = ctx.top[0];
  if (!subject || subject.start !== s.start || !SUPPORTED.has(subject.type)) return;
  for (const x of ctx.top)
    if (x.start >= cs && x.end <= at && x !== subject && BUILT.has(x.type))
      push('SUPPORTS', x, subject, CONF.supportNoun);
}

/**
 * 我校与石嘴山市…，…推动与上海交通大学共建A、B: a clause that opens with its partner (与C共建) and
 * names no builder of its own is carried by the pair joined earlier in the sentence (A与B).
 */
function pairBuilds(ctx: SentenceCtx, push: Push): void {
  const s = ctx.sentence;
  const t = s.text;
  for (
    let h = CO_BUILD.next(t, 0, t.length);
    h;
    h = CO_BUILD.next(t, h.index + h.word.length, t.length)
  ) {
    const at = s.start + h.index;
    const [cs, ce] = clauseAround(ctx, at);
    const before = ctx.top.filter((x) => x.start >= cs && x.end <= at);
    const partner = before[0];
    // 推动与C共建: only the partner before the verb, right after 与/同/和.
    if (
      !partner ||
      before.length !== 1 ||
      !/(?:与|同|和|跟)$/.test(t.slice(0, partner.start - s.start))
    )
      continue;
    if (/[\u4e00-\u9fff]*(?:双方|各方|三方)/.test(t.slice(cs - s.start, partner.start - s.start)))
      continue;
    const built = ctx.top.filter(
      (x) => x.start >= at + h.word.length && x.end <= ce && BUILT.has(x.type),
    );
    if (built.length === 0) continue;
    // The pair: two builders joined by 与/和/同 in an earlier clause of the sentence.
    const earlier = ctx.top.filter((x) => x.end <= cs && BUILDERS.has(x.type));
    for (let k = 0; k + 1 < earlier.length; k++) {
      const a = earlier[k] as ZhMention;
      const b = earlier[k + 1] as ZhMention;
      if (!/^(?:与|和|同)$/.test(t.slice(a.end - s.start, b.start - s.start))) continue;
      // 我校与A共建了X，与B共建了Y: a pair that builds something of its own is no subject
      // carried on; the first builder goes on alone (read by the other layers).
      const between = t.slice(b.end - s.start, cs - s.start);
      if (CO_BUILD.next(between, 0, between.length)) break;
      for (const x of built) {
        push('CO_BUILDS', a, x, CONF.joint);
        push('CO_BUILDS', b, x, CONF.joint);
      }
      break;
    }
  }
}

/**
 * 学校陈平教授研发的…技术已经在永福鲁山新型建材有限公司得到很好的应用: the school or institute
 * named before in the sentence transfers its technology to the company where it is applied.
 */
function appliedAt(ctx: SentenceCtx, push: Push): void {
  const s = ctx.sentence;
  const m = APPLIED_RE.exec(s.text);
  if (!m) return;
  const zai = s.start + m.index;
  const verb = s.start + m.index + m[0].length;
  // 在A下属的B实现产业化: the last company before the verb is where it is applied.
  const site = ctx.top.filter((x) => x.start > zai && x.end <= verb && x.type === 'Company').pop();
  if (!site || verb - site.end > 12) return;
  for (const x of ctx.top)
    if (x.end <= zai && TECH_OWNERS.has(x.type)) push('TRANSFERS_TO', x, site, CONF.joint);
}

/**
 * 内蒙古农业大学张和平教授团队与…签订转让合同: a team named with its school transfers for the
 * school too (a team named by its school acts as the school).
 */
export function teamSchools(
  found: readonly ZhRelation[],
  named: ReadonlyMap<string, ZhMention>,
): ZhRelation[] {
  const out: ZhRelation[] = [];
  for (const r of found) {
    if (r.type !== 'TRANSFERS_TO' || r.source.type !== 'ResearchTeam') continue;
    const name = r.source.canonical;
    for (let n = name.length - 2; n >= 2; n--) {
      const school = named.get(name.slice(0, n));
      if (!school || school.type !== 'University') continue;
      out.push({ ...r, source: school, confidence: CONF.joint });
      break;
    }
  }
  return out;
}

/**
 * 株洲高新区为滇池大学株洲研究院提供3000平方米的办公场地: a body giving another premises or funds
 * supports it (the body opening the clause, the one right after 为).
 */
function providedResources(ctx: SentenceCtx, push: Push): void {
  const s = ctx.sentence;
  const t = s.text;
  for (let w = t.indexOf('为'); w >= 0; w = t.indexOf('为', w + 1)) {
    const at = s.start + w;
    const to = ctx.top.find((x) => x.start === at + 1);
    if (!to || !SUPPORTED.has(to.type)) continue;
    const rest = t.slice(to.end - s.start);
    const m = PROVIDED_RE.exec(rest);
    if (!m) continue;
    const [cs] = clauseAround(ctx, at);
    const bodies = ctx.top.filter(
      (x) => x.end <= at && BODIES.has(x.type) && x.kind !== 'coref' && x !== to,
    );
    // The body opening the clause, else (将为B提供…: no subject of its own) the sentence's first.
    const from =
      bodies.find((x) => x.start >= cs) ??
      (SUBJECTLESS_RE.test(t.slice(cs - s.start, w)) ? bodies[0] : undefined);
    if (from && from.canonical !== to.canonical) push('SUPPORTS', from, to, CONF.supportNoun);
  }
}

/** The fallback ties of one sentence. `named`: the article's names by canonical form. */
export function fallbackRelations(
  ctx: SentenceCtx,
  named: ReadonlyMap<string, ZhMention>,
): ZhRelation[] {
  const out: ZhRelation[] = [];
  const push: Push = (type, source, target, confidence) => {
    if (source.canonical === target.canonical) return;
    const r = { type, source, target, sentence: ctx.sentence, confidence };
    if (confidence === CONF.composed) STATED.add(r);
    out.push(r);
  };
  containedUnits(ctx, named, push);
  placedParks(ctx, named, push);
  if (ctx.top.length < 2) return out;
  titledMembers(ctx, push);
  listedParts(ctx, push);
  hiredPosts(ctx, push);
  jointBuilds(ctx, push);
  pairBuilds(ctx, push);
  appliedAt(ctx, push);
  providedResources(ctx, push);
  copulaBuilds(ctx, push);
  supportNouns(ctx, push);
  return out;
}

/** Parts stated by a word of composition: a unit may be part of its school and of an area park. */
const STATED = new WeakSet<ZhRelation>();

/** Builders read from role words: only for a thing no other layer names a builder of. */
const BY_ROLE = new WeakSet<ZhRelation>();

/**
 * The fallback ties no other layer found: none between the same entities with the same type, no
 * second owner for a unit (persons may work at two bodies), no second introducer of a person.
 */
export function keepFallback(
  found: readonly ZhRelation[],
  fallback: readonly ZhRelation[],
): ZhRelation[] {
  const keys = new Set(found.map(tieKey));
  const owned = new Set<string>();
  const introduced = new Set<string>();
  const builtBy = new Set<string>();
  for (const r of found) {
    if (r.type === 'CO_BUILDS') builtBy.add(r.target.canonical);
    if (r.type === 'PART_OF' && r.source.type !== 'Person') owned.add(r.source.canonical);
    if (r.type === 'FLEXIBLY_INTRODUCES') introduced.add(r.target.canonical);
  }
  const out: ZhRelation[] = [];
  for (const r of fallback) {
    const k = tieKey(r);
    if (keys.has(k)) continue;
    if (
      r.type === 'PART_OF' &&
      r.source.type !== 'Person' &&
      owned.has(r.source.canonical) &&
      !STATED.has(r)
    )
      continue;
    if (r.type === 'FLEXIBLY_INTRODUCES' && introduced.has(r.target.canonical)) continue;
    if (BY_ROLE.has(r) && builtBy.has(r.target.canonical)) continue;
    keys.add(k);
    out.push(r);
  }
  return out;
}

/** Role words of builders (高校、政府、企业), each with the type it stands for. */
const ROLE_TYPES: ReadonlyArray<[string, EntityType]> = Object.entries(fallbackData.roleParties)
  .flatMap(([type, words]) => words.map((w) => [w, type as EntityType] as [string, EntityType]))
  .sort((a, b) => b[0].length - a[0].length);
const ROLE_WORD = `(?:${ROLE_TYPES.map(([w]) => w).join('|')})`;
/** 由高校、政府、企业三方共建: role words joined, a count of sides, a building verb. */
const ROLE_BUILD_RE = new RegExp(
  `由((?:${ROLE_WORD}[、和与及]?){2,5})(?:[两二三四五多]方)?(?:共同)?(?:${fallbackData.roleBuilds.join('|')})`,
);
/** Head words that stand for the article's one unit named with them (产业学院 → X产业学院). */
const BUILT_HEADS: readonly string[] = fallbackData.builtHeads;
/** Government bodies among Other (a zone committee or a government), the builders of 政府. */
const GOVERNMENT_RE = /(?:政府|管委会|管理委员会)$/;
/** How far back (characters) a body named before may stand for a role word. */
const ROLE_REACH = 1500;

/**
 * 产业学院由高校、政府、企业三方共建: each role word stands for the bodies of its type the article
 * named before (within ROLE_REACH), and they build the unit opening the clause (or the one unit
 * of the article named with that head word).
 */
export function roleBuilds(
  ctx: SentenceCtx,
  mentions: readonly ZhMention[],
  text: string,
): ZhRelation[] {
  const s = ctx.sentence;
  const m = ROLE_BUILD_RE.exec(s.text);
  // 由高校、政府、企业三方共建的机制: a modifier of another noun states no building.
  if (!m || s.text[m.index + m[0].length] === '的') return [];
  const at = s.start + m.index;
  const [cs] = clauseAround(ctx, at);
  let built = ctx.top
    .filter((x) => x.start >= cs && x.end <= at && BUILT_TYPES.has(x.type) && x.kind !== 'coref')
    .pop();
  if (!built) {
    const before = text.slice(cs, at);
    const head = BUILT_HEADS.find((h) => before.endsWith(h));
    if (!head) return [];
    const units = new Map<string, ZhMention>();
    for (const x of mentions)
      if (
        x.end <= at &&
        BUILT_TYPES.has(x.type) &&
        x.canonical.endsWith(head) &&
        x.canonical !== head
      )
        units.set(x.canonical, x);
    if (units.size !== 1) return [];
    built = [...units.values()][0] as ZhMention;
  }
  const roles = new Set<EntityType>();
  for (const [w, type] of ROLE_TYPES) if ((m[1] as string).includes(w)) roles.add(type);
  const out: ZhRelation[] = [];
  const seen = new Set<string>();
  for (const x of mentions) {
    if (x.start >= at) break;
    if (x.start < at - ROLE_REACH || x.kind === 'coref' || !roles.has(x.type)) continue;
    if (x.type === 'Other' && !GOVERNMENT_RE.test(x.canonical)) continue;
    if (x.canonical === built.canonical || seen.has(x.type + x.canonical)) continue;
    // A school inside another body's name (…学院 of a university) is no party of its own.
    if (
      mentions.some(
        (y) => y !== x && y.start <= x.start && y.end >= x.end && y.end - y.start > x.end - x.start,
      )
    )
      continue;
    seen.add(x.type + x.canonical);
    const r: ZhRelation = {
      type: 'CO_BUILDS',
      source: x,
      target: built,
      sentence: s,
      confidence: CONF.joint,
    };
    BY_ROLE.add(r);
    out.push(r);
  }
  return out;
}
