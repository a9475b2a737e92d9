import { LEXICON, escapeRe } from './lexicon';
import type { ZhMention } from './mention';
import { listRun, placeBefore, sameEntity, type SentenceCtx, type ZhRelation } from './relContext';
import { startsWithPlace } from './relPartOf';

/**
 * The general layer's ties of units to their owners and places, read from names and their
 * neighbours rather than from a verb: a school named without its university (药学院) belongs to
 * the university the text is speaking of; a campus (X大学Y校区) to X大学; A下属的B to A; the names
 * after 园区内的 sit in that park. Lower confidence than the sentence-shaped rules.
 */
const CONF = Object.freeze({
  /** A campus named with its university. */
  nested: 0.6,
  /** A school or unit tied by the words or names around it. */
  nearby: 0.55,
});

const CL = LEXICON.triggers.clause;
/** Colleges that stand on their own, not schools of a university (岭南师范学院, X职业技术学院). */
const OWN_COLLEGE_RE = /(?:师范|职业|职业技术|技师|警官|警察|专科)学院$/;
/** Fields that open the name of a university's school (材料科学与工程学院, 药学院). */
const SCHOOL_FIELDS: readonly string[] = CL.schoolFields;
/** Campuses and branches (X大学Y校区, X大学Y分校). */
const CAMPUS_RE = /(?:校区|分校)$/;
/** Sentences looked back over for the university a bare school belongs to. */
const SCHOOL_LOOKBACK = 2;
/** Sentences looked back over for the university 学校 stands for when read as a school. */
const ACTOR_LOOKBACK = 12;
/** Who may own a unit. */
const OWNERS = new Set(['Company', 'University', 'Institute', 'Other']);
/** Units an owner may have. */
const UNITS = new Set(['Company', 'Lab', 'Institute', 'ResearchTeam']);
/** What sits inside a park. */
const SITED = new Set(['Company', 'Lab', 'Institute', 'University']);
const OWNED_RE = new RegExp(`^(?:${CL.ownedBy.map(escapeRe).join('|')})$`);
/** Between a unit and its owner (A是B旗下企业). */
const IS_RE = /^(?:是|为|系|作为)$/;
/** An owned kind after the owner (B旗下企业, B的下属单位, B所属公司). */
const OWNED_KIND_RE = new RegExp(
  `^的?(?:${CL.ownedBy.map(escapeRe).join('|')})的?(?:企业|公司|单位|机构|子公司|全资子公司|控股子公司|研究院|研究所)`,
);
/** Joiners of a list of schools. */
const LIST_RE = /^(?:、|和|及|以及)$/;
const INSIDE_RE = new RegExp(`^(?:${CL.placeInside.map(escapeRe).join('|')})`);

/**
 * A school's name without its university or a place, opened by a field (药学院, 材料科学与工程学院);
 * a college named by its town (淮阴工学院) stands on its own.
 */
export function bareName(name: string): boolean {
  return (
    name.endsWith('学院') &&
    name.length > 2 &&
    !name.includes('大学') &&
    !OWN_COLLEGE_RE.test(name) &&
    !startsWithPlace(name, 0) &&
    SCHOOL_FIELDS.some((f) => name.startsWith(f))
  );
}

/** A school named without its university or a place. */
function bareSchool(x: ZhMention): boolean {
  return x.type === 'University' && x.kind !== 'coref' && bareName(x.text);
}

/**
 * 学校/该校 read as a school of a university (the nearest school named before it) stands for the
 * university the text speaks of (none when no university is named): a school does not act as 学校.
 */
export function actorOf(ctx: SentenceCtx, x: ZhMention): ZhMention | undefined {
  if (x.kind !== 'coref' || x.type !== 'University') return x;
  // 学校 read as a campus acts as its university.
  if (CAMPUS_RE.test(x.canonical)) return universityOf(ctx, x, ctx.all) ?? x;
  if (!bareName(x.canonical)) return x;
  // 学院将…: the school's own word names the school itself, not its university.
  if (x.text === '学院' && x.canonical.endsWith('学院')) return x;
  return schoolBefore(ctx, x.start, ACTOR_LOOKBACK);
}

/**
 * A college that stands on its own and has schools of its own (贵州理工学院, 厦门大学嘉庚学院): a
 * 学院 name that is not a school's (药学院) nor a university's school (兰州大学生态学院).
 */
export function standaloneCollege(name: string): boolean {
  if (!name.endsWith('学院') || bareName(name)) return false;
  const at = name.lastIndexOf('大学');
  return at < 0 || !bareName(name.slice(at + 2));
}

/** A campus's university by name (沈阳药科大学本溪校区 → 沈阳药科大学). */
const CAMPUS_OWNER_RE = /^(.{2,}?(?:大学|学院))[^大学院]{1,6}(?:校区|分校)$/;
/** Sentences looked back over for a campus's university named on its own. */
const CAMPUS_LOOKBACK = 30;

/**
 * The university a name stands for: a campus stands for the university it opens with (named
 * inside it, or on its own earlier in the text).
 */
function universityOf(
  ctx: SentenceCtx,
  x: ZhMention,
  all: readonly ZhMention[],
): ZhMention | undefined {
  if (x.type !== 'University' || bareName(x.canonical)) return undefined;
  if (!CAMPUS_RE.test(x.canonical))
    return x.canonical.endsWith('大学') || standaloneCollege(x.canonical) ? x : undefined;
  const inner = all.find(
    (y) => y !== x && y.start === x.start && y.end < x.end && y.type === 'University',
  );
  if (inner) return inner;
  const name = CAMPUS_OWNER_RE.exec(x.canonical)?.[1];
  let c: SentenceCtx | null | undefined = ctx;
  for (let n = 0; name && c && n < CAMPUS_LOOKBACK; n++, c = c.last)
    for (const y of c.all) if (y.type === 'University' && y.canonical === name) return y;
  return undefined;
}

/** The university the text speaks of before `at`: in this sentence, else the last ones before. */
function schoolBefore(
  ctx: SentenceCtx,
  at: number,
  lookback = SCHOOL_LOOKBACK,
): ZhMention | undefined {
  let c: SentenceCtx | null | undefined = ctx;
  for (let n = 0; c && n <= lookback; n++, c = c.last) {
    for (let k = c.top.length - 1; k >= 0; k--) {
      const x = c.top[k] as ZhMention;
      if (x.end > at) continue;
      const u = universityOf(ctx, x, c.all);
      if (u) return u;
    }
  }
  return undefined;
}

/** Words that state where something lies. */
const SITE_WORD_RE = new RegExp(CL.locatedIn.map(escapeRe).join('|'));
/** Level endings a place may be named without (洛阳 = 洛阳市). */
const PLACE_LEVEL_RE = /(?:市|区|县|省|州)$/;

/** The place a campus is named after (X大学洛阳校区 → 洛阳), if the text names it. */
function campusSite(ctx: SentenceCtx, campus: ZhMention, owner: ZhMention): ZhMention | undefined {
  if (!campus.canonical.startsWith(owner.canonical)) return undefined;
  const core = campus.canonical.slice(owner.canonical.length).replace(CAMPUS_RE, '');
  if (core.length < 2) return undefined;
  return placeBefore(
    ctx,
    (p) => p.canonical === core || p.canonical.replace(PLACE_LEVEL_RE, '') === core,
  );
}

/** Endings of a school's own research units. */
const OWN_UNIT_RE = /(?:研究所|研究中心|实验室)$/;
/** A name opened by a place of any level (普洱市茶树研究所): the place's unit, not a school's. */
const PLACE_HEAD_RE = /^[\u4e00-\u9fff]{1,3}[省市县区州]/;
/** Longest name of a unit named by its subject alone (玉米研究所, 作物遗传实验室). */
const OWN_UNIT_MAX = 8;

/**
 * In a school's own news (我校…), a research unit named by its subject alone (玉米研究所: no
 * place, no body in its name, none right before it) is the school's.
 */
function ownUnit(ctx: SentenceCtx, x: ZhMention): boolean {
  if ((x.type !== 'Institute' && x.type !== 'Lab') || x.kind === 'coref') return false;
  const name = x.canonical;
  if (
    name.length > OWN_UNIT_MAX ||
    !OWN_UNIT_RE.test(name) ||
    startsWithPlace(name, 0) ||
    PLACE_HEAD_RE.test(name)
  )
    return false;
  return !ctx.all.some((y) => y !== x && y.end >= x.start && y.start < x.end);
}

/** PART_OF and LOCATED_IN ties of one sentence read from names and their neighbours. */
export function unitRelations(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  const tie = (type: ZhRelation['type'], a: ZhMention, b: ZhMention, confidence: number): void => {
    if (!sameEntity(a, b)) out.push({ type, source: a, target: b, sentence: s, confidence });
  };
  const top = ctx.top;
  // The owner of the last bare school, for the schools listed right after it (农学院、酿酒学院).
  let listed: ZhMention | undefined;
  for (let k = 0; k < top.length; k++) {
    const x = top[k] as ZhMention;
    const prev = top[k - 1];
    const inList =
      listed !== undefined &&
      prev !== undefined &&
      LIST_RE.test(text.slice(prev.end, x.start)) &&
      x.type === 'University' &&
      x.kind !== 'coref' &&
      x.text.endsWith('学院') &&
      !x.text.includes('大学') &&
      !OWN_COLLEGE_RE.test(x.text) &&
      !startsWithPlace(x.text, 0);
    if (!inList) listed = undefined;
    if (inList && listed) {
      tie('PART_OF', x, listed, CONF.nearby);
    } else if (bareSchool(x)) {
      const owner = schoolBefore(ctx, x.start);
      if (owner) tie('PART_OF', x, owner, CONF.nearby);
      listed = owner;
    } else if (x.type === 'University' && CAMPUS_RE.test(x.canonical)) {
      const owner = universityOf(ctx, x, ctx.all);
      if (owner && owner !== x) {
        tie('PART_OF', x, owner, CONF.nested);
        // 郑州大学洛阳校区 with 洛阳 named in the text: the campus lies in that place (unless the
        // sentence states where it lies: X校区坐落于Y高新区).
        const site = SITE_WORD_RE.test(s.text) ? undefined : campusSite(ctx, x, owner);
        if (site) tie('LOCATED_IN', x, site, CONF.nested);
      }
    }
    if (ctx.ownSchool && ownUnit(ctx, x)) tie('PART_OF', x, ctx.ownSchool, CONF.nearby);
    const next = top[k + 1];
    if (!next) continue;
    const gap = text.slice(x.end, next.start);
    // A下属的B / A旗下B: B is A's.
    if (OWNERS.has(x.type) && UNITS.has(next.type) && OWNED_RE.test(gap))
      tie('PART_OF', next, x, CONF.nearby);
    // A是B旗下企业 / A为B下属单位: A is B's.
    if (
      UNITS.has(x.type) &&
      OWNERS.has(next.type) &&
      IS_RE.test(gap) &&
      OWNED_KIND_RE.test(text.slice(next.end, next.end + 8))
    )
      tie('PART_OF', x, next, CONF.nearby);
    // 格尔木工业园区内的A、B等企业: A and B sit in the park.
    if (x.type === 'District' && SITED.has(next.type)) {
      const m = INSIDE_RE.exec(gap);
      if (m && m[0].length === gap.length)
        for (const t of listRun(top, next, text, SITED)) tie('LOCATED_IN', t, x, CONF.nearby);
    }
  }
  return out;
}
