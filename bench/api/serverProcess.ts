import './quietLogs';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../server/start';
import type { ServerConfig } from '../../server/config';
import { closeDriver } from '../../store/driver';

/**
 * The benchmark's API server in a process of its own, as it runs for users: the load generator
 * (autocannon) then does not share the server's event loop, and the store calls measured
 * "direct" run in the benchmark process beside it. Run as a script, this file is the child.
 */
const READY_PREFIX = 'API-SERVER-READY ';

export interface ServerProcess {
  url: string;
  /** The child's process id (for CPU accounting). */
  pid?: number;
  close(): Promise<void>;
}

/**
 * Starts the server in a child process (same runtime flags, same environment). It logs at
 * BENCH_LOG_LEVEL (default warn, as quietLogs sets for the benchmark; info is what a user's
 * server runs at, one line per request) to the null device: the lines cost the server what they
 * cost a user's, and the benchmark process, which also drives the load, reads none of them.
 * The child says it is ready over the IPC channel.
 */
export async function startServerProcess(config: ServerConfig): Promise<ServerProcess> {
  // BENCH_SERVER_PROFILE=<dir>: the server writes a V8 CPU profile there when it exits.
  const profile = process.env.BENCH_SERVER_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`]
    : [];
  const logs = fs.openSync(os.devNull, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, ...process.execArgv, __filename],
    {
      env: {
        ...process.env,
        BENCH_SERVER_CONFIG: JSON.stringify(config),
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? process.env.LOG_LEVEL ?? 'warn',
      },
      stdio: ['pipe', logs, 'inherit', 'ipc'],
    },
  );
  fs.closeSync(logs);
  const url = await new Promise<string>((resolve, reject) => {
    child.on('message', (message) => {
      if (typeof message === 'string' && message.startsWith(READY_PREFIX))
        resolve(message.slice(READY_PREFIX.length).trim());
    });
    child.once('exit', (code) => reject(new Error(`API server process exited (${code})`)));
    child.once('error', reject);
  });
  return {
    url,
    pid: child.pid,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        // Closing its stdin asks the child to close the server and the driver and exit.
        child.stdin!.end();
      }),
  };
}

async function runChild(): Promise<void> {
  const config = JSON.parse(process.env.BENCH_SERVER_CONFIG ?? '{}') as ServerConfig;
  const server = await startServer(config);
  // Run by hand (no IPC channel), the line goes to stdout.
  if (process.send) process.send(`${READY_PREFIX}${server.url}`);
  else process.stdout.write(`${READY_PREFIX}${server.url}\n`);
  process.stdin.resume();
  process.stdin.once('end', () => {
    void (async () => {
      await server.close();
      await closeDriver();
      // The IPC channel would keep the process alive.
      process.disconnect?.();
      process.exit(0);
    })();
  });
}

if (require.main === module || path.resolve(process.argv[1] ?? '') === __filename) {
  runChild().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
