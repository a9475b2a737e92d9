/**
 * A small deterministic PRNG (mulberry32) with the draws the corpus generator needs. Every
 * document gets its own stream, derived from the corpus seed and its index, so documents can be
 * generated lazily, in any order, and always come out the same.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A stream for one item of a seeded sequence (corpus seed × document index). */
  static forItem(seed: number, index: number): Prng {
    return new Prng(mix32(mix32(seed) ^ mix32(index + 0x9e3779b9)));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /**
   * A popularity rank in [0, n) with P(rank k) ∝ 1/(k+1)^s (continuous inverse-CDF
   * approximation of Zipf): rank 0 is the biggest hub.
   */
  zipf(n: number, s: number): number {
    const u = this.next();
    const x =
      Math.abs(s - 1) < 1e-9
        ? Math.exp(u * Math.log(n + 1))
        : Math.pow((Math.pow(n + 1, 1 - s) - 1) * u + 1, 1 / (1 - s));
    return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
  }
}

/** A 32-bit integer hash (murmur3 finaliser). */
export function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * A seeded bijection of [0, capacity): popularity rank → name index, so the biggest hub is not
 * always the alphabetically first name.
 */
export function scramble(index: number, capacity: number, seed: number): number {
  let step = (mix32(seed) % capacity) | 1;
  while (gcd(step, capacity) !== 1) step += 2;
  const offset = mix32(seed ^ 0x5bd1e995) % capacity;
  // Exact modular arithmetic: index × step stays far below 2^53 for the capacities used here.
  return (index * step + offset) % capacity;
}
