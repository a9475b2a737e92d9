import { ENTITY_TYPES, type EntityType, type RelationType } from '../ontology';
import type { Sentence } from '../sentences';
import type { ZhMention } from './mention';
import { escapeRe } from './lexicon';
import { Literals } from './literals';

/** A relation found in one sentence, between mentions (resolved to entities later). */
export interface ZhRelation {
  type: RelationType;
  source: ZhMention;
  target: ZhMention;
  sentence: Sentence;
  confidence: number;
}

/** One sentence with its top-level mentions (nested names excluded) and all mentions. */
export interface SentenceCtx {
  sentence: Sentence;
  top: ZhMention[];
  all: ZhMention[];
  /** Previous sentence of the same paragraph, for subjects carried over (江津…。柔性引进的…). */
  prev: SentenceCtx | null;
  /** Previous sentence even across a paragraph break: 双方/两校 may point there. */
  last?: SentenceCtx | null;
  /** The place the article speaks of most (its own district), for subjectless 引进. */
  docPlace?: ZhMention | undefined;
  /** The school whose news the article is (我校/本校 resolved), if any. */
  ownSchool?: ZhMention | undefined;
  /** Builders of the last CO_BUILDS in this sentence, carried to subjectless ones after it. */
  builders?: ZhMention[];
}

/** Actor types that can build, introduce, transfer or support. */
export const ACTORS: ReadonlySet<EntityType> = new Set(ENTITY_TYPES);

/** Trigger regex over a word list, longest first. */
export function triggerRe(words: readonly string[]): RegExp {
  return new RegExp(
    [...words]
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join('|'),
    'g',
  );
}

/**
 * The same words as a Literals scanner, longest first: the matches of triggerRe (leftmost, then
 * the first listed word), without the regex engine trying every word at every position.
 */
export function triggerWords(words: readonly string[]): Literals {
  return new Literals([...words].sort((a, b) => b.length - a.length));
}

/** Clause around position `at` in the sentence: between ，；： marks. */
export function clauseOf(s: Sentence, at: number): { start: number; end: number } {
  const t = s.text;
  let a = at - s.start;
  while (a > 0 && !'，；：,;:'.includes(t[a - 1] as string)) a--;
  let b = at - s.start;
  while (b < t.length && !'，；：。,;:'.includes(t[b] as string)) b++;
  return { start: s.start + a, end: s.start + b };
}

/** The same entity? Mentions of one entity share type and canonical name. */
export function sameEntity(a: ZhMention, b: ZhMention): boolean {
  return a.type === b.type && a.canonical === b.canonical;
}

export function between(ms: readonly ZhMention[], start: number, end: number): ZhMention[] {
  return ms.filter((m) => m.start >= start && m.end <= end);
}

/** Joiners between the items of a list of actors (A、B和C). */
const LIST_JOINERS: ReadonlySet<string> = new Set(['、', '和', '与', '及', '以及', '，']);

/**
 * `first` and the mentions listed right after it (A、B、C等): each next one starts after a joiner
 * and has one of `types`. Reads the text between by position only (no slices beyond two chars).
 */
export function listRun(
  ms: readonly ZhMention[],
  first: ZhMention,
  text: string,
  types: ReadonlySet<string>,
): ZhMention[] {
  const out = [first];
  let k = ms.indexOf(first);
  let prev = first;
  for (k++; k < ms.length; k++) {
    const x = ms[k] as ZhMention;
    const gap = x.start - prev.end;
    if (gap < 1 || gap > 2 || !types.has(x.type)) break;
    const joiner =
      gap === 1 ? (text[prev.end] as string) : text[prev.end] + (text[prev.end + 1] as string);
    if (!LIST_JOINERS.has(joiner) || joiner === '，') break;
    if (!out.some((o) => sameEntity(o, x))) out.push(x);
    prev = x;
  }
  return out;
}

/**
 * Mentions as parties: a place right before another place (西安市高陵区, 福建省永安市) only says
 * where the second one is, so the party is the last place of the chain.
 */
export function partyView(ms: readonly ZhMention[]): ZhMention[] {
  return ms.filter((m, k) => {
    const next = ms[k + 1];
    return !(m.type === 'District' && next?.type === 'District' && next.start === m.end);
  });
}

/** Where the chain of places ending with `m` starts (福建省永安市 → 福建省's start), else m.start. */
export function chainStart(ms: readonly ZhMention[], m: ZhMention): number {
  let start = m.start;
  if (m.type !== 'District') return start;
  for (let k = ms.indexOf(m) - 1; k >= 0; k--) {
    const x = ms[k] as ZhMention;
    if (x.type !== 'District' || x.end !== start) break;
    start = x.start;
  }
  return start;
}

/** Sentences looked back over for a place the article named before. */
const PLACE_LOOKBACK = 80;

/**
 * The District named most often (first on ties) in this sentence and up to PLACE_LOOKBACK before
 * it that `accept` takes, else undefined (川大成果在泸转化: the place 泸 stands for).
 */
export function placeBefore(
  ctx: SentenceCtx,
  accept: (m: ZhMention) => boolean,
): ZhMention | undefined {
  const counts = new Map<string, number>();
  let best: ZhMention | undefined;
  let bestN = 0;
  let c: SentenceCtx | null | undefined = ctx;
  for (let k = 0; c && k < PLACE_LOOKBACK; k++, c = c.last) {
    for (const x of c.top) {
      if (x.type !== 'District' || !accept(x)) continue;
      const n = (counts.get(x.canonical) ?? 0) + 1;
      counts.set(x.canonical, n);
      if (n > bestN) {
        best = x;
        bestN = n;
      }
    }
  }
  return best;
}

/** Key of a tie between two entities (co-builders in either order). */
export function tieKey(r: ZhRelation): string {
  let a = r.source.type + ':' + r.source.canonical;
  let b = r.target.type + ':' + r.target.canonical;
  if (r.type === 'CO_BUILDS' && b < a) [a, b] = [b, a];
  return r.type + '|' + a + '|' + b;
}

/** Research bodies: where experts come from and units are owned (schools and institutes). */
export const RESEARCH_HOMES: ReadonlySet<EntityType> = new Set(['University', 'Institute']);

/** Firms: the one type that buys results, moves into parks and is visited for help. */
export const COMPANY_TYPES: ReadonlySet<EntityType> = new Set(['Company']);

/**
 * Bodies that act as institutions — build, lead, partner, hire or support: every type but persons,
 * teams and funds. One set for every layer that asks it.
 */
export const BODY_TYPES: ReadonlySet<EntityType> = new Set([
  'University',
  'Institute',
  'Company',
  'Other',
  'District',
  'Lab',
]);
