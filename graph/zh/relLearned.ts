/**
 * The learned relation layer (Chinese): a linear model trained offline (eval/train/relations.ts)
 * reads mention pairs of one sentence by their types, the words between and around them and the
 * trigger lexicon, and adds a tie only where no rule layer tied the two entities. Its confidence
 * stays under the rules', so a minConfidence filter can leave it out.
 */
import modelData from '../data/learned/zh-relations.json';
import triggerData from '../data/zh/triggers.json';
import { entityId } from '../ids';
import {
  bestRelation,
  baseScores,
  bucketIndex,
  bucketLabel,
  BUCKET_COUNT,
  LearnedLayer,
  learnedConfidence,
  pairKey,
  type CandidateObserver,
  type PairCandidate,
} from '../learn/relationLayer';
import type { Sentence } from '../sentences';
import { Literals } from './literals';
import type { ZhMention } from './mention';
import type { SentenceCtx, ZhRelation } from './relContext';

/** Options of the layer. */
export const LEARNED_ZH = Object.freeze({
  /**
   * Off by default: on unseen (held-out) articles the layer lowered Chinese relation F1 a little
   * (42.1 → 41.4), the rules there being precise already. ExtractOptions.learnedRelations turns it on.
   */
  enabled: false,
  /** Longest gap (characters) between the two mentions of a pair read: farther pairs are not ties. */
  maxGap: 60,
  /** Most mentions between the two of a pair. */
  maxBetween: 4,
  /** Gaps up to this length give all their bigrams; longer ones those of their two ends. */
  wholeCut: 16,
});

/** The model (checked once at load) and the layer's switch. */
const LAYER = new LearnedLayer(modelData);

/** Every word list of triggers.json (nested lists too), by path, so hits name their list. */
function triggerLists(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      const words = value.filter((w): w is string => typeof w === 'string' && w.length > 0);
      if (words.length > 0) out.set(path, words);
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value))
        if (k !== '_comment') walk(v, path ? path + '.' + k : k);
  };
  walk(triggerData, '');
  return out;
}

/** Trigger list names (sorted) and their feature names, made once. */
const LISTS = [...triggerLists().keys()].sort();

/** Feature names of one trigger list: in the sentence, before, after and between the pair. */
const LIST_NAMES = LISTS.map((l) => ({ S: 'S:' + l, TP: 'TP:' + l, TA: 'TA:' + l, TB: 'TB:' + l }));

/** One scanner over all trigger words, longest first, and the lists (indices) of each word. */
const TRIGGERS = (() => {
  const lists = new Map<string, number[]>();
  for (const [name, words] of triggerLists())
    for (const w of words) lists.set(w, [...(lists.get(w) ?? []), LISTS.indexOf(name)]);
  const words = [...lists.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { scan: new Literals(words), lists };
})();

/**
 * Feature names that depend on the two types only, made once per type pair: the strings are
 * then the same objects every time, and scoring hashes each once, not once per pair.
 */
interface TypeNames {
  T: string;
  LIST: string;
  TD: string[];
  TBT: string[];
}

const TYPE_NAMES = new Map<string, Map<string, TypeNames>>();

function typeNames(a: string, b: string): TypeNames {
  let row = TYPE_NAMES.get(a);
  if (!row) TYPE_NAMES.set(a, (row = new Map()));
  let names = row.get(b);
  if (!names) {
    const types = a + '>' + b;
    names = {
      T: 'T:' + types,
      LIST: 'LIST:' + types,
      TD: Array.from({ length: BUCKET_COUNT }, (_, k) => 'TD:' + types + ':' + bucketLabel(k)),
      TBT: LISTS.map((l) => 'TBT:' + l + ':' + types),
    };
    row.set(b, names);
  }
  return names;
}

/** Names of one-part features by value (A:, B:, K:, few values each), made once. */
function namer(prefix: string): (value: string) => string {
  const table = new Map<string, string>();
  return (value) => {
    let name = table.get(value);
    if (name === undefined) table.set(value, (name = prefix + value));
    return name;
  };
}

const NAME_A = namer('A:');
const NAME_B = namer('B:');
const NAME_K = namer('K:');
const D_NAMES = Array.from({ length: BUCKET_COUNT }, (_, k) => 'D:' + bucketLabel(k));
const N_NAMES = D_NAMES.map((d) => 'N:' + d.slice(2));

interface Hit {
  at: number;
  end: number;
  lists: readonly number[];
}

/** Trigger hits of a sentence and the scores of its sentence-level features (each list once). */
interface SentenceHits {
  hits: Hit[];
  sentenceFeatures: string[];
  base: Float64Array | undefined;
}

function sentenceHits(text: string, s: Sentence, scoring: boolean): SentenceHits {
  const hits: Hit[] = [];
  const lists = new Set<string>();
  for (let at = s.start; at < s.end;) {
    const m = TRIGGERS.scan.next(text, at, s.end);
    if (!m) break;
    const hit = { at: m.index, end: m.index + m.word.length, lists: TRIGGERS.lists.get(m.word)! };
    hits.push(hit);
    for (const l of hit.lists) lists.add(LIST_NAMES[l]!.S);
    at = hit.end;
  }
  const sentenceFeatures = [...lists];
  return {
    hits,
    sentenceFeatures,
    base: scoring ? baseScores(LAYER.scorer, sentenceFeatures) : undefined,
  };
}

/** Joiners of a list of names: a pair joined by one is two items of a list. */
const JOINERS: ReadonlySet<string> = new Set(['、', '和', '与', '及', '以及', '同']);

/**
 * Character bigrams of a stretch of text (each once): all of it when short, else of its two
 * ends. Bigrams, not jieba words: a jieba call per pair cost more than the rest of the layer.
 */
function pushBigrams(f: string[], text: string, from: number, to: number, whole: number): void {
  const seen: string[] = [];
  const add = (x: number, y: number): void => {
    if (y - x === 1) seen.push(text[x]!);
    for (let i = x; i < y - 1; i++) {
      const w = text.slice(i, i + 2);
      if (!seen.includes(w)) seen.push(w);
    }
  };
  if (to - from <= whole) add(from, to);
  else {
    add(from, from + (whole >> 1));
    add(to - (whole >> 1), to);
  }
  for (const w of seen) f.push('W:' + w);
}

/** Hit positions relative to a pair, marked per list so each feature comes once. */
const marks = new Uint8Array(LISTS.length);

/**
 * Features of the pair (a before b) in sentence s, each once, without the sentence-level ones
 * (hits.sentenceFeatures); `between` counts mentions between.
 */
export function pairFeatures(
  text: string,
  s: Sentence,
  a: ZhMention,
  b: ZhMention,
  between: number,
  hits: SentenceHits,
): string[] {
  const o = LEARNED_ZH;
  const names = typeNames(a.type, b.type);
  const gap = b.start - a.end;
  const f = [
    names.T,
    NAME_A(a.type),
    NAME_B(b.type),
    NAME_K(a.kind + '>' + b.kind),
    D_NAMES[bucketIndex(gap)]!,
    names.TD[bucketIndex(gap)]!,
    N_NAMES[bucketIndex(between)]!,
    'PC:' + (a.start > s.start ? text[a.start - 1]! : '^'),
    'AA:' + (text[a.end] ?? '$'),
    'BC:' + (text[b.start - 1] ?? '^'),
    'AC:' + (b.end < s.end ? text[b.end]! : '$'),
  ];
  // Last characters (…区, …市, …大学) tell which of two places or bodies holds the other.
  const ha = a.canonical.slice(-1);
  const hb = b.canonical.slice(-1);
  f.push('HA:' + ha, 'HB:' + hb, 'HH:' + (ha + '>' + hb));
  if (a.start === s.start) f.push('AFIRST');
  if (a.canonical.includes(b.canonical) || b.canonical.includes(a.canonical)) f.push('CONTAINS');
  if (gap <= 0) f.push('ADJ');
  else {
    const mid = text.slice(a.end, b.start);
    if (JOINERS.has(mid)) f.push('LIST', names.LIST);
    if (mid.includes('、')) f.push('SEP:dun');
    if (mid.includes('，')) f.push('SEP:comma');
    if (mid.includes('；') || mid.includes('：')) f.push('SEP:semi');
    pushBigrams(f, text, a.end, b.start, o.wholeCut);
    f.push('W1:' + text.slice(a.end, a.end + 2));
    f.push('WL:' + text.slice(Math.max(a.end, b.start - 2), b.start));
  }
  // Two characters before the first and after the second mention (由…, …合作).
  f.push('P:' + text.slice(Math.max(s.start, a.start - 2), a.start));
  f.push('F:' + text.slice(b.end, Math.min(s.end, b.end + 2)));
  // 1 before, 2 after, 4 between: each list's position features once.
  for (const h of hits.hits) {
    const where =
      h.end <= a.start ? 1 : h.at >= b.end ? 2 : h.at >= a.end && h.end <= b.start ? 4 : 0;
    for (const l of h.lists) marks[l]! |= where;
  }
  for (const h of hits.hits)
    for (const l of h.lists) {
      const m = marks[l]!;
      if (m === 0) continue;
      const n = LIST_NAMES[l]!;
      if (m & 1) f.push(n.TP);
      if (m & 2) f.push(n.TA);
      if (m & 4) f.push(n.TB, names.TBT[l]!);
      marks[l] = 0;
    }
  return f;
}

const keyOf = (m: ZhMention): string => m.type + ':' + m.canonical;

/** Sets (or clears, with null) the observer of candidate pairs. Offline training only. */
export function observeZhCandidates(fn: CandidateObserver | null): void {
  LAYER.observer = fn;
}

/**
 * Ties the model reads between mention pairs of one sentence that no earlier layer tied (any
 * type, either direction): the best one per entity pair, with the sentence as evidence.
 */
export function learnedRelations(
  text: string,
  sentences: ReadonlyArray<Pick<SentenceCtx, 'sentence' | 'top'>>,
  ruled: readonly ZhRelation[],
  enabled: boolean = LEARNED_ZH.enabled,
): ZhRelation[] {
  const watching = LAYER.observer;
  if (!LAYER.reads(enabled)) return [];
  return readPairs(text, sentences, ruled, watching);
}

/** The layer's work, whether or not it is enabled (tests and training read it directly). */
export function readPairs(
  text: string,
  sentences: ReadonlyArray<Pick<SentenceCtx, 'sentence' | 'top'>>,
  ruled: readonly ZhRelation[],
  watching: CandidateObserver | null = null,
): ZhRelation[] {
  const tied = new Set<string>();
  for (const r of ruled) {
    tied.add(keyOf(r.source) + '|' + keyOf(r.target));
    tied.add(keyOf(r.target) + '|' + keyOf(r.source));
  }
  const seen: PairCandidate[] = [];
  const best = new Map<string, ZhRelation & { p: number }>();
  for (const { sentence: s, top } of sentences) {
    if (top.length < 2) continue;
    let hits: SentenceHits | null = null;
    let keys: string[] | null = null;
    for (let i = 0; i < top.length; i++) {
      const a = top[i]!;
      for (let j = i + 1; j < top.length && j - i - 1 <= LEARNED_ZH.maxBetween; j++) {
        const b = top[j]!;
        if (b.start - a.end > LEARNED_ZH.maxGap) break;
        if (b.start < a.end || !(watching || LAYER.pairTypes.has(a.type + '>' + b.type))) continue;
        keys ??= top.map(keyOf);
        const ka = keys[i]!;
        const kb = keys[j]!;
        if (ka === kb) continue;
        const isTied = tied.has(ka + '|' + kb);
        if (isTied && !watching) continue;
        hits ??= sentenceHits(text, s, !watching);
        const features = pairFeatures(text, s, a, b, j - i - 1, hits);
        if (watching) {
          seen.push({
            first: entityId(a.type, a.canonical),
            second: entityId(b.type, b.canonical),
            features: [...features, ...hits.sentenceFeatures],
            ruled: isTied,
          });
          continue;
        }
        const found = bestRelation(LAYER.scorer, features, LAYER.model.threshold, hits.base);
        if (!found) continue;
        const pair = pairKey(ka, kb);
        const held = best.get(pair);
        if (held && held.p >= found.probability) continue;
        best.set(pair, {
          type: found.type,
          source: found.firstIsSource ? a : b,
          target: found.firstIsSource ? b : a,
          sentence: s,
          confidence: learnedConfidence(found.probability, LAYER.model.threshold),
          p: found.probability,
        });
      }
    }
  }
  if (watching) {
    watching(seen);
    return [];
  }
  return [...best.values()].map(({ p: _p, ...r }) => r);
}
