/**
 * What the evaluation commands share: their command-line reading and the P/R/F1 columns, so the
 * extractor's figures (`npm run eval`) and the annotators' agreement (`npm run eval:agreement`),
 * which are read against each other, print alike.
 */
import type { Prf } from './score';

/** The value after `flag` on the command line, if given. */
export function optionValue(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** A share as a percentage, one decimal, six wide. */
export function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(6);
}

/** Entity and relation precision, recall and F1: the six columns of a score row. */
export function prfCells(e: Prf, r: Prf): string {
  return `${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)} | ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`;
}
