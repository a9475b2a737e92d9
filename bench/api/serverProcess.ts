import './quietLogs';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
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

/** Starts the server in a child process (same runtime flags, same environment). */
export async function startServerProcess(config: ServerConfig): Promise<ServerProcess> {
  // BENCH_SERVER_PROFILE=<dir>: the server writes a V8 CPU profile there when it exits.
  const profile = process.env.BENCH_SERVER_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`]
    : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, ...process.execArgv, __filename],
    {
      env: { ...process.env, BENCH_SERVER_CONFIG: JSON.stringify(config) },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith(READY_PREFIX)) resolve(line.slice(READY_PREFIX.length).trim());
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
  process.stdout.write(`${READY_PREFIX}${server.url}\n`);
  process.stdin.resume();
  process.stdin.once('end', () => {
    void (async () => {
      await server.close();
      await closeDriver();
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
