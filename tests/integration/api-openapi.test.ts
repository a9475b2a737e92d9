import Ajv2020 from 'ajv/dist/2020';
import { request } from '../support/http';
import { startTestApp, type TestApp } from '../support/app';
import { entityIdByName } from '../support/sample';

let app: TestApp;
let spec: {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
  components: { schemas: Record<string, unknown> };
};
const ajv = new Ajv2020({ strict: false, allErrors: true });

beforeAll(async () => {
  app = await startTestApp();
  spec = (await request<typeof spec>(app.baseUrl, '/api/openapi.json')).body;
  ajv.addSchema({ $id: 'spec', components: spec.components }, 'spec');
});
afterAll(async () => app.close());

/** Validates a real response against the schema the spec declares for that path, method and status. */
function expectMatchesSpec(path: string, method: string, status: number, body: unknown): void {
  const op = spec.paths[path]?.[method];
  expect(op).toBeDefined();
  const declared = op!.responses[String(status)]?.content?.['application/json']?.schema;
  expect(declared).toBeDefined();
  const schema = JSON.parse(
    JSON.stringify(declared).replace(/"#\/components/g, '"spec#/components'),
  );
  const validate = ajv.compile(schema);
  const ok = validate(body);
  if (!ok)
    throw new Error(
      `${method.toUpperCase()} ${path} ${status}: ${ajv.errorsText(validate.errors)}`,
    );
}

describe('GET /api/openapi.json', () => {
  test('describes every API route the server answers', () => {
    expect(spec.paths).toEqual(
      expect.objectContaining({
        '/api/health': expect.anything(),
        '/api/search': expect.anything(),
        '/api/paths': expect.anything(),
        '/api/hubs': expect.anything(),
        '/api/documents/{id}': expect.anything(),
      }),
    );
  });

  test('real responses of every endpoint match the schemas it declares', async () => {
    const lab = await entityIdByName('锶盐实验室');
    const uni = await entityIdByName('四川轻化工大学');
    const company = await entityIdByName('元泰科技');
    const entity = await request<{ relations: { id: string }[] }>(
      app.baseUrl,
      `/api/entities/${lab}`,
    );
    const edgeId = entity.body.relations[0]!.id;
    const docs = await request<{ documents: { id: string }[] }>(app.baseUrl, '/api/documents');
    const cases: [string, string, string][] = [
      ['/api/health', '/api/health', 'get'],
      ['/api/stats', '/api/stats', 'get'],
      ['/api/search', '/api/search?q=sichuan', 'get'],
      ['/api/graph', '/api/graph', 'get'],
      ['/api/entities/{id}', `/api/entities/${lab}`, 'get'],
      ['/api/entities/{id}/neighbourhood', `/api/entities/${lab}/neighbourhood?depth=2`, 'get'],
      ['/api/edges/{id}', `/api/edges/${edgeId}`, 'get'],
      ['/api/paths', `/api/paths?from=${uni}&to=${company}`, 'get'],
      ['/api/hubs', '/api/hubs?metric=bridging', 'get'],
      ['/api/chains', '/api/chains', 'get'],
      ['/api/chains', '/api/chains?pattern=school-company-cobuild', 'get'],
      ['/api/districts/flows', '/api/districts/flows', 'get'],
      ['/api/documents', '/api/documents', 'get'],
      ['/api/documents/{id}', `/api/documents/${docs.body.documents[0]!.id}`, 'get'],
      ['/api/entities/{id}', '/api/entities/e_0000000000000000', 'get'],
      ['/api/graph', '/api/graph?types=Nope', 'get'],
    ];
    for (const [specPath, url, method] of cases) {
      const res = await request(app.baseUrl, url);
      expectMatchesSpec(specPath, method, res.status, res.body);
    }
    const preview = await request(app.baseUrl, '/api/extract', {
      method: 'POST',
      body: { text: '甲乙科技有限公司与丙丁大学共建实验室。' },
    });
    expectMatchesSpec('/api/extract', 'post', preview.status, preview.body);
    const ingest = await request(app.baseUrl, '/api/documents', {
      method: 'POST',
      body: { title: 't', text: '甲乙科技有限公司与丙丁大学共建智能传感实验室。' },
    });
    expect(ingest.status).toBe(201);
    expectMatchesSpec('/api/documents', 'post', ingest.status, ingest.body);
  });
});
