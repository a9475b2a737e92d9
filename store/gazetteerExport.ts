import { GAZETTEER_LIMITS, parseGazetteer, type GazetteerEntry } from '../graph/gazetteer';
import { isEntityType } from '../graph/ontology';
import type { GraphSnapshot } from './snapshot';

/** What the exported file says about itself, for the people who edit it. */
const DESCRIPTION =
  'Confirmed entities for InnoChain extraction (innochain extract/load --gazetteer FILE, or ' +
  'INNOCHAIN_GAZETTEER). Exported from the graph: review it, delete what is wrong, fix types, ' +
  'add names; every name and alias is then recognised wherever it occurs.';

function usable(form: unknown): form is string {
  return (
    typeof form === 'string' &&
    form.trim() === form &&
    form.length >= GAZETTEER_LIMITS.minFormLength &&
    form.length <= GAZETTEER_LIMITS.maxFormLength &&
    !/[\n\r]/.test(form)
  );
}

/**
 * The graph's entities as a gazetteer file a user can review and load back. A form two entities
 * share ('川大' for a university and a district's short name) is left out of both: the file must
 * say one thing per form, and which one is a person's decision.
 */
export function toGazetteer(s: GraphSnapshot): string {
  const owners = new Map<string, Set<string>>();
  const entries: GazetteerEntry[] = [];
  for (const e of s.entities) {
    if (!usable(e.name) || !isEntityType(e.type)) continue;
    const aliases = ((e.aliases as unknown[] | null) ?? []).filter(usable);
    const forms = [...new Set([e.name, ...aliases])];
    const key = `${e.type}\u0000${e.name}`;
    for (const f of forms) owners.set(f, (owners.get(f) ?? new Set()).add(key));
    entries.push({ name: e.name, type: e.type, aliases: forms.slice(1) });
  }
  const single = (f: string): boolean => (owners.get(f)?.size ?? 0) === 1;
  const kept = entries
    .filter((e) => single(e.name))
    .map((e) => {
      const aliases = (e.aliases ?? []).filter(single).slice(0, GAZETTEER_LIMITS.maxAliases);
      return aliases.length > 0 ? { ...e, aliases } : { name: e.name, type: e.type };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const file = { description: DESCRIPTION, entities: kept };
  parseGazetteer(file); // what is written must load back
  return JSON.stringify(file, null, 2) + '\n';
}
