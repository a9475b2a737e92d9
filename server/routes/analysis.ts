import type { Router } from 'express';
import { z } from 'zod';
import { HUB_METRICS } from '../../store/analytics/hubs';
import { rankHubs } from '../../store/analytics/hubService';
import { CHAIN_PATTERN_IDS, CHAIN_PATTERNS, findChains } from '../../store/chains';
import { districtFlowsJson } from '../../store/districtFlows';
import { findPaths } from '../../store/paths';
import {
  confidenceParam,
  entityTypesParam,
  idListParam,
  idParam,
  intParam,
  parseOrThrow,
  relationTypesParam,
} from '../validate';

/** Bounds on the expensive questions: nobody gets an unbounded path search or ranking. */
export const ANALYSIS_LIMITS = Object.freeze({
  /** Most paths one request may ask for. */
  maxK: 10,
  /** Longest path considered (the Cypher file's hard ceiling is 8). */
  maxHops: 8,
  /** Longest hub list. */
  maxHubs: 200,
  /** Most chains one request returns. */
  maxChains: 200,
  /** Most district flows one request returns (heaviest first). */
  maxFlows: 100_000,
  /** District flows returned when the request does not say: a readable meta-graph. */
  defaultFlows: 500,
});

const pathsQuery = z
  .object({
    from: idParam,
    to: idParam,
    k: intParam(1, ANALYSIS_LIMITS.maxK, 3),
    maxHops: intParam(1, ANALYSIS_LIMITS.maxHops, 4),
    relations: relationTypesParam,
    avoid: idListParam,
    minConfidence: confidenceParam,
  })
  .strict();

const hubsQuery = z
  .object({
    metric: z.enum(HUB_METRICS).default('degree'),
    types: entityTypesParam,
    districts: idListParam,
    limit: intParam(1, ANALYSIS_LIMITS.maxHubs, 20),
  })
  .strict();

const chainsQuery = z
  .object({
    pattern: z.enum(CHAIN_PATTERN_IDS).optional(),
    limit: intParam(1, ANALYSIS_LIMITS.maxChains, 50),
  })
  .strict();

const flowsQuery = z
  .object({
    limit: intParam(1, ANALYSIS_LIMITS.maxFlows, ANALYSIS_LIMITS.defaultFlows),
    minCount: intParam(1, 1_000_000_000, 1),
  })
  .strict();

/** Registers paths, hubs, chains and district flows on the API router. */
export function analysisRoutes(r: Router): void {
  r.get('/paths', async (req, res) => {
    const q = parseOrThrow(pathsQuery, req.query, 'paths query');
    res.json(await findPaths(q));
  });
  r.get('/hubs', async (req, res) => {
    const q = parseOrThrow(hubsQuery, req.query, 'hubs query');
    res.json(await rankHubs(q));
  });
  r.get('/chains', async (req, res) => {
    const q = parseOrThrow(chainsQuery, req.query, 'chains query');
    if (!q.pattern) {
      res.json({
        patterns: CHAIN_PATTERNS.map(({ id, label, description }) => ({ id, label, description })),
      });
      return;
    }
    res.json({ pattern: q.pattern, ...(await findChains(q.pattern, q.limit)) });
  });
  r.get('/districts/flows', async (req, res) => {
    const q = parseOrThrow(flowsQuery, req.query, 'flows query');
    // Sent as the cached text: the meta-graph is the same for every user until the next load.
    res.type('application/json').send(await districtFlowsJson(q));
  });
}
