import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main as cli } from '../../cli/innochain';
import { normalize } from '../../graph/normalize';
import { BUNDLED_CORPUS_DIR } from '../../runtime/paths';
import { graphFingerprint, query } from '../support/db';
import { startTestApp, type TestApp } from '../support/app';

/**
 * Articles carrying markup, scripts, bidi and zero-width characters, binary bytes, 10 MB of text
 * or nothing at all: each is either stored with its text as data or refused with a clear 4xx.
 */

let app: TestApp;
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'innochain-hostile-'));

beforeAll(async () => {
  app = await startTestApp({ corpus: false });
}, 120_000);
afterAll(async () => {
  await app.close();
  fs.rmSync(TMP, { recursive: true, force: true });
});

async function postRaw(body: string | Buffer, contentType = 'application/json') {
  const res = await fetch(`${app.baseUrl}/api/documents`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const json = (await res.json()) as {
    document?: { id: string };
    entityIds?: string[];
    error?: { code: string; message: string };
  };
  return { status: res.status, json, contentType: res.headers.get('content-type') ?? '' };
}

const post = (body: unknown) => postRaw(JSON.stringify(body));

/**
 * Stored names and sentences of a document must be verbatim pieces of its text as the extractor
 * reads it (normalised: control characters dropped, widths folded), nothing escaped or removed.
 */
async function expectStoredAsData(docId: string, raw: string): Promise<number> {
  const text = normalize(raw).text;
  const sentences = await query<{ sentence: string }>(
    'MATCH (:Document {id: $id})<-[:IN_DOCUMENT]-(v:Evidence) RETURN v.sentence AS sentence',
    { id: docId },
  );
  for (const { sentence } of sentences) expect(text).toContain(sentence);
  const surfaces = await query<{ surfaces: string[] }>(
    'MATCH (:Document {id: $id})-[m:MENTIONS]->() RETURN m.surfaces AS surfaces',
    { id: docId },
  );
  for (const { surfaces: s } of surfaces) for (const surface of s) expect(text).toContain(surface);
  return sentences.length;
}

const HOSTILE_ARTICLES: Record<string, string> = {
  script:
    '<script>alert(document.cookie)</script>星河科技有限公司与<b onmouseover="alert(1)">晨曦大学</b>共建量子传感实验室。',
  imgOnerror:
    '"><img src=x onerror=alert(1)>北辰智能有限公司与南岭大学共建<img src=x onerror=alert(2)>机器人实验室。',
  javascriptLink:
    '<a href="javascript:alert(1)">东岳生物科技有限公司</a>与西江大学共建javascript:alert(1)合成生物实验室。',
  rtlAndZeroWidth:
    '\u202E司公限有技科\u202C 中和\u200B科技有限公司与\u2066华夏\u2069大学共建\u200D\uFEFF智能材料实验室。\u200F',
  mixedControls:
    '云帆电子有限公司\u0007与\u001b[31m星海大学\u001b[0m共建\r\n光子芯片实验室。\u2028',
  nulBytes: '天工机械有限公司\u0000与地载大学共建\u0000精密制造实验室。',
  loneSurrogates: '玄武科技有限公司\ud800与朱雀大学\udfff共建能源实验室。',
  cypherInText:
    "青龙科技有限公司'}) DETACH DELETE n //与白虎大学共建`) MATCH (n) DETACH DELETE n //实验室。",
};

describe.each(Object.entries(HOSTILE_ARTICLES))('an article with %s', (_name, text) => {
  test('is stored with its text as data, or refused with a clear 4xx', async () => {
    const before = await graphFingerprint();
    const r = await post({ text, title: text.slice(0, 40) });
    expect(r.contentType).toContain('application/json');
    if (r.status >= 400) {
      expect(r.status).toBeLessThan(500);
      expect(r.json.error?.message).toEqual(expect.any(String));
      expect(await graphFingerprint()).toEqual(before);
      return;
    }
    expect([200, 201]).toContain(r.status);
    const id = r.json.document!.id;
    // Lone surrogates cannot survive UTF-8; everything else must be kept exactly.
    const stored = text.replace(/[\ud800-\udfff]/g, '\ufffd');
    await expectStoredAsData(id, stored);
    expect(await query('MATCH (n) WHERE n.pwned IS NOT NULL OR n:Pwned RETURN n LIMIT 1')).toEqual(
      [],
    );
    // What the API hands back is the same text, JSON-encoded (the browser never gets HTML from it).
    for (const entityId of r.json.entityIds ?? []) {
      const res = await fetch(`${app.baseUrl}/api/entities/${entityId}`);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const entity = (await res.json()) as { entity?: { name: string }; name?: string };
      const name = entity.entity?.name ?? entity.name;
      expect(normalize(stored).text).toContain(name);
    }
  });
});

test('markup in entity names comes back from search verbatim, as JSON strings', async () => {
  const text =
    '<img src=x onerror=alert(9)>寰宇科技有限公司与<script>x</script>苍穹大学共建<svg onload=alert(1)>实验室。';
  const r = await post({ text });
  expect(r.status).toBeLessThan(500);
  for (const q of ['寰宇科技', '苍穹大学']) {
    const res = await fetch(`${app.baseUrl}/api/search?q=${encodeURIComponent(q)}`);
    expect(res.headers.get('content-type')).toContain('application/json');
    const { results } = (await res.json()) as { results: { name: string }[] };
    const mine = results.filter((hit) => hit.name.includes(q.slice(0, 2)));
    if (r.status < 300) expect(mine.length).toBeGreaterThan(0);
    // A name is exactly what the article said: markup kept as text, not stripped or escaped.
    for (const hit of mine) expect(normalize(text).text).toContain(hit.name);
  }
});

test('10 MB through the API is refused with 413 and a JSON error; nothing is written', async () => {
  const before = await graphFingerprint();
  const base = fs.readFileSync(path.join(BUNDLED_CORPUS_DIR, 'yuxi-corridor.txt'), 'utf8');
  const big = base.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(base)));
  const r = await post({ text: big });
  expect(r.status).toBe(413);
  expect(r.json.error?.code).toBe('PAYLOAD_TOO_LARGE');
  expect(await graphFingerprint()).toEqual(before);
});

test('text over the 1,000,000-character limit but under 4 MB is refused with 400', async () => {
  const r = await post({ text: 'a'.repeat(1_000_001) });
  expect(r.status).toBe(400);
  expect(r.json.error?.code).toBe('VALIDATION');
});

test('binary and non-UTF-8 bodies are refused with 4xx or stored as replacement characters, never a 500', async () => {
  const before = await graphFingerprint();
  const invalidUtf8 = Buffer.concat([
    Buffer.from('{"text":"'),
    Buffer.from('灵犀科技有限公司与', 'utf8'),
    Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
    Buffer.from('青云大学共建实验室。"}'),
  ]);
  const r1 = await postRaw(invalidUtf8);
  expect(r1.status).toBeLessThan(500);
  if (r1.status < 300) {
    const [doc] = await query<{ length: number }>(
      'MATCH (d:Document {id: $id}) RETURN d.length AS length',
      {
        id: r1.json.document!.id,
      },
    );
    expect(doc?.length).toBeGreaterThan(0);
  }
  const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  for (const type of ['application/octet-stream', 'application/json', 'text/plain']) {
    const r = await postRaw(random, type);
    expect([type, r.status]).toEqual([type, 400]);
    expect(r.json.error?.code).toEqual(expect.any(String));
  }
  const utf16 = Buffer.from(
    JSON.stringify({ text: '某某科技有限公司与某某大学共建实验室。' }),
    'utf16le',
  );
  const r3 = await postRaw(utf16);
  expect(r3.status).toBeGreaterThanOrEqual(400);
  expect(r3.status).toBeLessThan(500);
  if (r1.status >= 300) expect(await graphFingerprint()).toEqual(before);
});

test('an empty document is refused with 400 and a message saying so', async () => {
  const before = await graphFingerprint();
  for (const body of [
    { text: '' },
    { text: '   \n\t ' },
    {},
    { title: 'only a title' },
    { text: '\u3000\u3000' },
  ]) {
    const r = await post(body);
    expect([JSON.stringify(body), r.status]).toEqual([JSON.stringify(body), 400]);
    expect(r.json.error?.message).toMatch(/text|empty/i);
  }
  expect(await graphFingerprint()).toEqual(before);
});

describe('innochain load', () => {
  let stderr: string[] = [];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    stderr = [];
    spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
  });
  afterEach(() => spy.mockRestore());

  test('refuses binary, non-UTF-8 and empty files with exit code 2 and a clear message, writing nothing', async () => {
    const before = await graphFingerprint();
    const files: [string, Buffer, RegExp][] = [
      ['binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]), /binary|UTF-8/],
      ['latin1.txt', Buffer.from('caf\u00e9 soci\u00e9t\u00e9', 'latin1'), /UTF-8/],
      ['gbk.txt', Buffer.from([0xd6, 0xd8, 0xc7, 0xec, 0xb4, 0xf3, 0xd1, 0xa7]), /UTF-8/],
      ['empty.txt', Buffer.alloc(0), /empty/],
      ['blank.txt', Buffer.from(' \n\n\t'), /empty/],
    ];
    for (const [name, bytes, message] of files) {
      const file = path.join(TMP, name);
      fs.writeFileSync(file, bytes);
      stderr = [];
      expect([name, await cli(['load', file])]).toEqual([name, 2]);
      expect(stderr.join('')).toMatch(message);
    }
    expect(await graphFingerprint()).toEqual(before);
  }, 60_000);

  test('a 10 MB article file is loaded whole or refused clearly', async () => {
    const base = fs.readFileSync(path.join(BUNDLED_CORPUS_DIR, 'yuxi-corridor.txt'), 'utf8');
    const big = base.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(base)));
    const file = path.join(TMP, 'ten-mb.txt');
    fs.writeFileSync(file, big);
    const code = await cli(['load', file]);
    const said = stderr.join('');
    if (code === 0) {
      expect(said).toMatch(/Loaded 1 document/);
      const [doc] = await query<{ length: number }>(
        'MATCH (d:Document {source: $s}) RETURN d.length AS length',
        { s: 'ten-mb.txt' },
      );
      expect(doc?.length).toBe(normalize(big).text.length);
    } else {
      expect(code).toBe(2);
      expect(said).toMatch(/too (large|long)|limit/i);
    }
    process.stdout.write(
      `hostile/cli: 10 MB file → exit ${code}: ${said.trim().split('\n').pop()}\n`,
    );
  }, 240_000);
});
