import { gazetteerEntries, parseGazetteer } from '../graph/gazetteer';
import type { GraphSnapshot } from './snapshot';

/** What the exported file says about itself, for the people who edit it. */
const DESCRIPTION =
  'Confirmed entities for InnoChain extraction (innochain extract/load --gazetteer FILE, or ' +
  'INNOCHAIN_GAZETTEER). Exported from the graph: review it, delete what is wrong, fix types, ' +
  'add names; every name and alias is then recognised wherever it occurs.';

/** The graph's entities as a gazetteer file a user can review and load back (sorted by name). */
export function toGazetteer(s: GraphSnapshot): string {
  const rows = s.entities.map((e) => ({
    name: e.name,
    type: e.type,
    aliases: e.aliases as unknown[] | null,
  }));
  const kept = gazetteerEntries(rows).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const file = { description: DESCRIPTION, entities: kept };
  parseGazetteer(file); // what is written must load back
  return JSON.stringify(file, null, 2) + '\n';
}
