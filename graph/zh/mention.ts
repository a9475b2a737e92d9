import type { EntityType } from '../ontology';

/** How a mention was found; later steps trust some kinds more than others. */
export type MentionKind = 'name' | 'place' | 'brand' | 'list' | 'alias' | 'coref' | 'person';

/** A typed span of normalised text, before entities are formed. */
export interface ZhMention {
  start: number;
  end: number;
  /** Surface text (normalised). */
  text: string;
  type: EntityType;
  /** Name the mention stands for (潼南 → 潼南区; 该校 → its antecedent). */
  canonical: string;
  kind: MentionKind;
}

/** A District mention found by a place scanner: `text` is the surface, `canonical` the full name. */
export function placeMention(
  start: number,
  end: number,
  text: string,
  canonical: string,
): ZhMention {
  return { start, end, text, type: 'District', canonical, kind: 'place' };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }) {
  return a.start < b.end && b.start < a.end;
}

export function contains(
  outer: { start: number; end: number },
  inner: { start: number; end: number },
) {
  return outer.start <= inner.start && inner.end <= outer.end;
}
