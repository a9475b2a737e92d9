import {
  loadExtraction,
  unloadDocument,
  InjectedLoadFailure,
  LOAD_STEPS,
} from '../../store/loader';
import { ValidationError } from '../../graph/errors';
import { makeExtraction } from '../support/extractionFactory';
import { closeDriver, graphFingerprint, query, resetDatabase } from '../support/db';

const DOC_A = {
  id: 'd_test_a',
  text: '甲乙科技有限公司与丙丁大学共建智能传感实验室。丙丁大学位于戊己区。',
};
const DOC_B = {
  id: 'd_test_b',
  text: '甲乙科技与庚辛研究院联合攻关。',
};

function articleA() {
  return makeExtraction(
    [DOC_A],
    [
      { name: '甲乙科技有限公司', type: 'Company', aliases: ['甲乙科技'], docs: [DOC_A.id] },
      { name: '丙丁大学', type: 'University', docs: [DOC_A.id] },
      { name: '智能传感实验室', type: 'Lab', docs: [DOC_A.id] },
      { name: '戊己区', type: 'District', docs: [DOC_A.id] },
    ],
    [
      {
        type: 'CO_BUILDS',
        source: '甲乙科技有限公司',
        target: '智能传感实验室',
        doc: DOC_A.id,
        sentence: '甲乙科技有限公司与丙丁大学共建智能传感实验室。',
      },
      {
        type: 'CO_BUILDS',
        source: '丙丁大学',
        target: '智能传感实验室',
        doc: DOC_A.id,
        sentence: '甲乙科技有限公司与丙丁大学共建智能传感实验室。',
      },
      {
        type: 'LOCATED_IN',
        source: '丙丁大学',
        target: '戊己区',
        doc: DOC_A.id,
        sentence: '丙丁大学位于戊己区。',
      },
    ],
  );
}

/** Article B names the company only by its short form, under a different canonical name. */
function articleB() {
  return makeExtraction(
    [DOC_B],
    [
      { name: '甲乙科技', type: 'Company', docs: [DOC_B.id] },
      { name: '庚辛研究院', type: 'Institute', docs: [DOC_B.id] },
    ],
    [
      {
        type: 'CO_BUILDS',
        source: '甲乙科技',
        target: '庚辛研究院',
        doc: DOC_B.id,
        sentence: '甲乙科技与庚辛研究院联合攻关。',
      },
    ],
  );
}

beforeEach(resetDatabase);
afterAll(closeDriver);

describe('loading extraction results into Neo4j', () => {
  test('round-trips entities, ties and their evidence sentences through the real database', async () => {
    await loadExtraction(articleA());
    const entities = await query<{ name: string; type: string; labels: string[] }>(
      'MATCH (e:Entity) RETURN e.name AS name, e.type AS type, labels(e) AS labels ORDER BY name',
    );
    expect(entities.map((e) => e.name)).toEqual([
      '丙丁大学',
      '戊己区',
      '智能传感实验室',
      '甲乙科技有限公司',
    ]);
    for (const e of entities) expect(e.labels).toEqual(expect.arrayContaining(['Entity', e.type]));
    const ties = await query<{ s: string; t: string; ty: string; sentence: string }>(
      `MATCH (a:Entity)-[r:CO_BUILDS]->(b:Entity) MATCH (v:Evidence {relId: r.id})
       RETURN a.name AS s, type(r) AS ty, b.name AS t, v.sentence AS sentence ORDER BY s`,
    );
    expect(ties).toEqual([
      {
        s: '丙丁大学',
        ty: 'CO_BUILDS',
        t: '智能传感实验室',
        sentence: '甲乙科技有限公司与丙丁大学共建智能传感实验室。',
      },
      {
        s: '甲乙科技有限公司',
        ty: 'CO_BUILDS',
        t: '智能传感实验室',
        sentence: '甲乙科技有限公司与丙丁大学共建智能传感实验室。',
      },
    ]);
  });

  test('counts and offsets are stored as integers, not floats', async () => {
    await loadExtraction(articleA());
    const [types] = await query<Record<string, string>>(
      `MATCH (d:Document)-[m:MENTIONS]->(e:Entity {name: '丙丁大学'})
       MATCH ()-[r:LOCATED_IN]->() MATCH (v:Evidence {relId: r.id})
       RETURN valueType(d.length) AS length, valueType(m.count) AS count,
              valueType(m.starts) AS starts, valueType(e.mentionCount) AS mentionCount,
              valueType(r.evidenceCount) AS evidenceCount, valueType(v.start) AS start`,
    );
    expect(types).toEqual({
      length: 'INTEGER NOT NULL',
      count: 'INTEGER NOT NULL',
      starts: 'LIST<INTEGER NOT NULL> NOT NULL',
      mentionCount: 'INTEGER NOT NULL',
      evidenceCount: 'INTEGER NOT NULL',
      start: 'INTEGER NOT NULL',
    });
  });

  test('loading the same document twice changes nothing', async () => {
    await loadExtraction(articleA());
    const first = await graphFingerprint();
    const again = await loadExtraction(articleA());
    expect(again.loaded).toEqual([]);
    expect(again.unchanged).toEqual([DOC_A.id]);
    expect(await graphFingerprint()).toEqual(first);
  });

  test.each(LOAD_STEPS.map((s) => [s]))(
    'a failure after the %s step leaves no trace of the document',
    async (step) => {
      await loadExtraction(articleB());
      const before = await graphFingerprint();
      await expect(loadExtraction(articleA(), { failAfterStep: step })).rejects.toBeInstanceOf(
        InjectedLoadFailure,
      );
      expect(await graphFingerprint()).toEqual(before);
      // and a retry afterwards succeeds
      const retry = await loadExtraction(articleA());
      expect(retry.loaded).toEqual([DOC_A.id]);
    },
  );

  test('a new article naming a known entity by its alias attaches to the existing node', async () => {
    await loadExtraction(articleA());
    await loadExtraction(articleB());
    const companies = await query<{ name: string; docs: number }>(
      'MATCH (e:Company) RETURN e.name AS name, e.documentCount AS docs',
    );
    expect(companies).toEqual([{ name: '甲乙科技有限公司', docs: 2 }]);
    const partners = await query<{ partner: string }>(
      "MATCH (:Company {name: '甲乙科技有限公司'})-[:CO_BUILDS]->(p) RETURN p.name AS partner ORDER BY partner",
    );
    expect(partners.map((p) => p.partner)).toEqual(['庚辛研究院', '智能传感实验室']);
  });

  test('unloading a document removes its evidence and whatever only it supported', async () => {
    await loadExtraction(articleA());
    const onlyA = await graphFingerprint();
    await loadExtraction(articleB());
    expect(await unloadDocument(DOC_B.id)).toBe(true);
    const after = await graphFingerprint();
    expect(after.nodes).toBe(onlyA.nodes);
    expect(after.relationships).toBe(onlyA.relationships);
    expect(await query('MATCH (e:Entity {name: $n}) RETURN e', { n: '庚辛研究院' })).toEqual([]);
    const company = await query<{ docs: number }>(
      'MATCH (e:Company) RETURN e.documentCount AS docs',
    );
    expect(company).toEqual([{ docs: 1 }]);
    expect(await unloadDocument(DOC_B.id)).toBe(false);
  });

  test('malformed results and types outside the allowlist are refused before anything is written', async () => {
    const bad = articleA();
    (bad.entities[0] as { type: string }).type = 'Company) DETACH DELETE n //';
    await expect(loadExtraction(bad)).rejects.toBeInstanceOf(ValidationError);
    const badRel = articleA();
    (badRel.relations[0] as { type: string }).type = 'OWNS';
    await expect(loadExtraction(badRel)).rejects.toBeInstanceOf(ValidationError);
    const tooLong = articleA();
    tooLong.entities[0]!.name = '长'.repeat(1000);
    await expect(loadExtraction(tooLong)).rejects.toBeInstanceOf(ValidationError);
    await expect(loadExtraction({ documents: 'x' } as never)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect((await graphFingerprint()).nodes).toBe(0);
  });
});
