import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { extractDocument } from '../graph/index';
import { EMPTY_GAZETTEER, parseGazetteer, type Gazetteer } from '../graph/gazetteer';
import { ENTITY_TYPES } from '../graph/ontology';
import { nameOf } from './synthetic/names';
import { fmt, printSummary, printTable, type SummaryRow } from './support/report';
import { median } from './support/stats';

/**
 * Gazetteer benchmark: what a large user gazetteer costs extraction. Chinese fixtures are
 * extracted without and with a synthetic gazetteer of `entries` names, alternating in blocks so
 * machine load hits both alike; it prints the throughput ratio, compile time and heap.
 */
const GAZETTEER_BENCH = Object.freeze({
  /** Entries of the synthetic gazetteer (names of every type, with their short forms). */
  entries: Number(process.env.BENCH_GAZETTEER_ENTRIES ?? 100_000),
  /** Real articles extracted. */
  fixtures: join(__dirname, '..', 'eval', 'fixtures', 'zh'),
  /** Passes over the fixtures per side; each pass is one timing block. */
  rounds: Number(process.env.BENCH_ROUNDS ?? 5),
  /** A large gazetteer should cost extraction little: at least this share of the throughput. */
  targetRatio: 0.9,
});

function syntheticEntries(count: number): { name: string; type: string; aliases: string[] }[] {
  const types = ENTITY_TYPES.filter((t) => t !== 'Other');
  const seen = new Set<string>();
  const out: { name: string; type: string; aliases: string[] }[] = [];
  for (let i = 0; out.length < count; i++) {
    const type = types[i % types.length]!;
    const named = nameOf(type, Math.floor(i / types.length));
    const forms = [named.name, ...named.aliases].filter((f) => f.length >= 2 && !seen.has(f));
    if (forms[0] !== named.name) continue;
    forms.forEach((f) => seen.add(f));
    out.push({ name: named.name, type, aliases: forms.slice(1) });
  }
  return out;
}

function passSeconds(texts: readonly string[], gazetteer: Gazetteer, round: number): number {
  const t0 = process.hrtime.bigint();
  texts.forEach((text, i) => extractDocument({ id: `d${round}-${i}`, text }, { gazetteer }));
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function main(): void {
  const dir = GAZETTEER_BENCH.fixtures;
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const entries = syntheticEntries(GAZETTEER_BENCH.entries);
  const heap0 = process.memoryUsage().heapUsed;
  const c0 = process.hrtime.bigint();
  const gazetteer = parseGazetteer({ entities: entries });
  const compileMs = Number(process.hrtime.bigint() - c0) / 1e6;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;
  passSeconds(texts, EMPTY_GAZETTEER, -1); // warm-up: jieba's dictionary and the JIT
  const without: number[] = [];
  const withIt: number[] = [];
  for (let r = 0; r < GAZETTEER_BENCH.rounds; r++) {
    without.push(mb / passSeconds(texts, EMPTY_GAZETTEER, r));
    withIt.push(mb / passSeconds(texts, gazetteer, r));
  }
  const ratio = median(withIt.map((w, i) => w / without[i]!));
  printTable([
    ['figure', 'value', 'target'],
    ['gazetteer entries', fmt(gazetteer.size), ''],
    ['compile (parse + index), ms', fmt(compileMs), ''],
    ['heap held by the gazetteer, MB', fmt(heapMb, 1), ''],
    [`extract without, MB/s (median of ${GAZETTEER_BENCH.rounds})`, fmt(median(without), 2), ''],
    ['extract with, MB/s', fmt(median(withIt), 2), ''],
    ['with / without (median of block ratios)', fmt(ratio, 3), `≥ ${GAZETTEER_BENCH.targetRatio}`],
  ]);
  const rows: SummaryRow[] = [
    { bench: 'gazetteer', metric: 'compile', value: compileMs, unit: 'ms' },
    { bench: 'gazetteer', metric: 'heap', value: heapMb, unit: 'MB' },
    {
      bench: 'gazetteer',
      metric: 'throughput with/without',
      value: ratio,
      unit: 'ratio',
      target: `≥ ${GAZETTEER_BENCH.targetRatio}`,
    },
  ];
  printSummary(rows);
}

main();
