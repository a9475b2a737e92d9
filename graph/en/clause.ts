import nlp from 'compromise';
import words from '../data/en/clause-triggers.json';
import {
  between,
  clauseAround,
  isActor,
  isOwnerTail,
  type Placed,
  type SentenceContext,
} from './context';

/** A trigger word found in a sentence; offsets in the normalised document text. */
export interface ClauseVerb {
  start: number;
  end: number;
  text: string;
}

/** Options for finding clause roles (subject, partners, objects) around a trigger. */
const CLAUSE_ROLE_OPTIONS = Object.freeze({
  /** Gap between members of a coordinated list ("A, B and C", "A together with B"). */
  listGap: /^\s*(?:,|,?\s*(?:and|&)|,?\s*together with|,?\s*as well as)\s*(?:the\s+)?$/i,
  /** Longest gap (characters) between a subject and its verb. */
  maxSubjectGap: 160,
  /** Text that ends an object span: a relative clause, a second clause joined by "and". */
  objectEnd:
    /,\s*(?:which|who|where|while|whereas)\b|,?\s+and\s+(?:(?:the two|both)(?:\s+(?:sides|parties))?\s+)?(?:will|would|also|has|have|had|is|are|was|were|it|they)\b|\s(?:so as to|in order to)\s/i,
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every inflection compromise gives for each lemma ("set up" → sets up, setting up, set up). */
export function inflections(lemmas: readonly string[], keep?: readonly string[]): string[] {
  const out = new Set<string>();
  for (const lemma of lemmas) {
    const verbs = (nlp(lemma).tag('Verb') as ReturnType<typeof nlp>).verbs();
    const forms = (verbs.conjugate()[0] ?? {}) as Record<string, string>;
    for (const [tense, form] of Object.entries({ Infinitive: lemma, ...forms })) {
      if (tense === 'FutureTense' || (keep && !keep.includes(tense))) continue;
      out.add(form.toLowerCase());
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** A case-insensitive regex matching any of the phrases as whole words. */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const alts = [...phrases].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\w-])(?:${alts.join('|')})(?![\\w-])`, 'gi');
}

/** Every match of a phrase regex in the sentence, as document offsets. */
export function findWords(ctx: SentenceContext, re: RegExp): ClauseVerb[] {
  const out: ClauseVerb[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    out.push({ start: ctx.start + m.index, end: ctx.start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const OBJECT_MARKERS = new Set(words.objectMarkers);
const REPORTING = phraseRegex(words.reporting);
const HEDGES = phraseRegex(words.hedges);

/** True when the mention sits inside an open bracket that closes after it. */
function inBracket(ctx: SentenceContext, from: number, m: Placed): boolean {
  const head = between(ctx, from, m.start);
  return head.lastIndexOf('(') > head.lastIndexOf(')');
}

/** The lower-cased word right before a mention (skipping "the" and a possessive China's). */
function markerBefore(ctx: SentenceContext, m: Placed): string {
  const head = between(ctx, ctx.start, m.start).replace(
    /(?:\s+(?:the|a|an))?\s*(?:(?:[A-Z][a-z]+\s+)?China['’]s\s*)?$/,
    '',
  );
  const w = /([A-Za-z]+)\s*$/.exec(head);
  return w ? (w[1] as string).toLowerCase() : '';
}

/** Mentions at the same offsets as m (a group phrase like "the two sides" stands for several). */
function sameSpan(ctx: SentenceContext, m: Placed): Placed[] {
  return ctx.mentions.filter((o) => o.start === m.start && o.end === m.end);
}

const verbWords = new Map<string, boolean>();

/** True when compromise reads the word alone as a verb and not as a noun ("visited", "setting"). */
function isVerbWord(word: string): boolean {
  let hit = verbWords.get(word);
  if (hit === undefined) {
    const term = nlp(word);
    hit = term.has('#Verb') && !term.has('#Noun') && !term.has('#Auxiliary');
    verbWords.set(word, hit);
  }
  return hit;
}

/**
 * True when a mention can open a clause as its subject: no preposition, verb or owner "of"
 * governs it and it is not inside brackets.
 */
export function canBeSubject(ctx: SentenceContext, m: Placed, from: number): boolean {
  if (!isActor(m) || isOwnerTail(ctx, m) || inBracket(ctx, from, m)) return false;
  // "Guangzhou-based X": the place only says where X is.
  if (/^-based\b/i.test(ctx.text.slice(m.end - ctx.start))) return false;
  // "X said the district will …": a mention opening the clause after a reporting verb is its subject.
  if (from > ctx.start && /^\s*(?:that\s+)?(?:the\s+)?$/i.test(between(ctx, from, m.start)))
    return true;
  const before = markerBefore(ctx, m);
  return !OBJECT_MARKERS.has(before) && !isVerbWord(before);
}

/** Where a clause around the trigger starts: after a ';', a dash or a reporting verb before it. */
export function clauseStart(ctx: SentenceContext, at: number): number {
  let start = clauseAround(ctx, at).start;
  for (const r of findWords(ctx, REPORTING)) if (r.end <= at && r.end > start) start = r.end;
  return start;
}

/** True when the building before `at` is only wished, urged or discussed ("expects X to build"). */
export function hedged(ctx: SentenceContext, at: number): boolean {
  const from = clauseAround(ctx, at).start;
  return findWords(ctx, HEDGES).some((h) => h.start >= from && h.end <= at);
}

/**
 * The subject of the verb at `at`: the last mention before it in its clause that no preposition
 * governs, with every mention coordinated with it ("A and B", "A, B and C").
 */
export function subjectRun(ctx: SentenceContext, at: number): Placed[] {
  const from = clauseStart(ctx, at);
  const before = ctx.mentions.filter((m) => m.start >= from && m.end <= at);
  for (let k = before.length - 1; k >= 0; k--) {
    const last = before[k] as Placed;
    if (!isActor(last)) continue;
    if (at - last.end > CLAUSE_ROLE_OPTIONS.maxSubjectGap) return [];
    const run = sameSpan(ctx, last);
    for (const m of [...before].reverse()) {
      const first = run[0] as Placed;
      if (m.end > first.start) continue;
      if (!CLAUSE_ROLE_OPTIONS.listGap.test(between(ctx, m.end, first.start))) break;
      run.unshift(...sameSpan(ctx, m).filter((o) => !run.includes(o)));
    }
    // "with the counties of A, B and C": a governed list is no subject; look further back.
    if (canBeSubject(ctx, run[0] as Placed, from)) return run.filter(isActor);
    k = before.indexOf(run[0] as Placed);
  }
  return [];
}

/** The mentions joined to `first` by commas, "and" or "together with". */
export function listAfter(ctx: SentenceContext, first: Placed, end: number): Placed[] {
  const list = sameSpan(ctx, first);
  for (const m of ctx.mentions) {
    const last = list[list.length - 1] as Placed;
    if (m.start < last.end || m.end > end || list.includes(m)) continue;
    if (m.start === last.start) {
      list.push(m);
      continue;
    }
    if (!CLAUSE_ROLE_OPTIONS.listGap.test(between(ctx, last.end, m.start))) break;
    list.push(m);
  }
  return list;
}

/** Where the object span of a verb ends: the clause end or an earlier relative / second clause. */
export function objectEnd(ctx: SentenceContext, at: number): number {
  const end = clauseAround(ctx, at).end;
  const stop = CLAUSE_ROLE_OPTIONS.objectEnd.exec(between(ctx, at, end));
  return stop ? at + stop.index : end;
}

/** Text after the verb says it is passive: "by" after an optional adverb or short time phrase. */
export function passiveBy(ctx: SentenceContext, at: number): number | null {
  const rest = between(ctx, at, ctx.end);
  const m =
    /^\s*(?:(?:jointly|together|officially|formally|mainly|largely|primarily)\s+)?(?:(?:on|in|last|this|early|late)\s+[\w ,]{1,25}?\s+|yesterday\s+|today\s+)?by\s+(?:the\s+)?/i.exec(
      rest,
    );
  return m ? at + m[0].length : null;
}
