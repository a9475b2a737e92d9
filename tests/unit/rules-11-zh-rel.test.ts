import { rels, run } from '../support/zhExtract';

/** Ties of one type only. */
function only(r: ReturnType<typeof run>, type: string): string[] {
  return rels(r).filter((x) => x.startsWith(type + ':'));
}

/** The confidence of one tie, by its readable form. */
function confidence(r: ReturnType<typeof run>, tie: string): number | undefined {
  const n = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations.find((x) => `${x.type}:${n.get(x.source)}->${n.get(x.target)}` === tie)
    ?.confidence;
}

describe('schools, campuses and units named without their owner', () => {
  it('ties schools named bare to the university the sentence speaks of, and a campus to it', () => {
    const r = run(
      '宁川科技大学今年与云杉市签约。宁川科技大学云杉校区坐落于云杉高新区，目前已有机械工程学院、生命与健康学院等4个学院在此办学。',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'PART_OF:机械工程学院->宁川科技大学',
        'PART_OF:生命与健康学院->宁川科技大学',
        'PART_OF:宁川科技大学云杉校区->宁川科技大学',
      ]),
    );
  });

  it('ties every school of a list opened by a field-named school (农学院、酿酒与食品工程学院)', () => {
    const r = run(
      '宁川科技大学与青岚市签署协议。学校还将组织农学院、酿酒与食品工程学院等专家团队开展技术服务。',
    );
    expect(only(r, 'PART_OF')).toEqual(
      expect.arrayContaining([
        'PART_OF:农学院->宁川科技大学',
        'PART_OF:酿酒与食品工程学院->宁川科技大学',
      ]),
    );
  });

  it('ties schools after 我校 to the school of the article', () => {
    const r = run(
      '青岚大学与宜兴市签署合作协议\n9月26日，我校与宜兴市签署合作协议。仪式上，我校化学化工学院、材料科学与工程学院分别与青岚化工有限公司签订合作协议。',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'PART_OF:化学化工学院->青岚大学',
        'PART_OF:材料科学与工程学院->青岚大学',
      ]),
    );
  });

  it('leaves a college that stands on its own (师范学院, 淮阴工学院) to itself', () => {
    const r = run('宁川科技大学与青岚师范学院共建青岚教育研究院。');
    expect(only(r, 'PART_OF').filter((x) => x.startsWith('PART_OF:青岚师范学院'))).toEqual([]);
    const t = run('宁川科技大学与青岚区签约。会上，宁川工学院与青岚化工有限公司共建涂料研究中心。');
    expect(only(t, 'PART_OF').filter((x) => x.startsWith('PART_OF:宁川工学院'))).toEqual([]);
  });

  it('reads A下属的B as B being part of A, and B as the one a result lands in', () => {
    const r = run(
      '此前，中国科学院岚州化学研究所研发的新型催化技术已在青岚化工集团有限公司下属的青岚新材科技有限公司实现产业化。',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'PART_OF:青岚新材科技有限公司->青岚化工集团有限公司',
        'TRANSFERS_TO:中国科学院岚州化学研究所->青岚新材科技有限公司',
      ]),
    );
    expect(only(r, 'TRANSFERS_TO')).not.toContain(
      'TRANSFERS_TO:中国科学院岚州化学研究所->青岚化工集团有限公司',
    );
  });

  it('places the companies named after a park and 内的 in that park', () => {
    const r = run(
      '市科技局将推动研究所与云杉高新区内的青岚光电有限公司、云杉钢铁有限公司等企业开展对接。',
    );
    expect(only(r, 'LOCATED_IN')).toEqual(
      expect.arrayContaining([
        'LOCATED_IN:青岚光电有限公司->云杉高新区',
        'LOCATED_IN:云杉钢铁有限公司->云杉高新区',
      ]),
    );
  });
});

describe('roles in a clause: the subject acts where the clause names none', () => {
  it('gives a list of receivers after 向 the results of the sentence subject (学校 = the university)', () => {
    const r = run(
      '宁川科技大学与云杉区签约。宁川科技大学云杉校区位于云杉高新区。近年来，学校与园区企业合作日益紧密，累计向青岚光电有限公司、云杉钢铁有限公司等企业转让科技成果15项。',
    );
    expect(only(r, 'TRANSFERS_TO')).toEqual(
      expect.arrayContaining([
        'TRANSFERS_TO:宁川科技大学->青岚光电有限公司',
        'TRANSFERS_TO:宁川科技大学->云杉钢铁有限公司',
      ]),
    );
    // Not one receiver of the list to the other.
    expect(only(r, 'TRANSFERS_TO')).not.toContain(
      'TRANSFERS_TO:云杉钢铁有限公司->青岚光电有限公司',
    );
  });

  it('reads 研究院将为A、B等企业提供技术服务 as the institute (named before) supporting each firm', () => {
    const r = run(
      '云杉市与宁川科技大学共建云杉新材料产业技术研究院。研究院将聚焦新材料方向，为青岚光电有限公司、云杉钢铁有限公司等园区企业提供技术服务。',
    );
    expect(only(r, 'SUPPORTS')).toEqual(
      expect.arrayContaining([
        'SUPPORTS:云杉新材料产业技术研究院->青岚光电有限公司',
        'SUPPORTS:云杉新材料产业技术研究院->云杉钢铁有限公司',
      ]),
    );
  });

  it('reads 由A团队提供技术支撑 as A supporting the subject, and a service contract as support', () => {
    const r = run(
      '双方共同为“宁川科技大学云杉茶叶试验站”授牌。试验站依托省茶叶重点实验室，由王建国教授团队提供技术支撑。',
    );
    expect(only(r, 'SUPPORTS')).toContain('SUPPORTS:王建国教授团队->宁川科技大学云杉茶叶试验站');
    const c = run(
      '会后，宁川科技大学茶学院分别与云杉白茶有限公司、青岚茶业有限公司签订了技术服务合同。',
    );
    expect(only(c, 'SUPPORTS')).toEqual(
      expect.arrayContaining([
        'SUPPORTS:宁川科技大学茶学院->云杉白茶有限公司',
        'SUPPORTS:宁川科技大学茶学院->青岚茶业有限公司',
      ]),
    );
  });

  it('reads X…由A牵头，联合B、C共同建设 as A, B and C building X, at a lower confidence', () => {
    const r = run(
      '岚湖实验室于2021年经青岚省人民政府批准设立，由云杉市人民政府牵头，联合宁川科技大学、青岚学院等单位共同建设。',
    );
    expect(only(r, 'CO_BUILDS')).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:云杉市人民政府->岚湖实验室',
        'CO_BUILDS:宁川科技大学->岚湖实验室',
        'CO_BUILDS:青岚学院->岚湖实验室',
      ]),
    );
    expect(confidence(r, 'CO_BUILDS:云杉市人民政府->岚湖实验室')).toBeLessThanOrEqual(0.6);
  });

  it('links the subject with each partner of 先后与A、B、C共建 (not the partners with each other)', () => {
    const r = run(
      '近年来，宜兴市坚持校地合作，先后与宁川科技大学、青岚大学、岚州大学共建研发平台8个。',
    );
    const co = only(r, 'CO_BUILDS');
    expect(co).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:宜兴市->宁川科技大学',
        'CO_BUILDS:宜兴市->青岚大学',
        'CO_BUILDS:宜兴市->岚州大学',
      ]),
    );
    expect(co.filter((x) => !x.includes('宜兴市'))).toEqual([]);
  });
});

describe('what the general layer leaves alone', () => {
  it('takes no subject from a news source, a headline topic or a speaker', () => {
    const r = run(
      '云杉日报讯：日前，青岚区与宁川科技大学签署协议，双方将在青岚区共同建设青岚智能制造研究院。',
    );
    expect(only(r, 'CO_BUILDS').filter((x) => x.startsWith('CO_BUILDS:云杉'))).toEqual([]);
    const s = run('青岚光电有限公司相关负责人介绍，参与签约的三方都扎根云杉市。');
    expect(only(s, 'LOCATED_IN')).toEqual([]);
  });

  it('reads no support inside a quoted slogan', () => {
    const r = run('共建青岚产业研究院，是落实“大力支持宁川科技大学建设一流高校”决策的举措。');
    expect(only(r, 'SUPPORTS')).toEqual([]);
  });

  it('builds nothing with an unnamed partner (与企业共建) or an unnamed agent (由…组建)', () => {
    const r = run('宜兴市陆续引入宁川科技大学等单位的专家团队，与企业共建“青岚油茶产业研究院”。');
    expect(only(r, 'CO_BUILDS').filter((x) => x.startsWith('CO_BUILDS:宜兴市'))).toEqual([]);
    const f = run(
      '宁川科技大学云杉校区今年揭牌。由当地酒企出资组建青岚人才专项基金，用于人才引进。',
    );
    expect(only(f, 'CO_BUILDS')).toEqual([]);
  });

  it('carries no subject into a clause whose own subject is unnamed (会上以…转让给)', () => {
    const r = run('宁川科技大学举行会议。会上以3800万元转让给青岚光学科技有限公司。');
    expect(only(r, 'TRANSFERS_TO')).toEqual([]);
  });

  it('makes no co-builder of one body building on its own, nor of a school read as 学校', () => {
    expect(only(run('宁川科技大学将在青岚区建设青岚新能源研究院。'), 'CO_BUILDS')).toEqual([]);
  });
});

describe('builders carried over and places that open a clause', () => {
  it('carries the pair of a signing (A与B签署协议。…将共建X，并联合打造Y) to both things', () => {
    const r = run(
      '6月8日，吕梁市人民政府与太原科技大学签署全面合作协议。根据协议，将共建吕梁先进材料研究院，并联合打造红枣产业技术创新中心。',
    );
    expect(only(r, 'CO_BUILDS')).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:吕梁市人民政府->吕梁先进材料研究院',
        'CO_BUILDS:太原科技大学->吕梁先进材料研究院',
        'CO_BUILDS:吕梁市人民政府->红枣产业技术创新中心',
        'CO_BUILDS:太原科技大学->红枣产业技术创新中心',
      ]),
    );
    // The first built thing builds nothing.
    expect(only(r, 'CO_BUILDS').filter((x) => x.startsWith('CO_BUILDS:吕梁先进'))).toEqual([]);
  });

  it('pairs a place opening the clause with each school it works with (X对接A、B，先后共建…)', () => {
    const r = run(
      '今年以来，扬州市江都区积极对接青岚大学、宁川科技大学等高校，先后共建新型研发机构5家。',
    );
    const co = only(r, 'CO_BUILDS');
    expect(co).toEqual(
      expect.arrayContaining(['CO_BUILDS:江都区->青岚大学', 'CO_BUILDS:江都区->宁川科技大学']),
    );
    expect(co).not.toContain('CO_BUILDS:青岚大学->宁川科技大学');
  });
});

describe('partners with no subject found', () => {
  it('makes no pair of the partners of a clause opening with 与 when its subject is unnamed', () => {
    const r = run(
      '近年来，当地坚持“引进一所高校”的思路，先后与宁川科技大学、青岚大学共建研发平台6个。',
    );
    expect(only(r, 'CO_BUILDS')).not.toContain('CO_BUILDS:宁川科技大学->青岚大学');
  });
});

describe('support given to a unit named back, and ownership stated with 是', () => {
  it('reads X将…给予研究院大力支持 as support of the institute named before', () => {
    const r = run(
      '烟台市莱山区与宁川科技大学共建莱山海洋材料研究院。莱山区将在用地、资金等方面给予研究院大力支持。',
    );
    expect(only(r, 'SUPPORTS')).toContain('SUPPORTS:莱山区->莱山海洋材料研究院');
  });

  it('reads A是B旗下企业 as A being part of B', () => {
    const r = run('青岚钴业股份有限公司是青岚控股集团有限公司旗下企业。');
    expect(only(r, 'PART_OF')).toContain('PART_OF:青岚钴业股份有限公司->青岚控股集团有限公司');
    expect(only(run('青岚钴业股份有限公司是青岚控股集团有限公司的合作伙伴。'), 'PART_OF')).toEqual(
      [],
    );
  });
});

describe('bodies that members build together', () => {
  it('reads X创新联合体由A牵头，联合B、C共同组建 as A, B and C building the consortium', () => {
    const r = run(
      '青岚省新能源装备创新联合体由宁川科技大学牵头，联合青岚重工股份有限公司、青岚大学等12家单位共同组建。',
    );
    expect(only(r, 'CO_BUILDS')).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:宁川科技大学->青岚省新能源装备创新联合体',
        'CO_BUILDS:青岚重工股份有限公司->青岚省新能源装备创新联合体',
        'CO_BUILDS:青岚大学->青岚省新能源装备创新联合体',
      ]),
    );
    expect(only(r, 'CO_BUILDS').filter((x) => x.startsWith('CO_BUILDS:青岚省新能源'))).toEqual([]);
  });
});
