import { readFileSync, readdirSync, existsSync } from 'fs';
import { join } from 'path';
import { extractDocument } from '../graph/index';
import { aggregate, scoreDocument, type DocScore, type Gold } from './score';
import { goldGazetteer } from './givenEntities';
import { optionValue, pct, prfCells } from './report';

/** Options of the evaluation run. */
const RUN_OPTIONS = Object.freeze({
  /** Fixture root: one folder per language, each with NAME.txt + NAME.gold.json. `--root DIR`
   * scores another folder of the same shape (e.g. fresh articles kept out of the repo until scored). */
  root: optionValue('--root') ?? join(__dirname, 'fixtures'),
  /** `--given-entities` gives each article's gold entities to the extractor (as a gazetteer): the
   * relation figures then show what the relation layers do when every name is found. */
  givenEntities: process.argv.includes('--given-entities'),
  /** `--learned` switches the learned relation layers on (they are off by default). */
  learned: process.argv.includes('--learned'),
  /** `--verbose` lists misses and spurious items per article. */
  verbose: process.argv.includes('--verbose'),
  /** `--split NAME` scores only that split's articles, so misses of held-out ones stay unread. */
  only: optionValue('--split'),
  /** Split order in the summary: 'sample' (project sample), 'tuned' (used while building rules),
   * 'heldout' (never tuned on). */
  splits: ['sample', 'tuned', 'heldout'] as const,
  languages: ['zh', 'en'] as const,
});

interface Row {
  name: string;
  split: string;
  score: DocScore;
}

function line(
  name: string,
  split: string,
  e: DocScore['entities'],
  r: DocScore['relations'],
): string {
  return `${name.padEnd(34)} ${split.padEnd(8)} | ${prfCells(e, r)}`;
}

function f1Cell(sel: Row[]): string {
  if (sel.length === 0) return `${'-'.padStart(4)} ${'-'.padStart(6)} ${'-'.padStart(6)}`;
  const a = aggregate(sel.map((r) => r.score));
  return `${String(sel.length).padStart(4)} ${pct(a.entities.f1)} ${pct(a.relations.f1)}`;
}

/** Per split, Chinese and English aggregates (micro-averaged F1) side by side. */
function summary(rows: Row[]): string {
  const cols = RUN_OPTIONS.languages.map((l) => `${l} docs  ent F1  rel F1`.padStart(23));
  const out = [`${'split'.padEnd(8)} |${cols.join(' |')}`];
  for (const split of RUN_OPTIONS.splits) {
    const cells = RUN_OPTIONS.languages.map((lang) =>
      f1Cell(rows.filter((r) => r.split === split && r.name.startsWith(lang + '/'))).padStart(23),
    );
    out.push(`${split.padEnd(8)} |${cells.join(' |')}`);
  }
  // Precision and recall behind each F1: the same F1 can hide a precision or a recall problem.
  for (const split of RUN_OPTIONS.splits)
    for (const lang of RUN_OPTIONS.languages) {
      const sel = rows.filter((r) => r.split === split && r.name.startsWith(lang + '/'));
      if (sel.length === 0) continue;
      const { entities: e, relations: r } = aggregate(sel.map((x) => x.score));
      out.push(
        `${split.padEnd(8)} ${lang}: entity P ${pct(e.precision)} R ${pct(e.recall)} | relation P ${pct(r.precision)} R ${pct(r.recall)}`,
      );
    }
  return out.join('\n');
}

function main(): void {
  const rows: Row[] = [];
  for (const lang of RUN_OPTIONS.languages) {
    const dir = join(RUN_OPTIONS.root, lang);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()) {
      const base = file.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
      if (RUN_OPTIONS.only !== undefined && (gold.split ?? 'tuned') !== RUN_OPTIONS.only) continue;
      const text = readFileSync(join(dir, base + '.txt'), 'utf8');
      let score: DocScore;
      try {
        const options = {
          learnedRelations: RUN_OPTIONS.learned,
          ...(RUN_OPTIONS.givenEntities ? { gazetteer: goldGazetteer(gold) } : {}),
        };
        const out = extractDocument({ id: base, text }, options);
        score = scoreDocument(gold, out);
      } catch (err) {
        console.error(`${lang}/${base}: ${(err as Error).message}`);
        continue;
      }
      rows.push({ name: `${lang}/${base}`, split: gold.split ?? 'tuned', score });
    }
  }
  const header = `${'article'.padEnd(34)} ${'split'.padEnd(8)} | ${'ent P'.padStart(6)} ${'ent R'.padStart(6)} ${'ent F1'.padStart(6)} | ${'rel P'.padStart(6)} ${'rel R'.padStart(6)} ${'rel F1'.padStart(6)}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of rows) console.log(line(r.name, r.split, r.score.entities, r.score.relations));
  console.log('-'.repeat(header.length));
  console.log(summary(rows));
  if (RUN_OPTIONS.verbose) {
    for (const r of rows) {
      const s = r.score;
      console.log(`\n## ${r.name}`);
      if (s.missedEntities.length)
        console.log('  missed entities:   ', s.missedEntities.join(' | '));
      if (s.spuriousEntities.length)
        console.log('  spurious entities: ', s.spuriousEntities.join(' | '));
      if (s.missedRelations.length)
        console.log('  missed relations:  ', s.missedRelations.join(' | '));
      if (s.spuriousRelations.length)
        console.log('  spurious relations:', s.spuriousRelations.join(' | '));
    }
  }
}

main();
