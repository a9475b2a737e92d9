/** Samples the process's resident set size: start, peak (sampled every interval) and end. */
export class RssTracker {
  readonly startMb = rssMb();
  private peak = this.startMb;
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 100) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): void {
    this.peak = Math.max(this.peak, rssMb());
  }

  get peakMb(): number {
    this.sample();
    return this.peak;
  }

  stop(): { startMb: number; peakMb: number; endMb: number } {
    clearInterval(this.timer);
    const endMb = rssMb();
    return { startMb: this.startMb, peakMb: Math.max(this.peak, endMb), endMb };
  }
}

export function rssMb(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}
