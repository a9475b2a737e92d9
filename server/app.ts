import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import express, { type Express } from 'express';
import rateLimit from 'express-rate-limit';
import helmet from 'helmet';
import { requireToken } from './auth';
import { SERVER_DEFAULTS, type ServerConfig } from './config';
import { errorBody, errorHandler, notFoundHandler } from './httpErrors';
import { jsonAnswer } from './jsonAnswer';
import { analysisRoutes } from './routes/analysis';
import { documentRoutes } from './routes/documents';
import { entityRoutes } from './routes/entities';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';
import { requestLog } from './requestLog';

/** How answers are compressed for clients that accept it (browsers do; the benchmark need not). */
export const COMPRESSION_DEFAULTS = Object.freeze({
  /**
   * Brotli quality (browsers are offered brotli first). Quality 1 packs a 115 KB depth-2
   * neighbourhood to 16.9% in ~1.2 ms; the library's default 4 to 15.8% in ~5 ms: four times the
   * CPU for 7% fewer bytes, on a server whose cores Neo4j needs.
   */
  brotliQuality: 1,
  /** gzip level for clients without brotli: 1 gives 19.9% in ~3 ms, the default 6 gives 17.6% in ~8 ms. */
  gzipLevel: 1,
});

function limiter(perMinute: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    // draft-7's combined RateLimit header: draft-8's names the client by a SHA-256 of its key,
    // hashed again for every request.
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json(errorBody('RATE_LIMITED', 'Too many requests; slow down'));
    },
  });
}

/** The Express app: API under /api, the built client at /. Keeps no state of its own. */
export function createApp(config: ServerConfig): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // No ETag on API answers: hashing every body (hundreds of KB for a large neighbourhood) costs
  // each request, and nothing revalidates them. Static files keep serve-static's own ETags.
  app.set('etag', false);
  // Every res.json of this app hands Node one string (server/jsonAnswer.ts).
  app.response.json = jsonAnswer;
  app.use(requestLog());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  const compress = compression({
    level: COMPRESSION_DEFAULTS.gzipLevel,
    brotli: {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: COMPRESSION_DEFAULTS.brotliQuality },
    },
  });
  app.use((req, res, next) => {
    if (req.headers['accept-encoding']) return compress(req, res, next);
    // A client that accepts no encoding (a script, curl) gets the answer as it is, without the
    // compression middleware wrapping the response only to decide so; caches still learn that
    // the answer depends on Accept-Encoding.
    res.setHeader('Vary', 'Accept-Encoding');
    next();
  });

  // One router holds every API route, the most requested (search, expansion) first: each nested
  // router re-enters Express's dispatch for every request that passes it.
  const api = express.Router();
  api.use(limiter(config.readsPerMinute));
  entityRoutes(api);
  graphRoutes(api);
  analysisRoutes(api);
  healthRoutes(api);
  documentRoutes(api, {
    // Only the routes that take a body parse one (413 over the limit); reads skip the parser.
    readBody: express.json({ limit: SERVER_DEFAULTS.bodyLimit }),
    limitWrites: limiter(config.writesPerMinute),
    requireToken: requireToken(config.apiToken),
  });
  api.use(notFoundHandler);
  app.use('/api', api);

  if (fs.existsSync(config.clientDir)) {
    app.use(express.static(config.clientDir, { index: 'index.html', maxAge: '1h' }));
  }
  app.get('/', (_req, res) => {
    const index = path.join(config.clientDir, 'index.html');
    if (fs.existsSync(index)) res.sendFile(index);
    else res.status(503).type('text').send('Client not built: run `npm run build`.');
  });
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
