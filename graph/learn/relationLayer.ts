/**
 * What the learned relation layers of both languages share: the label code of a mention pair
 * (relation type + direction in text order), the stored model with its acceptance threshold,
 * the confidence scale below the rules, and the hook training uses to see every candidate pair.
 */
import { isRelationType, type RelationType } from '../ontology';
import { asLinearModel, ModelFormatError, NONE, type LinearModel } from './linearModel';

/**
 * Label of a tie between the first and the second mention of a pair in text order:
 * `SUPPORTS>` (first → second), `SUPPORTS<` (second → first). CO_BUILDS keeps its arrow too
 * (builder → what is built), though the scorer ignores it: the two orders read differently.
 */
export function pairLabel(type: RelationType, firstIsSource: boolean): string {
  return type + (firstIsSource ? '>' : '<');
}

/** A label read back: the relation type and whether the first mention is its source. */
export function readLabel(label: string): { type: RelationType; firstIsSource: boolean } | null {
  const arrow = label.endsWith('>') || label.endsWith('<') ? label.slice(-1) : '';
  const type = arrow ? label.slice(0, -1) : label;
  if (!isRelationType(type)) return null;
  return { type, firstIsSource: arrow !== '<' };
}

/** A learned relation model as stored: the linear model plus the threshold chosen by CV. */
export interface RelationModel extends LinearModel {
  /** Lowest probability of a relation label at which the layer adds the tie. */
  readonly threshold: number;
  /**
   * Ordered type pairs (`University>Lab`) the layer reads: those with ties among the training
   * examples. Pairs of other types (two persons, two companies) are not scored at all.
   */
  readonly pairTypes: readonly string[];
}

/** Checks a parsed model file once at load (linear layout, labels readable, threshold a probability). */
export function asRelationModel(data: unknown): RelationModel {
  const model = asLinearModel(data) as LinearModel & { threshold?: unknown };
  if (typeof model.threshold !== 'number' || !(model.threshold > 0 && model.threshold < 1))
    throw new ModelFormatError('a relation model needs a threshold between 0 and 1');
  const pairTypes = (model as { pairTypes?: unknown }).pairTypes;
  if (
    !Array.isArray(pairTypes) ||
    !pairTypes.every((t) => typeof t === 'string' && t.includes('>'))
  )
    throw new ModelFormatError('a relation model needs its type pairs (A>B)');
  for (const label of model.labels)
    if (label !== NONE && readLabel(label) === null)
      throw new ModelFormatError(`unknown relation label ${label}`);
  return model as RelationModel;
}

/** Confidence given to learned ties: always under the rules' lowest (0.49), so minConfidence can drop them. */
export const LEARNED_CONFIDENCE = Object.freeze({
  /** Confidence of a tie accepted right at the threshold. */
  low: 0.3,
  /** Confidence of a tie the model is certain of. */
  high: 0.45,
});

/**
 * A model laid out for scoring many pairs: weights in a Map of typed arrays (a JSON object of
 * thousands of keys is a slow dictionary), labels read once. Same scores as `probabilities`.
 */
export interface CompiledModel {
  readonly weights: ReadonlyMap<string, Float64Array>;
  readonly bias: Float64Array;
  /** Scores of the pair being read (reused: scoring allocates nothing). */
  readonly scratch: Float64Array;
  /** Relation and direction of each label; null for NONE. */
  readonly reads: ReadonlyArray<ReturnType<typeof readLabel>>;
}

export function compileModel(model: LinearModel): CompiledModel {
  const weights = new Map<string, Float64Array>();
  for (const [f, v] of Object.entries(model.weights)) weights.set(f, Float64Array.from(v));
  return {
    weights,
    bias: Float64Array.from(model.bias),
    scratch: new Float64Array(model.bias.length),
    reads: model.labels.map((l) => (l === NONE ? null : readLabel(l))),
  };
}

/**
 * A learned relation layer's model and training hook: the stored model checked and laid out for
 * scoring once at load, and training's observer of candidate pairs.
 */
export class LearnedLayer {
  /** Training's hook: when set, the layer hands it every pair and adds nothing. */
  observer: CandidateObserver | null = null;
  /** Checked and compiled on first use: the layer is off by default, so start-up skips it. */
  private loaded?: {
    model: RelationModel;
    scorer: CompiledModel;
    pairTypes: ReadonlySet<string>;
  };

  constructor(private readonly data: unknown) {}

  private get parts(): NonNullable<LearnedLayer['loaded']> {
    if (this.loaded === undefined) {
      const model = asRelationModel(this.data);
      this.loaded = { model, scorer: compileModel(model), pairTypes: new Set(model.pairTypes) };
    }
    return this.loaded;
  }

  get model(): RelationModel {
    return this.parts.model;
  }

  get scorer(): CompiledModel {
    return this.parts.scorer;
  }

  /** Ordered type pairs ("University>Company") the model reads. */
  get pairTypes(): ReadonlySet<string> {
    return this.parts.pairTypes;
  }

  /** True when the layer reads pairs: training watches, or the caller asked and it has weights. */
  reads(enabled: boolean): boolean {
    return this.observer !== null || (enabled && this.scorer.weights.size > 0);
  }
}

/**
 * Bias plus the weights of features shared by many pairs (those of one sentence), summed once:
 * pass it as `base` to bestRelation with the pairs' own features.
 */
export function baseScores(model: CompiledModel, features: Iterable<string>): Float64Array {
  const out = Float64Array.from(model.bias);
  for (const f of features) {
    const w = model.weights.get(f);
    if (w !== undefined) for (let k = 0; k < out.length; k++) out[k]! += w[k]!;
  }
  return out;
}

/**
 * The most probable relation label of a pair (features without repeats; with `base`, the ones
 * not summed into it), if its probability
 * reaches `threshold`. Takes a compiled model (compileModel), in training as in inference.
 */
export function bestRelation(
  model: CompiledModel,
  features: readonly string[],
  threshold: number,
  base?: Float64Array,
): { type: RelationType; firstIsSource: boolean; probability: number } | null {
  // The softmax of `probabilities`, computed in place for the best relation label only.
  const m = model;
  const scores = m.scratch;
  scores.set(base ?? m.bias);
  const width = scores.length;
  for (const f of features) {
    const w = m.weights.get(f);
    if (w !== undefined) for (let k = 0; k < width; k++) scores[k]! += w[k]!;
  }
  let top = -Infinity;
  let best = -1;
  for (let k = 0; k < width; k++) {
    if (scores[k]! > top) top = scores[k]!;
    if (m.reads[k] && (best < 0 || scores[k]! > scores[best]!)) best = k;
  }
  let total = 0;
  for (let k = 0; k < width; k++) total += Math.exp(scores[k]! - top);
  const probability = best < 0 ? 0 : Math.exp(scores[best]! - top) / total;
  if (best < 0 || probability < threshold) return null;
  return { ...m.reads[best]!, probability };
}

/** Probability above the threshold scaled into [low, high]. */
export function learnedConfidence(probability: number, threshold: number): number {
  const { low, high } = LEARNED_CONFIDENCE;
  const share = threshold >= 1 ? 1 : Math.max(0, (probability - threshold) / (1 - threshold));
  return Math.round((low + (high - low) * Math.min(1, share)) * 1000) / 1000;
}

/** Labels of the count buckets: 0, 1, 2, 3-4, 5-8, 9-16, … (doubling). */
const BUCKET_LABELS: string[] = ['0', '1', '2'];
for (let hi = 4; hi <= 1 << 24; hi *= 2) BUCKET_LABELS.push(`${hi / 2 + 1}-${hi}`);

/** Index of a count's bucket (see bucket()). */
export function bucketIndex(n: number): number {
  if (n < 3) return Math.max(0, n);
  let hi = 4;
  let k = 3;
  while (n > hi && k < BUCKET_LABELS.length - 1) {
    hi *= 2;
    k++;
  }
  return k;
}

/** Bucket of a count, so distances generalise: 0, 1, 2, 3-4, 5-8, 9-16, … */
export function bucket(n: number): string {
  return BUCKET_LABELS[bucketIndex(n)]!;
}

/** Label of bucket number k. */
export function bucketLabel(k: number): string {
  return BUCKET_LABELS[k]!;
}

/** How many buckets there are (for tables of feature names by bucket). */
export const BUCKET_COUNT = BUCKET_LABELS.length;

/** One candidate pair as training sees it: its two entities in text order and its features. */
export interface PairCandidate {
  /** Entity id of the first mention in text order. */
  readonly first: string;
  /** Entity id of the second mention. */
  readonly second: string;
  readonly features: readonly string[];
  /** True when an earlier (rule) layer already tied the two entities. */
  readonly ruled: boolean;
}

/** Receives the candidate pairs of one document; set only by offline training. */
export type CandidateObserver = (candidates: readonly PairCandidate[]) => void;

/** Key of an unordered entity pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? a + '|' + b : b + '|' + a;
}
