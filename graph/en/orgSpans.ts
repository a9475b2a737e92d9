/**
 * Candidate name spans of English sentences and the features a learned model judges them by:
 * the words, their shapes, head-word and place lexicon hits, the words around the span, what
 * compromise tags there and what the rules already found there. Shared by training
 * (eval/train/en-organisations.ts) and inference (./learnedOrgs.ts), so both see the same features.
 */
import type { Entity } from '../types';
import { abbreviates } from './abbreviates';
import { parseSentence } from './parse';
import type { EnglishSentence } from './sentences';
import { tokenize, type Token } from './tokens';
import {
  GENERIC_WORDS,
  HEADS,
  SINGLE_HEADS,
  PLACE_KEYS,
  ROLE_WORDS,
  STOP_WORDS,
  SURNAMES,
} from './lexicon';

/** Options of candidate generation. */
const SPAN_OPTIONS = Object.freeze({
  /** Lower-case words that may join capitalised words inside one name ("Bank of China"). */
  connectors: new Set(['of', 'and', 'for', 'the', 'de', 'on', '&', 'in']),
  /** Words that split a run into pieces, each a candidate of its own ("A and B", "A in B"). */
  splitters: new Set(['and', '&', ',', 'in', 'on']),
  /** Most pieces joined into one candidate ("A University of B and C" is two pieces). */
  maxPieces: 4,
  /** Longest candidate in tokens: longer runs are lists or headlines. */
  maxTokens: 16,
  /** Words either side of a span used as context. */
  window: 2,
});

/** A candidate span; offsets are in the document text. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the sentence it lies in. */
  readonly sentence: number;
}

/** A span with its features. */
export interface ScoredSpan extends NameSpan {
  readonly features: string[];
}

/** True for a word that may open or close a name: capitalised, all-caps, or "iFlytek"-like. */
function isCapital(t: Token): boolean {
  return t.word && (/^[A-Z]/.test(t.text) || /^[a-z]+[A-Z]/.test(t.text));
}

/** Token index ranges [from, to) of the maximal capitalised runs of a sentence. */
function runsOf(tokens: readonly Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapital(tokens[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (isCapital(t)) {
        end = ++j;
        continue;
      }
      // "(Beijing)": a bracketed capitalised word inside a name.
      if (
        t.text === '(' &&
        tokens[j + 1] &&
        isCapital(tokens[j + 1]!) &&
        tokens[j + 2]?.text === ')'
      ) {
        j += 3;
        end = j;
        continue;
      }
      if (SPAN_OPTIONS.connectors.has(t.lower) || t.text === ',') {
        j++;
        continue;
      }
      break;
    }
    runs.push([i, end]);
    i = Math.max(end, i + 1);
  }
  return runs;
}

/** Pieces [from, to) of a run, split at "and", "&" and commas. */
function piecesOf(tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = from;
  for (let k = from; k < to; k++)
    if (SPAN_OPTIONS.splitters.has(tokens[k]!.lower)) {
      if (k > start) pieces.push([start, k]);
      start = k + 1;
    }
  if (to > start) pieces.push([start, to]);
  return pieces;
}

/** Narrows [from, to) to open and close on a capitalised word (or a bracket), or null. */
function trimmed(tokens: readonly Token[], from: number, to: number): [number, number] | null {
  let a = from;
  let b = to;
  while (a < b && !isCapital(tokens[a]!)) a++;
  while (b > a && !isCapital(tokens[b - 1]!) && tokens[b - 1]!.text !== ')') b--;
  return b > a ? [a, b] : null;
}

/** Candidate spans of one sentence as token ranges, without duplicates, in text order. */
function tokenRanges(tokens: readonly Token[]): Array<[number, number]> {
  const seen = new Set<string>();
  const out: Array<[number, number]> = [];
  const offer = (from: number, to: number): void => {
    const r = trimmed(tokens, from, to);
    if (!r || r[1] - r[0] > SPAN_OPTIONS.maxTokens) return;
    const key = `${r[0]}:${r[1]}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(r);
    // "The Abengoa group", "In Hanoi": a sentence-opening stop word is no part of a name.
    let a = r[0];
    while (a < r[1] - 1 && STOP_WORDS.has(tokens[a]!.lower)) a++;
    if (a > r[0]) offer(a, r[1]);
  };
  for (const [from, to] of runsOf(tokens)) {
    const pieces = piecesOf(tokens, from, to);
    // Pieces may join into one name ("A University of B and C"); an "of" may also close a name
    // ("Changchun Institute" of "… of the Chinese Academy") or open one ("Staff of Brixholt University").
    const starts = new Set(pieces.map((p) => p[0]));
    const ends = new Set(pieces.map((p) => p[1]));
    for (let k = from; k < to; k++)
      if (tokens[k]!.lower === 'of') {
        ends.add(k);
        starts.add(k + 1);
      }
    const pieceAt = (k: number): number => pieces.findIndex((p) => k < p[1]);
    for (const a of starts)
      for (const b of ends)
        if (b > a && pieceAt(b - 1) - pieceAt(a) < SPAN_OPTIONS.maxPieces) offer(a, b);
  }
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** Candidate spans of a sentence (document offsets). */
export function candidateSpans(sentence: EnglishSentence, index: number): NameSpan[] {
  const tokens = tokenize(sentence.text);
  return tokenRanges(tokens).map(([a, b]) => {
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    return {
      start: sentence.start + start,
      end: sentence.start + end,
      text: sentence.text.slice(start, end),
      sentence: index,
    };
  });
}

/** "Huawei" → "Xxx", "ZTE" → "XX", "R&D" → "X&X": letter classes with long repeats cut to two. */
export function shapeOf(word: string): string {
  return word
    .replace(/[A-Z]/g, 'X')
    .replace(/[a-z]/g, 'x')
    .replace(/[0-9]/g, 'd')
    .replace(/(.)\1{2,}/g, '$1$1');
}

interface OffsetJson {
  offset?: { start: number; length: number };
}

/** What compromise tags in a sentence: [start, end) ranges relative to the sentence. */
interface CompromiseTags {
  orgs: Array<[number, number]>;
  places: Array<[number, number]>;
  people: Array<[number, number]>;
}

function rangesOf(found: OffsetJson[]): Array<[number, number]> {
  return found.flatMap((f) =>
    f.offset ? [[f.offset.start, f.offset.start + f.offset.length]] : [],
  ) as Array<[number, number]>;
}

function compromiseTags(text: string): CompromiseTags {
  const doc = parseSentence(text);
  return {
    orgs: rangesOf(doc.organizations().json({ offset: true }) as OffsetJson[]),
    places: rangesOf(doc.places().json({ offset: true }) as OffsetJson[]),
    people: rangesOf(doc.people().json({ offset: true }) as OffsetJson[]),
  };
}

/** 'exact' when a range equals [a, b), 'overlap' when one meets it, else ''. */
function relation(ranges: ReadonlyArray<[number, number]>, a: number, b: number): string {
  let overlap = false;
  for (const [s, e] of ranges) {
    if (s === a && e === b) return 'exact';
    if (s < b && a < e) overlap = true;
  }
  return overlap ? 'overlap' : '';
}

/** The head closing the lower-cased words, if any (longest heads are tried first). */
function headOf(words: readonly string[]): string | undefined {
  for (const h of HEADS) {
    const n = h.tokens.length;
    if (n <= words.length && h.tokens.every((t, k) => words[words.length - n + k] === t))
      return h.type;
  }
  return undefined;
}

function isPlace(words: readonly string[]): boolean {
  return PLACE_KEYS.has(words.join(' '));
}

/** A rule mention in sentence offsets with the type of its entity. */
interface RuleMention {
  start: number;
  end: number;
  type: string;
}

/** Rule mentions of the entities, per sentence (sentence offsets). */
function ruleMentionsBySentence(
  sentences: readonly EnglishSentence[],
  entities: readonly Entity[],
): RuleMention[][] {
  const out: RuleMention[][] = sentences.map(() => []);
  for (const e of entities)
    for (const m of e.mentions) {
      const i = sentences.findIndex((s) => m.start >= s.start && m.end <= s.end);
      if (i >= 0) {
        const s = sentences[i]!;
        out[i]!.push({ start: m.start - s.start, end: m.end - s.start, type: e.type });
      }
    }
  return out;
}

/** Features of the rules' finding at [a, b): the same span, one inside it, or one around it. */
function ruleFeatures(rules: readonly RuleMention[], a: number, b: number): string[] {
  const out: string[] = [];
  for (const r of rules) {
    if (r.start === a && r.end === b) out.push(`rule=${r.type}`);
    else if (r.start <= a && r.end >= b) out.push(`ruleAround=${r.type}`);
    else if (r.start >= a && r.end <= b) out.push(`ruleInside=${r.type}`);
    else if (r.start < b && a < r.end) out.push('ruleCrosses');
  }
  return out.length ? out : ['rule=none'];
}

/** Features of one span of a sentence. */
function featuresOf(
  sentence: EnglishSentence,
  tokens: readonly Token[],
  a: number,
  b: number,
  tags: CompromiseTags,
  rules: readonly RuleMention[],
  counts: ReadonlyMap<string, number>,
  expansions: ReadonlyMap<string, string>,
): string[] {
  const inside = tokens.filter((t) => t.start >= a && t.end <= b);
  const words = inside.map((t) => t.lower);
  const first = inside[0]!;
  const last = inside[inside.length - 1]!;
  const before = tokens.filter((t) => t.end <= a).slice(-SPAN_OPTIONS.window);
  const after = tokens.filter((t) => t.start >= b).slice(0, SPAN_OPTIONS.window);
  const f: string[] = [
    `first=${first.lower}`,
    `last=${last.lower}`,
    `len=${Math.min(inside.length, 8)}`,
    `firstShape=${shapeOf(first.text)}`,
    `lastShape=${shapeOf(last.text)}`,
    `shapes=${inside
      .slice(0, 6)
      .map((t) => (SPAN_OPTIONS.connectors.has(t.lower) ? t.lower : shapeOf(t.text)))
      .join('_')}`,
    `prev1=${before[before.length - 1]?.lower ?? '<s>'}`,
    `prev2=${before.map((t) => t.lower).join('_') || '<s>'}`,
    `next1=${after[0]?.lower ?? '</s>'}`,
    `next2=${after.map((t) => t.lower).join('_') || '</s>'}`,
    ...words.map((w) => `w=${w}`),
    ...ruleFeatures(rules, a, b),
  ];
  if (before.length === 0 || (before.length === 1 && !before[0]!.word)) f.push('sentenceStart');
  const head = headOf(words);
  f.push(`head=${head ?? 'none'}`);
  // Conjunctions a linear model cannot form itself: a long run is a list unless a head closes it.
  const size = inside.length <= 3 ? String(inside.length) : inside.length <= 5 ? '4-5' : '6+';
  f.push(`headLen=${head ?? 'none'}|${size}`);
  f.push(`edgeShapes=${shapeOf(first.text)}|${shapeOf(last.text)}`);
  if (words.slice(0, -1).some((w) => SINGLE_HEADS.has(w))) f.push('headInside');
  if (isPlace(words)) f.push('place');
  else if (isPlace(words.slice(0, 1))) f.push('placeFirst');
  if (STOP_WORDS.has(first.lower)) f.push('stopFirst');
  if (SURNAMES.has(first.lower)) f.push('surnameFirst');
  if (ROLE_WORDS.has(before[before.length - 1]?.lower ?? '')) f.push('rolePrev');
  if (words.every((w) => GENERIC_WORDS.has(w) || SINGLE_HEADS.has(w) || !/[a-z]/.test(w)))
    f.push('allGeneric');
  if (inside.length === 1 && /^[A-Z]{2,}[0-9]*$/.test(first.text)) f.push('acronym');
  if (inside.length === 1 && /[a-z][A-Z]/.test(first.text)) f.push('camel');
  if (before[before.length - 1]?.text === '(' && after[0]?.text === ')') f.push('inBrackets');
  if (after[0]?.text === '(') f.push('bracketAfter');
  const text = sentence.text.slice(a, b);
  if ((counts.get(text) ?? 0) > 1) f.push('repeated');
  if (inside.length === 1 && /[A-Z].*[A-Z]/.test(first.text)) {
    const long = expansions.get(first.text);
    f.push(long === undefined ? 'shortFormAlone' : `shortFormOf=${long}`);
  }
  for (const [name, ranges] of [
    ['cmpOrg', tags.orgs],
    ['cmpPlace', tags.places],
    ['cmpPerson', tags.people],
  ] as const) {
    const r = relation(ranges, a, b);
    if (r) f.push(`${name}=${r}`);
  }
  return f;
}

/** How often each text occurs in the document (for the 'repeated' feature). */
function occurrences(text: string, spans: readonly NameSpan[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of new Set(spans.map((x) => x.text))) {
    let n = 0;
    for (let at = text.indexOf(s); at >= 0 && n < 2; at = text.indexOf(s, at + s.length)) n++;
    counts.set(s, n);
  }
  return counts;
}

/**
 * "CNRS", "PolyU": for each one-word short form with two capitals, what the document spells out
 * with those initials: 'entity' (a rule entity's name or alias) or 'span' (a capitalised run).
 */
function expansionsOf(
  spans: readonly NameSpan[],
  entities: readonly Entity[],
): Map<string, string> {
  const shorts = new Set(
    spans.map((s) => s.text).filter((t) => !/\s/.test(t) && /[A-Z].*[A-Z]/.test(t)),
  );
  const longs = [...new Set(spans.map((s) => s.text).filter((t) => /\s/.test(t)))];
  const names = entities.flatMap((e) => e.aliases.filter((a) => /\s/.test(a)));
  const out = new Map<string, string>();
  for (const short of shorts) {
    if (names.some((n) => abbreviates(short, n))) out.set(short, 'entity');
    else if (longs.some((n) => abbreviates(short, n))) out.set(short, 'span');
  }
  return out;
}

/**
 * Every candidate span of a document and every rule mention, with features. `entities` are the
 * rules' entities: their mentions are candidates of their own, and what the rules found at a
 * span is a feature ('rule=Company'; a model trained without such features ignores them).
 */
export function scoreableSpans(
  text: string,
  sentences: readonly EnglishSentence[],
  entities: readonly Entity[],
): ScoredSpan[] {
  const rules = ruleMentionsBySentence(sentences, entities);
  const spans = sentences.map((s, i) => {
    const own = candidateSpans(s, i);
    const seen = new Set(own.map((x) => `${x.start}:${x.end}`));
    for (const r of rules[i]!) {
      const start = s.start + r.start;
      const end = s.start + r.end;
      if (seen.has(`${start}:${end}`)) continue;
      seen.add(`${start}:${end}`);
      own.push({ start, end, text: text.slice(start, end), sentence: i });
    }
    return own;
  });
  const counts = occurrences(text, spans.flat());
  const expansions = expansionsOf(spans.flat(), entities);
  const out: ScoredSpan[] = [];
  sentences.forEach((s, i) => {
    const list = spans[i]!;
    if (list.length === 0) return;
    const tokens = tokenize(s.text);
    const tags = compromiseTags(s.text);
    for (const span of list) {
      const a = span.start - s.start;
      const b = span.end - s.start;
      if (!tokens.some((t) => t.start >= a && t.end <= b)) continue;
      out.push({
        ...span,
        features: featuresOf(s, tokens, a, b, tags, rules[i]!, counts, expansions),
      });
    }
  });
  return out;
}
