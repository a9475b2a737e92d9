import './quietLogs';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../../runtime/paths';
import { cpuSeconds } from './cpuUse';

/**
 * What the API itself costs per request, without Neo4j: the real app in a process of its own
 * with the store functions behind search and neighbourhood answering fixed results, driven by
 * autocannon; its CPU per request is the server's own overhead (HTTP, Express, middleware,
 * validation, JSON), the part the API/direct ratio of api.bench.ts charges to the API. A bare
 * Node server sending the same answers gives the floor. Run: npx tsx bench/api/overhead.ts
 */
export const OVERHEAD_BENCH = Object.freeze({
  /** Seconds per measured run (OVERHEAD_SECONDS). */
  seconds: Number(process.env.OVERHEAD_SECONDS ?? 4),
  /** Measured runs per server and request; the median is reported. */
  runs: 3,
  /** Seconds driven before measuring (the server starts cold). */
  warmupSeconds: 3,
  /** Concurrent connections. */
  connections: 8,
  /** Log level of the server (OVERHEAD_LOG_LEVEL; info is what users run, one line a request). */
  logLevel: process.env.OVERHEAD_LOG_LEVEL ?? 'warn',
});

const CHILD_ENV = 'API_OVERHEAD_CHILD';

/** CommonJS require: the stubs must be in the module cache before the routes are loaded. */
const load = createRequire(__filename);

/** Ten search hits and a depth-1 neighbourhood of 50 entities and 60 ties, as the store returns them. */
function fixtures() {
  const name = (i: number): string => `合肥高新区示例科技有限公司${i}`;
  const hits = Array.from({ length: 10 }, (_, i) => ({
    id: `e_${i}0123456789ab`,
    name: name(i),
    type: 'Company',
    aliases: ['示例科技'],
    score: 50.5 + i,
    match: 'name',
  }));
  const nodes = Array.from({ length: 51 }, (_, i) => ({
    data: {
      id: `e_${i}0123456789ab`,
      label: name(i),
      type: 'Company',
      aliases: ['示例科技'],
      district: 'd_example',
      districtName: '示例区',
      degree: 12,
      mentionCount: 30,
      documentCount: 9,
    },
  }));
  const edges = Array.from({ length: 60 }, (_, i) => ({
    data: {
      id: `r_${i}0123456789ab`,
      source: 'e_00123456789ab',
      target: `e_${(i % 50) + 1}0123456789ab`,
      type: 'COOPERATES_WITH',
      confidence: 0.8,
      evidenceCount: 3,
    },
  }));
  return { hits, neighbourhood: { elements: { nodes, edges }, omitted: 0 } };
}

/** Replaces some exports of a store module before the routes load it. */
function stubModule(request: string, replacements: Record<string, unknown>): void {
  const real = load(request) as Record<string, unknown>;
  load.cache[load.resolve(request)]!.exports = { ...real, ...replacements };
}

/** The child: the app (store stubbed) or a bare Node server, on a free port. */
async function runChild(kind: string): Promise<void> {
  const { hits, neighbourhood } = fixtures();
  let server: Server;
  if (kind === 'bare') {
    server = createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      const expansion = req.url?.includes('/neighbourhood');
      res.end(
        JSON.stringify(
          expansion ? { centre: 'e_00123456789ab', ...neighbourhood } : { results: hits },
        ),
      );
    });
  } else {
    stubModule('../../store/search', { searchEntities: () => Promise.resolve(hits) });
    stubModule('../../store/graphQueries', { neighbourhood: () => Promise.resolve(neighbourhood) });
    // Loaded after the stubs, so the routes bind to them.
    const { createApp } = load('../../server/app') as typeof import('../../server/app');
    const { createAppServer } = load(
      '../../server/appServer',
    ) as typeof import('../../server/appServer');
    const app = createApp({
      port: 0,
      host: '127.0.0.1',
      readsPerMinute: 100_000_000,
      writesPerMinute: 100_000_000,
      clientDir: path.join(PROJECT_ROOT, 'client', 'dist'),
    });
    // As startServer serves it.
    server = createAppServer(app);
  }
  server.listen(0, '127.0.0.1', () => {
    process.send!(String((server.address() as AddressInfo).port));
  });
  process.stdin.resume();
  process.stdin.once('end', () => process.exit(0));
}

function drive(url: string, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: OVERHEAD_BENCH.connections, duration: seconds }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
  });
}

/** Median server CPU µs per request of each path on one server kind. */
async function measure(kind: string, paths: readonly string[]): Promise<number[]> {
  // OVERHEAD_PROFILE=<dir>: the app child writes a V8 CPU profile there when it exits.
  const profile =
    kind === 'app' && process.env.OVERHEAD_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.OVERHEAD_PROFILE}`]
      : [];
  const child = spawn(process.execPath, [...profile, ...process.execArgv, __filename], {
    env: { ...process.env, [CHILD_ENV]: kind, LOG_LEVEL: OVERHEAD_BENCH.logLevel },
    stdio: ['pipe', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<string>((resolve) =>
    child.once('message', (m) => resolve(`${m}`)),
  );
  const out: number[] = [];
  try {
    for (const p of paths) {
      const url = `http://127.0.0.1:${port}${p}`;
      const probe = await fetch(url);
      await probe.text();
      if (probe.status !== 200) throw new Error(`${kind} ${p}: HTTP ${probe.status}`);
      await drive(url, OVERHEAD_BENCH.warmupSeconds);
      const runs: number[] = [];
      for (let r = 0; r < OVERHEAD_BENCH.runs; r++) {
        const before = cpuSeconds(child.pid!);
        const res = await drive(url, OVERHEAD_BENCH.seconds);
        runs.push(((cpuSeconds(child.pid!) - before) * 1e6) / Math.max(1, res.requests.total));
      }
      out.push(runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!);
    }
  } finally {
    child.stdin!.end();
    await new Promise((resolve) => child.once('exit', resolve));
  }
  return out;
}

async function main(): Promise<void> {
  const search = '/api/search?q=%E5%90%88%E8%82%A5&limit=10';
  const d1 = '/api/entities/e_00123456789ab/neighbourhood?depth=1';
  // OVERHEAD_ONLY=search|d1: that request alone (a CPU profile of one request kind).
  const only = process.env.OVERHEAD_ONLY;
  const [bareSearch, bareD1] = only
    ? [Number.NaN, Number.NaN]
    : await measure('bare', [search, d1]);
  const [appSearch, appD1] =
    only === 'search'
      ? [...(await measure('app', [search])), Number.NaN]
      : only === 'd1'
        ? [Number.NaN, ...(await measure('app', [d1]))]
        : await measure('app', [search, d1]);
  const f = (x: number | undefined): string => (x ?? Number.NaN).toFixed(0);
  console.log(
    `server CPU µs per request (median of ${OVERHEAD_BENCH.runs} × ${OVERHEAD_BENCH.seconds} s, ` +
      `${OVERHEAD_BENCH.connections} connections, log level ${OVERHEAD_BENCH.logLevel}):\n` +
      `  bare Node, search answer: ${f(bareSearch)}\n` +
      `  bare Node, d1 answer:     ${f(bareD1)}\n` +
      `  API search (10 hits):     ${f(appSearch)}\n` +
      `  API neighbourhood d1:     ${f(appD1)}`,
  );
}

const childKind = process.env[CHILD_ENV];
(childKind ? runChild(childKind) : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
