import type { RequestHandler, Router } from 'express';
import { z } from 'zod';
import { documentDetail, listDocuments } from '../../store/documentQueries';
import { NotFoundError } from '../../store/errors';
import { extractArticles, ingestArticles } from '../../store/ingest';
import { unloadDocument } from '../../store/loader';
import { forgetGraphVersion } from '../../store/analytics/graphVersion';
import { SERVER_DEFAULTS } from '../config';
import { idParam, intParam, parseOrThrow } from '../validate';

const articleBody = z
  .object({
    text: z.string().min(1, 'text is required').max(SERVER_DEFAULTS.maxTextLength),
    title: z.string().trim().min(1).max(500).optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
      .optional(),
    source: z.string().max(500).optional(),
    lang: z.enum(['zh', 'en']).optional(),
  })
  .strict();

const listQuery = z
  .object({ skip: intParam(0, 1_000_000, 0).optional(), limit: intParam(1, 500, 100) })
  .strict();

export interface WriteGuards {
  /** Reads a JSON body (size-limited): only the routes that take one read it. */
  readBody: RequestHandler;
  /** Rate limit for expensive or writing requests. */
  limitWrites: RequestHandler;
  /** Bearer-token check when INNOCHAIN_API_TOKEN is set. */
  requireToken: RequestHandler;
}

/** Registers the routes that read documents and (behind the write guards) add and remove them. */
export function documentRoutes(
  r: Router,
  { readBody, limitWrites, requireToken }: WriteGuards,
): void {
  // The preview writes nothing, so it needs no token, but it costs CPU, so it is rate-limited.
  r.post('/extract', readBody, limitWrites, async (req, res) => {
    const body = parseOrThrow(articleBody, req.body, 'article');
    res.json(extractArticles([body]));
  });
  r.post('/documents', readBody, limitWrites, requireToken, async (req, res) => {
    const body = parseOrThrow(articleBody, req.body, 'article');
    const { extraction, summary } = await ingestArticles([body]);
    const document = extraction.documents[0];
    // A changed graph: hub scores and district flows are recomputed in the background.
    if (summary.loaded.length > 0) forgetGraphVersion();
    res.status(summary.loaded.length > 0 ? 201 : 200).json({
      document,
      created: summary.loaded.length > 0,
      entityIds: summary.entityIds,
      relationIds: summary.relationIds,
      added: {
        entities: summary.entityIds.length,
        relations: summary.relationIds.length,
        evidence: summary.evidence,
      },
    });
  });
  r.get('/documents', async (req, res) => {
    const q = parseOrThrow(listQuery, req.query, 'documents query');
    res.json({ documents: await listDocuments(q.skip ?? 0, q.limit) });
  });
  r.get('/documents/:id', async (req, res) => {
    const id = parseOrThrow(idParam, req.params.id, 'document id');
    res.json(await documentDetail(id));
  });
  r.delete('/documents/:id', limitWrites, requireToken, async (req, res) => {
    const id = parseOrThrow(idParam, req.params.id, 'document id');
    if (!(await unloadDocument(id))) throw new NotFoundError(`No document with id ${id}`);
    forgetGraphVersion();
    res.status(204).end();
  });
}
