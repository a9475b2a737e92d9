/**
 * Trains the learned relation layers (graph/zh/relLearned.ts, graph/en/rel-learned.ts) on the
 * sample + tuned fixtures only. The real extractor runs on each article with the layer in
 * observing mode, so training sees exactly the mention pairs and features inference sees; each
 * pair is labelled with the gold tie between its entities (type + direction) or NONE. The
 * acceptance threshold is chosen by k-fold cross-validation by article, and stored in the model.
 *
 * The threshold maximises F0.5 of the layer alone (precision weighs more: its ties sit beside
 * the rules'). Rules+layer F1 is printed too, but cannot choose: the rules were written from
 * these very articles, so almost every tie left for the layer here is a true NONE, unlike on
 * unseen text, where the rules miss most ties.
 *
 *   npm run train                      (writes graph/data/learned/{zh,en}-relations.json)
 *   npm run train -- --lang zh         (one language)
 *   npm run train -- --show-added      (lists the wrong ties the layer adds in CV)
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import * as prettier from 'prettier';
import { extractDocument } from '../../graph/index';
import { observeEnCandidates } from '../../graph/en/rel-learned';
import { trainLinearModel, type TrainingExample } from '../../graph/learn/train';
import { NONE } from '../../graph/learn/linearModel';
import {
  bestRelation,
  compileModel,
  pairKey,
  pairLabel,
  type CompiledModel,
  type PairCandidate,
} from '../../graph/learn/relationLayer';
import { isRelationType } from '../../graph/ontology';
import { observeZhCandidates } from '../../graph/zh/relLearned';
import {
  matchEntities,
  scoreDocument,
  sumPrf,
  type Gold,
  type Predicted,
  type Prf,
} from '../score';
import { readFixtures } from './fixtures';

/** Options of a training run. */
const TRAIN_RELATIONS = Object.freeze({
  /** Folds of the cross-validation; articles go to folds by their sorted position. */
  folds: 5,
  /** Thresholds tried, lowest first. */
  thresholds: Object.freeze([
    0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95,
  ]),
  /** Training options of the linear model (see graph/learn/train.ts). */
  model: Object.freeze({
    epochs: 10,
    learningRate: 0.2,
    l2: 1e-3,
    minFeatureCount: 3,
    storeThreshold: 0.01,
  }),
  /** Ordered type pairs with fewer ties among the examples are not read at all. */
  minPairTypeTies: 2,
  /** Pairs already tied by the rules are training examples too (more positive examples). */
  trainOnRuled: true,
  /** Where the models go. */
  out: join(__dirname, '..', '..', 'graph', 'data', 'learned'),
  /** `--lang zh|en` trains one language only. */
  languages: (process.argv.includes('--lang')
    ? [process.argv[process.argv.indexOf('--lang') + 1]]
    : ['zh', 'en']) as Array<'zh' | 'en'>,
});

/** One training article: its gold, the rules' output, its candidate pairs and their labels. */
interface Article {
  name: string;
  gold: Gold;
  rules: Predicted;
  candidates: readonly PairCandidate[];
  /** Label per candidate; null for a pair whose only gold tie is optional (left out). */
  labels: Array<string | null>;
}

/** Label of a pair from the gold ties between its two entities (required ones first). */
function labelOf(gold: Gold, names: Map<string, string>, c: PairCandidate): string | null {
  const a = names.get(c.first);
  const b = names.get(c.second);
  if (a === undefined || b === undefined || a === b) return NONE;
  let optional = false;
  for (const r of gold.relations) {
    if (!isRelationType(r.type)) continue;
    const forward = r.source === a && r.target === b;
    if (!forward && !(r.source === b && r.target === a)) continue;
    if (r.optional) optional = true;
    else return pairLabel(r.type, forward);
  }
  return optional ? null : NONE;
}

/** Runs the extractor on every training article of a language with the layer observing. */
function readArticles(lang: 'zh' | 'en'): Article[] {
  const observe = lang === 'zh' ? observeZhCandidates : observeEnCandidates;
  const out: Article[] = [];
  for (const fx of readFixtures(lang)) {
    let candidates: readonly PairCandidate[] = [];
    observe((c) => (candidates = c));
    let rules: Predicted;
    try {
      rules = extractDocument({ id: fx.name, text: fx.text, lang });
    } finally {
      observe(null);
    }
    const names = matchEntities(fx.gold, rules).predToGold;
    const labels = candidates.map((c) => labelOf(fx.gold, names, c));
    out.push({ name: fx.name, gold: fx.gold, rules, candidates, labels });
  }
  return out;
}

function examplesOf(articles: readonly Article[], withRuled: boolean): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const a of articles)
    a.candidates.forEach((c, i) => {
      const label = a.labels[i];
      if (label === null || label === undefined || (c.ruled && !withRuled)) return;
      out.push({ features: c.features, label });
    });
  return out;
}

/** Ordered type pairs (`University>Lab`) with at least minPairTypeTies ties among the examples. */
function pairTypesOf(examples: readonly TrainingExample[]): string[] {
  const ties = new Map<string, number>();
  for (const e of examples) {
    if (e.label === NONE) continue;
    const t = typePair(e.features);
    ties.set(t, (ties.get(t) ?? 0) + 1);
  }
  return [...ties]
    .filter(([, n]) => n >= TRAIN_RELATIONS.minPairTypeTies)
    .map(([t]) => t)
    .sort();
}

/** The ordered type pair of a candidate, from its `T:` feature. */
function typePair(features: readonly string[]): string {
  return (features.find((f) => f.startsWith('T:')) ?? 'T:').slice(2);
}

/** The model's best relation label and probability per candidate (threshold 0: every label). */
type Decision = { type: string; forward: boolean; p: number } | null;

function decide(model: CompiledModel, types: ReadonlySet<string>, c: PairCandidate): Decision {
  if (!types.has(typePair(c.features))) return null;
  const best = bestRelation(model, c.features, 0);
  return best && { type: best.type, forward: best.firstIsSource, p: best.probability };
}

/** The ties one article gets at a threshold: the best decision per entity pair. */
function added(
  a: Article,
  decisions: readonly Decision[],
  threshold: number,
  untiedOnly: boolean,
): Predicted['relations'] {
  const best = new Map<string, { rel: Predicted['relations'][number]; p: number }>();
  a.candidates.forEach((c, i) => {
    const d = decisions[i];
    if (!d || d.p < threshold || (untiedOnly && c.ruled)) return;
    const k = pairKey(c.first, c.second);
    const held = best.get(k);
    if (held && held.p >= d.p) return;
    const [source, target] = d.forward ? [c.first, c.second] : [c.second, c.first];
    best.set(k, { rel: { type: d.type, source, target }, p: d.p });
  });
  return [...best.values()].map((x) => x.rel);
}

/** F-beta of a score: beta < 1 weighs precision more. */
function fBeta(p: Prf, beta: number): number {
  const b2 = beta * beta;
  const d = b2 * p.precision + p.recall;
  return d === 0 ? 0 : ((1 + b2) * p.precision * p.recall) / d;
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const row = (p: Prf): string => `${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}`;

/** Cross-validates by article; returns the threshold with the best rules+layer F1. */
function crossValidate(lang: string, articles: readonly Article[]): number {
  const { folds, thresholds } = TRAIN_RELATIONS;
  const decisions: Decision[][] = articles.map(() => []);
  for (let k = 0; k < folds; k++) {
    const train = articles.filter((_, i) => i % folds !== k);
    const examples = examplesOf(train, TRAIN_RELATIONS.trainOnRuled);
    const model = compileModel(trainLinearModel(examples, TRAIN_RELATIONS.model));
    const types = new Set(pairTypesOf(examples));
    articles.forEach((a, i) => {
      if (i % folds === k) decisions[i] = a.candidates.map((c) => decide(model, types, c));
    });
  }
  const rulesOnly = sumPrf(articles.map((a) => scoreDocument(a.gold, a.rules).relations));
  console.log(`\n${lang}: ${folds}-fold CV by article over ${articles.length} training articles`);
  console.log(`rules alone                      P/R/F1 ${row(rulesOnly)}`);
  console.log('threshold | layer alone P    R    F1 | rules+layer P    R    F1 | added  right');
  let best = { threshold: thresholds[thresholds.length - 1]!, f1: -1 };
  for (const t of thresholds) {
    const alone = sumPrf(
      articles.map(
        (a, i) =>
          scoreDocument(a.gold, { ...a.rules, relations: added(a, decisions[i]!, t, false) })
            .relations,
      ),
    );
    let extra = 0;
    const both = sumPrf(
      articles.map((a, i) => {
        const more = added(a, decisions[i]!, t, true);
        extra += more.length;
        return scoreDocument(a.gold, { ...a.rules, relations: [...a.rules.relations, ...more] })
          .relations;
      }),
    );
    const right = both.tp - rulesOnly.tp;
    console.log(
      `${t.toFixed(2).padStart(9)} |       ${row(alone)} |       ${row(both)} | ${String(extra).padStart(5)} ${String(right).padStart(6)}`,
    );
    const f05 = fBeta(alone, 0.5);
    if (f05 >= best.f1 - 1e-9) best = { threshold: t, f1: f05 };
  }
  console.log(`chosen threshold ${best.threshold} (layer-alone F0.5 ${pct(best.f1)})`);
  if (process.argv.includes('--show-added'))
    articles.forEach((a, i) => {
      const more = added(a, decisions[i]!, best.threshold, true);
      if (more.length === 0) return;
      const s = scoreDocument(a.gold, { ...a.rules, relations: more });
      console.log(`  ${a.name}: wrong ${s.spuriousRelations.join(' | ')}`);
    });
  return best.threshold;
}

/** Objects with keys sorted at every depth, so the file does not depend on insertion order. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
    );
  return value;
}

async function main(): Promise<void> {
  for (const lang of TRAIN_RELATIONS.languages) {
    const articles = readArticles(lang);
    const examples = examplesOf(articles, TRAIN_RELATIONS.trainOnRuled);
    const counts = new Map<string, number>();
    for (const e of examples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
    console.log(
      `${lang}: ${examples.length} examples;`,
      [...counts]
        .sort()
        .map(([l, n]) => `${l} ${n}`)
        .join(', '),
    );
    const threshold = crossValidate(lang, articles);
    const model = trainLinearModel(examples, TRAIN_RELATIONS.model);
    const file = join(TRAIN_RELATIONS.out, `${lang}-relations.json`);
    const json = JSON.stringify(sorted({ ...model, threshold, pairTypes: pairTypesOf(examples) }));
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(json, { ...options, filepath: file }));
    console.log(`${lang}: wrote ${file} (${Object.keys(model.weights).length} features)`);
  }
}

void main();
