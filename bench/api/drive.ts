import autocannon from 'autocannon';
import { percentile, timedPool } from '../support/stats';
import type { Scenario } from './scenarios';

export interface LoadFigures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

function figures(latencies: number[], rps: number, errors: number): LoadFigures {
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps,
    requests: latencies.length,
    errors,
  };
}

/** Drives the HTTP API with autocannon; latencies come from every response, not a histogram. */
export async function driveHttp(
  baseUrl: string,
  scenario: Scenario,
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  let i = 0;
  const latencies: number[] = [];
  let errors = 0;
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
  return figures(
    latencies,
    result.requests.total / (result.duration || seconds),
    errors + result.errors + result.timeouts,
  );
}

/** The same questions through the store functions, `connections` at a time. */
export async function driveDirect(
  scenario: Scenario,
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  let errors = 0;
  const { latencies, perSecond } = await timedPool(seconds * 1000, connections, (i) =>
    scenario.direct(i).catch(() => {
      errors++;
    }),
  );
  return figures(latencies, perSecond, errors);
}
