import type { EntityType } from '../ontology';
import { LEXICON, escapeRe } from './lexicon';
import type { ZhMention } from './mention';
import { chainStart, partyView, sameEntity, type SentenceCtx } from './relContext';
import { actorOf } from './relUnits';

/**
 * Roles of the names of a clause, read from the word right before each name: the first name with
 * no preposition before it is the clause's agent; 与/联合B is a partner, 向/为B a recipient, 在B a
 * site, 由B the agent of a passive; a name after any other verb is an object ('other').
 */
export type Role = 'agent' | 'partner' | 'recipient' | 'site' | 'passive' | 'other';

/** One clause of a sentence (between ，；：) and the top-level names inside it, with their roles. */
export interface Clause {
  start: number;
  end: number;
  ms: ZhMention[];
  roles: Role[];
}

const CL = LEXICON.triggers.clause;

/** Prepositions by role, longest first, each anchored at the end of the gap before a name. */
const PREP_ROLES: ReadonlyArray<[RegExp, Role]> = (
  [
    [CL.partnerPreps, 'partner'],
    [CL.recipientPreps, 'recipient'],
    [CL.sitePreps, 'site'],
    [CL.passivePreps, 'passive'],
    [CL.otherPreps, 'other'],
  ] as Array<[string[], Role]>
).map(([words, role]) => [
  new RegExp(
    `(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join('|')})$`,
  ),
  role,
]);

/** Words that only join the items of one list (A、B及C): the next name keeps the role. */
const LIST_GAP_RE = /^(?:、|及|以及|和|与)$/;
/** Words that make the name before an owner of the next one (A下属的B, A旗下B): B takes the role. */
const OWNED_GAP_RE = new RegExp(`^(?:${CL.ownedBy.map(escapeRe).join('|')})$`);
/**
 * What may stand before a clause's subject: words of time, source or manner only (近日X…, 此前X…,
 * 2020年X…), or a verb that makes its object act (促成A与B共建X: A builds); a name after any other
 * word (围绕X, 柔性引进的X) is that word's object.
 */
const OPENING_RE = new RegExp(
  `^(?:[0-9０-９年月日号初底中旬]|${[...CL.openingWords, ...CL.pivotVerbs].map(escapeRe).join('|')})*$`,
);

/** A clause ended by a colon opens a quote or a list: what it names is no acting subject. */
const NO_SUBJECT_END_RE = /^[：:]$/;
/** A clause that reports speech (X表示，… / X相关负责人介绍，…): its names speak, they do not act. */
const SPEAKS_RE = new RegExp((CL.speechVerbs as string[]).map(escapeRe).join('|'));
/** A news source's name (X融媒体中心讯, X电): no subject. */
const SOURCE_AFTER_RE = /^(?:讯|电|报道|消息)/;

/** Clause-final marks (，；：,;:) by UTF-16 code: compared per character, no string made. */
function isClauseMark(c: number): boolean {
  return c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0x2c || c === 0x3b || c === 0x3a;
}

/** The clauses of a sentence, each with its names and their roles. */
export function clausesOf(ctx: SentenceCtx, text: string): Clause[] {
  const s = ctx.sentence;
  const out: Clause[] = [];
  const top = partyView(ctx.top);
  let from = s.start;
  let k = 0;
  for (let i = s.start; i <= s.end; i++) {
    if (i < s.end && !isClauseMark(text.charCodeAt(i))) continue;
    // A mark inside a name (rare: a bracketed comma) does not end the clause.
    if (i < s.end && top.some((m) => m.start < i && i < m.end)) continue;
    const ms: ZhMention[] = [];
    while (k < top.length && (top[k] as ZhMention).start < i) {
      const m = top[k] as ZhMention;
      if (m.start >= from) ms.push(m);
      k++;
    }
    out.push({ start: from, end: i, ms, roles: rolesOf(ms, text, from, ctx.top) });
    from = i + 1;
  }
  return out;
}

function rolesOf(
  ms: readonly ZhMention[],
  text: string,
  from: number,
  all: readonly ZhMention[],
): Role[] {
  const roles: Role[] = [];
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k] as ZhMention;
    const prev = k > 0 ? (ms[k - 1] as ZhMention) : null;
    // 青岛市崂山区: the city heading a district belongs to the district's own slot.
    const gap = text.slice(prev ? prev.end : from, Math.max(from, chainStart(all, m)));
    const prevRole = k > 0 ? (roles[k - 1] as Role) : null;
    if (prev && prevRole && OWNED_GAP_RE.test(gap)) {
      // A下属的B: A only says whose B is; B is what the clause speaks of.
      roles[k - 1] = 'other';
      roles.push(prevRole);
      continue;
    }
    if (prev && prevRole && LIST_GAP_RE.test(gap)) {
      // A与B共建: B joins the agent as a partner; in 向A和B the list keeps its role.
      roles.push(prevRole === 'agent' && gap !== '、' && gap !== '及' ? 'partner' : prevRole);
      continue;
    }
    const prep = PREP_ROLES.find(([re]) => re.test(gap));
    if (prep) roles.push(prep[1]);
    else if (!prev && OPENING_RE.test(gap)) roles.push('agent');
    else roles.push('other');
  }
  return roles;
}

/** The names of `c` with role `role`. */
export function withRole(c: Clause, role: Role): ZhMention[] {
  return c.ms.filter((_, k) => c.roles[k] === role);
}

/** Class words that stand for the last unit so named when they open a clause (研究院由…). */
const CLASS_WORDS = Object.entries(CL.classWords as Record<string, EntityType>).sort(
  (a, b) => b[0].length - a[0].length,
);
/** Sentences looked back over for the unit a class word stands for. */
const CLASS_LOOKBACK = 8;

/**
 * The unit a class word opening text[at…] stands for: the last name before `at` (this sentence,
 * then earlier ones) of the word's type that ends with the word; else undefined.
 */
export function classReferent(ctx: SentenceCtx, text: string, at: number): ZhMention | undefined {
  const hit = CLASS_WORDS.find(([w]) => text.startsWith(w, at));
  if (!hit) return undefined;
  const [word, type] = hit;
  // Part of a longer word (研究院所, 中心城区), or an owner (研究院的成立): no stand-in.
  if (/[所城区站的]/.test(text[at + word.length] ?? '')) return undefined;
  let c: SentenceCtx | null | undefined = ctx;
  for (let n = 0; c && n < CLASS_LOOKBACK; n++, c = c.last) {
    for (let k = c.top.length - 1; k >= 0; k--) {
      const x = c.top[k] as ZhMention;
      if (x.end > at || x.type !== type) continue;
      if (x.canonical.endsWith(word) && x.canonical.length > word.length) return x;
    }
  }
  return undefined;
}

/**
 * Subjects found per sentence, with the partners joined to them (A与B签约) that are carried
 * along: each sentence is read once, carried subjects reuse them. One entry per sentence (weak
 * map entries are costly to add).
 */
const SUBJECTS = new WeakMap<SentenceCtx, { subject: ZhMention[]; partners: ZhMention[] }>();

/** Types that build, support, or are a partner: every type but persons and funds. */
export const ACTING: ReadonlySet<string> = new Set([
  'University',
  'Institute',
  'Company',
  'Lab',
  'ResearchTeam',
  'District',
  'Other',
]);

/** Types that can open a sentence as its acting subject (speakers are left out: 李明表示，…). */
const SUBJECT_TYPES: ReadonlySet<string> = new Set([...ACTING, 'Fund']);

/**
 * The sentence's subject: the agent of the first clause that has one (with the names listed with
 * it, A、B和C), or a class word opening a clause (研究院将…) that stands for a unit named before.
 * Only clauses before `before` count.
 */
export function ownSubject(
  ctx: SentenceCtx,
  text: string,
  clauses: readonly Clause[],
  before: number,
): ZhMention[] {
  for (const c of clauses) {
    if (c.start >= before) break;
    const first = c.ms[0];
    const opening = first ? text.slice(c.start, first.start) : '';
    // X：… (a headline's topic, a source 天津北方网讯：) and X表示，… (a speaker) give no subject.
    if (NO_SUBJECT_END_RE.test(text[c.end] ?? '') || SPEAKS_RE.test(text.slice(c.start, c.end)))
      continue;
    if (first && c.roles[0] === 'agent' && SUBJECT_TYPES.has(first.type)) {
      // A的B…: the owner of the subject is no subject (A的团队, A研发的技术 is still A's act).
      if (text[first.end] === '的' || SOURCE_AFTER_RE.test(text.slice(first.end, first.end + 2)))
        continue;
      const head = actorOf(ctx, first);
      if (!head) continue;
      const out = [head];
      for (let k = 1; k < c.ms.length; k++) {
        const x = c.ms[k] as ZhMention;
        const gap = text.slice((c.ms[k - 1] as ZhMention).end, x.start);
        if (c.roles[k] !== 'agent' || !/^(?:、|及|以及)$/.test(gap)) break;
        if (!out.some((o) => sameEntity(o, x))) out.push(x);
      }
      return out;
    }
    if (!first || opening.length > 0) {
      const ref = classReferent(ctx, text, c.start);
      if (ref && (!first || first.start > c.start)) return [ref];
    }
    // A clause with names that opens with a preposition or verb has no subject of its own:
    // later clauses may still (记者从A获悉，该院…).
  }
  return [];
}

/**
 * The acting subject of a sentence: its own, else (no subject at all) the one carried from the
 * sentence before in the same paragraph (long-distance subjects: X…。近年来，累计向B转让…).
 */
export function subjectOf(ctx: SentenceCtx, text: string, given?: readonly Clause[]): ZhMention[] {
  const known = SUBJECTS.get(ctx);
  if (known) return known.subject;
  const clauses = given ?? clausesOf(ctx, text);
  let out = ownSubject(ctx, text, clauses, ctx.sentence.end);
  let partners: ZhMention[] = [];
  const head = out[0];
  if (head) {
    // A与B签署协议。…将共建X: the partner joined to the subject is carried along with it.
    const c = clauses.find((x) => x.ms.includes(head));
    if (c) partners = withRole(c, 'partner').filter((m) => m.type !== 'Person');
  } else if (ctx.prev) {
    // Read lazily: sentences without a trigger never needed their own subject until now.
    out = subjectOf(ctx.prev, text);
    partners = subjectPartners(ctx.prev);
  }
  SUBJECTS.set(ctx, { subject: out, partners });
  return out;
}

/** The partners joined to the subject of a sentence (A与B…) or carried with it; [] if none. */
export function subjectPartners(ctx: SentenceCtx): ZhMention[] {
  return SUBJECTS.get(ctx)?.partners ?? [];
}
