/**
 * The gold entities of an article as a gazetteer: scoring with them given separates the relation
 * layers' quality from entity recognition (`npm run eval -- --given-entities`).
 */
import { gazetteerEntries, parseGazetteer, type Gazetteer } from '../graph/gazetteer';
import type { Gold } from './score';

/**
 * Every required gold entity, minus forms two gold entities share. Optional ones are left out:
 * they are the ambiguous readings (a town, a room) the rules leave alone on purpose.
 */
export function goldGazetteer(gold: Gold): Gazetteer {
  return parseGazetteer({ entities: gazetteerEntries(gold.entities.filter((e) => !e.optional)) });
}
