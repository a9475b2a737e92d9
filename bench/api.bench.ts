import './api/quietLogs';
import path from 'node:path';
import { PROJECT_ROOT } from '../runtime/paths';
import { startServer } from '../server/start';
import { rankHubs } from '../store/analytics/hubService';
import { districtFlows } from '../store/districtFlows';
import { startServerProcess } from './api/serverProcess';
import { ensureApiGraph } from './api/graph';
import { driveDirect, driveHttp, figures, type LoadSample } from './api/drive';
import { sampleParameters, scenarios, type Scenario } from './api/scenarios';
import { cpuSeconds } from './api/cpuUse';
import { localNeo4jStatus } from '../neo4j-local/launcher';
import { BENCH_NEO4J, openBenchDatabase, readValue } from './support/benchNeo4j';
import { fmt, printSummary, printTable, type SummaryRow } from './support/report';
import { msSince } from './support/stats';

/** API benchmark (issue 8): the real server under autocannon beside the store called directly. */
const API_BENCH = Object.freeze({
  /**
   * Concurrent HTTP connections, and concurrent direct calls (BENCH_CONNECTIONS: e.g. 1 for the
   * latency the API adds when the cores are not all busy).
   */
  connections: Number(process.env.BENCH_CONNECTIONS ?? 16),
  /** Seconds per scenario and per side (HTTP, direct), split over the rounds. */
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
  /**
   * Rounds per scenario (BENCH_ROUNDS): each drives both sides for seconds/rounds, API first in
   * even rounds and direct first in odd ones (2 is API, direct, direct, API). The API/direct
   * ratio is the median of the rounds' ratios: the two sides of a round are measured seconds
   * apart, so a burst of other work on the machine falls on both, where with two long halves it
   * could fall on one side alone (d1 read 0.69 and 1.45 in two runs of the same code).
   */
  rounds: Math.max(1, Number(process.env.BENCH_ROUNDS ?? 4)),
  /**
   * Seconds each side is driven before it is measured, per scenario (BENCH_WARMUP_SECONDS): the
   * server process and the benchmark process both start cold, and a user's server is warm.
   */
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 2),
  /**
   * Requests each side answers, every chosen scenario in turn, before the first is measured
   * (BENCH_INITIAL_WARMUP_REQUESTS): a fresh server process spends about twice the CPU a request
   * for its first few thousand (code still compiling, heap still growing), which a time-based
   * warm-up on a busy machine (~150 requests/s) did not cover: the first scenario measured,
   * search, showed 1.7-2.3 ms of server CPU a request against 1.1-1.3 for the searches after it.
   */
  initialWarmupRequests: Number(process.env.BENCH_INITIAL_WARMUP_REQUESTS ?? 5_000),
  /** Longest initial warm-up per side, in seconds, however few requests were answered. */
  initialWarmupMaxSeconds: 40,
  /** Entities sampled for ids and search terms. */
  sampleSize: 2_000,
  /** Seed of the sampling. */
  seed: 8,
  /** Reads per minute for the benchmark server: high enough never to answer 429. */
  readsPerMinute: 100_000_000,
  /** Largest tolerated API overhead over direct (p50 ratio − 1). */
  maxOverhead: 0.3,
  /**
   * Where the API server runs: 'process' (its own process, as users run it; the default) or
   * 'inline' (BENCH_SERVER=inline: inside the benchmark process, sharing its event loop with
   * autocannon and the direct calls, as earlier rounds measured).
   */
  server: process.env.BENCH_SERVER === 'inline' ? 'inline' : 'process',
  /** Scenarios to run (BENCH_SCENARIOS, comma-separated name prefixes; all when unset). */
  only: (process.env.BENCH_SCENARIOS ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x),
});

function selected(s: Scenario): boolean {
  return API_BENCH.only.length === 0 || API_BENCH.only.some((prefix) => s.name.startsWith(prefix));
}

function ratio(api: number, direct: number): number {
  return direct > 0 ? api / direct : Number.NaN;
}

/** The median (the mean of the middle two of an even count); NaN when empty. */
function middle(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Drives one side in 2 s runs until it has answered `requests` requests or `maxSeconds` passed. */
async function warmUp(
  drive: (seconds: number) => Promise<LoadSample>,
  requests: number,
  maxSeconds: number,
): Promise<{ requests: number; seconds: number }> {
  let answered = 0;
  let seconds = 0;
  while (answered < requests && seconds < maxSeconds) {
    const run = await drive(2);
    answered += run.latencies.length;
    seconds += run.seconds;
  }
  return { requests: answered, seconds };
}

/** Every chosen scenario in turn: request i is scenario i mod n's request i / n. */
function rotation(chosen: Scenario[]): Scenario {
  const at = (i: number): Scenario => chosen[i % chosen.length]!;
  const nth = (i: number): number => Math.floor(i / chosen.length);
  return {
    name: 'warm-up',
    path: (i) => at(i).path(nth(i)),
    direct: (i) => at(i).direct(nth(i)),
  };
}

function targetText(s: Scenario): string {
  const t = s.target;
  if (!t) return '';
  return [
    t.p50 !== undefined ? `p50 ≤ ${t.p50}` : '',
    t.p99 !== undefined ? `p99 ≤ ${t.p99}` : '',
    t.rps !== undefined ? `≥ ${fmt(t.rps)} req/s` : '',
  ]
    .filter((x) => x)
    .join(', ');
}

async function main(): Promise<void> {
  const log = (line: string): void => void console.error(line);
  const db = await openBenchDatabase(log);
  const table: string[][] = [
    [
      'scenario',
      'API p50/p95/p99 ms',
      'API req/s',
      'direct p50/p95/p99 ms',
      'direct req/s',
      'API/direct p50 (median of rounds)',
      'target',
    ],
  ];
  // CPU ms per request of each process, API side then direct side: where the time goes on a
  // machine whose cores all three (load generator, server, Neo4j) share.
  const cpuTable: string[][] = [
    [
      'scenario',
      'API: Neo4j / server / load generator ms',
      'direct: Neo4j / bench ms',
      'API / direct CPU',
    ],
  ];
  const summary: SummaryRow[] = [];
  try {
    const loadS = await ensureApiGraph(log);
    const entities = (await readValue<number>('MATCH (e:Entity) RETURN count(e) AS n', 'n')) ?? 0;
    const ties =
      (await readValue<number>('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n', 'n')) ?? 0;
    console.log(
      `API benchmark on ${db.describe}: ${fmt(entities)} entities, ${fmt(ties)} ties${loadS ? ` (loaded in ${fmt(loadS)} s)` : ' (reused)'}`,
    );

    const config = {
      port: 0,
      host: '127.0.0.1',
      readsPerMinute: API_BENCH.readsPerMinute,
      writesPerMinute: API_BENCH.readsPerMinute,
      clientDir: path.join(PROJECT_ROOT, 'client', 'dist'),
    };
    const server =
      API_BENCH.server === 'inline' ? await startServer(config) : await startServerProcess(config);
    console.log(
      `API server: ${API_BENCH.server === 'inline' ? 'in the benchmark process' : 'own process'}`,
    );
    const baseUrl = server.url.replace('localhost', '127.0.0.1');
    const neo4jPid = process.env.NEO4J_URI ? undefined : localNeo4jStatus(BENCH_NEO4J.home).pid;
    const serverPid = (server as { pid?: number }).pid;
    const cpuNow = (): number[] => [
      neo4jPid ? cpuSeconds(neo4jPid) : Number.NaN,
      serverPid ? cpuSeconds(serverPid) : Number.NaN,
      cpuSeconds(process.pid),
    ];
    const perRequest = (used: number[], requests: number): number[] =>
      used.map((x) => (x * 1000) / Math.max(1, requests));
    try {
      const sample = await sampleParameters(API_BENCH.sampleSize, API_BENCH.seed);
      const chosen = scenarios(sample).filter(selected);
      if (chosen.some((s) => s.name.startsWith('hubs') || s.name === 'mixed')) {
        const warm = process.hrtime.bigint();
        const hubs = await fetch(`${baseUrl}/api/hubs?metric=degree&limit=20`);
        log(`hubs cache warmed in ${fmt(msSince(warm) / 1000, 1)} s (HTTP ${hubs.status})`);
        // The direct side has a cache of its own when the server runs in another process.
        if (API_BENCH.server !== 'inline') await rankHubs({ metric: 'degree', limit: 20 });
      }
      // Flows are cached per graph version like hubs: the cold computation is reported, not timed.
      if (chosen.some((s) => s.name === 'flows')) {
        const warm = process.hrtime.bigint();
        const flows = await fetch(`${baseUrl}/api/districts/flows`);
        log(`flows cache warmed in ${fmt(msSince(warm) / 1000, 1)} s (HTTP ${flows.status})`);
        if (API_BENCH.server !== 'inline') await districtFlows({ limit: 500, minCount: 1 });
      }
      if (API_BENCH.initialWarmupRequests > 0 && chosen.length > 0) {
        const all = rotation(chosen);
        const { initialWarmupRequests: n, initialWarmupMaxSeconds: max } = API_BENCH;
        const http = await warmUp((t) => driveHttp(baseUrl, all, API_BENCH.connections, t), n, max);
        const direct = await warmUp((t) => driveDirect(all, API_BENCH.connections, t), n, max);
        log(
          `warm-up: ${fmt(http.requests)} requests in ${fmt(http.seconds, 1)} s (API), ` +
            `${fmt(direct.requests)} in ${fmt(direct.seconds, 1)} s (direct)`,
        );
      }
      for (const s of chosen) {
        log(`scenario ${s.name}…`);
        if (API_BENCH.warmupSeconds > 0) {
          await driveHttp(baseUrl, s, API_BENCH.connections, API_BENCH.warmupSeconds);
          await driveDirect(s, API_BENCH.connections, API_BENCH.warmupSeconds);
        }
        // Rounds of API then direct, and direct then API: drift over the scenario (a JVM still
        // compiling, other work on the machine) falls on both sides alike. Measured API first,
        // Neo4j's warm-up had been charged to the API (4.0 against 1.8 ms of Neo4j CPU a search).
        const runs: Record<'api' | 'direct', LoadSample[]> = { api: [], direct: [] };
        const cpuUsed: Record<'api' | 'direct', number[]> = { api: [0, 0, 0], direct: [0, 0, 0] };
        const slice = API_BENCH.seconds / API_BENCH.rounds;
        for (let round = 0; round < API_BENCH.rounds; round++) {
          const order =
            round % 2 === 0 ? (['api', 'direct'] as const) : (['direct', 'api'] as const);
          for (const side of order) {
            const before = cpuNow();
            runs[side].push(
              side === 'api'
                ? await driveHttp(baseUrl, s, API_BENCH.connections, slice)
                : await driveDirect(s, API_BENCH.connections, slice),
            );
            const after = cpuNow();
            cpuUsed[side] = cpuUsed[side].map((x, i) => x + after[i]! - before[i]!);
          }
        }
        const roundRatios = runs.api.map((a, i) =>
          ratio(figures([a]).p50, figures([runs.direct[i]!]).p50),
        );
        log(`  API/direct p50 by round: ${roundRatios.map((x) => fmt(x, 2)).join(', ')}`);
        const api = figures(runs.api);
        const direct = figures(runs.direct);
        const apiCpu = perRequest(cpuUsed.api, api.requests);
        const directCpu = perRequest(cpuUsed.direct, direct.requests);
        const sum = (xs: number[]): number => xs.reduce((a, b) => a + (b || 0), 0);
        cpuTable.push([
          s.name,
          apiCpu.map((x) => fmt(x, 2)).join(' / '),
          [directCpu[0]!, directCpu[2]!].map((x) => fmt(x, 2)).join(' / '),
          fmt(sum(apiCpu) / sum([directCpu[0]!, directCpu[2]!]), 2),
        ]);
        const r = middle(roundRatios);
        table.push([
          s.name +
            (api.errors + direct.errors > 0 ? ` (${api.errors}/${direct.errors} errors)` : ''),
          `${fmt(api.p50, 1)} / ${fmt(api.p95, 1)} / ${fmt(api.p99, 1)}`,
          fmt(api.rps),
          `${fmt(direct.p50, 1)} / ${fmt(direct.p95, 1)} / ${fmt(direct.p99, 1)}`,
          fmt(direct.rps),
          fmt(r, 2),
          [targetText(s), `API ≤ ${1 + API_BENCH.maxOverhead}× direct`].filter((x) => x).join('; '),
        ]);
        const row = (metric: string, value: number, unit: string, target?: string): SummaryRow => ({
          bench: 'api',
          metric: `${s.name} ${metric}`,
          value: +value.toFixed(2),
          unit,
          ...(target ? { target } : {}),
        });
        summary.push(
          row('p50', api.p50, 'ms', s.target?.p50 !== undefined ? `≤ ${s.target.p50}` : undefined),
          row('p99', api.p99, 'ms', s.target?.p99 !== undefined ? `≤ ${s.target.p99}` : undefined),
          row(
            'req/s',
            api.rps,
            '1/s',
            s.target?.rps !== undefined ? `≥ ${s.target.rps}` : undefined,
          ),
          row('API/direct p50', r, 'ratio', `≤ ${1 + API_BENCH.maxOverhead}`),
        );
      }
    } finally {
      await server.close();
    }
  } finally {
    await db.close();
  }
  console.log(
    `${API_BENCH.connections} connections, ${API_BENCH.seconds} s per scenario and side, loopback`,
  );
  printTable(table);
  if (API_BENCH.server === 'process') printTable(cpuTable);
  printSummary(summary);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
