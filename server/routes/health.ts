import { Router } from 'express';
import { graphStats, ping } from '../../store/stats';

export function healthRoutes(): Router {
  const r = Router();
  r.get('/health', async (_req, res) => {
    await ping();
    res.json({ status: 'ok', neo4j: 'reachable' });
  });
  r.get('/stats', async (_req, res) => {
    res.json(await graphStats());
  });
  return r;
}
