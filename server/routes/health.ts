import type { Router } from 'express';
import { graphStats, ping } from '../../store/stats';
import { openApiDocument } from '../openapi';

/** Registers health, stats and the OpenAPI document on the API router. */
export function healthRoutes(r: Router): void {
  r.get('/health', async (_req, res) => {
    await ping();
    res.json({ status: 'ok', neo4j: 'reachable' });
  });
  r.get('/stats', async (_req, res) => {
    res.json(await graphStats());
  });
  const openapi = openApiDocument();
  r.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
}
