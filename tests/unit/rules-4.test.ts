import { names, rels, run } from '../support/zhExtract';

describe('places found by their level and context', () => {
  it('finds an unlisted county after 与 and a city after 在', () => {
    const r = run('云杉大学与青岚县共建青岚技术转移中心。仪式在桐梧市举行。');
    expect(names(r, 'District')).toEqual(expect.arrayContaining(['青岚县', '桐梧市']));
    expect(rels(r)).toContain('CO_BUILDS:青岚县->青岚技术转移中心');
  });

  it('does not read generic areas or verbs as places', () => {
    const r = run('按照市里的部署，双方在示范区开展合作，共建校市合作专项资金。');
    expect(names(r, 'District')).toEqual([]);
  });

  it('finds a province that is served', () => {
    const r = run('云杉大学将服务江苏新质生产力发展。');
    // Named with its level, so 江苏 and 江苏省 are one entity.
    expect(names(r, 'District')).toContain('江苏省');
  });
});

describe('joint names', () => {
  it('keeps a dashed joint name whole and lets both parties build it', () => {
    const r = run('云杉大学与青松集团合作。云杉大学-青松集团产业创新研究院揭牌。');
    expect(names(r, 'Institute')).toContain('云杉大学-青松集团产业创新研究院');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:云杉大学->云杉大学-青松集团产业创新研究院',
        'CO_BUILDS:青松集团->云杉大学-青松集团产业创新研究院',
      ]),
    );
    expect(rels(r)).not.toContain('PART_OF:云杉大学-青松集团产业创新研究院->云杉大学');
  });

  it('keeps a bracketed place inside a name', () => {
    const r = run('云杉大学与江宁区共建云杉大学（江宁）智能装备研究院。');
    expect(names(r, 'Institute')).toContain('云杉大学（江宁）智能装备研究院');
  });
});

describe('name boundaries', () => {
  it('does not take a year after a company name as a count', () => {
    const r = run('青松激光工程有限责任公司2021年建立专家工作站。');
    expect(names(r, 'Company')).toContain('青松激光工程有限责任公司');
  });

  it('does not join a city and a university across 与', () => {
    const r = run('这是桐梧市与云杉交通大学深化合作的成果。');
    expect(names(r, 'University')).toContain('云杉交通大学');
    expect(names(r, 'University')).not.toContain('桐梧市与云杉交通大学');
  });

  it('treats hospitals as Other and a university science park as a Lab', () => {
    const r = run('云杉医院托管桐梧市人民医院。云杉大学国家大学科技园青岚分园揭牌。');
    expect(names(r, 'Other')).toEqual(expect.arrayContaining(['云杉医院', '桐梧市人民医院']));
    expect(names(r, 'University')).not.toContain('云杉大学国家大学');
  });
});

describe('relation cues', () => {
  it('reads plain 引进 as flexible right after a sentence about 柔性引进', () => {
    const r = run('企业可以柔性引进专家团队。青松科技有限公司引进云杉大学李明团队，推进技术攻关。');
    expect(rels(r).some((x) => x.startsWith('FLEXIBLY_INTRODUCES:青松科技有限公司->'))).toBe(true);
  });

  it('draws one edge between two parties who co-build something unnamed (issue convention)', () => {
    const r = run('云杉大学与青松集团签约并共建联合实验室。');
    expect(rels(r).filter((x) => x.startsWith('CO_BUILDS'))).toEqual([
      'CO_BUILDS:云杉大学->青松集团',
    ]);
  });
});
