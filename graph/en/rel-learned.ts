/**
 * The learned relation layer (English): a linear model trained offline (eval/train/relations.ts)
 * reads mention pairs of one sentence by their types, the words between and around them and the
 * trigger lexicon, and adds a tie only where no rule layer tied the two entities. Its confidence
 * stays under the rules', so a minConfidence filter can leave it out.
 */
import modelData from '../data/learned/en-relations.json';
import clauseWords from '../data/en/clause-triggers.json';
import relNouns from '../data/en/rel-nouns.json';
import {
  bestRelation,
  bucket,
  LearnedLayer,
  learnedConfidence,
  pairKey,
  type CandidateObserver,
  type PairCandidate,
} from '../learn/relationLayer';
import type { Relation } from '../types';
import type { FoundRelation, Placed, SentenceContext } from './context';

/** Options of the layer. */
export const LEARNED_EN = Object.freeze({
  /**
   * Off by default: on unseen (held-out) articles it raised English relation F1, but on invented
   * near misses (an agreement signed, a visit, a list of attendees) it adds ties the rules
   * rightly refuse. ExtractOptions.learnedRelations turns it on.
   */
  enabled: false,
  /** Most words between the two mentions of a pair read: farther pairs are not ties. */
  maxGapWords: 30,
  /** Most mentions between the two of a pair. */
  maxBetween: 4,
  /** Words of a gap taken from each end as features (all of a shorter gap). */
  gapEnds: 6,
  /** Words before the first and after the second mention taken as window features. */
  window: 2,
});

/** The model (checked once at load) and the layer's switch. */
const LAYER = new LearnedLayer(modelData);

/** Every word list of the English relation lexicons, by name, so hits name their list. */
const TRIGGERS = (() => {
  const lists = new Map<string, string[]>();
  for (const source of [clauseWords, relNouns] as Array<Record<string, unknown>>)
    for (const [name, value] of Object.entries(source)) {
      if (!Array.isArray(value)) continue;
      for (const w of value)
        if (typeof w === 'string' && w.length > 0) {
          const word = w.toLowerCase();
          lists.set(word, [...(lists.get(word) ?? []), name]);
        }
    }
  const alternatives = [...lists.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  // A lemma matches its inflections too (establish → established), hence the open end.
  return { re: new RegExp(`\\b(${alternatives.join('|')})[a-z]*`, 'gi'), lists };
})();

interface Hit {
  at: number;
  end: number;
  lists: readonly string[];
}

/** Trigger hits of a sentence, offsets in document text. */
function triggerHits(ctx: SentenceContext): Hit[] {
  const out: Hit[] = [];
  TRIGGERS.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGERS.re.exec(ctx.text)) !== null) {
    const lists = TRIGGERS.lists.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
    if (lists) out.push({ at: ctx.start + m.index, end: ctx.start + m.index + m[0].length, lists });
  }
  return out;
}

/** Lower-cased words (and list punctuation) of a stretch of text. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:['’-][a-z0-9]+)*|[,;:()]/g) ?? [];
}

/** Last word of a name, lower-cased. */
function headWord(name: string): string {
  const words = wordsOf(name);
  return words[words.length - 1] ?? '';
}

/** Features of the pair (a before b) in sentence ctx, each once. */
export function pairFeatures(
  ctx: SentenceContext,
  a: Placed,
  b: Placed,
  between: readonly Placed[],
  hits: readonly Hit[],
): string[] {
  return Array.from(new Set(pairFeatureList(ctx, a, b, between, hits)));
}

function pairFeatureList(
  ctx: SentenceContext,
  a: Placed,
  b: Placed,
  between: readonly Placed[],
  hits: readonly Hit[],
): string[] {
  const o = LEARNED_EN;
  const types = a.type + '>' + b.type;
  const rel = (x: number): number => x - ctx.start;
  const gapWords = wordsOf(ctx.text.slice(rel(a.end), rel(b.start)));
  const f = [
    'T:' + types,
    'A:' + a.type,
    'B:' + b.type,
    'D:' + bucket(gapWords.length),
    'TD:' + types + ':' + bucket(gapWords.length),
    'N:' + bucket(between.length),
  ];
  // Head words (…District, …University) tell which of two places or bodies holds the other.
  const ha = headWord(a.name);
  const hb = headWord(b.name);
  f.push('HA:' + ha, 'HB:' + hb, 'HH:' + ha + '>' + hb);
  for (const m of between) f.push('NB:' + m.type);
  if (a.start === ctx.start) f.push('AFIRST');
  const an = a.name.toLowerCase();
  const bn = b.name.toLowerCase();
  if (an.includes(bn) || bn.includes(an)) f.push('CONTAINS');
  if (gapWords.length === 0) f.push('ADJ');
  const mid = gapWords.join(' ');
  if (mid === 'and' || mid === ',' || mid === ', and' || mid === 'as well as')
    f.push('LIST', 'LIST:' + types);
  if (gapWords.includes(',')) f.push('SEP:comma');
  if (gapWords.includes(';')) f.push('SEP:semi');
  if (gapWords.includes('(')) f.push('SEP:paren');
  const ends =
    gapWords.length <= 2 * o.gapEnds
      ? gapWords
      : [...gapWords.slice(0, o.gapEnds), ...gapWords.slice(-o.gapEnds)];
  for (const w of ends) f.push('W:' + w);
  if (gapWords.length > 0) f.push('W1:' + gapWords[0], 'WL:' + gapWords[gapWords.length - 1]);
  if (gapWords.length <= 3) f.push('WM:' + mid);
  const before = wordsOf(ctx.text.slice(0, rel(a.start))).slice(-o.window);
  const after = wordsOf(ctx.text.slice(rel(b.end))).slice(0, o.window);
  f.push('P:' + (before[before.length - 1] ?? '^'), 'F:' + (after[0] ?? '$'));
  if (before.length > 1) f.push('P2:' + before.join(' '));
  for (const h of hits) {
    const where =
      h.end <= a.start
        ? 'TP:'
        : h.at >= b.end
          ? 'TA:'
          : h.at >= a.end && h.end <= b.start
            ? 'TB:'
            : '';
    for (const l of h.lists) {
      f.push('S:' + l);
      if (where) f.push(where + l);
      if (where === 'TB:') f.push('TBT:' + l + ':' + types);
    }
  }
  return f;
}

/** Sets (or clears, with null) the observer of candidate pairs. Offline training only. */
export function observeEnCandidates(fn: CandidateObserver | null): void {
  LAYER.observer = fn;
}

/**
 * Ties the model reads between mention pairs of one sentence that no earlier layer tied (any
 * type, either direction): the best one per entity pair, with its sentence for evidence.
 */
export function findLearned(
  contexts: readonly SentenceContext[],
  ruled: Iterable<Relation>,
  enabled: boolean = LEARNED_EN.enabled,
): Array<{ found: FoundRelation; ctx: SentenceContext }> {
  const watching = LAYER.observer;
  if (!LAYER.reads(enabled)) return [];
  const tied = new Set<string>();
  for (const r of ruled) {
    tied.add(r.source + '|' + r.target);
    tied.add(r.target + '|' + r.source);
  }
  const seen: PairCandidate[] = [];
  const best = new Map<string, { found: FoundRelation; ctx: SentenceContext; p: number }>();
  for (const ctx of contexts) {
    const ms = ctx.mentions;
    if (ms.length < 2) continue;
    let hits: Hit[] | null = null;
    for (let i = 0; i < ms.length; i++) {
      const a = ms[i]!;
      for (let j = i + 1; j < ms.length && j - i - 1 <= LEARNED_EN.maxBetween; j++) {
        const b = ms[j]!;
        if (a.entity === b.entity || b.start < a.end) continue;
        if (!watching && !LAYER.pairTypes.has(a.type + '>' + b.type)) continue;
        const isTied = tied.has(a.entity + '|' + b.entity);
        if (isTied && !watching) continue;
        const inside = ctx.text.slice(a.end - ctx.start, b.start - ctx.start);
        if (wordsOf(inside).length > LEARNED_EN.maxGapWords) break;
        hits ??= triggerHits(ctx);
        const features = pairFeatures(ctx, a, b, ms.slice(i + 1, j), hits);
        if (watching) {
          seen.push({ first: a.entity, second: b.entity, features, ruled: isTied });
          continue;
        }
        const found = bestRelation(LAYER.scorer, features, LAYER.model.threshold);
        if (!found) continue;
        const pair = pairKey(a.entity, b.entity);
        const held = best.get(pair);
        if (held && held.p >= found.probability) continue;
        best.set(pair, {
          found: {
            type: found.type,
            source: found.firstIsSource ? a.entity : b.entity,
            target: found.firstIsSource ? b.entity : a.entity,
            confidence: learnedConfidence(found.probability, LAYER.model.threshold),
          },
          ctx,
          p: found.probability,
        });
      }
    }
  }
  if (watching) {
    watching(seen);
    return [];
  }
  return [...best.values()].map(({ found, ctx }) => ({ found, ctx }));
}
