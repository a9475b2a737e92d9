import { cypher } from '../cypher/registry';
import { versionedCache } from './analytics/graphVersion';
import { readTx } from './session';

interface District {
  id: string;
  name: string;
}

/** The tie types a flow counts (the list in district-flows.cypher): ties that carry innovation. */
export const FLOW_TIE_TYPES = Object.freeze([
  'CO_BUILDS',
  'FLEXIBLY_INTRODUCES',
  'TRANSFERS_TO',
  'SUPPORTS',
  'PART_OF',
] as const);

/** How flows are counted, returned with every answer (the API says how its figures were made). */
export const FLOW_METHOD =
  'Each entity counts in one home district: itself when it is a District, otherwise the ' +
  'district of its best-evidenced LOCATED_IN tie (most evidence sentences, then highest ' +
  'confidence, then smallest id); entities with no district are left out. Every ' +
  `${FLOW_TIE_TYPES.join('/')} tie between two homed entities is counted once: as an edge ` +
  "from its source's home district to its target's when they differ, else in the district's " +
  "`internal` figure. A district's `entities` counts the entities whose home it is. " +
  'Computed over the whole graph and cached until a document is loaded or removed.';

/** Bound on the one whole-graph computation (cached; the 10^5-entity graph takes a few s). */
const FLOWS_TIMEOUT_MS = 60_000;

export interface FlowEdge {
  id: string;
  source: string;
  target: string;
  count: number;
  byType: Record<string, number>;
}

export interface DistrictFlows {
  method: string;
  computedAt: string;
  /** Cross-district edges with at least minCount ties, before the limit. */
  edgesTotal: number;
  /** Of those, how many the limit left out (the heaviest flows are kept). */
  edgesOmitted: number;
  elements: {
    nodes: {
      data: { id: string; label: string; entities: number; internal: number; count: number };
    }[];
    edges: { data: FlowEdge }[];
  };
}

async function compute(): Promise<Omit<DistrictFlows, 'edgesTotal' | 'edgesOmitted'>> {
  return readTx(
    async (tx) => {
      const districts = (await tx.run(cypher('queries/district-nodes'))).records.map(
        (r) => r.get('district') as District & { entities: number },
      );
      const flows = (await tx.run(cypher('queries/district-flows'))).records.map((r) => ({
        from: r.get('from') as District,
        to: r.get('to') as District,
        type: r.get('type') as string,
        n: r.get('n') as number,
      }));
      const internal = new Map<string, number>();
      const edges = new Map<string, FlowEdge>();
      for (const f of flows) {
        if (f.from.id === f.to.id) {
          internal.set(f.from.id, (internal.get(f.from.id) ?? 0) + f.n);
          continue;
        }
        const id = `flow_${f.from.id}_${f.to.id}`;
        const edge = edges.get(id) ?? {
          id,
          source: f.from.id,
          target: f.to.id,
          count: 0,
          byType: {},
        };
        edge.count += f.n;
        edge.byType[f.type] = (edge.byType[f.type] ?? 0) + f.n;
        edges.set(id, edge);
      }
      return {
        method: FLOW_METHOD,
        computedAt: new Date().toISOString(),
        elements: {
          nodes: districts.map((d) => ({
            data: {
              id: d.id,
              label: d.name,
              entities: d.entities,
              internal: internal.get(d.id) ?? 0,
              count: d.entities,
            },
          })),
          // Heaviest flows first, so a request's limit keeps the strongest ones.
          edges: [...edges.values()]
            .sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
            .map((data) => ({ data })),
        },
      };
    },
    { timeoutMs: FLOWS_TIMEOUT_MS },
  );
}

const cache = versionedCache(compute);

/**
 * The district meta-graph: one node per district, one edge per ordered district pair with the
 * number of ties (by type) that cross from one to the other (see FLOW_METHOD). Ties inside one
 * district are reported on the node as `internal`. Served from cache per graph version; a
 * request keeps the `limit` heaviest flows of at least `minCount` ties (a 10^5-entity graph has
 * ~6·10^4 district pairs: no one reads that, and it is ~10 MB of JSON).
 */
export async function districtFlows(
  q: FlowsQuery = { limit: Number.MAX_SAFE_INTEGER, minCount: 1 },
): Promise<DistrictFlows> {
  return select(await cache.get(), q);
}

/** Most distinct (limit, minCount) bodies kept per graph version (each a few hundred KB at most). */
const MAX_BODIES_PER_VERSION = 16;

/** Serialised answers by the cached whole-graph result they were cut from: a new graph version
 * brings a new result object, so its old bodies are dropped with it (WeakMap). */
const bodies = new WeakMap<object, Map<string, string>>();

/**
 * The same answer as districtFlows, as its JSON text. Every user asks the same few questions of
 * one cached meta-graph, and serialising its thousands of district nodes costs far more than
 * reading the cache, so the text is kept per graph version and (limit, minCount).
 */
export async function districtFlowsJson(q: FlowsQuery): Promise<string> {
  const full = await cache.get();
  let byQuery = bodies.get(full);
  if (!byQuery) bodies.set(full, (byQuery = new Map()));
  const key = `${q.limit}:${q.minCount}`;
  let body = byQuery.get(key);
  if (body === undefined) {
    body = JSON.stringify(select(full, q));
    if (byQuery.size >= MAX_BODIES_PER_VERSION) byQuery.clear();
    byQuery.set(key, body);
  }
  return body;
}

interface FlowsQuery {
  limit: number;
  minCount: number;
}

/** The `limit` heaviest flows of at least `minCount` ties, with what was left out. */
function select(
  full: Omit<DistrictFlows, 'edgesTotal' | 'edgesOmitted'>,
  q: FlowsQuery,
): DistrictFlows {
  const kept = full.elements.edges.filter((e) => e.data.count >= q.minCount);
  return {
    ...full,
    edgesTotal: kept.length,
    edgesOmitted: Math.max(0, kept.length - q.limit),
    elements: { nodes: full.elements.nodes, edges: kept.slice(0, q.limit) },
  };
}
