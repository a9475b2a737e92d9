import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import type { ServerConfig } from './config';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server; port 0 picks a free port (tests). */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const app = createApp(config);
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`Port ${config.port} is already in use; set PORT to another port`)
          : err,
      );
    });
  });
  server.keepAliveTimeout = 5_000;
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
