import { startTestApp, type TestApp } from '../support/app';
import { formatReport, loadTargets, runLoad } from '../../bench/load-soak.bench';

/** The CI variant of bench/load-soak.bench.ts: 10 clients and a writer for 10 s. */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
}, 120_000);
afterAll(async () => {
  await app.close();
});

test('10 clients mixing search, neighbourhood, paths and hubs beside a writer: no errors, no lost ingests', async () => {
  const targets = await loadTargets(app.baseUrl);
  expect(targets.entityIds.length).toBeGreaterThan(5);
  const report = await runLoad({
    baseUrl: app.baseUrl,
    clients: 10,
    durationMs: 10_000,
    ...targets,
  });
  process.stdout.write(`${formatReport(report, 10)}\n`);
  expect(report.errorSamples).toEqual([]);
  expect(report.errors).toBe(0);
  expect(report.ingested).toBeGreaterThan(0);
  expect(report.lostIngests).toEqual([]);
  for (const kind of ['search', 'neighbourhood', 'paths', 'hubs', 'ingest']) {
    expect(report.perKind[kind]?.requests ?? 0).toBeGreaterThan(0);
  }
}, 120_000);
