/** Small statistics helpers for benchmark samples (milliseconds unless said otherwise). */

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when empty. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Milliseconds since `start` (a process.hrtime.bigint() value). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `task` `count` times with at most `concurrency` in flight; returns each run's latency (ms). */
export async function promisePool(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<unknown>,
): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const t = process.hrtime.bigint();
      await task(i);
      latencies.push(msSince(t));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return latencies;
}

/** Like promisePool, but for a fixed duration: returns latencies and the achieved rate (per s). */
export async function timedPool(
  durationMs: number,
  concurrency: number,
  task: (i: number) => Promise<unknown>,
): Promise<{ latencies: number[]; perSecond: number }> {
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (msSince(started) < durationMs) {
      const i = next++;
      const t = process.hrtime.bigint();
      await task(i);
      latencies.push(msSince(t));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, perSecond: latencies.length / (msSince(started) / 1000) };
}
