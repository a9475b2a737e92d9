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

  it('ties no city to the province heading it (the usual address)', () => {
    const r = run('近日，一家材料公司在湖南省常德市投产。');
    expect(only(r, 'LOCATED_IN')).not.toContain('LOCATED_IN:常德市->湖南省');
  });

  it('ties nothing between places of one level or places set apart by a mark', () => {
    const r = run('常德市、玉林市两地签约。常德、玉林的企业参加了洽谈。');
    expect(only(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('what comes into being at a place lies there', () => {
  it('places X in Y for X13日在Y揭牌成立 (the last place of a chain)', () => {
    const r = run('海川大学常德研究院已于近日在常德市鼎城区正式揭牌。');
    expect(only(r, 'LOCATED_IN')).toContain('LOCATED_IN:海川大学常德研究院->鼎城区');
  });

  it('places the sentence subject for a subjectless clause (…共建，于2020年在Y启动建设)', () => {
    const r = run('白沙创新研究院由中国科学院与湖南省人民政府共建，于2020年在常德市启动建设。');
    expect(only(r, 'LOCATED_IN')).toContain('LOCATED_IN:白沙创新研究院->常德市');
  });

  it('places no signing party where an agreement is signed or a ceremony held', () => {
    const r = run('海川大学与青岚化工有限公司在常德市签署合作协议，签约仪式在常德市举行。');
    expect(only(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('co-building: who builds which named thing', () => {
  it('gives each listed partner the centre named after it, and the subject all of them', () => {
    const r = run(
      '云岭大学与常德市高新区、博白县人民政府合作，共建云岭大学（常德）创新中心和云岭大学（博白）创新中心。',
    );
    const built = only(r, 'CO_BUILDS');
    expect(built).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:常德市高新区->云岭大学（常德）创新中心',
        'CO_BUILDS:博白县人民政府->云岭大学（博白）创新中心',
        'CO_BUILDS:云岭大学->云岭大学（常德）创新中心',
        'CO_BUILDS:云岭大学->云岭大学（博白）创新中心',
      ]),
    );
    expect(built).not.toContain('CO_BUILDS:常德市高新区->云岭大学（博白）创新中心');
    expect(built).not.toContain('CO_BUILDS:博白县人民政府->云岭大学（常德）创新中心');
  });

  it('does not make a school the builder where 我校 was read as that school', () => {
    const r = run(
      '我校与白沙粮农集团共建研发平台，并推荐食品学院王晓峰、李明远两位教授作为受聘专家进入该平台。',
    );
    expect(only(r, 'CO_BUILDS').filter((x) => x.includes('食品学院'))).toEqual([]);
  });

  it('makes participants of 共同参与筹建 co-build what the sentence has built', () => {
    const r = run(
      '白沙创新研究院由中国科学院与湖南省人民政府共建，于2020年在常德市启动建设，中国科学院过程工程研究所、长春应用化学研究所等单位共同参与筹建。',
    );
    expect(only(r, 'CO_BUILDS')).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:中国科学院过程工程研究所->白沙创新研究院',
        'CO_BUILDS:长春应用化学研究所->白沙创新研究院',
      ]),
    );
    expect(only(run('海川大学、白沙化工有限公司等单位参与了建设。'), 'CO_BUILDS')).toEqual([]);
  });

  it('ties no pair among partners listed after 与 when their subject is not read', () => {
    const r = run('近年来，该地先后与白沙理工大学、海川大学、青岚科技大学共建研发平台6个。');
    expect(only(r, 'CO_BUILDS')).toEqual([]);
  });

  it('keeps every partner on every thing when no name says whose it is', () => {
    const r = run(
      '云岭大学日前与海川大学、白沙师范学院签约，共建海洋装备研究中心和海洋生物研究中心。',
    );
    expect(only(r, 'CO_BUILDS')).toHaveLength(6);
  });

  it('does not read the venue after 在 as the built thing, nor the parties before 暨 as builders', () => {
    const r = run(
      '7月6日，云杉农学院与青岚县政府全面合作暨青岚化工有限公司与材料学院共建省土壤检测平台签字仪式在云杉农学院举行。',
    );
    expect(only(r, 'CO_BUILDS').filter((x) => x.startsWith('CO_BUILDS:云杉农学院'))).toEqual([]);
    expect(only(r, 'CO_BUILDS').filter((x) => x.endsWith('->云杉农学院'))).toEqual([]);
    expect(only(r, 'CO_BUILDS').filter((x) => x.includes('青岚县政府'))).toEqual([]);
  });
});

describe('names that only qualify an unnamed partner build nothing', () => {
  it('ties no school to a city whose firms are the partners (与常德市的骨干企业共建)', () => {
    const r = run('海川职业技术学院与常德市的骨干企业共建了联合实验室。');
    expect(only(r, 'CO_BUILDS')).toEqual([]);
  });

  it('reads 两地 before 的 as a count of places, not as the two parties', () => {
    const r = run('海川职业技术学院联合常德市、玉林市两地的骨干企业，共建了联合实验室。');
    expect(only(r, 'CO_BUILDS')).toEqual([]);
  });

  it('still takes 双方 for a pair described as partners (A是B的合作伙伴。双方共建X)', () => {
    const r = run('白沙理工大学也是海川研究院的重要合作伙伴。双方共建稀土学院。');
    expect(only(r, 'CO_BUILDS')).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:白沙理工大学->稀土学院',
        'CO_BUILDS:海川研究院->稀土学院',
      ]),
    );
  });
});

describe('transfers: units and topics are no acts of transfer', () => {
  it('reads 在B建立了技术转移中心 as no transfer to B', () => {
    const r = run('白沙大学、海川理工大学还在常德市建立了技术转移中心。');
    expect(only(r, 'TRANSFERS_TO')).toEqual([]);
  });

  it('does not make the owner of a topic (X的成立) the origin of results that land', () => {
    const r = run('海川大学鼎城先进制造研究院的成立，将推动更多科技成果在鼎城区落地转化。');
    expect(only(r, 'TRANSFERS_TO')).toEqual([]);
  });
});

describe('researchers named with their school', () => {
  it('ties each researcher listed right after a school to it (食品学院王某、李某两位教授)', () => {
    const r = run('海川大学推荐食品学院王晓峰、李明远两位教授作为受聘专家进入该平台。');
    expect(only(r, 'PART_OF')).toEqual(
      expect.arrayContaining(['PART_OF:王晓峰->食品学院', 'PART_OF:李明远->食品学院']),
    );
  });

  it('ties a researcher after an academic title, not an official after a post', () => {
    expect(only(run('海川大学教授陈国栋带领团队攻关。'), 'PART_OF')).toContain(
      'PART_OF:陈国栋->海川大学',
    );
    expect(only(run('海川大学副校长陈国栋出席仪式。'), 'PART_OF')).toEqual([]);
  });
});

describe('units a body says it has', () => {
  it('ties each lab a school 建有 to the school', () => {
    const r = run(
      '海川理工大学是教育部直属高校。学校建有新能源材料国家重点实验室、智能船舶国家工程研究中心等科研基地。',
    );
    expect(only(r, 'PART_OF')).toEqual(
      expect.arrayContaining([
        'PART_OF:新能源材料国家重点实验室->海川理工大学',
        'PART_OF:智能船舶国家工程研究中心->海川理工大学',
      ]),
    );
  });

  it('reads 土建学院 as a school of the university just named', () => {
    const r = run('海川理工大学与常德市签约。土建学院将具体落实合作。');
    expect(only(r, 'PART_OF')).toContain('PART_OF:土建学院->海川理工大学');
  });
});

describe('units and campuses named with their university', () => {
  it('ties an institute listed after a school named with its university to that university', () => {
    const r = run(
      '从此，白沙煤电有限公司成为海川大学自动化与软件学院、资源与环境工程研究所的硕士研究生工作站。',
    );
    expect(only(r, 'PART_OF')).toEqual(
      expect.arrayContaining([
        'PART_OF:海川大学自动化与软件学院->海川大学',
        'PART_OF:资源与环境工程研究所->海川大学',
      ]),
    );
  });

  it('places a campus in the place it is named after, unless the sentence says where it lies', () => {
    const r = run('海川大学常德校区由海川大学与常德合作共建。');
    expect(only(r, 'LOCATED_IN')).toContain('LOCATED_IN:海川大学常德校区->常德市');
    const s = run('海川大学与常德签约。海川大学常德校区坐落于常德经济技术开发区。');
    expect(only(s, 'LOCATED_IN')).not.toContain('LOCATED_IN:海川大学常德校区->常德市');
  });

  it('places what is sited in a park of a zone in the park and in the zone', () => {
    const r = run(
      '海川大学鼎城产业技术研究院揭牌。据介绍，研究院选址鼎城经济开发区新材料产业园，由海川大学化学工程学院牵头组建。',
    );
    expect(only(r, 'LOCATED_IN')).toEqual(
      expect.arrayContaining([
        'LOCATED_IN:海川大学鼎城产业技术研究院->鼎城经济开发区',
        'LOCATED_IN:海川大学鼎城产业技术研究院->新材料产业园',
      ]),
    );
  });
});

describe('backers that give premises or funds', () => {
  it('makes a government that provides space and funds support the unit the sentence is about', () => {
    const r = run(
      '海川大学常德研究院揭牌。按照协议，研究院由市校双方共同建设，常德市人民政府负责提供科研场地和启动经费。',
    );
    expect(only(r, 'SUPPORTS')).toContain('SUPPORTS:常德市人民政府->海川大学常德研究院');
  });

  it('takes no origin of 从A引进 as the backer of what is provided after it', () => {
    const r = run(
      '今年，实验室还从海川大学、白沙工程大学柔性引进高层次人才团队8个，为常德海洋经济发展提供了有力的科技支撑。',
    );
    expect(only(r, 'SUPPORTS')).toEqual([]);
    expect(only(run('海川大学为常德市提供了有力的科技支撑。'), 'SUPPORTS')).toEqual([
      'SUPPORTS:海川大学->常德市',
    ]);
  });

  it('reads no support where the sentence speaks of no unit', () => {
    const r = run('海川大学与常德市签约，常德市人民政府负责提供科研场地和启动经费。');
    expect(only(r, 'SUPPORTS')).toEqual([]);
  });
});

describe('building and heading named units', () => {
  it('reads 启动了X的建设 after A早在…就与B签约 as both building X', () => {
    const r = run('海川大学早在2012年就与鼎城区签订了合作协议，启动了海川大学白沙创新基地的建设。');
    expect(only(r, 'CO_BUILDS')).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:海川大学->海川大学白沙创新基地',
        'CO_BUILDS:鼎城区->海川大学白沙创新基地',
      ]),
    );
  });

  it('ties a researcher who heads the centre (担任中心主任) to the centre', () => {
    const r = run(
      '2023年2月，海川职业技术学院与白沙机械铸造共建精密铸造工程技术中心，王国栋教授担任中心主任，带领团队攻关。',
    );
    expect(only(r, 'PART_OF')).toContain('PART_OF:王国栋->精密铸造工程技术中心');
  });
});
