import { cypher } from '../../cypher/registry';
import type { EntityType } from '../../graph/ontology';
import { readTx } from '../session';
import {
  computeHubScores,
  type AnalyticsEdge,
  type AnalyticsNode,
  type HubMetric,
  type HubScores,
} from './hubs';

interface Cached {
  version: string;
  scores: HubScores;
  computedAt: string;
}

let cached: Cached | undefined;
let inFlight: Promise<Cached> | undefined;

/** A cheap fingerprint of the stored graph: changes whenever a document is loaded or removed. */
async function graphVersion(): Promise<string> {
  return readTx(async (tx) => {
    const rec = (await tx.run(cypher('queries/graph-version'))).records[0];
    return JSON.stringify([
      rec?.get('documents'),
      String(rec?.get('lastLoad') ?? ''),
      rec?.get('entities'),
      rec?.get('evidence'),
    ]);
  });
}

async function compute(version: string): Promise<Cached> {
  const { nodes, edges } = await readTx(
    async (tx) => {
      const rec = (await tx.run(cypher('queries/analytics-graph'))).records[0];
      return {
        nodes: (rec?.get('nodes') ?? []) as AnalyticsNode[],
        edges: (rec?.get('edges') ?? []) as AnalyticsEdge[],
      };
    },
    { timeoutMs: 120_000 },
  );
  return { version, scores: computeHubScores(nodes, edges), computedAt: new Date().toISOString() };
}

/** Hub scores for the current graph: served from cache, recomputed once when the graph changed. */
export async function currentHubScores(): Promise<Cached> {
  const version = await graphVersion();
  if (cached?.version === version) return cached;
  if (!inFlight) {
    inFlight = compute(version).finally(() => {
      inFlight = undefined;
    });
  }
  const result = await inFlight;
  cached = result;
  return result;
}

/** Starts a recomputation in the background (after a load), so requests find a warm cache. */
export function refreshHubsInBackground(): void {
  setImmediate(() => {
    currentHubScores().catch(() => {
      /* the next request retries and reports the error */
    });
  });
}

export interface HubQuery {
  metric: HubMetric;
  types?: EntityType[];
  districts?: string[];
  limit: number;
}

export async function rankHubs(q: HubQuery) {
  const { scores, computedAt } = await currentHubScores();
  const values = scores.scores[q.metric];
  const rows = scores.nodes
    .map((node, i) => ({ node, score: values[i] ?? 0 }))
    .filter(({ node }) => !q.types || q.types.includes(node.type as EntityType))
    .filter(
      ({ node }) =>
        !q.districts ||
        (node.district !== undefined &&
          node.district !== null &&
          q.districts.includes(node.district.id)),
    )
    .sort((a, b) => b.score - a.score || String(a.node.name).localeCompare(String(b.node.name)))
    .slice(0, q.limit);
  return {
    metric: q.metric,
    method: scores.methods[q.metric],
    computedAt,
    results: rows.map(({ node, score }) => ({
      id: node.id,
      name: node.name,
      type: node.type,
      ...(node.district ? { district: node.district.id, districtName: node.district.name } : {}),
      score,
    })),
  };
}
