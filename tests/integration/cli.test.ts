import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli as run } from '../support/cli';
import { splitStatements } from '../../cypher/registry';
import { BUNDLED_CORPUS_DIR } from '../../runtime/paths';
import { getDriver } from '../../store/driver';
import { closeDriver, graphFingerprint, query, resetDatabase } from '../support/db';

jest.setTimeout(60_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'innochain-cli-'));
const SAMPLE = path.join(BUNDLED_CORPUS_DIR, 'yuxi-corridor.txt');
const SECOND = path.join(tmp, 'second.txt');
fs.writeFileSync(SECOND, '北辰智能科技有限公司与南岭大学共建北辰智能传感实验室。\n');

beforeEach(resetDatabase);
afterAll(async () => {
  await closeDriver();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('innochain extract', () => {
  test('prints the extraction contract as JSON for several files, merged', async () => {
    const { code, stdout } = await run('extract', SAMPLE, SECOND);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      documents: { id: string }[];
      entities: {
        id: string;
        name: string;
        type: string;
        aliases: string[];
        mentions: unknown[];
      }[];
      relations: {
        type: string;
        source: string;
        target: string;
        confidence: number;
        evidence: { doc: string; sentence: string; start: number; end: number }[];
      }[];
    };
    expect(result.documents).toHaveLength(2);
    expect(result.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['四川轻化工大学', '南岭大学']),
    );
    const ids = new Set(result.entities.map((e) => e.id));
    for (const r of result.relations) {
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.evidence[0]!.sentence.length).toBeGreaterThan(0);
    }
  });

  test('refuses a file that is not UTF-8, an empty file and a missing one, with exit code 2', async () => {
    const latin1 = path.join(tmp, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe]));
    const empty = path.join(tmp, 'empty.txt');
    fs.writeFileSync(empty, '  \n');
    const bad = await run('extract', latin1);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not valid UTF-8');
    expect(bad.stdout).toBe('');
    expect((await run('extract', empty)).stderr).toContain('is empty');
    expect((await run('extract', path.join(tmp, 'nope.txt'))).code).toBe(2);
  });
});

describe('innochain load / unload', () => {
  test('loads a folder, changes nothing when run again, and unloads a document', async () => {
    const dir = path.join(tmp, 'articles');
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(SAMPLE, path.join(dir, 'a.txt'));
    fs.copyFileSync(SECOND, path.join(dir, 'b.txt'));
    expect((await run('load', dir)).code).toBe(0);
    const first = await graphFingerprint();
    expect(first.nodes).toBeGreaterThan(50);
    const again = await run('load', dir);
    expect(again.stderr).toContain('2 already stored');
    expect(await graphFingerprint()).toEqual(first);
    const [doc] = await query<{ id: string }>(
      "MATCH (d:Document) WHERE d.source = 'b.txt' RETURN d.id AS id",
    );
    expect((await run('unload', doc!.id)).code).toBe(0);
    expect(await query('MATCH (e:Entity {name: $n}) RETURN e', { n: '南岭大学' })).toEqual([]);
    expect((await run('unload', doc!.id)).code).toBe(4);
  });

  test('--batch-size sets documents per transaction: one at a time stores what one batch stores', async () => {
    const dir = path.join(tmp, 'batches');
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(SAMPLE, path.join(dir, 'a.txt'));
    fs.copyFileSync(SECOND, path.join(dir, 'b.txt'));
    const counts = async (): Promise<string[]> =>
      (await query<{ l: string[]; c: unknown }>('MATCH (n) RETURN labels(n) AS l, count(*) AS c'))
        .map((r) => `${[...r.l].sort().join(':')} ${String(r.c)}`)
        .sort();
    expect((await run('load', '--batch-size', '1', dir)).code).toBe(0);
    const oneByOne = await counts();
    await resetDatabase();
    expect((await run('load', dir)).code).toBe(0);
    expect(await counts()).toEqual(oneByOne);
    const bad = await run('load', '--batch-size', '0', dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--batch-size');
  });

  test('a malformed extraction JSON is refused before anything is written', async () => {
    const bad = path.join(tmp, 'bad.json');
    fs.writeFileSync(
      bad,
      JSON.stringify({
        documents: [],
        entities: [{ id: 'x', name: 'n', type: 'Spaceship' }],
        relations: [],
      }),
    );
    const res = await run('load', SECOND, bad);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('Malformed extraction result');
    expect((await graphFingerprint()).nodes).toBe(0);
  });
});

describe('innochain export', () => {
  test('the Cypher export recreates the graph in an empty database', async () => {
    expect((await run('load', SAMPLE)).code).toBe(0);
    const before = await graphFingerprint();
    // The pinyin/initials search string travels too: pinyin search works in the new database.
    const sample = await query<{ name: string; aliases: string[]; searchKeys: string }>(
      'MATCH (e:Entity) RETURN e.name AS name, e.aliases AS aliases, e.searchKeys AS searchKeys ORDER BY e.id LIMIT 20',
    );
    const sentences = await query<{ s: string }>(
      'MATCH (v:Evidence) RETURN v.sentence AS s ORDER BY v.relId, s',
    );
    expect(sample.every((e) => e.searchKeys.length > 0)).toBe(true);
    const file = path.join(tmp, 'graph.cypher');
    const exported = await run('export', '--format', 'cypher', '--out', file);
    expect(exported.stderr).toContain('Exported');
    expect(exported.code).toBe(0);

    await resetDatabase();
    expect((await graphFingerprint()).nodes).toBe(0);
    const { driver } = getDriver();
    const session = driver.session();
    try {
      for (const statement of splitStatements(fs.readFileSync(file, 'utf8')))
        await session.run(statement);
    } finally {
      await session.close();
    }
    const after = await graphFingerprint();
    expect(after.nodes).toBe(before.nodes);
    expect(after.relationships).toBe(before.relationships);
    expect(
      await query(
        'MATCH (e:Entity) RETURN e.name AS name, e.aliases AS aliases, e.searchKeys AS searchKeys ORDER BY e.id LIMIT 20',
      ),
    ).toEqual(sample);
    expect(await query('MATCH (v:Evidence) RETURN v.sentence AS s ORDER BY v.relId, s')).toEqual(
      sentences,
    );
  });

  test('writes JSON elements, GraphML and CSV, and refuses an unknown format', async () => {
    expect((await run('load', SECOND)).code).toBe(0);
    const json = await run('export', '--format', 'json');
    const parsed = JSON.parse(json.stdout) as { elements: { nodes: unknown[]; edges: unknown[] } };
    expect(parsed.elements.nodes.length).toBeGreaterThanOrEqual(3);
    const graphml = await run('export', '--format', 'graphml');
    expect(graphml.stdout).toContain('<graphml');
    expect(graphml.stdout).toContain('南岭大学');
    const prefix = path.join(tmp, 'g');
    expect((await run('export', '--format', 'csv', '--out', prefix)).code).toBe(0);
    expect(fs.readFileSync(`${prefix}-nodes.csv`, 'utf8').split('\n')[0]).toBe(
      'id,name,type,aliases,nameEn,mentionCount,documentCount',
    );
    expect((await run('export', '--format', 'xml')).code).toBe(2);
  });

  test('the gazetteer export, reviewed and used with --gazetteer, keeps what was confirmed', async () => {
    expect((await run('load', SECOND)).code).toBe(0);
    const file = path.join(tmp, 'confirmed.json');
    const exported = await run('export', '--format', 'gazetteer', '--out', file);
    expect(exported.code).toBe(0);
    const gazetteer = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      entities: { name: string; type: string; aliases?: string[] }[];
    };
    const names = gazetteer.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['北辰智能科技有限公司', '南岭大学']));
    // A reviewer confirms the company's short form; a new article then uses only that form.
    const company = gazetteer.entities.find((e) => e.name === '北辰智能科技有限公司')!;
    company.aliases = [...(company.aliases ?? []), '北辰智能'];
    fs.writeFileSync(file, JSON.stringify(gazetteer));
    const later = path.join(tmp, 'later.txt');
    fs.writeFileSync(later, '南岭大学向北辰智能转让了一项专利。\n');
    const extracted = await run('extract', '--gazetteer', file, later);
    expect(extracted.code).toBe(0);
    const result = JSON.parse(extracted.stdout) as { entities: { name: string; type: string }[] };
    const confirmed = result.entities.find((e) => e.name === '北辰智能科技有限公司');
    expect(confirmed?.type).toBe('Company');
    expect(result.entities.map((e) => e.name)).not.toContain('北辰智能');
  });
});
