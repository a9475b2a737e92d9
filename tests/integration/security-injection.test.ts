import { graphFingerprint, query } from '../support/db';
import { startTestApp, type TestApp } from '../support/app';
import { hostileInputs, urlEncoded, type HostileInput } from '../support/hostileInputs';

/**
 * Every parameter of every endpoint receives every generated hostile input. Afterwards the
 * database's content and schema are unchanged, and no answer was a 5xx or a non-JSON error.
 */

const INPUTS = hostileInputs();
const CONCURRENCY = 16;
/**
 * INNOCHAIN_SECURITY_FULL=1 (the long CI run) sends every input to every slot. By default each
 * slot gets a rotating eighth of the inputs, so every input still reaches eight different slots
 * and the suite stays within a couple of minutes on a small machine.
 */
const FULL = process.env.INNOCHAIN_SECURITY_FULL === '1';
const SHARE = FULL ? 1 : 8;
/** Time allowed per sweep: the full run sends ~50,000 requests. */
const SWEEP_MS = FULL ? 1_800_000 : 240_000;

function inputsFor(slotIndex: number): HostileInput[] {
  return INPUTS.filter((_, i) => i % SHARE === slotIndex % SHARE);
}

interface Outcome {
  slot: string;
  input: HostileInput;
  status: number;
  contentType: string;
  body: string;
}

interface Slot {
  name: string;
  method: 'GET' | 'DELETE' | 'POST';
  /** Builds the request for one input (URL-encoded form for URLs, plain value for bodies/headers). */
  request(input: HostileInput): { path: string; body?: unknown; headers?: Record<string, string> };
}

interface Fixture {
  entity: string;
  other: string;
  edge: string;
  document: string;
  district: string;
}

async function fixture(): Promise<Fixture> {
  const [hub, other] = await query<{ id: string }>(
    'MATCH (e:Entity) WHERE e.type <> "District" RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC, e.id LIMIT 2',
  );
  const [edge] = await query<{ id: string }>(
    'MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id ORDER BY r.id LIMIT 1',
  );
  const [doc] = await query<{ id: string }>(
    'MATCH (d:Document) RETURN d.id AS id ORDER BY d.id LIMIT 1',
  );
  const [district] = await query<{ id: string }>(
    'MATCH (d:District) RETURN d.id AS id ORDER BY d.id LIMIT 1',
  );
  if (!hub || !other || !edge || !doc || !district)
    throw new Error('the sample corpus did not load');
  return {
    entity: hub.id,
    other: other.id,
    edge: edge.id,
    document: doc.id,
    district: district.id,
  };
}

/** GET slots: one per query parameter (others valid) and per path parameter. */
function readSlots(f: Fixture): Slot[] {
  const q = (path: string, base: Record<string, string>, param: string): Slot => ({
    name: `GET ${path} ?${param}`,
    method: 'GET',
    request: (input) => {
      const rest = Object.entries(base)
        .filter(([k]) => k !== param)
        .map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
      return { path: `${path}?${[...rest, `${param}=${urlEncoded(input)}`].join('&')}` };
    },
  });
  const p = (method: 'GET' | 'DELETE', template: string): Slot => ({
    name: `${method} ${template}`,
    method,
    request: (input) => ({ path: template.replace(':id', urlEncoded(input)) }),
  });
  const pathsBase = { from: f.entity, to: f.other, k: '3', maxHops: '4' };
  return [
    ...['types', 'relations', 'districts', 'minConfidence', 'limit'].map((x) =>
      q('/api/graph', {}, x),
    ),
    p('GET', '/api/entities/:id/neighbourhood'),
    ...['depth', 'relations', 'minConfidence', 'limit'].map((x) =>
      q(`/api/entities/${f.entity}/neighbourhood`, {}, x),
    ),
    ...['q', 'types', 'limit'].map((x) => q('/api/search', { q: '科技' }, x)),
    p('GET', '/api/entities/:id'),
    p('GET', '/api/edges/:id'),
    ...['from', 'to', 'k', 'maxHops', 'relations', 'avoid', 'minConfidence'].map((x) =>
      q('/api/paths', pathsBase, x),
    ),
    ...['metric', 'types', 'districts', 'limit'].map((x) => q('/api/hubs', {}, x)),
    ...['pattern', 'limit'].map((x) => q('/api/chains', { pattern: 'transfer-to-company' }, x)),
    ...['skip', 'limit'].map((x) => q('/api/documents', {}, x)),
    p('GET', '/api/documents/:id'),
    p('DELETE', '/api/documents/:id'),
    // Endpoints without parameters get a stray one; strict endpoints get a hostile parameter name.
    ...['/api/health', '/api/stats', '/api/districts/flows'].map((x) => q(x, {}, 'x')),
    {
      name: 'GET /api/graph ?<hostile name>=1',
      method: 'GET',
      request: (input) => ({ path: `/api/graph?${urlEncoded(input)}=1` }),
    },
    {
      name: 'GET /api/search (repeated q)',
      method: 'GET',
      request: (input) => ({ path: `/api/search?q=a&q=${urlEncoded(input)}` }),
    },
    {
      name: 'GET /api/stats X-Request-Id',
      method: 'GET',
      request: (input) => ({ path: '/api/stats', headers: { 'X-Request-Id': input.value } }),
    },
  ];
}

/** POST /api/extract writes nothing: every field gets every input, as does the body itself. */
function extractSlots(): Slot[] {
  const valid = {
    text: '甲乙科技有限公司与丙丁大学共建智能传感实验室。',
    title: 't',
    date: '2024-01-02',
    source: 's',
    lang: 'zh',
  };
  const field = (name: keyof typeof valid): Slot => ({
    name: `POST /api/extract .${name}`,
    method: 'POST',
    request: (input) => ({ path: '/api/extract', body: { ...valid, [name]: input.value } }),
  });
  return [
    ...(['text', 'title', 'date', 'source', 'lang'] as const).map(field),
    {
      name: 'POST /api/extract <body is the input>',
      method: 'POST',
      request: (input) => ({ path: '/api/extract', body: input.value }),
    },
    {
      name: 'POST /api/extract <hostile key>',
      method: 'POST',
      request: (input) => ({ path: '/api/extract', body: { ...valid, [input.value]: 1 } }),
    },
  ];
}

async function send(
  baseUrl: string,
  slot: Slot,
  input: HostileInput,
): Promise<Outcome | undefined> {
  const { path, body, headers } = slot.request(input);
  let res: Response;
  try {
    res = await fetch(`${baseUrl}${path}`, {
      method: slot.method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch (error) {
    // fetch itself refuses some header values (NUL, CR/LF): nothing reached the server.
    if (headers && (error as Error).name === 'TypeError') return undefined;
    throw error;
  }
  return {
    slot: slot.name,
    input,
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    body: await res.text(),
  };
}

/** Sends every input to every slot with a small pool of concurrent requests. */
async function sendAll(
  baseUrl: string,
  slots: Slot[],
): Promise<{ outcomes: Outcome[]; skipped: number }> {
  const jobs = slots.flatMap((slot, s) => inputsFor(s).map((input) => ({ slot, input })));
  const outcomes: Outcome[] = [];
  let skipped = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const outcome = await send(baseUrl, job.slot, job.input);
      if (outcome) outcomes.push(outcome);
      else skipped++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { outcomes, skipped };
}

/** Answers that break the contract: 5xx, other statuses, or a body that is not the JSON shape. */
function violations(outcomes: Outcome[]): string[] {
  const bad: string[] = [];
  for (const o of outcomes) {
    const where = `${o.slot} ← ${o.input.label}: ${o.status}`;
    const okStatus = (o.status >= 200 && o.status < 300) || (o.status >= 400 && o.status < 500);
    if (!okStatus) {
      bad.push(`${where} ${o.body.slice(0, 200)}`);
      continue;
    }
    if (o.status === 204) continue;
    if (!o.contentType.includes('application/json')) {
      bad.push(`${where} content-type "${o.contentType}"`);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(o.body);
    } catch {
      bad.push(`${where} body is not JSON`);
      continue;
    }
    if (o.status >= 400) {
      const code = (parsed as { error?: { code?: unknown } }).error?.code;
      if (typeof code !== 'string') bad.push(`${where} no error.code in ${o.body.slice(0, 200)}`);
    }
  }
  return bad;
}

/** What a string becomes after a UTF-8 round trip: lone surrogates turn into U+FFFD. */
function wellFormed(s: string): string {
  return s.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  );
}

async function schemaNames(): Promise<{ constraints: string[]; indexes: string[] }> {
  const constraints = await query<{ name: string }>(
    'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name',
  );
  const indexes = await query<{ name: string }>(
    'SHOW INDEXES YIELD name RETURN name ORDER BY name',
  );
  return { constraints: constraints.map((c) => c.name), indexes: indexes.map((i) => i.name) };
}

async function snapshot() {
  return { graph: await graphFingerprint(), schema: await schemaNames() };
}

describe('hostile input against every read and preview endpoint', () => {
  let app: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    app = await startTestApp();
    f = await fixture();
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  test('the generator yields well over 1,000 distinct hostile inputs', () => {
    expect(INPUTS.length).toBeGreaterThanOrEqual(1_000);
    expect(new Set(INPUTS.map((i) => (i.raw !== undefined ? `raw:${i.raw}` : i.value))).size).toBe(
      INPUTS.length,
    );
  });

  test(
    'no read parameter or path segment changes the database, and no answer is a 5xx or non-JSON',
    async () => {
      const before = await snapshot();
      const slots = readSlots(f);
      const { outcomes, skipped } = await sendAll(app.baseUrl, slots);
      const sent = slots.reduce((n, _s, i) => n + inputsFor(i).length, 0);
      expect(outcomes.length + skipped).toBe(sent);
      expect(violations(outcomes)).toEqual([]);
      expect(await snapshot()).toEqual(before);
      // Sanity: the endpoints were really exercised, not all refused at the door.
      expect(outcomes.filter((o) => o.status === 200).length).toBeGreaterThan(sent / 20);
      process.stdout.write(
        `injection/read: ${INPUTS.length} inputs × ${slots.length} slots = ${outcomes.length} answers (${skipped} refused by the client)\n`,
      );
    },
    SWEEP_MS,
  );

  test(
    'no field of the extraction preview changes the database, and no answer is a 5xx or non-JSON',
    async () => {
      const before = await snapshot();
      const slots = extractSlots();
      const { outcomes } = await sendAll(app.baseUrl, slots);
      expect(outcomes.length).toBe(slots.reduce((n, _s, i) => n + inputsFor(i).length, 0));
      expect(violations(outcomes)).toEqual([]);
      expect(await snapshot()).toEqual(before);
      process.stdout.write(`injection/extract: ${outcomes.length} answers\n`);
    },
    SWEEP_MS,
  );
});

describe('hostile fields of an ingested article', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  const ARTICLE = '壬癸智能科技有限公司与子丑大学共建柔性电子实验室。';

  /** Posts every input as title+source, and as the whole text; checks what was stored. */
  test(
    'hostile titles, sources and texts are stored verbatim as data or refused with 4xx; nothing else changes',
    async () => {
      const before = await snapshot();
      const created = new Set<string>();
      const bad: string[] = [];
      let stored = 0;
      let refused = 0;
      const all = INPUTS.flatMap((input, i) => [
        {
          input,
          body: { text: `${ARTICLE}编号${i}。`, title: input.value, source: input.value },
          checks: 'title' as const,
        },
        { input, body: { text: input.value }, checks: 'text' as const },
        {
          input,
          body: { text: ARTICLE, date: input.value, lang: input.value },
          checks: 'none' as const,
        },
      ]);
      // Full run: every input in every field. Default: a quarter of the inputs, each in one field.
      const jobs = FULL
        ? all
        : all.filter((_, j) => Math.floor(j / 3) % 4 === 0 && j % 3 === Math.floor(j / 12) % 3);
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < jobs.length) {
          const job = jobs[next++]!;
          const res = await fetch(`${app.baseUrl}/api/documents`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(job.body),
          });
          const text = await res.text();
          const where = `${job.checks} ← ${job.input.label}: ${res.status}`;
          if (!(res.headers.get('content-type') ?? '').includes('application/json')) {
            bad.push(`${where} not JSON`);
            continue;
          }
          const json = JSON.parse(text) as { document?: { id: string }; error?: { code: string } };
          if (res.status >= 400 && res.status < 500) {
            refused++;
            if (typeof json.error?.code !== 'string') bad.push(`${where} no error code`);
            continue;
          }
          if (res.status !== 200 && res.status !== 201) {
            bad.push(`${where} ${text.slice(0, 200)}`);
            continue;
          }
          const id = json.document?.id;
          if (!id) {
            bad.push(`${where} no document id`);
            continue;
          }
          created.add(id);
          stored++;
          if (job.checks === 'title') {
            const [doc] = await query<{ title: string; source: string | null }>(
              'MATCH (d:Document {id: $id}) RETURN d.title AS title, d.source AS source',
              { id },
            );
            // zod trims the title; the source is kept as sent. Lone surrogates cannot survive UTF-8.
            if (doc?.title !== wellFormed(job.input.value.trim()))
              bad.push(`${where} title stored as ${JSON.stringify(doc?.title)?.slice(0, 80)}`);
            if (doc?.source !== wellFormed(job.input.value))
              bad.push(`${where} source stored differently`);
          }
        }
      };
      await Promise.all(Array.from({ length: 4 }, worker));
      expect(bad).toEqual([]);
      expect(stored).toBeGreaterThan(jobs.length / 4);
      expect(await query('MATCH (n:Pwned) RETURN n LIMIT 1')).toEqual([]);
      expect(await query('MATCH (n) WHERE n.pwned IS NOT NULL RETURN n LIMIT 1')).toEqual([]);
      // Removing what was ingested brings back exactly the database as it was.
      const ids = [...created];
      const deleted: number[] = [];
      const remover = async (): Promise<void> => {
        for (let id = ids.pop(); id !== undefined; id = ids.pop()) {
          const res = await fetch(`${app.baseUrl}/api/documents/${id}`, { method: 'DELETE' });
          deleted.push(res.status);
        }
      };
      await Promise.all(Array.from({ length: 4 }, remover));
      expect(deleted.filter((s) => s !== 204)).toEqual([]);
      expect(await snapshot()).toEqual(before);
      process.stdout.write(
        `injection/ingest: ${jobs.length} posts, ${stored} stored, ${refused} refused with 4xx\n`,
      );
    },
    SWEEP_MS,
  );
});
