/**
 * Load soak: N concurrent clients mix search, neighbourhood, paths and hubs against the real API
 * on loopback while one writer ingests articles; prints requests, errors, lost ingests and
 * latency percentiles. Full run: `npx tsx bench/load-soak.bench.ts` (60 s, 50 clients; override
 * with SOAK_SECONDS / SOAK_CLIENTS). tests/integration/load-short.test.ts runs a short variant.
 */

import { startTestApp } from '../tests/support/app';
import setup from '../tests/support/globalSetup';
import teardown from '../tests/support/globalTeardown';

export interface LoadOptions {
  baseUrl: string;
  clients: number;
  durationMs: number;
  /** Ids of entities to ask about (hubs and others from the loaded corpus). */
  entityIds: string[];
  /** Search terms. */
  terms: string[];
}

export interface LoadReport {
  requests: number;
  errors: number;
  errorSamples: string[];
  ingested: number;
  ingestErrors: number;
  lostIngests: string[];
  perKind: Record<string, { requests: number; p50: number; p99: number }>;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  seconds: number;
  requestsPerSecond: number;
}

const NAME_PARTS = [
  '青',
  '岚',
  '澜',
  '峰',
  '禾',
  '曜',
  '衡',
  '弈',
  '昕',
  '璟',
  '翊',
  '珩',
  '骁',
  '砚',
  '朔',
  '霁',
];

/** An invented article: unique names per n, so each ingest adds a new document. */
export function inventedArticle(n: number, salt = ''): { title: string; text: string } {
  const part = (k: number) => NAME_PARTS[k % NAME_PARTS.length]!;
  const x = `${part(n)}${part(n >> 4)}${part(n >> 8)}${salt}`;
  const y = `${part(n + 5)}${part((n >> 4) + 3)}${part((n >> 8) + 1)}${salt}`;
  const z = `${part(n + 9)}${part((n >> 4) + 7)}${salt}`;
  return {
    title: `soak ${salt}${n}`,
    text: `${x}科技有限公司与${y}大学共建${z}实验室。${x}科技有限公司位于两江新区。编号${salt}${n}。`,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs the mixed load and reports; never throws on HTTP errors (they are counted). */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const { baseUrl, clients, durationMs, entityIds, terms } = options;
  const latencies: Record<string, number[]> = {};
  const errorSamples: string[] = [];
  let errors = 0;
  let requests = 0;
  const started = Date.now();
  const deadline = started + durationMs;
  const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]!;

  const record = async (
    kind: string,
    url: string,
    init?: RequestInit,
  ): Promise<Response | undefined> => {
    const t = performance.now();
    try {
      const res = await fetch(url, init);
      await res.arrayBuffer();
      const ms = performance.now() - t;
      (latencies[kind] ??= []).push(ms);
      requests++;
      if (res.status >= 300) {
        errors++;
        if (errorSamples.length < 20) errorSamples.push(`${kind} ${res.status} ${url}`);
      }
      return res;
    } catch (error) {
      requests++;
      errors++;
      if (errorSamples.length < 20) errorSamples.push(`${kind} ${(error as Error).message} ${url}`);
      return undefined;
    }
  };

  const reader = async (c: number): Promise<void> => {
    for (let i = c; Date.now() < deadline; i += clients) {
      const a = pick(entityIds, i);
      const b = pick(entityIds, i * 7 + 3);
      switch (i % 4) {
        case 0:
          await record('search', `${baseUrl}/api/search?q=${encodeURIComponent(pick(terms, i))}`);
          break;
        case 1:
          await record(
            'neighbourhood',
            `${baseUrl}/api/entities/${a}/neighbourhood?depth=${1 + (i % 2)}`,
          );
          break;
        case 2:
          await record(
            'paths',
            `${baseUrl}/api/paths?from=${a}&to=${b === a ? pick(entityIds, i + 1) : b}&k=3`,
          );
          break;
        default:
          await record(
            'hubs',
            `${baseUrl}/api/hubs?metric=${pick(['degree', 'pagerank', 'betweenness', 'bridging'], i)}`,
          );
      }
    }
  };

  const acknowledged: string[] = [];
  let ingestErrors = 0;
  const salt = `${started % 100_000}`;
  const writer = async (): Promise<void> => {
    for (let n = 0; Date.now() < deadline; n++) {
      const res = await record('ingest', `${baseUrl}/api/documents`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(inventedArticle(n, salt)),
      });
      if (res?.status === 201) {
        // record() consumed the body; ask the store what it holds under this title instead.
        acknowledged.push(inventedArticle(n, salt).title);
      } else ingestErrors++;
    }
  };

  await Promise.all([writer(), ...Array.from({ length: clients }, (_, c) => reader(c))]);
  const seconds = (Date.now() - started) / 1000;

  // Every acknowledged ingest must be listed by the API afterwards.
  const listed = new Set<string>();
  for (let skip = 0; ; skip += 500) {
    const res = await fetch(`${baseUrl}/api/documents?skip=${skip}&limit=500`);
    const { documents } = (await res.json()) as { documents: { title: string }[] };
    documents.forEach((d) => listed.add(d.title));
    if (documents.length < 500) break;
  }
  const lostIngests = acknowledged.filter((t) => !listed.has(t));

  const all = Object.values(latencies)
    .flat()
    .sort((x, y) => x - y);
  const perKind = Object.fromEntries(
    Object.entries(latencies).map(([kind, xs]) => {
      const sorted = [...xs].sort((x, y) => x - y);
      return [
        kind,
        { requests: xs.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) },
      ];
    }),
  );
  return {
    requests,
    errors,
    errorSamples,
    ingested: acknowledged.length,
    ingestErrors,
    lostIngests,
    perKind,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    max: all[all.length - 1] ?? 0,
    seconds,
    requestsPerSecond: requests / seconds,
  };
}

/** Entity ids and search terms to drive the load with, read through the API itself. */
export async function loadTargets(
  baseUrl: string,
): Promise<{ entityIds: string[]; terms: string[] }> {
  const hubs = (await (await fetch(`${baseUrl}/api/hubs?metric=degree&limit=40`)).json()) as {
    results: { id: string; name: string }[];
  };
  const entityIds = hubs.results.map((h) => h.id);
  const terms = [
    ...hubs.results.map((h) => h.name.slice(0, 2)),
    '大学',
    '科技',
    'chongqing',
    'cqdx',
  ];
  return { entityIds, terms };
}

export function formatReport(r: LoadReport, clients: number): string {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const lines = [
    `load: ${clients} clients + 1 writer for ${r.seconds.toFixed(1)} s`,
    `  requests ${r.requests} (${r.requestsPerSecond.toFixed(0)}/s), errors ${r.errors}`,
    `  ingests acknowledged ${r.ingested}, refused ${r.ingestErrors}, lost ${r.lostIngests.length}`,
    `  latency p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}, max ${ms(r.max)}`,
    ...Object.entries(r.perKind).map(
      ([k, v]) =>
        `    ${k.padEnd(13)} ${String(v.requests).padStart(7)} req  p50 ${ms(v.p50)}  p99 ${ms(v.p99)}`,
    ),
    ...r.errorSamples.map((e) => `  error: ${e}`),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const seconds = Number(process.env.SOAK_SECONDS ?? 60);
  const clients = Number(process.env.SOAK_CLIENTS ?? 50);
  // The soak uses the test Neo4j (its own store, emptied first), never the user's own graph.
  await setup();
  const app = await startTestApp();
  try {
    const targets = await loadTargets(app.baseUrl);
    const report = await runLoad({
      baseUrl: app.baseUrl,
      clients,
      durationMs: seconds * 1000,
      ...targets,
    });
    process.stdout.write(`${formatReport(report, clients)}\n`);
    process.exitCode = report.errors === 0 && report.lostIngests.length === 0 ? 0 : 1;
  } finally {
    await app.close();
    await teardown();
  }
}

if (require.main === module) {
  void main();
}
