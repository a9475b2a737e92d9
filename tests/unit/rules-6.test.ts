import { rels, run } from '../support/zhExtract';

/** CO_BUILDS as an unordered pair, for edges between co-builders of an unnamed thing. */
function pairs(r: ReturnType<typeof run>): string[] {
  return rels(r)
    .filter((x) => x.startsWith('CO_BUILDS:'))
    .map((x) => x.slice('CO_BUILDS:'.length).split('->').sort().join('<>'));
}

describe('co-building an unnamed thing links the co-builders', () => {
  it('gives A与B共建联合实验室 one edge between A and B', () => {
    const r = run('云杉大学与青岚化工集团签约并共建联合实验室。');
    expect(pairs(r)).toEqual(['云杉大学<>青岚化工集团']);
  });

  it('resolves 双方将共建 to the two parties of the sentence before', () => {
    const r = run('青岚区人民政府与云杉大学签署战略合作协议。双方将共建研发平台。');
    expect(pairs(r)).toContain('云杉大学<>青岚区人民政府');
  });

  it('reads 校企双方 as the last school and company named, not the last two actors', () => {
    const r = run(
      '青岚化工集团与云杉大学在青岚市签约，青岚市领导出席。他希望校企双方共建创新研发平台。',
    );
    expect(pairs(r)).toEqual(['云杉大学<>青岚化工集团']);
  });

  it('still builds nothing from a strategic agreement alone', () => {
    const r = run('青岚区人民政府与云杉大学签署战略合作协议。');
    expect(pairs(r)).toEqual([]);
  });

  it('builds nothing from a signed co-building project or a quoted agreement title', () => {
    expect(pairs(run('青岚区筹建指挥部与云杉大学签署共建研究生联合培养基地项目。'))).toEqual([]);
    expect(pairs(run('云杉大学与青岚县签署了“共建技术转移中心协议书”。'))).toEqual([]);
  });

  it('builds nothing from a field list (在共建科技园区、技术攻关等领域) or a mechanism', () => {
    expect(
      pairs(run('云杉大学还与青岚化工集团开展合作，在共建科技园区、技术攻关等领域落地项目。')),
    ).toEqual([]);
    expect(pairs(run('云杉大学与青岚化工集团探索建立共建共享机制，共建合作机制。'))).toEqual([]);
  });

  it('keeps a signed agreement to build a named thing as co-building that thing', () => {
    const r = run('青岚区人民政府与云杉研究院签订共建青岚生物产业创新中心合作协议。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:青岚区人民政府->青岚生物产业创新中心',
        'CO_BUILDS:云杉研究院->青岚生物产业创新中心',
      ]),
    );
  });
});
