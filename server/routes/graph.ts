import type { Router } from 'express';
import { z } from 'zod';
import { filteredGraph, neighbourhood } from '../../store/graphQueries';
import {
  confidenceParam,
  entityTypesParam,
  idListParam,
  idParam,
  intParam,
  parseOrThrow,
  relationTypesParam,
} from '../validate';

/** Limits on graph queries: no request may ask for an unbounded graph. */
export const GRAPH_LIMITS = Object.freeze({
  /** Nodes in one /api/graph answer. */
  maxNodes: 5_000,
  /** Default nodes when the client does not say. */
  defaultNodes: 1_000,
  /** Deepest neighbourhood expansion. */
  maxDepth: 3,
  /** Most neighbours returned by one expansion. */
  maxNeighbours: 500,
});

const graphQuery = z
  .object({
    types: entityTypesParam,
    relations: relationTypesParam,
    districts: idListParam,
    minConfidence: confidenceParam,
    limit: intParam(1, GRAPH_LIMITS.maxNodes, GRAPH_LIMITS.defaultNodes),
  })
  .strict();

const neighbourhoodQuery = z
  .object({
    depth: intParam(1, GRAPH_LIMITS.maxDepth, 1),
    relations: relationTypesParam,
    minConfidence: confidenceParam,
    limit: intParam(1, GRAPH_LIMITS.maxNeighbours, 50),
  })
  .strict();

/** Registers the graph routes on the API router (one router: each nested one costs every request). */
export function graphRoutes(r: Router): void {
  r.get('/graph', async (req, res) => {
    const q = parseOrThrow(graphQuery, req.query, 'graph query');
    const out = await filteredGraph(q);
    res.json({ elements: out.elements, truncated: out.truncated, total: out.total });
  });
  r.get('/entities/:id/neighbourhood', async (req, res) => {
    const id = parseOrThrow(idParam, req.params.id, 'entity id');
    const q = parseOrThrow(neighbourhoodQuery, req.query, 'neighbourhood query');
    const out = await neighbourhood({ id, ...q });
    res.json({ centre: id, elements: out.elements, omitted: out.omitted });
  });
}
