import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fmt, printTable, SUMMARY_PREFIX, type SummaryRow } from './support/report';

/** Runs every bench/*.bench.ts in its own process, one after another, and prints one table. */
const RUN_ALL = Object.freeze({
  /** Folder holding the benchmarks. */
  dir: __dirname,
  /** Benchmarks that must run first (the rest follow in name order). */
  first: Object.freeze(['load.bench.ts']),
  /** Longest a single benchmark may run before it is stopped. */
  timeoutMs: 45 * 60_000,
});

interface Outcome {
  file: string;
  code: number | null;
  seconds: number;
  rows?: SummaryRow[];
}

function benchFiles(): string[] {
  const all = fs.readdirSync(RUN_ALL.dir).filter((f) => f.endsWith('.bench.ts'));
  const first = RUN_ALL.first.filter((f) => all.includes(f));
  return [...first, ...all.filter((f) => !first.includes(f)).sort()];
}

/** The rows of the last BENCH-SUMMARY line of a run's output, if it printed one. */
export function parseSummary(output: string): SummaryRow[] | undefined {
  const line = output
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(SUMMARY_PREFIX));
  if (!line) return undefined;
  try {
    const rows = JSON.parse(line.slice(SUMMARY_PREFIX.length)) as unknown;
    return Array.isArray(rows) ? (rows as SummaryRow[]) : undefined;
  } catch {
    return undefined;
  }
}

function runOne(file: string, args: string[]): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', path.join(RUN_ALL.dir, file), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      process.stdout.write(chunk);
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), RUN_ALL.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ file, code, seconds: (Date.now() - started) / 1000, rows: parseSummary(output) });
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2); // passed on to every benchmark (e.g. --full)
  const outcomes: Outcome[] = [];
  for (const file of benchFiles()) {
    console.log(`\n=== ${file} ===`);
    outcomes.push(await runOne(file, args));
  }
  const table: string[][] = [['bench', 'metric', 'value', 'unit', 'target']];
  for (const o of outcomes) {
    const name = o.file.replace(/\.bench\.ts$/, '');
    const status = o.code === 0 ? '' : ` (exit ${o.code ?? 'killed'})`;
    if (!o.rows || o.rows.length === 0) {
      table.push([name + status, 'no summary', '', '', '']);
      continue;
    }
    for (const r of o.rows) {
      // Rows come from other processes: tolerate missing fields and numeric or null targets.
      const value = Number(r.value);
      const target: unknown = r.target;
      table.push([
        String(r.bench ?? name) + status,
        String(r.metric),
        fmt(value, Number.isInteger(value) ? 0 : 2),
        String(r.unit ?? ''),
        target === undefined || target === null ? '' : String(target),
      ]);
    }
  }
  console.log('\n=== all benchmarks ===');
  printTable(table);
  console.log(outcomes.map((o) => `${o.file}: ${fmt(o.seconds, 0)} s`).join(', '));
  process.exitCode = outcomes.every((o) => o.code === 0) ? 0 : 1;
}

if (require.main === module) void main();
