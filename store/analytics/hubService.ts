import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { cypher } from '../../cypher/registry';
import type { EntityType } from '../../graph/ontology';
import { readTx } from '../session';
import { versionedCache } from './graphVersion';
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
  /** Node indices by descending score, per metric: a request walks it instead of sorting. */
  order: Record<HubMetric, Int32Array>;
  computedAt: string;
}

function rankOrder(scores: HubScores): Record<HubMetric, Int32Array> {
  const byMetric = (metric: HubMetric): Int32Array => {
    const values = scores.scores[metric];
    const ids = scores.nodes.map((n) => n.id);
    return Int32Array.from(ids.keys()).sort(
      (a, b) => values[b]! - values[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0),
    );
  };
  return {
    degree: byMetric('degree'),
    betweenness: byMetric('betweenness'),
    pagerank: byMetric('pagerank'),
    bridging: byMetric('bridging'),
  };
}

async function compute(version: string): Promise<Cached> {
  // Row by row, both queries sent together: one collected record of the whole graph took the
  // driver minutes to decode on the 10^5-entity graph.
  const { nodes, edges } = await readTx(
    async (tx) => {
      const [nodeRows, tieRows] = await Promise.all([
        tx.run(cypher('queries/analytics-nodes')),
        tx.run(cypher('queries/analytics-ties')),
      ]);
      return {
        nodes: nodeRows.records.map((r): AnalyticsNode => {
          const district = r.get('district') as [string, string] | null;
          return {
            id: r.get('id') as string,
            name: r.get('name') as string,
            type: r.get('type') as string,
            district: district ? { id: district[0], name: district[1] } : null,
          };
        }),
        edges: tieRows.records.map((r): AnalyticsEdge => ({
          source: r.get('source') as string,
          target: r.get('target') as string,
          type: r.get('type') as string,
        })),
      };
    },
    { timeoutMs: 120_000 },
  );
  const scores = await computeOffThread(nodes, edges);
  return { version, scores, order: rankOrder(scores), computedAt: new Date().toISOString() };
}

/**
 * Runs the computation in a worker thread when running from compiled JS (the API server), so a
 * large graph's betweenness never blocks requests; from TypeScript sources (tests) it runs inline.
 */
function computeOffThread(nodes: AnalyticsNode[], edges: AnalyticsEdge[]): Promise<HubScores> {
  const workerFile = path.join(__dirname, 'hubWorker.js');
  if (!fs.existsSync(workerFile)) return Promise.resolve(computeHubScores(nodes, edges));
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { nodes, edges } });
    worker.once('message', (scores: HubScores) => resolve(scores));
    worker.once('error', reject);
  });
}

const hubCache = versionedCache(compute);

/** Hub scores for the current graph: served from cache, recomputed once when the graph changed. */
export async function currentHubScores(): Promise<Cached> {
  return hubCache.get();
}

export interface HubQuery {
  metric: HubMetric;
  types?: EntityType[];
  districts?: string[];
  limit: number;
}

export async function rankHubs(q: HubQuery) {
  const { scores, order, computedAt } = await currentHubScores();
  const values = scores.scores[q.metric];
  const results = [];
  for (const i of order[q.metric]) {
    if (results.length >= q.limit) break;
    const node = scores.nodes[i]!;
    if (q.types && !q.types.includes(node.type as EntityType)) continue;
    if (q.districts && !(node.district && q.districts.includes(node.district.id))) continue;
    results.push({
      id: node.id,
      name: node.name,
      type: node.type,
      ...(node.district ? { district: node.district.id, districtName: node.district.name } : {}),
      score: values[i] ?? 0,
    });
  }
  return { metric: q.metric, method: scores.methods[q.metric], computedAt, results };
}
