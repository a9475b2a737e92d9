/**
 * `npm run eval:agreement`: scores the second annotations under eval/agreement/LANG/ against the
 * gold of the same articles under eval/fixtures/LANG/, per article and in aggregate, both ways.
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { agreement, type Agreement } from './agreement';
import { aggregate, type Gold } from './score';
import { optionValue, prfCells } from './report';

/** Options of the agreement run. */
const AGREEMENT_OPTIONS = Object.freeze({
  /** The project's gold, one folder per language. */
  goldRoot: join(__dirname, 'fixtures'),
  /** Second annotations of the same shape; `--second DIR` reads another folder (e.g. a new round). */
  secondRoot: optionValue('--second') ?? join(__dirname, 'agreement'),
  languages: ['zh', 'en'] as const,
});

function readGold(file: string): Gold {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Gold;
  } catch (err) {
    throw new Error(`${file}: not a readable annotation (${(err as Error).message})`, {
      cause: err,
    });
  }
}

function main(): void {
  const header = `${'article (second vs first)'.padEnd(46)} | ${'ent P'.padStart(6)} ${'ent R'.padStart(6)} ${'ent F1'.padStart(6)} | ${'rel P'.padStart(6)} ${'rel R'.padStart(6)} ${'rel F1'.padStart(6)}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  const summary: string[] = [];
  for (const lang of AGREEMENT_OPTIONS.languages) {
    const dir = join(AGREEMENT_OPTIONS.secondRoot, lang);
    if (!existsSync(dir)) continue;
    const rows: Agreement[] = [];
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()) {
      const goldFile = join(AGREEMENT_OPTIONS.goldRoot, lang, file);
      if (!existsSync(goldFile))
        throw new Error(`${join(dir, file)}: no gold ${goldFile} to compare with`);
      const a = agreement(readGold(goldFile), readGold(join(dir, file)));
      rows.push(a);
      const s = a.secondAgainstFirst;
      console.log(
        `${(lang + '/' + file.slice(0, -'.gold.json'.length)).padEnd(46)} | ${prfCells(s.entities, s.relations)}`,
      );
    }
    if (rows.length === 0) continue;
    const ab = aggregate(rows.map((r) => r.secondAgainstFirst));
    const ba = aggregate(rows.map((r) => r.firstAgainstSecond));
    summary.push(
      `${`${lang}: second vs first (${rows.length} articles)`.padEnd(46)} | ${prfCells(ab.entities, ab.relations)}`,
      `${`${lang}: first vs second`.padEnd(46)} | ${prfCells(ba.entities, ba.relations)}`,
    );
  }
  console.log('-'.repeat(header.length));
  console.log(summary.join('\n'));
}

try {
  main();
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
