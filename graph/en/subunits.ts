import type { Entity } from '../types';
import type { Candidate } from './mentions';

/** Options for schools and colleges inside a university. */
const SUBUNIT_OPTIONS = Object.freeze({
  /** Names of units inside a university ("College of Chemistry and Chemical Engineering"). */
  unitName: /^(?:(?:Graduate\s+)?School|College|Faculty|Department)\s+of\s+/,
  /** Text after a unit's name that places it in the university named next (" at ", " of the "). */
  inside: /^\s*,?\s+(?:at|of|under|within)\s+(?:the\s+)?$/i,
});

type Kept = Candidate & { entity: string };

/**
 * "The College of Chemistry and Chemical Engineering at Taiyuan University of Technology": a
 * school named as inside a university is not an organisation of its own (fixture gold policy);
 * what it does, the university does. Every mention of the unit, and of a shorter name it begins
 * with ("College of Chemistry", read apart at "and"), becomes a mention of the university.
 * Mutates the per-sentence lists and returns the entities left.
 */
export function foldSubunits(text: string, entities: Entity[], perSentence: Kept[][]): Entity[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const owner = new Map<string, Entity>();
  for (const list of perSentence)
    for (const [i, c] of list.entries()) {
      const unit = byId.get(c.entity);
      const next = list[i + 1];
      if (!unit || !next || unit.type !== 'University' || !SUBUNIT_OPTIONS.unitName.test(unit.name))
        continue;
      const parent = byId.get(next.entity);
      if (!parent || parent.type !== 'University' || parent === unit) continue;
      if (SUBUNIT_OPTIONS.inside.test(text.slice(c.end, next.start))) owner.set(unit.id, parent);
    }
  if (owner.size === 0) return entities;
  // A shorter unit name that opens a folded one is the same unit cut at "and".
  for (const e of entities)
    for (const [unitId, parent] of [...owner])
      if (
        e.type === 'University' &&
        !owner.has(e.id) &&
        SUBUNIT_OPTIONS.unitName.test(e.name) &&
        (byId.get(unitId) as Entity).name.startsWith(e.name + ' ')
      )
        owner.set(e.id, parent);
  for (const list of perSentence)
    for (const c of list) {
      const parent = owner.get(c.entity);
      if (!parent) continue;
      const unit = byId.get(c.entity) as Entity;
      parent.mentions.push(...unit.mentions.filter((m) => m.start === c.start));
      Object.assign(c, { entity: parent.id, name: parent.name, type: parent.type });
    }
  return entities.filter((e) => !owner.has(e.id));
}
