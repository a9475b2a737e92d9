import { names, rels, run } from '../support/zhExtract';

describe('bare county-level names', () => {
  it('reads a county named without its level as a co-builder (与德清共建)', () => {
    const r = run('2019年，浙江大学与德清共建德清智能制造研究院。');
    expect(names(r, 'District')).toEqual(['德清县']);
    expect(rels(r)).toContain('CO_BUILDS:德清县->德清智能制造研究院');
  });

  it('reads a county acting at a clause start (，德清深入实施…)', () => {
    const r = run('近年来，德清深入实施创新驱动发展战略。');
    expect(names(r, 'District')).toEqual(['德清县']);
  });

  it('leaves county names that are ordinary words outside a party context', () => {
    expect(names(run('双方坚持和平发展。'), 'District')).toEqual([]);
  });

  it('merges the county development zone into the county named bare', () => {
    const r = run('德清与浙江大学签约。项目落户浙江德清经济开发区。');
    expect(names(r, 'District')).toEqual(['德清县']);
  });
});

describe('fields are not company short names', () => {
  it('drops an industry word aimed at (围绕生物基新材料)', () => {
    expect(names(run('联合实验室将围绕生物基新材料、化工过程强化开展研究。'), 'Company')).toEqual(
      [],
    );
  });

  it('drops an industry word opening a field phrase (笔电新材料技术发展)', () => {
    expect(names(run('促进本市笔电新材料技术发展。'), 'Company')).toEqual([]);
  });

  it('keeps a brand acting as a party', () => {
    expect(names(run('台铃科技与该校签约。'), 'Company')).toEqual(['台铃科技']);
  });
});

describe('generic and broken names', () => {
  it('takes a zone with only descriptive modifiers as generic (跨省域国家高新区)', () => {
    expect(names(run('打造跨省域国家高新区。'), 'District')).toEqual([]);
  });

  it('never names a unit across an unclosed bracket (…有限公司(昆山分院))', () => {
    const r = run('项目拟设立苏州市精工设计研究院有限公司(昆山分院)等研究院所。');
    expect(names(r).filter((n) => /[(（]/.test(n) && !/[)）]/.test(n))).toEqual([]);
    expect(names(r, 'Institute')).toEqual([]);
  });
});

describe('contracted names within one article', () => {
  it('reads 科创区 as the zone 科技创新区 and 股份研究院 as the company institute', () => {
    const r = run(
      '华峰股份研究院落户嘉兴科创区。华峰化学股份有限公司与嘉兴科技创新区签约，成立华峰化学研究院。',
    );
    expect(names(r, 'District')).toEqual(['嘉兴科技创新区']);
    expect(names(r, 'Institute')).toEqual(['华峰化学研究院']);
  });

  it('keeps a place apart from its own high-tech zone (not a contraction)', () => {
    const r = run('项目落户柯桥高新区。在柯桥区举行。');
    expect(names(r, 'District').sort()).toEqual(['柯桥区', '柯桥高新区'].sort());
  });
});

describe('provinces in lists and before their cities', () => {
  it('finds provinces joined by 与 and 、 (湖南与广东、广西的代表)', () => {
    const r = run('会上，湖南与广东、广西的代表签约。');
    expect(names(r, 'District').sort()).toEqual(['广东省', '广西', '湖南省'].sort());
  });

  it('finds a province opening a city (四川绵阳)', () => {
    expect(names(run('四川绵阳抓住机遇。'), 'District').sort()).toEqual(
      ['四川省', '绵阳市'].sort(),
    );
  });

  it('leaves a province modifying a noun or inside a name', () => {
    expect(names(run('湖南企业积极发展。'), 'District')).toEqual([]);
    expect(names(run('四川大学与该市签约。'))).toEqual(['四川大学']);
  });
});

describe('support worded through a speaker', () => {
  const lead = '青岚大学与柯桥区签约。青岚大学副校长王立群带领有关教师参加活动。';

  it('gives the speaker body the support of 为…提供支撑 (王立群在会上讲话，…)', () => {
    const r = run(lead + '王立群在会上讲话，希望为柯桥区转变发展方式提供更多科技和人才支撑。');
    expect(rels(r)).toContain('SUPPORTS:青岚大学->柯桥区');
  });

  it('gives nothing when the speaker was not named with a body before', () => {
    const r = run('青岚大学与柯桥区签约。王立群在会上讲话，希望为柯桥区转变发展方式提供更多支撑。');
    expect(rels(r).filter((x) => x.startsWith('SUPPORTS:'))).toEqual([]);
  });
});

describe('a city heading a district name', () => {
  it('names the district, not the city, in 重庆市江北区…', () => {
    expect(names(run('并在重庆市江北区事业单位办理登记。'), 'District')).toEqual(['江北区']);
  });

  it('still names a city standing on its own', () => {
    expect(names(run('项目落户武汉市，由该校建设。'), 'District')).toEqual(['武汉市']);
  });
});

describe('a body named again without its place', () => {
  it('reads 高新区管委会 as the 璧山高新区管委会 named before', () => {
    const r = run('璧山高新区管委会副主任出席。他对高新区管委会的支持表示感谢。');
    expect(names(r, 'Other')).toEqual(['璧山高新区管委会']);
  });
});

describe('official county names with their level', () => {
  it('finds 奉贤区 before a body word that is no name suffix (奉贤区科委、经委)', () => {
    expect(names(run('奉贤区科委、经委的领导出席。'), 'District')).toEqual(['奉贤区']);
  });
});

describe('a centre named with and without 研究', () => {
  it('reads 工程技术中心 as the 工程技术研究中心 of the same article', () => {
    const r = run(
      '青岚大学与某公司联合组建电池材料工程技术研究中心。双方共建的“电池材料工程技术中心”今日启动。',
    );
    expect(names(r, 'Lab')).toEqual(['电池材料工程技术研究中心']);
  });
});
