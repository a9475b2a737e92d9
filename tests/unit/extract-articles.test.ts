import { ValidationError } from '../../graph/errors';
import { extractArticles, type ArticleInput } from '../../store/ingest';

function* lazily(articles: ArticleInput[], pulled: string[]): Generator<ArticleInput> {
  for (const a of articles) {
    pulled.push(a.title ?? '');
    yield a;
  }
}

describe('extractArticles', () => {
  test('takes articles from a lazy iterable and merges them into one result', () => {
    const pulled: string[] = [];
    const result = extractArticles(
      lazily(
        [
          { title: 'one', text: '云杉大学与青梧科技有限公司共建松针实验室。' },
          { title: 'two', text: '青梧科技有限公司位于白鹭区。' },
        ],
        pulled,
      ),
    );
    expect(pulled).toEqual(['one', 'two']);
    expect(result.documents.map((d) => d.title)).toEqual(['one', 'two']);
    const company = result.entities.filter((e) => e.name === '青梧科技有限公司');
    expect(company).toHaveLength(1);
  });

  test('names the empty article by its title and stops reading there', () => {
    const pulled: string[] = [];
    const run = (): unknown =>
      extractArticles(
        lazily(
          [
            { title: 'good', text: '云杉大学与青梧科技有限公司共建松针实验室。' },
            { title: 'blank', text: '  \n ' },
            { title: 'never read', text: '白鹭区。' },
          ],
          pulled,
        ),
      );
    expect(run).toThrow(ValidationError);
    expect(run).toThrow('Article blank is empty');
    expect(pulled).not.toContain('never read');
  });
});
