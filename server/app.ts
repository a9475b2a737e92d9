import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import rateLimit from 'express-rate-limit';
import helmet from 'helmet';
import pinoHttp from 'pino-http';
import { randomUUID } from 'node:crypto';
import { logger } from '../runtime/logger';
import { requireToken } from './auth';
import { SERVER_DEFAULTS, type ServerConfig } from './config';
import { errorBody, errorHandler, notFoundHandler } from './httpErrors';
import { analysisRoutes } from './routes/analysis';
import { documentRoutes } from './routes/documents';
import { entityRoutes } from './routes/entities';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';

function limiter(perMinute: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
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
  app.use(
    pinoHttp({
      logger,
      // One short line per request: id, method, path, status and time; no headers or bodies.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      genReqId: (req, res) => {
        const id =
          (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
    }),
  );
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
  app.use(compression());

  const api = express.Router();
  api.use(limiter(config.readsPerMinute));
  api.use(express.json({ limit: SERVER_DEFAULTS.bodyLimit }));
  api.use(healthRoutes());
  api.use(graphRoutes());
  api.use(entityRoutes());
  api.use(analysisRoutes());
  api.use(
    documentRoutes({
      limitWrites: limiter(config.writesPerMinute),
      requireToken: requireToken(config.apiToken),
    }),
  );
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
