import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createApp } from './app';
import { createAppServer } from './appServer';
import type { ServerConfig } from './config';
import { errorBody } from './httpErrors';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server; port 0 picks a free port (tests). */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const app = createApp(config);
  // http.createServer + 'listening'/'error' events: Express 5's app.listen calls its callback
  // on errors too, which would report a port already in use as a successful start.
  const server: Server = await new Promise((resolve, reject) => {
    const s = createAppServer(app);
    s.once('listening', () => resolve(s));
    s.listen(config.port, config.host);
    s.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`Port ${config.port} is already in use; set PORT to another port`)
          : err,
      );
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('clientError', answerClientError);
  const { port } = server.address() as AddressInfo;
  const host =
    config.host === '0.0.0.0'
      ? 'localhost'
      : config.host === '127.0.0.1'
        ? 'localhost'
        : config.host;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/**
 * Requests Node's HTTP parser refuses before Express sees them (headers or URL over the 16 KB
 * limit, malformed request lines) get the same JSON error shape as every other error.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const [status, reason, code, message] = tooLarge
    ? [
        431,
        'Request Header Fields Too Large',
        'HEADERS_TOO_LARGE',
        'Request line or headers are larger than 16 KB',
      ]
    : [400, 'Bad Request', 'BAD_REQUEST', 'Malformed HTTP request'];
  const body = JSON.stringify(errorBody(code, message));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
