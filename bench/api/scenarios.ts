import type { EntityType } from '../../graph/ontology';
import { rankHubs } from '../../store/analytics/hubService';
import { neighbourhood } from '../../store/graphQueries';
import { findPaths } from '../../store/paths';
import { districtFlows } from '../../store/districtFlows';
import { fullPinyin } from '../../store/pinyinKeys';
import { searchEntities } from '../../store/search';
import { Prng } from '../synthetic/prng';
import { readValue } from '../support/benchNeo4j';

/** One request shape, sent both over HTTP and straight to the store function behind it. */
export interface Scenario {
  name: string;
  /** Path and query of request i. */
  path(i: number): string;
  /** The same question asked of the store directly (its Cypher through the driver). */
  direct(i: number): Promise<unknown>;
  /** Targets from issue 8, as text, and the numbers to check. */
  target?: { p50?: number; p99?: number; rps?: number };
}

export interface Sample {
  ids: string[];
  terms: string[];
}

/** Sample entity ids and search terms, deterministic for a given store. */
export async function sampleParameters(count: number, seed: number): Promise<Sample> {
  const rows =
    (await readValue<{ id: string; name: string; type: EntityType }[]>(
      'MATCH (e:Entity) WITH e ORDER BY e.id LIMIT toInteger($n) RETURN collect(e {.id, .name, .type}) AS rows',
      'rows',
      { n: count },
    )) ?? [];
  const prng = new Prng(seed);
  const ids = rows.map((r) => r.id);
  // Queries users type: the first 2–4 characters of a name (a place, a brand).
  const terms = rows.map((r) => [...r.name].slice(0, prng.between(2, 4)).join(''));
  return { ids, terms };
}

const at = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

export function scenarios(s: Sample): Scenario[] {
  const pair = (i: number): [string, string] => [at(s.ids, i * 2), at(s.ids, i * 2 + 1)];
  const search: Scenario = {
    name: 'search',
    path: (i) => `/api/search?q=${encodeURIComponent(at(s.terms, i))}&limit=10`,
    direct: (i) => searchEntities(at(s.terms, i), undefined, 10),
    target: { p99: 20 },
  };
  // The same terms typed in pinyin ("hefei"), and searches restricted to one entity type.
  const pinyinTerms = s.terms.map(fullPinyin);
  const searchPinyin: Scenario = {
    name: 'search pinyin',
    path: (i) => `/api/search?q=${encodeURIComponent(at(pinyinTerms, i))}&limit=10`,
    direct: (i) => searchEntities(at(pinyinTerms, i), undefined, 10),
    target: { p99: 20 },
  };
  const searchTyped: Scenario = {
    name: 'search types=Lab',
    path: (i) => `/api/search?q=${encodeURIComponent(at(s.terms, i))}&types=Lab&limit=10`,
    direct: (i) => searchEntities(at(s.terms, i), ['Lab'], 10),
    target: { p99: 20 },
  };
  const d1: Scenario = {
    name: 'neighbourhood d1',
    path: (i) => `/api/entities/${at(s.ids, i)}/neighbourhood?depth=1`,
    direct: (i) => neighbourhood({ id: at(s.ids, i), depth: 1, limit: 50 }),
    target: { p50: 3, p99: 15 },
  };
  const d2: Scenario = {
    name: 'neighbourhood d2 (cap 500)',
    path: (i) => `/api/entities/${at(s.ids, i)}/neighbourhood?depth=2&limit=500`,
    direct: (i) => neighbourhood({ id: at(s.ids, i), depth: 2, limit: 500 }),
    target: { p50: 8, p99: 50 },
  };
  const paths: Scenario = {
    name: 'paths k=3 maxHops=6',
    path: (i) => `/api/paths?from=${pair(i)[0]}&to=${pair(i)[1]}&k=3&maxHops=6`,
    direct: (i) => findPaths({ from: pair(i)[0], to: pair(i)[1], k: 3, maxHops: 6 }),
    target: { p50: 15, p99: 100 },
  };
  const hubs: Scenario = {
    name: 'hubs (cached)',
    path: () => '/api/hubs?metric=degree&limit=20',
    direct: () => rankHubs({ metric: 'degree', limit: 20 }),
  };
  // The district meta-graph at its default size; the first request computes it (a few s on the
  // 10^5 graph), the rest are served from the per-version cache.
  const flows: Scenario = {
    name: 'flows',
    path: () => '/api/districts/flows',
    direct: () => districtFlows({ limit: 500, minCount: 1 }),
  };
  // Mixed: what the UI fires — mostly expansions and searches, some paths and hub lists.
  const mix = [d1, d1, d1, d1, search, search, d2, d2, paths, hubs];
  const mixed: Scenario = {
    name: 'mixed',
    path: (i) => at(mix, i).path(Math.floor(i / mix.length)),
    direct: (i) => at(mix, i).direct(Math.floor(i / mix.length)),
    target: { p99: 50, rps: 1_500 },
  };
  return [search, searchPinyin, searchTyped, d1, d2, paths, hubs, flows, mixed];
}
