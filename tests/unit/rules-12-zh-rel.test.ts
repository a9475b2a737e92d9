import { rels, run } from '../support/zhExtract';

/** Ties of one type only. */
function only(r: ReturnType<typeof run>, type: string): string[] {
  return rels(r).filter((x) => x.startsWith(type + ':'));
}

describe('places named inside larger places', () => {
  it('places a district or county named right after its city in that city', () => {
    const r = run('近日，一家材料公司在常德市鼎城区投产。玉林博白的竹编产业名声在外。');
    expect(only(r, 'LOCATED_IN')).toEqual(
      expect.arrayContaining(['LOCATED_IN:鼎城区->常德市', 'LOCATED_IN:博白县->玉林市']),
    );
  });

  it('ties nothing between places of one level or places set apart by a mark', () => {
    const r = run('常德市、玉林市两地签约。常德、玉林的企业参加了洽谈。');
    expect(only(r, 'LOCATED_IN')).toEqual([]);
  });
});
