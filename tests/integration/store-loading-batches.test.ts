import { InjectedLoadFailure, loadExtraction } from '../../store/loader';
import { makeExtraction, type DocSpec, type EntitySpec } from '../support/extractionFactory';
import { closeDriver, query, resetDatabase } from '../support/db';

const DOC_A: DocSpec = {
  id: 'd_batch_a',
  text: '甲乙科技有限公司与丙丁大学共建智能传感实验室。',
};
const DOC_B: DocSpec = { id: 'd_batch_b', text: '甲乙科技与庚辛研究院联合攻关。' };
const DOC_C: DocSpec = { id: 'd_batch_c', text: '壬癸基金支持戊己区。' };

const ENTITIES: EntitySpec[] = [
  {
    name: '甲乙科技有限公司',
    type: 'Company',
    aliases: ['甲乙科技'],
    docs: ['d_batch_a', 'd_batch_b'],
  },
  { name: '丙丁大学', type: 'University', docs: ['d_batch_a'] },
  { name: '智能传感实验室', type: 'Lab', docs: ['d_batch_a'] },
  { name: '庚辛研究院', type: 'Institute', docs: ['d_batch_b'] },
  { name: '壬癸基金', type: 'Fund', docs: ['d_batch_c'] },
  { name: '戊己区', type: 'District', docs: ['d_batch_c'] },
];

/** The three documents in one extraction result (one batch), or only some of them. */
function batch(docs: DocSpec[]) {
  const ids = new Set(docs.map((d) => d.id));
  const entities = ENTITIES.map((e) => ({ ...e, docs: e.docs.filter((d) => ids.has(d)) })).filter(
    (e) => e.docs.length > 0,
  );
  const relations = [
    {
      type: 'CO_BUILDS' as const,
      source: '甲乙科技有限公司',
      target: '智能传感实验室',
      doc: DOC_A.id,
      sentence: DOC_A.text,
    },
    {
      type: 'CO_BUILDS' as const,
      source: '甲乙科技有限公司',
      target: '庚辛研究院',
      doc: DOC_B.id,
      sentence: DOC_B.text,
    },
    {
      type: 'SUPPORTS' as const,
      source: '壬癸基金',
      target: '戊己区',
      doc: DOC_C.id,
      sentence: DOC_C.text,
    },
  ].filter((r) => ids.has(r.doc));
  return makeExtraction(docs, entities, relations);
}

/** Everything stored, timestamps aside (they differ between two loads of the same content). */
async function content(): Promise<string[]> {
  const nodes = await query<{ l: string[]; p: Record<string, unknown> }>(
    'MATCH (n) RETURN labels(n) AS l, properties(n) AS p',
  );
  const rels = await query<{ a: unknown; t: string; b: unknown; p: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS a, type(r) AS t, coalesce(b.id, b.key) AS b, properties(r) AS p',
  );
  const plain = (p: Record<string, unknown>): string =>
    JSON.stringify(
      Object.keys(p)
        .filter((k) => k !== 'createdAt' && k !== 'loadedAt')
        .sort()
        .map((k) => [k, p[k]]),
    );
  return [
    ...nodes.map((n) => `${[...n.l].sort().join(':')} ${plain(n.p)}`),
    ...rels.map((r) => `${String(r.a)}-${r.t}->${String(r.b)} ${plain(r.p)}`),
  ].sort();
}

beforeEach(resetDatabase);
afterAll(closeDriver);

describe('bulk loads in batches', () => {
  test('a batch with one bad document stores the good ones whole and nothing of the bad one', async () => {
    await loadExtraction(batch([DOC_A]));
    await loadExtraction(batch([DOC_C]));
    const goodOnly = await content();
    await resetDatabase();

    const summary = await loadExtraction(batch([DOC_A, DOC_B, DOC_C]), {
      isolateFailures: true,
      failForDocument: DOC_B.id,
    });
    expect(summary.failed.map((f) => f.id)).toEqual([DOC_B.id]);
    expect(summary.failed[0]!.error).toContain('injected failure');
    expect([...summary.loaded].sort()).toEqual([DOC_A.id, DOC_C.id]);
    expect(await content()).toEqual(goodOnly);
    expect(await query('MATCH (n) WHERE n.name = $n RETURN n', { n: '庚辛研究院' })).toEqual([]);

    // Once the bad document loads, the batch ends where loading all three at once would.
    const retry = await loadExtraction(batch([DOC_A, DOC_B, DOC_C]), { isolateFailures: true });
    expect(retry.loaded).toEqual([DOC_B.id]);
    expect(retry.failed).toEqual([]);
    const afterRetry = await content();
    await resetDatabase();
    await loadExtraction(batch([DOC_A, DOC_B, DOC_C]));
    expect(await content()).toEqual(afterRetry);
  });

  test('without isolateFailures the whole batch fails and nothing of it is stored', async () => {
    await expect(
      loadExtraction(batch([DOC_A, DOC_B, DOC_C]), { failForDocument: DOC_B.id }),
    ).rejects.toBeInstanceOf(InjectedLoadFailure);
    expect(await content()).toEqual([]);
  });

  test('one document per transaction or all in one: the same store', async () => {
    await loadExtraction(batch([DOC_A, DOC_B, DOC_C]), { batchSize: 1 });
    const oneByOne = await content();
    await resetDatabase();
    await loadExtraction(batch([DOC_A, DOC_B, DOC_C]), { batchSize: 3 });
    expect(await content()).toEqual(oneByOne);
  });
});
