/**
 * Offline training of a LinearModel: multinomial logistic regression by AdaGrad over sparse
 * string features. Hand-written because the npm learners (ml-logistic-regression, ml-naivebayes)
 * take dense matrices, and a hashed dense matrix of every candidate × feature does not fit in memory.
 * Deterministic: examples are visited in a fixed pseudo-random order from a fixed seed.
 */
import { softmax, type LinearModel } from './linearModel';

/** One labelled example. */
export interface TrainingExample {
  readonly features: readonly string[];
  readonly label: string;
}

/** Training options (frozen defaults; each run may override some). */
export const TRAIN_DEFAULTS = Object.freeze({
  /** Passes over the examples. */
  epochs: 30,
  /** AdaGrad base step size. */
  learningRate: 0.5,
  /** L2 penalty per update, so rare features do not take extreme weights. */
  l2: 1e-4,
  /** Features seen in fewer examples are dropped: they only memorise single articles. */
  minFeatureCount: 2,
  /** Seed of the visiting order. */
  seed: 1,
  /** Weights smaller than this are not stored, to keep data files small. */
  storeThreshold: 1e-3,
});

/** The options as numbers (the frozen defaults alone would type each as its literal value). */
export type TrainOptions = { readonly [K in keyof typeof TRAIN_DEFAULTS]: number };

/** Deterministic 32-bit PRNG (mulberry32) for the visiting order. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(count: number, random: () => number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Class probabilities of one example under the weights being trained. */
function softmaxOf(
  features: readonly string[],
  weights: Map<string, Float64Array>,
  bias: Float64Array,
): number[] {
  const scores = Array.from(bias);
  for (const f of features) {
    const w = weights.get(f);
    if (w !== undefined) for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
  }
  return softmax(scores);
}

/** Labels sorted, so the model's layout does not depend on example order. */
function labelsOf(examples: readonly TrainingExample[]): string[] {
  return [...new Set(examples.map((e) => e.label))].sort();
}

function keptFeatures(examples: readonly TrainingExample[], minCount: number): Set<string> {
  const counts = new Map<string, number>();
  for (const e of examples)
    for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= minCount).map(([f]) => f));
}

/** Trains a model; throws when the examples have fewer than two labels. */
export function trainLinearModel(
  examples: readonly TrainingExample[],
  overrides: Partial<TrainOptions> = {},
): LinearModel {
  const options = { ...TRAIN_DEFAULTS, ...overrides };
  const labels = labelsOf(examples);
  if (labels.length < 2) throw new Error('training needs examples of at least two labels');
  const width = labels.length;
  const kept = keptFeatures(examples, options.minFeatureCount);
  const rows = examples.map((e) => ({
    features: [...new Set(e.features)].filter((f) => kept.has(f)).sort(),
    label: labels.indexOf(e.label),
  }));
  const weights = new Map<string, Float64Array>();
  const squares = new Map<string, Float64Array>();
  const bias = new Float64Array(width);
  const biasSquares = new Float64Array(width);
  const vectorOf = (table: Map<string, Float64Array>, f: string): Float64Array => {
    let v = table.get(f);
    if (v === undefined) table.set(f, (v = new Float64Array(width)));
    return v;
  };
  const random = randomFrom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const index of shuffled(rows.length, random)) {
      const row = rows[index]!;
      const probs = softmaxOf(row.features, weights, bias);
      for (let k = 0; k < width; k++) {
        const gradient = probs[k]! - (k === row.label ? 1 : 0);
        biasSquares[k]! += gradient * gradient;
        bias[k]! -= (options.learningRate * gradient) / Math.sqrt(biasSquares[k]! + 1e-8);
        for (const f of row.features) {
          const w = vectorOf(weights, f);
          const g2 = vectorOf(squares, f);
          const g = gradient + options.l2 * w[k]!;
          g2[k]! += g * g;
          w[k]! -= (options.learningRate * g) / Math.sqrt(g2[k]! + 1e-8);
        }
      }
    }
  }
  const stored: Record<string, number[]> = {};
  for (const f of [...weights.keys()].sort()) {
    const vector = Array.from(weights.get(f)!, (w) => Math.round(w * 1e4) / 1e4);
    if (vector.some((w) => Math.abs(w) >= options.storeThreshold)) stored[f] = vector;
  }
  return {
    version: 1,
    labels,
    weights: stored,
    bias: Array.from(bias, (b) => Math.round(b * 1e4) / 1e4),
  };
}
