import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';
import { contains } from './mention';
import { clauseOf, type SentenceCtx, type ZhRelation } from './relContext';
import { classReferent } from './relRoles';

/** Confidence: a name that contains its parent is near certain; a nearby school less so. */
const CONF = Object.freeze({ nested: 0.95, nearby: 0.7 });
/** Words between an owner and its unit (A旗下的X, A下属X, A所属的X). */
const OWNED_RE = /^(?:旗下|下属|所属)的?$/;
/** Who may own a unit. */
const OWNER_TYPES = new Set(['Company', 'University', 'Institute', 'Other']);
/** Industry colleges and similar units belong to a school named nearby. */
const SCHOOL_UNIT = /(产业学院|现代产业学院)$/;

/** One PART_OF tie: `unit` belongs to `owner`, as `sentence` states. */
function partTie(
  unit: ZhMention,
  owner: ZhMention,
  sentence: SentenceCtx['sentence'],
  confidence: number,
): ZhRelation {
  return { type: 'PART_OF', source: unit, target: owner, sentence, confidence };
}

/**
 * PART_OF: a team or lab whose name starts with a university/institute (四川大学王琪院士专家团队 →
 * 四川大学); an industry college → the school named in this or the previous sentence.
 */
export function partOf(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [
    ...statedParts(ctx, text),
    ...listedSchools(ctx, text),
    ...namedMembers(ctx, text),
    ...heads(ctx, text),
  ];
  const s = ctx.sentence;
  // 华中科技大学机械学院教授黄禹团队: a school nested in a team's name still belongs to its university.
  const outers =
    ctx.top.length === ctx.all.length
      ? ctx.top
      : [
          ...ctx.top,
          ...ctx.all.filter(
            (x) => x.type === 'University' && x.text.endsWith('学院') && !ctx.top.includes(x),
          ),
        ];
  for (const outer of outers) {
    // 重庆理工大学材料科学与工程学院 → 重庆理工大学: a school named with its university.
    const school = outer.type === 'University' && outer.text.endsWith('学院');
    if (
      outer.type !== 'ResearchTeam' &&
      outer.type !== 'Lab' &&
      outer.type !== 'Institute' &&
      !school
    )
      continue;
    const inner = ctx.all
      .filter(
        (x) =>
          x !== outer &&
          contains(outer, x) &&
          x.start === outer.start &&
          (school
            ? x.type === 'University' && x.text.endsWith('大学')
            : x.type === 'University' || x.type === 'Institute'),
      )
      .sort((a, b) => b.end - a.end)[0];
    // 西安交通大学-陕西有色金属集团产业创新研究院: a joint name is built by, not part of, its parties.
    if (inner && !/^[-—－–]/.test(outer.text.slice(inner.end - outer.start))) {
      out.push(partTie(outer, inner, s, CONF.nested));
      // 华南理工大学王金梅团队: the expert a team is named after belongs to the same body.
      if (outer.type === 'ResearchTeam') {
        const lead = ctx.all.find(
          (x) => x.type === 'Person' && contains(outer, x) && x.start >= inner.end,
        );
        if (lead && TITLE_GAP_RE.test(text.slice(inner.end, lead.start)))
          out.push(partTie(lead, inner, s, CONF.nearby));
      }
      continue;
    }
    // 青松集团旗下的青松智能材料实验室: a unit named right after its owner and 旗下/下属/所属.
    const owner = ctx.top.find(
      (x) =>
        x.end < outer.start &&
        OWNER_TYPES.has(x.type) &&
        OWNED_RE.test(text.slice(x.end, outer.start)),
    );
    if (owner) {
      out.push(partTie(outer, owner, s, CONF.nested));
      continue;
    }
    if (outer.type === 'Lab' && SCHOOL_UNIT.test(outer.canonical)) {
      const pool: ZhMention[] = [
        ...(ctx.prev ? ctx.prev.top : []),
        ...ctx.top.filter((x) => x.end <= outer.start),
      ].filter((x) => x.type === 'University');
      const school = pool[pool.length - 1];
      if (school) out.push(partTie(outer, school, s, CONF.nearby));
    }
  }
  return out;
}

/** True when `name` holds a city, province or county name at `at`. */
export function startsWithPlace(name: string, at: number): boolean {
  for (let len = 2; len <= 3; len++) {
    const head = name.slice(at, at + len);
    if (LEXICON.bigPlaces.has(head) || LEXICON.districtCanonical.has(head)) return true;
  }
  return false;
}

/** Legal endings a company is also named without (上海电气集团 → 上海电气). */
const COMPANY_ENDINGS =
  /(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团)$/;
const FORMS = new WeakMap<ReadonlyMap<string, ZhMention>, Map<string, ZhMention>>();

/** The document's companies by full name and by name without its legal ending (once a document). */
function companyForms(named: ReadonlyMap<string, ZhMention>): Map<string, ZhMention> {
  let forms = FORMS.get(named);
  if (forms) return forms;
  forms = new Map();
  for (const [name, m] of named) {
    if (m.type !== 'Company') continue;
    forms.set(name, m);
    const bare = name.replace(COMPANY_ENDINGS, '');
    if (bare.length >= 2 && !forms.has(bare)) forms.set(bare, m);
  }
  FORMS.set(named, forms);
  return forms;
}

/**
 * 上海电气南通中央研究院 → 上海电气: a lab or institute named after a company of the document is
 * that company's unit (a joint name A-B研究院 is built by its parties instead).
 */
export function companyUnits(
  ctx: SentenceCtx,
  named: ReadonlyMap<string, ZhMention>,
): ZhRelation[] {
  const out: ZhRelation[] = [...schoolsByName(ctx, named)];
  const companies = companyForms(named);
  if (companies.size === 0) return out;
  for (const x of ctx.top) {
    if (x.type !== 'Lab' && x.type !== 'Institute') continue;
    const name = x.canonical;
    for (let n = name.length - 3; n >= 2; n--) {
      const company = companies.get(name.slice(0, n));
      if (!company) continue;
      // Company + place + unit (上海电气 南通 中央研究院) is the company's branch; a lab merely
      // named after a partner (青松智能材料实验室, co-built with a university) is not.
      if (startsWithPlace(name, n)) out.push(partTie(x, company, ctx.sentence, CONF.nested));
      break;
    }
  }
  return out;
}

/** A university's school named with it (兰州大学生态学院, 贵州理工学院食品工程学院). */
const SCHOOL_OF_RE = /^(.{2,12}?(?:大学|学院))(.{2,14}学院)$/;

/**
 * 兰州大学生态学院 with 兰州大学 named in the document: the school belongs to that university even
 * where the name was read whole (no mention of the university inside it).
 */
function schoolsByName(ctx: SentenceCtx, named: ReadonlyMap<string, ZhMention>): ZhRelation[] {
  const out: ZhRelation[] = [];
  for (const x of ctx.top) {
    if (x.type !== 'University' || x.kind === 'coref') continue;
    const m = SCHOOL_OF_RE.exec(x.canonical);
    if (!m) continue;
    const owner = named.get(m[1] as string);
    if (!owner || owner.type !== 'University') continue;
    // The university already read inside the name: the nested rule ties it.
    if (ctx.all.some((y) => y.start === x.start && y.end < x.end && y.type === 'University'))
      continue;
    // 生态学院: a school opened by a field (a college named after a person is one of its own).
    if (UNIT_FIELDS.some((f) => (m[2] as string).startsWith(f)))
      out.push(partTie(x, owner, ctx.sentence, CONF.nested));
  }
  return out;
}

/** Hosts a lab may be built on (依托单位). */
const HOSTS = new Set(['University', 'Institute', 'Company']);
/** Units a host may carry. */
const HOSTED = new Set(['Lab', 'Institute', 'ResearchTeam']);
/** 依托X(而)建设/组建/建立/成立(的): X hosts what is built. */
const HOSTED_BY_RE = /^(?:而)?(?:建设|组建|建立|成立|设立|筹建)的?/;

/**
 * 依托X建设的Y / Y依托X建设: with no builder of its own, Y is built on X (its 依托单位) → Y PART_OF X.
 * A named builder before 依托 (A依托X组建Y) makes it a co-building instead (relCoBuilds).
 */
export function hostedBy(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  for (let at = s.text.indexOf('依托'); at >= 0; at = s.text.indexOf('依托', at + 2)) {
    const pos = s.start + at + 2;
    const host = ctx.top.find((x) => x.start === pos && HOSTS.has(x.type));
    if (!host) continue;
    const m = HOSTED_BY_RE.exec(text.slice(host.end, host.end + 4));
    if (!m) continue;
    const k = ctx.top.indexOf(host);
    const before = ctx.top[k - 1];
    // A依托X建设Y: a builder before 依托 and a named Y after the verb → A and X co-build Y.
    const next = ctx.top[k + 1];
    if (
      !m[0].endsWith('的') &&
      before &&
      before.end === s.start + at &&
      !HOSTED.has(before.type) &&
      next &&
      next.start === host.end + m[0].length &&
      HOSTED.has(next.type)
    ) {
      for (const b of [before, host])
        if (b.canonical !== next.canonical)
          out.push({ type: 'CO_BUILDS', source: b, target: next, sentence: s, confidence: 0.8 });
      continue;
    }
    let unit: ZhMention | undefined;
    if (m[0].endsWith('的')) {
      // 依托X建设的Y: Y follows; a builder right before 依托 would make it a co-building.
      const next = ctx.top[k + 1];
      if (next && HOSTED.has(next.type) && next.start === host.end + m[0].length)
        if (!before || before.end < s.start + at - 1 || HOSTED.has(before.type)) unit = next;
    } else if (before && HOSTED.has(before.type) && before.end === s.start + at) {
      // Y依托X建设: Y opens the clause right before 依托.
      unit = before;
    }
    if (unit && unit.canonical !== host.canonical) out.push(partTie(unit, host, s, CONF.nearby));
  }
  out.push(...restsOn(ctx, text));
  return out;
}

/** Y以X为依托: Y rests on X, its host (as 依托X建设的Y). */
function restsOn(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  for (let at = s.text.indexOf('为依托'); at >= 0; at = s.text.indexOf('为依托', at + 3)) {
    const pos = s.start + at;
    const host = ctx.top.find((x) => x.end === pos && HOSTS.has(x.type));
    if (!host || text[host.start - 1] !== '以') continue;
    const unit = ctx.top.find((x) => x.end === host.start - 1 && HOSTED.has(x.type));
    if (unit && unit.canonical !== host.canonical) out.push(partTie(unit, host, s, CONF.nearby));
  }
  return out;
}

/** Units that may belong to a body by a stated tie. */
const UNITS = new Set(['Lab', 'Institute', 'ResearchTeam', 'University', 'Company']);
const BELONGS_RE = new RegExp(`^(?:${LEXICON.triggers.partOfBelongs.join('|')})`);
const HAS_RE = new RegExp(`^(?:${LEXICON.triggers.partOfHas.join('|')})了?`);
/** Any of the words a stated tie needs, for one cheap test per sentence. */
const STATED_RE = new RegExp(
  [
    ...LEXICON.triggers.partOfBelongs,
    ...LEXICON.triggers.partOfHas,
    ...LEXICON.triggers.partOfKinds.map((k) => '的' + k),
  ].join('|'),
);
/** 是Y的直属…: the kind words after 的. */
const KINDS_RE = new RegExp(`^的(?:${LEXICON.triggers.partOfKinds.join('|')})`);

/**
 * Ties a sentence states: X隶属于Y, Y下设X(、Z等), X是Y的直属/二级单位 → X PART_OF Y (X a unit
 * named right before or after the words, Y an owner).
 */
function statedParts(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  if (!STATED_RE.test(ctx.sentence.text)) return out;
  const top = ctx.top;
  const s = ctx.sentence;
  const push = (unit: ZhMention, owner: ZhMention): void => {
    if (unit.canonical !== owner.canonical) out.push(partTie(unit, owner, s, CONF.nearby));
  };
  for (let k = 0; k + 1 < top.length; k++) {
    const a = top[k] as ZhMention;
    const b = top[k + 1] as ZhMention;
    const gap = text.slice(a.end, b.start);
    if (gap.length === 0 || gap.length > 5) continue;
    if (UNITS.has(a.type) && OWNER_TYPES.has(b.type) && BELONGS_RE.test(gap)) {
      const m = BELONGS_RE.exec(gap) as RegExpExecArray;
      if (gap.length - m[0].length <= 1) push(a, b);
    } else if (OWNER_TYPES.has(a.type) && UNITS.has(b.type)) {
      const m = HAS_RE.exec(gap);
      if (m && m[0].length === gap.length) for (const u of listFrom(top, k + 1, text)) push(u, a);
    }
    // X是Y的直属科研机构 / X作为Y的派出机构: the unit, 是, the owner, then 的 + a kind of
    // subordinate unit.
    if (
      UNITS.has(a.type) &&
      OWNER_TYPES.has(b.type) &&
      (gap === '是' || gap === '作为') &&
      KINDS_RE.test(text.slice(b.end, b.end + 3))
    )
      push(a, b);
  }
  return out;
}

/** The unit at `k` and the ones listed right after it with 、和及. */
function listFrom(top: readonly ZhMention[], k: number, text: string): ZhMention[] {
  const out = [top[k] as ZhMention];
  for (let j = k + 1; j < top.length; j++) {
    const x = top[j] as ZhMention;
    const gap = text.slice((out[out.length - 1] as ZhMention).end, x.start);
    if (!/^(?:、|和|及|与)$/.test(gap) || !UNITS.has(x.type)) break;
    out.push(x);
  }
  return out;
}

/** Joiners of a list of schools (材料学院、机械学院和化工学院). */
const SCHOOL_JOINER_RE = /^(?:、|和|及|以及|，)$/;
/** Schools are named `…学院`; a bare school (no university or place in its name) is a unit. */
const SCHOOL_RE = /学院$/;

/** Fields that open the name of a university's own schools and institutes (资源与环境…). */
const UNIT_FIELDS: readonly string[] = LEXICON.triggers.clause.schoolFields;

/**
 * An institute or lab named by its field only (资源与环境工程研究所): listed after a school named
 * with its university (山西大学自动化学院、资源与环境工程研究所), it is that university's too.
 */
function bareUnit(x: ZhMention): boolean {
  return (
    (x.type === 'Institute' || x.type === 'Lab') &&
    x.kind !== 'coref' &&
    !/大学|学院/.test(x.text) &&
    !startsWithPlace(x.text, 0) &&
    UNIT_FIELDS.some((f) => x.text.startsWith(f))
  );
}

/** A school's own lab named by a class word, then a joiner (化工学院实验室和…). */
const UNIT_GAP_RE = /^(?:实验室|中心|研究所)(?:、|和|及|以及)$/;

/** A school named `…学院` with no university or place in its name: a unit of a university. */
function isBareSchool(x: ZhMention): boolean {
  return (
    x.type === 'University' &&
    SCHOOL_RE.test(x.text) &&
    !x.text.includes('大学') &&
    !startsWithPlace(x.text, 0)
  );
}

/**
 * 青川大学材料学院、机械学院和化工学院 / 青川大学的材料学院、机械学院: schools listed after their
 * university (named inside the first school's name or followed by 的) belong to it.
 */
function listedSchools(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  let owner: ZhMention | undefined;
  let prevEnd = -1;
  for (const x of ctx.top) {
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, x.start);
    const bareSchool = isBareSchool(x) || bareUnit(x);
    // 化工学院实验室和美术学院: a school's lab named by a class word is still its school's item.
    const listed = SCHOOL_JOINER_RE.test(gap) || gap === '的' || UNIT_GAP_RE.test(gap);
    // 美术学院成果转化中心: a bare school heading a centre of the list is one of the schools.
    const head =
      owner && (x.type === 'Lab' || x.type === 'Institute') && listed
        ? ctx.all.find((y) => y.start === x.start && y.end < x.end && isBareSchool(y))
        : undefined;
    if (owner && bareSchool && listed) {
      out.push(partTie(x, owner, ctx.sentence, CONF.nearby));
    } else if (owner && head) {
      out.push(partTie(head, owner, ctx.sentence, CONF.nearby));
    } else if (
      (x.type === 'Lab' || x.type === 'Institute') &&
      ctx.all.some((y) => y.start === x.start && y.end < x.end && y.text.endsWith('大学'))
    ) {
      // 闽北理工大学科技孵化器、机电学院: a unit named with its university heads a list of its schools.
      owner = ctx.all.find((y) => y.start === x.start && y.end < x.end && y.text.endsWith('大学'));
    } else if (x.type === 'University' && x.text.endsWith('大学') && text[x.end] === '的') {
      owner = x;
    } else if (x.type === 'University' && SCHOOL_RE.test(x.text)) {
      // The university named at the head of this school's name (青川大学材料学院).
      owner = ctx.all.find(
        (y) => y !== x && y.start === x.start && y.end < x.end && y.text.endsWith('大学'),
      );
    } else owner = undefined;
    prevEnd = x.end;
  }
  return out;
}

/** Bodies whose researchers are named right after them (食品学院黄峻榕教授). */
const MEMBER_OF = new Set(['University', 'Institute', 'Lab', 'ResearchTeam']);
/** Academic titles between a body and its researcher (X学院教授Y, 中国科学院院士Y); posts of
 * office (副院长, 书记) name officials, not researchers, and are left out. */
const TITLE_GAP_RE =
  /^(?:(?:青年|特聘|资深|知名|省级)?(?:教授|副教授|研究员|副研究员|博士|博士后|讲师|院士|专家|博导|教师|工程师|高级工程师|科技特派员))?$/;
/** Joiners of a list of researchers (黄某、李某和王某). */
const MEMBER_JOINER_RE = /^(?:、|和|及|与)$/;

/**
 * 食品学院黄峻榕、李国梁两位教授 / 青川大学教授王某: researchers named right after their school,
 * institute or lab (maybe after an academic title) belong to it.
 */
function namedMembers(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const top = ctx.top;
  for (let k = 0; k + 1 < top.length; k++) {
    const body = top[k] as ZhMention;
    const first = top[k + 1] as ZhMention;
    if (!MEMBER_OF.has(body.type) || body.kind === 'coref' || first.type !== 'Person') continue;
    if (!TITLE_GAP_RE.test(text.slice(body.end, first.start))) continue;
    let prev = first;
    out.push(partTie(first, body, ctx.sentence, CONF.nearby));
    for (let j = k + 2; j < top.length; j++) {
      const x = top[j] as ZhMention;
      if (x.type !== 'Person' || !MEMBER_JOINER_RE.test(text.slice(prev.end, x.start))) break;
      out.push(partTie(x, body, ctx.sentence, CONF.nearby));
      prev = x;
    }
  }
  return out;
}

/** Posts that head a unit (X主任, 院长, 首席科学家) after 担任 and the unit. */
const HEAD_POST_RE = /^(?:常务)?(?:副)?(?:主任|院长|所长|负责人|首席科学家|首席专家|执行院长|站长)/;
/** Units a researcher may head. */
const HEADED = new Set(['Lab', 'Institute', 'ResearchTeam']);

/**
 * 何冰强教授担任中心主任 / 王某出任X研究院院长: a person who heads a unit (named, or named back by a
 * class word: 中心, 研究院) belongs to it.
 */
function heads(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  for (const verb of ['担任', '出任']) {
    for (let at = s.text.indexOf(verb); at >= 0; at = s.text.indexOf(verb, at + 2)) {
      const pos = s.start + at + 2;
      const person = ctx.top.filter((x) => x.end <= pos - 2 && x.type === 'Person').pop();
      if (!person || clauseOf(s, person.start).start !== clauseOf(s, pos - 2).start) continue;
      let unit = ctx.top.find((x) => x.start === pos && HEADED.has(x.type));
      let post = unit ? unit.end : pos;
      if (!unit) {
        const ref = classReferent(ctx, text, pos);
        const word = ref ? CLASS_END_RE.exec(text.slice(pos, pos + 4))?.[0] : undefined;
        if (ref && word && HEADED.has(ref.type)) {
          unit = ref;
          post = pos + word.length;
        }
      }
      if (unit && HEAD_POST_RE.test(text.slice(post, post + 6)))
        out.push(partTie(person, unit, s, CONF.nearby));
    }
  }
  return out;
}

/** Class words naming a unit back (中心, 研究院, 实验室). */
const CLASS_END_RE = /^(?:研究院|研究所|实验室|中心|基地|平台|工作站)/;
