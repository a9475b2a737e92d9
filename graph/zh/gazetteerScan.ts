import type { Gazetteer } from '../gazetteer';
import { contains, overlaps, type MentionKind, type ZhMention } from './mention';
import type { EntityType } from '../ontology';

/** Rule mentions whose longer span keeps a confirmed name inside it (重庆X有限公司 around X). */
const SPECIFIC_KINDS: ReadonlySet<MentionKind> = new Set(['name', 'place', 'brand', 'alias']);

function kindOf(type: EntityType): MentionKind {
  if (type === 'District') return 'place';
  if (type === 'Person') return 'person';
  return 'name';
}

/**
 * Puts the user's confirmed names among the rules' mentions. A confirmed name replaces whatever
 * it overlaps, with its own canonical name and type, unless a longer specific name holds it (the
 * full company name around its confirmed short form is the more exact reading). Confirmed names
 * inside a confirmed name are kept inside it, as the rules keep an institute inside its team.
 */
export function applyGazetteer(
  text: string,
  mentions: readonly ZhMention[],
  gazetteer: Gazetteer,
  ranges: ReadonlyArray<readonly [number, number]>,
): ZhMention[] {
  if (gazetteer.size === 0) return [...mentions];
  let out = [...mentions];
  for (const [from, to] of ranges)
    for (const match of gazetteer.find(text, from, to)) {
      const held = out.some(
        (m) =>
          SPECIFIC_KINDS.has(m.kind) &&
          contains(m, match) &&
          m.end - m.start > match.end - match.start,
      );
      if (held && !match.nested) continue;
      // A name inside a confirmed one stays beside it (the institute inside its team's name).
      out = out.filter(
        (m) =>
          !overlaps(m, match) || (contains(m, match) && m.end - m.start > match.end - match.start),
      );
      out.push({
        start: match.start,
        end: match.end,
        text: match.text,
        type: match.type,
        canonical: match.name,
        kind: kindOf(match.type),
      });
    }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
