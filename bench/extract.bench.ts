import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { extractDocument } from '../graph/index';
import { cutHmm } from '../graph/zh/segment';

/** Benchmark options. Never asserts on time: it prints a table. */
const BENCH_OPTIONS = Object.freeze({
  /** Corpus size to reach by replicating the real Chinese fixtures. */
  targetBytes: 10 * 1024 * 1024,
  /** Real articles used as the replicated corpus. */
  fixtures: join(__dirname, '..', 'eval', 'fixtures', 'zh'),
});

function rssMb(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function main(): void {
  const texts = readdirSync(BENCH_OPTIONS.fixtures)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(BENCH_OPTIONS.fixtures, f), 'utf8'));
  // A stream of documents, each made unique by a counter so nothing can be cached.
  const docs: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < BENCH_OPTIONS.targetBytes; i++) {
    const t = `第${i}期\n` + (texts[i % texts.length] as string);
    docs.push(t);
    bytes += Buffer.byteLength(t, 'utf8');
  }
  const mb = bytes / 1024 / 1024;
  extractDocument({ id: 'warm', text: texts[0] as string }); // load dictionaries once
  global.gc?.();
  const rssBefore = rssMb();
  let t0 = process.hrtime.bigint();
  let entities = 0;
  docs.forEach((text, i) => {
    // One document at a time: results are dropped, so memory must stay flat.
    entities += extractDocument({ id: 'b' + i, text }).entities.length;
  });
  const extractS = Number(process.hrtime.bigint() - t0) / 1e9;
  const rssAfter = rssMb();
  t0 = process.hrtime.bigint();
  let tokens = 0;
  for (const text of docs) tokens += cutHmm(text).length;
  const cutS = Number(process.hrtime.bigint() - t0) / 1e9;
  const rows: Array<[string, string]> = [
    ['corpus', `${docs.length} docs, ${mb.toFixed(1)} MB UTF-8`],
    [
      'extract (full pipeline)',
      `${(mb / extractS).toFixed(2)} MB/s  (${extractS.toFixed(2)} s, ${entities} entities)`,
    ],
    [
      'jieba cut (HMM), same run',
      `${(mb / cutS).toFixed(2)} MB/s  (${cutS.toFixed(2)} s, ${tokens} tokens)`,
    ],
    ['ratio extract / cut', (cutS / extractS).toFixed(2)],
    ['RSS before / after extract', `${rssBefore.toFixed(0)} MB / ${rssAfter.toFixed(0)} MB`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)} | ${v}`);
  // Machine-readable line collected by the bench runner.
  const summary = [
    {
      bench: 'extract',
      metric: 'extract_mb_s',
      value: round(mb / extractS),
      unit: 'MB/s',
      target: 7,
    },
    { bench: 'extract', metric: 'cut_mb_s', value: round(mb / cutS), unit: 'MB/s', target: null },
    {
      bench: 'extract',
      metric: 'extract_to_cut_ratio',
      value: round(cutS / extractS),
      unit: 'ratio',
      target: 0.25,
    },
    { bench: 'extract', metric: 'rss_after_mb', value: round(rssAfter), unit: 'MB', target: null },
  ];
  console.log(`BENCH-SUMMARY ${JSON.stringify(summary)}`);
}

main();
