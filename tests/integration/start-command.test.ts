import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../runtime/paths';
import { freePort } from '../support/freePort';

/**
 * The main job as a user runs it (`innochain start`, what `npm start` runs after building):
 * its own local Neo4j in a fresh home, the bundled corpus, the API — then Ctrl-C, and again.
 */
jest.setTimeout(240_000);

const BIN = path.join(PROJECT_ROOT, 'bin', 'innochain.js');
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'innochain-start-'));
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  env = {
    ...process.env,
    NEO4J_URI: '',
    INNOCHAIN_HOME: home,
    INNOCHAIN_NEO4J_HOME: path.join(home, 'neo4j'),
    INNOCHAIN_BOLT_PORT: String(await freePort()),
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  };
});
afterAll(() => {
  spawnSync('node', [BIN, 'db', 'stop'], { env });
  fs.rmSync(home, { recursive: true, force: true });
});

function startApp(): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn('node', [BIN, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('is up at')) {
        clearInterval(timer);
        resolve({ child, output: () => output });
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`start exited early (${code}):\n${output}`));
    });
  });
}

function stopApp(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

async function graphCounts(): Promise<{ nodes: number; edges: number; documents: number }> {
  const base = `http://127.0.0.1:${env.PORT}`;
  const graph = (await (await fetch(`${base}/api/graph`)).json()) as {
    elements: { nodes: unknown[]; edges: unknown[] };
  };
  const stats = (await (await fetch(`${base}/api/stats`)).json()) as { documents: number };
  return {
    nodes: graph.elements.nodes.length,
    edges: graph.elements.edges.length,
    documents: stats.documents,
  };
}

function launcherAlive(): boolean {
  const pidFile = path.join(home, 'neo4j', 'launcher.pid');
  if (!fs.existsSync(pidFile)) return false;
  const { pid } = JSON.parse(fs.readFileSync(pidFile, 'utf8')) as { pid: number };
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('innochain start', () => {
  test('serves the sample graph from its own Neo4j, stops cleanly on Ctrl-C, and keeps the data without duplicates', async () => {
    const first = await startApp();
    expect(first.output()).toContain('Schema applied');
    const counts = await graphCounts();
    expect(counts.nodes).toBeGreaterThan(20);
    expect(counts.documents).toBe(1);
    expect(fs.statSync(path.join(home, 'neo4j', 'password')).mode & 0o777).toBe(0o600);

    expect(await stopApp(first.child)).toBe(0);
    expect(first.output()).toContain('Stopped cleanly');
    expect(launcherAlive()).toBe(false);

    const second = await startApp();
    expect(second.output()).toContain('1 already stored');
    expect(await graphCounts()).toEqual(counts);
    expect(await stopApp(second.child)).toBe(0);
  });

  test('db start runs Neo4j in the background and a second db start does not start another', () => {
    const started = spawnSync('node', [BIN, 'db', 'start'], { env, encoding: 'utf8' });
    expect(started.status).toBe(0);
    const again = spawnSync('node', [BIN, 'db', 'start'], { env, encoding: 'utf8' });
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('already running');
    const status = spawnSync('node', [BIN, 'db', 'status'], { env, encoding: 'utf8' });
    expect(status.stdout).toMatch(/^running pid=\d+/);
    expect(spawnSync('node', [BIN, 'db', 'stop'], { env, encoding: 'utf8' }).stderr).toContain(
      'stopped',
    );
    expect(spawnSync('node', [BIN, 'db', 'status'], { env, encoding: 'utf8' }).stdout).toMatch(
      /^stopped/,
    );
  });

  test('a taken HTTP port gives a clear message and a non-zero exit', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(Number(env.PORT), '127.0.0.1', () => r()));
    try {
      const res = spawnSync('node', [BIN, 'serve'], { env, encoding: 'utf8', timeout: 120_000 });
      expect(res.status).not.toBe(0);
      expect(res.stderr).toContain(`Port ${env.PORT} is already in use`);
    } finally {
      blocker.close();
      spawnSync('node', [BIN, 'db', 'stop'], { env });
    }
  });
});
