import type { ZhMention } from './mention';
import { COREF_OPTIONS } from './corefScan';

/** Options for 该 + the last word of an earlier name (该共同体, 该联盟). */
const TAIL_ANAPHOR_OPTIONS = Object.freeze({
  /** Farthest antecedent, in characters: the same reach as 该校/该公司. */
  maxDistance: COREF_OPTIONS.maxDistance,
  /** Longest tail tried: a class word, not a name part (产教融合共同体 → 共同体 is enough). */
  maxTail: 5,
  /** Shortest tail: one character (该院) is too vague for a match by name. */
  minTail: 2,
});

/** Types a name-tail anaphor may stand for: bodies and units, not persons or places. */
const REFERRED: ReadonlySet<string> = new Set(['Lab', 'Institute', 'Other', 'Fund', 'Company']);

/**
 * 泗水市…产教融合共同体成立。该共同体由A、B牵头建设: 该 followed by the last word of an earlier
 * name refers back to the nearest name ending with it (the longest such word wins). Read by
 * name, not by type: 该联盟 is the alliance even where a government was named after it.
 */
export function scanTailAnaphors(text: string, named: readonly ZhMention[]): ZhMention[] {
  const out: ZhMention[] = [];
  let taken: Uint8Array | null = null;
  for (let i = text.indexOf('该'); i >= 0; i = text.indexOf('该', i + 1)) {
    if (taken === null) {
      taken = new Uint8Array(text.length + 1);
      for (const m of named) taken.fill(1, m.start, m.end);
    }
    if (taken[i] === 1) continue;
    let best: ZhMention | null = null;
    let bestLen = 0;
    for (const m of named) {
      if (m.end > i) break;
      if (i - m.end > TAIL_ANAPHOR_OPTIONS.maxDistance) continue;
      if (m.kind === 'coref' || !REFERRED.has(m.type)) continue;
      const top = Math.min(TAIL_ANAPHOR_OPTIONS.maxTail, m.canonical.length - 1);
      for (let len = top; len >= TAIL_ANAPHOR_OPTIONS.minTail && len >= bestLen; len--) {
        if (text.startsWith(m.canonical.slice(-len), i + 1)) {
          best = m;
          bestLen = len;
          break;
        }
      }
    }
    if (!best || taken[i + bestLen] === 1) continue;
    out.push({
      start: i,
      end: i + 1 + bestLen,
      text: text.slice(i, i + 1 + bestLen),
      type: best.type,
      canonical: best.canonical,
      kind: 'coref',
    });
  }
  return out;
}
