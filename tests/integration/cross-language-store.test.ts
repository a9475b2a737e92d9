import { ingestArticles } from '../../store/ingest';
import { closeDriver, query, resetDatabase } from '../support/db';

const CHINESE = '重庆大学与嘉陵精密机械有限公司共建智能传感实验室。';
const ENGLISH =
  'Chongqing University and Jialing Precision Machinery Co., Ltd. jointly built the Smart Sensing Laboratory in Shapingba District.';

beforeEach(resetDatabase);
afterAll(closeDriver);

describe('articles in two languages', () => {
  test('an English article naming a stored Chinese university attaches to the same node, which keeps both names', async () => {
    await ingestArticles([{ text: CHINESE, title: '中文' }]);
    await ingestArticles([{ text: ENGLISH, title: 'English', lang: 'en' }]);
    const universities = await query<{ name: string; nameEn: string | null; docs: number }>(
      'MATCH (e:University) RETURN e.name AS name, e.nameEn AS nameEn, e.documentCount AS docs',
    );
    expect(universities).toEqual([{ name: '重庆大学', nameEn: 'Chongqing University', docs: 2 }]);
    const evidence = await query<{ sentence: string }>(
      'MATCH (:University {name: $n})-[r:CO_BUILDS]->() MATCH (v:Evidence {relId: r.id}) RETURN v.sentence AS sentence ORDER BY sentence',
      { n: '重庆大学' },
    );
    expect(evidence.map((e) => e.sentence)).toEqual(expect.arrayContaining([CHINESE, ENGLISH]));
  });

  test('a different university with a similar English name stays a separate node', async () => {
    await ingestArticles([
      { text: '四川轻化工大学与甲乙科技有限公司共建锂电实验室。', title: '中文' },
    ]);
    await ingestArticles([
      {
        text: 'Sichuan University and Jialing Precision Machinery Co., Ltd. jointly built the Battery Laboratory.',
        lang: 'en',
      },
    ]);
    const names = await query<{ name: string }>(
      'MATCH (e:University) RETURN e.name AS name ORDER BY name',
    );
    expect(names.map((n) => n.name)).toEqual(['Sichuan University', '四川轻化工大学']);
  });
});
