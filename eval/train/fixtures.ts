/**
 * Reads annotated fixtures for training learned layers. Only the splits named are read: training
 * never sees `heldout` articles, so they stay a measure of unseen text.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import type { Gold } from '../score';

/** One annotated article. */
export interface Fixture {
  readonly name: string;
  readonly text: string;
  readonly gold: Gold;
}

/** Where fixtures live: one folder per language. */
export const FIXTURE_ROOT = join(__dirname, '..', 'fixtures');

/** Splits a learned layer may be trained on. */
export const TRAINING_SPLITS: readonly string[] = Object.freeze(['sample', 'tuned']);

/** Fixtures of one language whose split is among `splits`, sorted by name (deterministic order). */
export function readFixtures(
  lang: 'zh' | 'en',
  splits: readonly string[] = TRAINING_SPLITS,
  root: string = FIXTURE_ROOT,
): Fixture[] {
  const dir = join(root, lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
      return { name, gold, text: readFileSync(join(dir, name + '.txt'), 'utf8') };
    })
    .filter((f) => splits.includes(f.gold.split ?? 'tuned'));
}
