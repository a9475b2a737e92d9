import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../runtime/paths';

/** Options for the local Neo4j; each has a default that suits a laptop. */
export const LOCAL_NEO4J_DEFAULTS = Object.freeze({
  /** Bolt port on 127.0.0.1; INNOCHAIN_BOLT_PORT overrides it so two checkouts can run side by side. */
  boltPort: 7687,
  /** JVM heap: the sample and tests need little; large loads can raise it with INNOCHAIN_NEO4J_HEAP. */
  heap: '1g',
  /** Page cache for the store files. */
  pageCache: '256m',
  /** Server-side transaction timeout, so one slow query cannot stall the database. */
  txTimeout: '60s',
  /** How long to wait for Bolt to answer before giving up (a cold JVM takes ~10 s). */
  startTimeoutMs: 120_000,
  /** How long a graceful stop may take before we report it. */
  stopTimeoutMs: 60_000,
});

type Widen<T> = {
  [K in keyof T]?: T[K] extends number ? number : T[K] extends string ? string : T[K];
};

export type LocalNeo4jOptions = Widen<typeof LOCAL_NEO4J_DEFAULTS> & {
  /** Folder holding the store, logs, password and pid file. */
  home: string;
  /** Progress lines for the user ("building launcher…", "starting Neo4j…"). */
  onProgress?: (line: string) => void;
};

export interface LocalNeo4jHandle {
  uri: string;
  username: string;
  password: string;
  pid: number;
  /** True when an instance was already running and this call did not start it. */
  reused: boolean;
  /** Stops the instance (only if this call started it, unless force). */
  stop(force?: boolean): Promise<void>;
}

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-local');
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target', 'innochain-neo4j-local.jar');

interface PidFile {
  pid: number;
  port: number;
}

function pidFilePath(home: string): string {
  return path.join(home, 'launcher.pid');
}

function readPidFile(home: string): PidFile | undefined {
  try {
    return JSON.parse(fs.readFileSync(pidFilePath(home), 'utf8')) as PidFile;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandExists(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.error === undefined && r.status === 0;
}

/** Newest modification time (ms) of the files below `dir`; 0 when there are none. */
function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * True when `launcherDir` holds a built launcher (jar and its lib/) at least as new as its
 * pom.xml and Java sources: a checkout updated after the first build gets the new launcher.
 */
export function launcherBuildIsCurrent(launcherDir: string = LAUNCHER_DIR): boolean {
  const jar = path.join(launcherDir, 'target', 'innochain-neo4j-local.jar');
  if (!fs.existsSync(jar) || !fs.existsSync(path.join(launcherDir, 'target', 'lib'))) return false;
  const sources = Math.max(
    fs.statSync(path.join(launcherDir, 'pom.xml')).mtimeMs,
    newestMtime(path.join(launcherDir, 'src')),
  );
  return fs.statSync(jar).mtimeMs >= sources;
}

/**
 * Builds the Java launcher with Maven the first time (fetches Neo4j from Maven Central), and again
 * when its sources are newer than the jar.
 */
export function ensureLauncherBuilt(onProgress: (line: string) => void = () => {}): void {
  if (launcherBuildIsCurrent()) return;
  if (!commandExists('java', ['-version'])) {
    throw new LocalNeo4jError(
      'Java 17 is required to run the local Neo4j (java not found on PATH). Install a JDK 17, or set NEO4J_URI to use an external Neo4j.',
    );
  }
  if (!commandExists('mvn', ['--version'])) {
    throw new LocalNeo4jError(
      'Maven is required to build the local Neo4j launcher (mvn not found on PATH). Install Maven, or set NEO4J_URI to use an external Neo4j.',
    );
  }
  onProgress(
    'Building the local Neo4j launcher with Maven (the first run downloads Neo4j 5.26 from Maven Central)…',
  );
  const r = spawnSync('mvn', ['-B', '-q', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package'], {
    stdio: 'inherit',
  });
  if (r.status !== 0)
    throw new LocalNeo4jError(`Maven build of the Neo4j launcher failed (exit ${r.status}).`);
}

function readPassword(home: string): string {
  return fs.readFileSync(path.join(home, 'password'), 'utf8').trim();
}

function handleFor(home: string, pid: number, port: number, reused: boolean): LocalNeo4jHandle {
  return {
    uri: `bolt://127.0.0.1:${port}`,
    username: 'neo4j',
    password: readPassword(home),
    pid,
    reused,
    stop: async (force = false) => {
      if (reused && !force) return;
      await stopLocalNeo4j(home);
    },
  };
}

/** Describes a running local instance, if any. */
export function localNeo4jStatus(home: string): { running: boolean; pid?: number; port?: number } {
  const pf = readPidFile(home);
  if (pf && isAlive(pf.pid)) return { running: true, pid: pf.pid, port: pf.port };
  return { running: false };
}

/**
 * Starts the local Neo4j (or reuses the one already running for this home) and resolves once
 * Bolt answers. `detached` keeps it running after this process exits (`innochain db start`).
 */
export async function startLocalNeo4j(
  options: LocalNeo4jOptions & { detached?: boolean },
): Promise<LocalNeo4jHandle> {
  const opts = { ...LOCAL_NEO4J_DEFAULTS, ...options };
  const progress = options.onProgress ?? (() => {});
  fs.mkdirSync(opts.home, { recursive: true });

  const running = readPidFile(opts.home);
  if (running && isAlive(running.pid)) {
    progress(`Local Neo4j already running (pid ${running.pid}, bolt://127.0.0.1:${running.port}).`);
    return handleFor(opts.home, running.pid, running.port, true);
  }

  ensureLauncherBuilt(progress);
  progress(`Starting local Neo4j on bolt://127.0.0.1:${opts.boltPort} (store: ${opts.home})…`);
  const logPath = path.join(opts.home, 'launcher.log');
  const logFd = fs.openSync(logPath, 'w');
  const child = spawn(
    'java',
    [
      `-Xmx${opts.heap}`,
      '-XX:+UseSerialGC',
      '-jar',
      LAUNCHER_JAR,
      '--home',
      opts.home,
      '--bolt-port',
      String(opts.boltPort),
      '--page-cache',
      opts.pageCache,
      '--tx-timeout',
      opts.txTimeout,
    ],
    { stdio: ['ignore', logFd, logFd], detached: options.detached === true },
  );
  fs.closeSync(logFd);
  if (child.pid === undefined) throw new LocalNeo4jError('could not spawn java');
  if (options.detached) child.unref();

  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));

  const deadline = Date.now() + opts.startTimeoutMs;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    const log = fs.readFileSync(logPath, 'utf8');
    if (log.includes('READY bolt://')) {
      fs.writeFileSync(
        pidFilePath(opts.home),
        JSON.stringify({ pid: child.pid, port: opts.boltPort }),
      );
      return handleFor(opts.home, child.pid, opts.boltPort, false);
    }
    const error = /^ERROR (.*)$/m.exec(log);
    if (error || exitCode !== undefined) {
      const message = error?.[1] ?? `the launcher exited with code ${exitCode}; see ${logPath}`;
      throw new LocalNeo4jError(`Local Neo4j did not start: ${message}`);
    }
  }
  child.kill('SIGTERM');
  throw new LocalNeo4jError(
    `Local Neo4j did not answer within ${opts.startTimeoutMs / 1000} s; see ${logPath}`,
  );
}

/** Stops the local Neo4j gracefully (SIGTERM → clean shutdown of the store). */
export async function stopLocalNeo4j(
  home: string,
  timeoutMs: number = LOCAL_NEO4J_DEFAULTS.stopTimeoutMs,
): Promise<boolean> {
  const pf = readPidFile(home);
  if (!pf || !isAlive(pf.pid)) {
    fs.rmSync(pidFilePath(home), { force: true });
    return false;
  }
  process.kill(pf.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pf.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pf.pid))
    throw new LocalNeo4jError(`Neo4j (pid ${pf.pid}) did not stop within ${timeoutMs / 1000} s`);
  fs.rmSync(pidFilePath(home), { force: true });
  return true;
}
