/**
 * The gold entities of an article as a gazetteer: scoring with them given separates the relation
 * layers' quality from entity recognition (`npm run eval -- --given-entities`).
 */
import { GAZETTEER_LIMITS, parseGazetteer, type Gazetteer } from '../graph/gazetteer';
import type { Gold } from './score';

/**
 * Every required gold entity, minus forms two gold entities share. Optional ones are left out:
 * they are the ambiguous readings (a town, a room) the rules leave alone on purpose.
 */
export function goldGazetteer(gold: Gold): Gazetteer {
  const owners = new Map<string, number>();
  const required = gold.entities.filter((e) => e.optional !== true);
  for (const e of required)
    for (const form of new Set([e.name, ...(e.aliases ?? [])]))
      owners.set(form, (owners.get(form) ?? 0) + 1);
  // Forms the gazetteer refuses (one character, over its length limit) are left out.
  const usable = (form: string): boolean =>
    form.length >= GAZETTEER_LIMITS.minFormLength &&
    form.length <= GAZETTEER_LIMITS.maxFormLength &&
    owners.get(form) === 1;
  return parseGazetteer({
    entities: required
      .filter((e) => usable(e.name))
      .map((e) => ({
        name: e.name,
        type: e.type,
        aliases: (e.aliases ?? []).filter((a) => a !== e.name && usable(a)),
      })),
  });
}
