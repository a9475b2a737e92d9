import { createServer, IncomingMessage, ServerResponse, type Server } from 'node:http';
import type { Express, Request, Response } from 'express';

/** Gives `target` what `proto` holds (its own properties) and inherits what `proto` inherits. */
function adopt(target: object, proto: object): void {
  Object.setPrototypeOf(target, Object.getPrototypeOf(proto) as object);
  Object.defineProperties(target, Object.getOwnPropertyDescriptors(proto));
}

/**
 * The HTTP server of an Express app, whose requests and responses Node creates with the app's
 * request and response prototypes already in place. Express moves every request and response
 * onto those prototypes itself (Object.setPrototypeOf), and V8 made a new hidden class for each
 * moved object: no two requests shared one, so every property access in Node's HTTP code, the
 * router and the middleware missed its inline cache and took the slow lookup (~70 µs of CPU per
 * request on the build machine, more than the rest of Express). Here Node builds them as
 * subclasses whose prototypes are the app's (holding what the app's held), so Express's move
 * changes nothing and every request has the same hidden classes.
 */
export function createAppServer(app: Express): Server {
  class AppRequest extends IncomingMessage {}
  class AppResponse extends ServerResponse {}
  // Copied after the app is built: the app's prototypes hold its own additions (res.json).
  adopt(AppRequest.prototype, app.request);
  adopt(AppResponse.prototype, app.response);
  app.request = AppRequest.prototype as unknown as Request;
  app.response = AppResponse.prototype as unknown as Response;
  return createServer({ IncomingMessage: AppRequest, ServerResponse: AppResponse }, app);
}
