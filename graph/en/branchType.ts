import type { Candidate } from './mentions';
import { headTypeOf } from './jointNames';

/** Options for bodies named as a branch of another. */
const BRANCH_OPTIONS = Object.freeze({
  /** "Ningxia Branch of the Beijing Graphene Research Institute": the owner after "Branch of". */
  branchOf: /\b(?:Branch|Sub-?branch|Subsidiary|Division) of (?:the )?(.+)$/,
  /** Owner types a branch takes over (a branch of a university stays what its own head says). */
  inherited: new Set(['Institute', 'Lab', 'Company']),
});

/**
 * A branch is the same kind of body as its owner: "X Branch of the Y Research Institute" is an
 * institute, "X Branch of the Y Transfer Center" a lab. Other candidates are returned unchanged.
 */
export function typedAsOwner(c: Candidate): Candidate {
  const m = BRANCH_OPTIONS.branchOf.exec(c.name);
  if (!m) return c;
  const type = headTypeOf(m[1] as string);
  return type && type !== c.type && BRANCH_OPTIONS.inherited.has(type) ? { ...c, type } : c;
}
