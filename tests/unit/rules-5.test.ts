import { names, rels, run } from '../support/zhExtract';

describe('company names that jieba splits', () => {
  it('keeps a bracketed registration place inside a company name', () => {
    const r = run('青松生物材料（浙江）有限公司与国青（浙江）新材料技术有限公司签约。');
    expect(names(r, 'Company')).toEqual(
      expect.arrayContaining(['青松生物材料（浙江）有限公司', '国青（浙江）新材料技术有限公司']),
    );
    expect(names(r, 'Company')).not.toContain('新材料技术有限公司');
  });

  it('reads a dictionary word after a place as the trade name', () => {
    const r = run('仪式上，无锡大成光膜科技有限公司负责人出席。');
    expect(names(r, 'Company')).toContain('无锡大成光膜科技有限公司');
  });

  it('keeps 控股 inside a company name and lets a 联合 clause borrow its subject', () => {
    const r = run('2018年，江宁区盘整用地，联合青松控股有限公司共同建设青松新材料中试基地。');
    expect(names(r, 'Company')).toContain('青松控股有限公司');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:江宁区->青松新材料中试基地',
        'CO_BUILDS:青松控股有限公司->青松新材料中试基地',
      ]),
    );
  });

  it('takes a short name that opens a clause before 与 and a known partner', () => {
    const r = run('3月21日，青鸟商飞与云杉大学签署合作协议，共建大飞机研究院。');
    expect(names(r, 'Company')).toContain('青鸟商飞');
    expect(rels(r)).toContain('CO_BUILDS:青鸟商飞->大飞机研究院');
  });
});

describe('names with 联合 or a bracketed branch place', () => {
  it('keeps 联合 before a field word inside a name', () => {
    const r = run('云杉大学与青岚区人民政府共建青岚智慧文旅联合创新研究院。');
    expect(names(r, 'Institute')).toContain('青岚智慧文旅联合创新研究院');
    expect(rels(r)).toContain('CO_BUILDS:云杉大学->青岚智慧文旅联合创新研究院');
  });

  it('keeps a field joined by 与 after a bracketed branch place', () => {
    const r = run('云杉大学与青岚县共建云杉大学（青岚）新材料与智能装备研究院。');
    expect(names(r, 'Institute')).toContain('云杉大学（青岚）新材料与智能装备研究院');
    expect(names(r, 'Institute')).not.toContain('智能装备研究院');
  });

  it('keeps a bracketed place with a branch word on a lab name', () => {
    const r = run('云杉大学与常州高新区共建国家绿色镀膜工程中心（常州基地）。');
    expect(names(r, 'Lab')).toContain('国家绿色镀膜工程中心（常州基地）');
  });

  it('treats the same name with and without brackets as one entity', () => {
    const r = run('云杉大学鞍山城市研究院揭牌。云杉大学（鞍山）城市研究院将服务地方。');
    expect(names(r, 'Institute')).toEqual(['云杉大学鞍山城市研究院']);
  });
});

describe('places', () => {
  it('reads a chain of levelled places after 在 as where the named thing is', () => {
    const r = run('在浙江省绍兴市云杉区青松新材料中试基地，企业正在查看数据。');
    expect(names(r, 'Lab')).toContain('青松新材料中试基地');
    expect(rels(r)).toContain('LOCATED_IN:青松新材料中试基地->云杉区');
  });

  it('finds a city standing alone, not one that opens a company or zone name', () => {
    const r = run('云杉大学助力泸州发展。上海电气与南通中创区签约。');
    expect(names(r, 'District')).toContain('泸州市');
    expect(names(r, 'District')).not.toContain('上海市');
    expect(names(r, 'District')).not.toContain('南通市');
  });

  it('does not read a slogan ending in 县 as a county', () => {
    const r = run('近年来，全县大力实施创新驱动、人才兴县和人才回归战略。');
    expect(names(r, 'District')).toEqual([]);
  });

  it('places a lab named right before 在 and a district', () => {
    const r = run('19日，青松电气南通研究院在南通中央创新区开工建设。');
    expect(rels(r)).toContain('LOCATED_IN:青松电气南通研究院->南通中央创新区');
  });

  it('places what two parties build 在 a district', () => {
    const r = run('日前，青岚新区与云杉大学签署协议，双方将在青岚新区共同建设云杉大学青岚研究院。');
    expect(rels(r)).toContain('LOCATED_IN:云杉大学青岚研究院->青岚新区');
  });
});

describe('co-building triggers', () => {
  it('counts 建立 only with a named lab right after it', () => {
    const built = run(
      '青松生物科技有限公司院士工作站签约仪式举行。青松生物科技有限公司与中国科学院达成建立院士工作站的合作意向。',
    );
    expect(rels(built)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:青松生物科技有限公司->青松生物科技有限公司院士工作站',
        'CO_BUILDS:中国科学院->青松生物科技有限公司院士工作站',
      ]),
    );
    const ties = run('青松生物科技有限公司与云杉大学建立长期合作关系。');
    expect(rels(ties).filter((x) => x.startsWith('CO_BUILDS'))).toEqual([]);
  });

  it('does not read a co-building agreement as an act of building', () => {
    const r = run('会上，云杉大学与青岚县人民政府签署了项目共建协议。');
    expect(rels(r).filter((x) => x.startsWith('CO_BUILDS'))).toEqual([]);
  });

  it('reads a bare lab suffix as the one named lab, but not a generic count', () => {
    const r = run(
      '青松生物科技有限公司院士工作站揭牌。全县已建成省级院士工作站2家。双方将把院士工作站建成示范。',
    );
    const lab = r.entities.find((e) => e.name === '青松生物科技有限公司院士工作站');
    expect(lab?.mentions.map((m) => m.text)).toEqual([
      '青松生物科技有限公司院士工作站',
      '院士工作站',
    ]);
  });

  it('points a lab named without its first word at the longer name', () => {
    const r = run('青松新材料中试基地已投用。新材料中试基地为企业提供服务。');
    expect(names(r, 'Lab')).toEqual(['青松新材料中试基地']);
  });
});

describe('other relations and actors', () => {
  it('makes a lab named after a company and a place part of that company', () => {
    const r = run('青松电气集团将整合资源。青松电气南通研究院定位为企业总部。');
    expect(rels(r)).toContain('PART_OF:青松电气南通研究院->青松电气集团');
  });

  it('does not make a co-built lab named after a partner part of that partner', () => {
    const r = run('云杉大学与青松集团合作共建的青松智能材料实验室昨日揭牌。');
    expect(rels(r)).not.toContain('PART_OF:青松智能材料实验室->青松集团');
    expect(rels(r)).toContain('CO_BUILDS:青松集团->青松智能材料实验室');
  });

  it('reads 为Y提供…支撑 as support of Y', () => {
    const r = run('云杉大学将为青松集团提供技术支撑。');
    expect(rels(r)).toContain('SUPPORTS:云杉大学->青松集团');
  });

  it('finds a researcher named after the title', () => {
    const r = run('中国科学院院士刘云杉与青松集团董事长出席仪式。');
    expect(names(r, 'Person')).toContain('刘云杉');
  });

  it('does not take generic governments or a single 的 phrase as actors', () => {
    const r = run('青岚市委、市政府大力支持。全链条的政策支持降低了企业引才门槛。');
    expect(names(r, 'Other')).not.toContain('市政府');
    expect(names(r, 'Company')).toEqual([]);
  });
});

describe('generic words and nested zones', () => {
  it('does not read 区域 or a generic kind of university as a name', () => {
    const r = run('这是创新区域合作机制的举措。云杉大学是全省唯一的综合性大学。');
    expect(names(r, 'District')).toEqual([]);
    expect(names(r, 'University')).toEqual(['云杉大学']);
  });

  it('keeps the zone named inside its committee', () => {
    const r = run('青岚工业园区管委会负责人出席。');
    expect(names(r, 'District')).toContain('青岚工业园区');
    expect(names(r, 'Other')).toContain('青岚工业园区管委会');
  });

  it('treats a government named with its city as the same government', () => {
    const r = run('深圳市青岚区人民政府与云杉大学签约。青岚区人民政府将提供支持。');
    expect(names(r, 'Other')).toEqual(['青岚区人民政府']);
  });

  it('finds a city after a verb that takes places (结合, 立足)', () => {
    const r = run('云杉大学将紧密结合聊城经济社会发展需求。');
    expect(names(r, 'District')).toContain('聊城市');
  });
});

describe('transfers and support', () => {
  it('keeps the direction of 专利转让给 (origin → receiver)', () => {
    const r = run('云杉大学将一项发明专利转让给青松科技有限公司。');
    expect(rels(r)).toContain('TRANSFERS_TO:云杉大学->青松科技有限公司');
    expect(rels(r)).not.toContain('TRANSFERS_TO:青松科技有限公司->云杉大学');
  });

  it('reads licensing and 引进…的技术成果 as transfers', () => {
    expect(rels(run('云杉大学将该技术授权青松科技有限公司使用。'))).toContain(
      'TRANSFERS_TO:云杉大学->青松科技有限公司',
    );
    expect(rels(run('青松科技有限公司引进云杉大学的技术成果。'))).toContain(
      'TRANSFERS_TO:云杉大学->青松科技有限公司',
    );
    expect(rels(run('该成果获得国家发明专利授权。'))).toEqual([]);
  });

  it('reads 产业化 by a company of a university result as a transfer', () => {
    const r = run('云杉大学研发的新型材料由青松科技有限公司实现产业化。');
    expect(rels(r)).toContain('TRANSFERS_TO:云杉大学->青松科技有限公司');
  });

  it('lets a district support a company it provides for', () => {
    const r = run('江宁区为青松科技有限公司提供了资金支持。');
    expect(rels(r)).toContain('SUPPORTS:江宁区->青松科技有限公司');
  });
});

describe('passive co-building, 设在 and 旗下', () => {
  it('reads X由A与B共建 and X是A与B合作共建的… with X as the built thing', () => {
    for (const t of [
      '青松智能材料实验室由江南大学与青松集团共同建设。',
      '青松智能材料实验室是江南大学与青松集团合作共建的新型研发机构。',
    ]) {
      const r = rels(run(t));
      expect(r).toEqual(
        expect.arrayContaining([
          'CO_BUILDS:江南大学->青松智能材料实验室',
          'CO_BUILDS:青松集团->青松智能材料实验室',
        ]),
      );
      expect(r).not.toContain('CO_BUILDS:青松智能材料实验室->江南大学');
    }
  });

  it('places an institute 设在 a district and makes a unit 旗下 its owner part of it', () => {
    expect(rels(run('青岚智能制造研究院设在江宁区。'))).toContain(
      'LOCATED_IN:青岚智能制造研究院->江宁区',
    );
    expect(rels(run('青松集团旗下的青松智能材料实验室正式启用。'))).toContain(
      'PART_OF:青松智能材料实验室->青松集团',
    );
  });
});

describe('government bodies and generic teams', () => {
  it('names a bureau with its city, not a bare 市科技局, and no 创业团队', () => {
    const r = run('此次活动由市科技局主办，重庆市科技局承办。创业团队入驻园区。');
    expect(names(r, 'Other')).toEqual(['重庆市科技局']);
    expect(names(r, 'ResearchTeam')).toEqual([]);
  });
});

describe('researchers named after their title', () => {
  it('ends the name before a verb such as 负责 or 表示', () => {
    expect(names(run('该项目由江南大学副教授陈刚负责。'), 'Person')).toEqual(['陈刚']);
    expect(names(run('江南大学教授李明华表示，将加强合作。'), 'Person')).toEqual(['李明华']);
  });
});
