/**
 * A multinomial logistic-regression model over sparse string features, as stored in a data file.
 * Inference only: pure, deterministic, no I/O. Training lives in ./train.ts (offline scripts).
 */
export interface LinearModel {
  /** Format version of the stored model, so a stale data file fails loudly. */
  readonly version: 1;
  /** Class labels; index i of every weight vector belongs to labels[i]. */
  readonly labels: readonly string[];
  /** Weight vector per feature (one weight per label); unseen features weigh nothing. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** One bias per label. */
  readonly bias: readonly number[];
}

/** The label of an example that is none of the classes sought (no entity, no tie). */
export const NONE = 'NONE';

/** One label with its probability under the model. */
export interface Prediction {
  readonly label: string;
  readonly probability: number;
}

/** Raised when a stored model does not have the shape inference needs. */
export class ModelFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFormatError';
  }
}

/** Checks a parsed data file once at load, so inference never reads a malformed model. */
export function asLinearModel(data: unknown): LinearModel {
  const model = data as Partial<LinearModel> | null;
  if (model === null || typeof model !== 'object' || model.version !== 1)
    throw new ModelFormatError('not a version-1 linear model');
  const width = model.labels?.length ?? 0;
  if (width < 2 || model.bias?.length !== width || typeof model.weights !== 'object')
    throw new ModelFormatError(
      'a linear model needs at least two labels, one bias per label and weights',
    );
  for (const [feature, vector] of Object.entries(model.weights ?? {}))
    if (vector.length !== width)
      throw new ModelFormatError(`feature ${feature} has ${vector.length} weights, not ${width}`);
  return model as LinearModel;
}

/** Softmax of the summed weights of the given features (duplicates count once). */
export function probabilities(model: LinearModel, features: readonly string[]): number[] {
  const scores = [...model.bias];
  for (const feature of new Set(features)) {
    const vector = model.weights[feature];
    if (vector === undefined) continue;
    for (let i = 0; i < scores.length; i++) scores[i]! += vector[i]!;
  }
  return softmax(scores);
}

/** Scores to probabilities, shifted by the largest score so exp() cannot overflow. */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** The most probable label (the first one on a tie, so results are deterministic). */
export function predict(model: LinearModel, features: readonly string[]): Prediction {
  const probs = probabilities(model, features);
  let best = 0;
  for (let i = 1; i < probs.length; i++) if (probs[i]! > probs[best]!) best = i;
  return { label: model.labels[best]!, probability: probs[best]! };
}
