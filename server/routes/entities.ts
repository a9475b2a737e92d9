import type { Router } from 'express';
import { z } from 'zod';
import { edgeDetail, entityDetail } from '../../store/entityQueries';
import { searchEntities } from '../../store/search';
import { entityTypesParam, idParam, intParam, parseOrThrow } from '../validate';

const searchQuery = z
  .object({
    q: z.string().trim().min(1, 'q is required').max(100),
    types: entityTypesParam,
    limit: intParam(1, 50, 10),
  })
  .strict();

/** Registers search and the entity and tie details on the API router. */
export function entityRoutes(r: Router): void {
  r.get('/search', async (req, res) => {
    const q = parseOrThrow(searchQuery, req.query, 'search query');
    res.json({ results: await searchEntities(q.q, q.types, q.limit) });
  });
  r.get('/entities/:id', async (req, res) => {
    const id = parseOrThrow(idParam, req.params.id, 'entity id');
    res.json(await entityDetail(id));
  });
  r.get('/edges/:id', async (req, res) => {
    const id = parseOrThrow(idParam, req.params.id, 'relationship id');
    res.json(await edgeDetail(id));
  });
}
