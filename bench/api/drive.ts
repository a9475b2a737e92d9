import autocannon from 'autocannon';
import { msSince, percentile, timedPool } from '../support/stats';
import type { Scenario } from './scenarios';

/** Latencies of one timed run (ms), its length and its failures: runs merge into figures. */
export interface LoadSample {
  latencies: number[];
  seconds: number;
  errors: number;
}

export interface LoadFigures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

/** Percentiles and rate of one or more runs of the same side, taken together. */
export function figures(samples: readonly LoadSample[]): LoadFigures {
  const latencies = samples.flatMap((s) => s.latencies);
  const seconds = samples.reduce((a, s) => a + s.seconds, 0);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: seconds > 0 ? latencies.length / seconds : Number.NaN,
    requests: latencies.length,
    errors: samples.reduce((a, s) => a + s.errors, 0),
  };
}

/** Drives the HTTP API with autocannon; latencies come from every response, not a histogram. */
export async function driveHttp(
  baseUrl: string,
  scenario: Scenario,
  connections: number,
  seconds: number,
): Promise<LoadSample> {
  let i = 0;
  const latencies: number[] = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        requests: [
          { method: 'GET', setupRequest: (req) => ({ ...req, path: scenario.path(i++) }) },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode >= 400) errors++;
    });
  });
  return {
    latencies,
    seconds: msSince(started) / 1000,
    errors: errors + result.errors + result.timeouts,
  };
}

/** The same questions through the store functions, `connections` at a time. */
export async function driveDirect(
  scenario: Scenario,
  connections: number,
  seconds: number,
): Promise<LoadSample> {
  let errors = 0;
  const started = process.hrtime.bigint();
  const { latencies } = await timedPool(seconds * 1000, connections, (i) =>
    scenario.direct(i).catch(() => {
      errors++;
    }),
  );
  return { latencies, seconds: msSince(started) / 1000, errors };
}
