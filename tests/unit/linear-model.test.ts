import {
  asLinearModel,
  ModelFormatError,
  predict,
  probabilities,
} from '../../graph/learn/linearModel';
import { trainLinearModel, type TrainingExample } from '../../graph/learn/train';

/** Two labels told apart by one feature each, plus a shared noise feature. */
function separable(): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (let i = 0; i < 20; i++) {
    out.push({ features: ['trigger=共建', 'noise'], label: 'CO_BUILDS' });
    out.push({ features: ['trigger=支持', 'noise'], label: 'SUPPORTS' });
    out.push({ features: ['noise'], label: 'NONE' });
  }
  return out;
}

describe('linear model', () => {
  it('learns to tell labels apart by their features', () => {
    const model = trainLinearModel(separable());
    expect(predict(model, ['trigger=共建', 'noise']).label).toBe('CO_BUILDS');
    expect(predict(model, ['trigger=支持']).label).toBe('SUPPORTS');
    expect(predict(model, ['noise']).label).toBe('NONE');
    expect(predict(model, ['trigger=共建']).probability).toBeGreaterThan(0.8);
  });

  it('gives the same model for the same examples (deterministic training)', () => {
    expect(JSON.stringify(trainLinearModel(separable()))).toBe(
      JSON.stringify(trainLinearModel(separable())),
    );
  });

  it('drops features seen in fewer examples than the minimum', () => {
    const examples = [...separable(), { features: ['once-only'], label: 'SUPPORTS' }];
    expect(trainLinearModel(examples).weights['once-only']).toBeUndefined();
  });

  it('ignores unknown features and returns probabilities that sum to one', () => {
    const model = trainLinearModel(separable());
    const probs = probabilities(model, ['never-seen', 'trigger=共建']);
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(probs).toEqual(probabilities(model, ['trigger=共建']));
  });

  it('refuses to train on a single label', () => {
    expect(() => trainLinearModel([{ features: ['a'], label: 'X' }])).toThrow(/two labels/);
  });

  it('rejects a stored model of the wrong shape when loading it', () => {
    expect(() => asLinearModel({ version: 2 })).toThrow(ModelFormatError);
    expect(() => asLinearModel({ version: 1, labels: ['A', 'B'], bias: [0], weights: {} })).toThrow(
      /one bias per label/,
    );
    expect(() =>
      asLinearModel({ version: 1, labels: ['A', 'B'], bias: [0, 0], weights: { f: [1] } }),
    ).toThrow(/feature f has 1 weights/);
    const good = trainLinearModel(separable());
    expect(asLinearModel(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });
});
