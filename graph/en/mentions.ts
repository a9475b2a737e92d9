import type { EntityType } from '../ontology';

/** An entity mention found in one sentence; offsets are in the normalised document text. */
export interface Candidate {
  start: number;
  end: number;
  /** The surface text as it appears. */
  text: string;
  /** The canonical name this mention stands for (e.g. "Wang Lei team" for "team led by Wang Lei"). */
  name: string;
  type: EntityType;
  /** A description ("the Research Institute"): kept only when it refers back to a named entity. */
  description?: boolean;
  /** Another way the text writes the same name ("Hunan province" for "Hunan"), kept as an alias. */
  alias?: string;
  /** How sure the recogniser is that this is an entity of this type, in [0,1]. */
  score: number;
}

/** A one-word name read as a company at `start` ("Norvex signed", "DIT-backed Trezur"). */
export function oneWordCompany(start: number, name: string, score: number): Candidate {
  return { start, end: start + name.length, text: name, name, type: 'Company', score };
}

/** A named leader inside the span of the team named after them: both are kept. */
function personInTeam(inner: Candidate, outer: Candidate): boolean {
  return (
    inner.type === 'Person' &&
    outer.type === 'ResearchTeam' &&
    inner.start >= outer.start &&
    inner.end <= outer.end
  );
}

/**
 * "the Shuangliu district government", "the People's Government of Heshan District": the place
 * opening a government's name, or right after its "Government of", is kept as well, so the
 * government can act for it even when the place is never named alone.
 */
function placeOfGovernment(inner: Candidate, outer: Candidate): boolean {
  if (inner.type !== 'District' || outer.type !== 'Other') return false;
  if (inner.start < outer.start || inner.end >= outer.end) return false;
  // "the Tarrow District People's Government": the place opens the name.
  if (inner.start === outer.start)
    return / (?:(?:city|municipal|district|county|provincial|local) )?(?:people['’]s )?government$/i.test(
      outer.text,
    );
  // "the People's Government of Tarrow District (of Linfen City)": the place right after "of".
  return /^(?:the )?(?:people['’]s )?government of (?:the )?$/i.test(
    outer.text.slice(0, inner.start - outer.start),
  );
}

/**
 * "Chengdu Research Institute of the University of X": the university closing a lab's or
 * institute's name after "of" is kept as well, so the part and its owner are both found.
 */
function ownerInName(inner: Candidate, outer: Candidate): boolean {
  return (
    inner.type === 'University' &&
    (outer.type === 'Institute' || outer.type === 'Lab') &&
    inner.end === outer.end &&
    inner.start > outer.start &&
    // "Joint Research Center of A - B University": partners split by a dash are no single owner.
    !/\s[-–]\s/.test(outer.text) &&
    / of (?:the )?$/i.test(outer.text.slice(0, inner.start - outer.start))
  );
}

/**
 * "Department of Education of Guangxi Zhuang autonomous region": the place closing a body's name
 * after "of" is kept as well, so the region is found where only its body names it.
 */
function placeEndingBody(inner: Candidate, outer: Candidate): boolean {
  return (
    inner.type === 'District' &&
    outer.type === 'Other' &&
    inner.end === outer.end &&
    inner.start > outer.start &&
    / of (?:the )?$/i.test(outer.text.slice(0, inner.start - outer.start))
  );
}

/**
 * "Institute of Membrane Technology (Yixing)": the city in brackets closing a lab's or institute's
 * name is kept as well, so the place where the branch sits is found (as an entity; it is no party
 * of the sentence's ties, see recogniseEntities).
 */
export function bracketedPlaceInName(inner: Candidate, outer: Candidate): boolean {
  return (
    inner.type === 'District' &&
    (outer.type === 'Institute' || outer.type === 'Lab') &&
    inner.start > outer.start &&
    inner.end + 1 === outer.end &&
    outer.text.endsWith(`(${inner.text})`)
  );
}

/** Drops candidates nested in or overlapping a longer (then higher-scoring) one. */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (
      kept.some(
        (k) =>
          c.start < k.end &&
          k.start < c.end &&
          !personInTeam(c, k) &&
          !placeOfGovernment(c, k) &&
          !ownerInName(c, k) &&
          !placeEndingBody(c, k) &&
          !bracketedPlaceInName(c, k),
      )
    )
      continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
