import { rels, run } from '../support/zhExtract';

/** CO_BUILDS as an unordered pair, for edges between co-builders of an unnamed thing. */
function pairs(r: ReturnType<typeof run>): string[] {
  return rels(r)
    .filter((x) => x.startsWith('CO_BUILDS:'))
    .map((x) => x.slice('CO_BUILDS:'.length).split('->').sort().join('<>'));
}

/** Ties of one type only. */
function only(r: ReturnType<typeof run>, type: string): string[] {
  return rels(r).filter((x) => x.startsWith(type + ':'));
}

describe('co-building verbs of the 建成/携手 family', () => {
  it('reads 携手建设 and 共同建成 as co-building a named thing', () => {
    const r = run(
      '岳阳市与湘潭大学携手建设岳阳新材料研究院。株洲市与中南大学共同建成株洲轨道交通研究院。',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:岳阳市->岳阳新材料研究院',
        'CO_BUILDS:湘潭大学->岳阳新材料研究院',
        'CO_BUILDS:株洲市->株洲轨道交通研究院',
        'CO_BUILDS:中南大学->株洲轨道交通研究院',
      ]),
    );
  });

  it('links two builders of an unnamed thing, but not of a platform they only 搭建', () => {
    expect(pairs(run('岳阳市与湘潭大学共同建成联合实验室。'))).toContain('岳阳市<>湘潭大学');
    expect(pairs(run('岳阳市与湘潭大学共同搭建交流合作平台。'))).toEqual([]);
  });

  it('links no builders when the built thing is quoted but not read as a name', () => {
    expect(pairs(run('岳阳市与湘潭大学共同建设“青松计划”。'))).toEqual([]);
  });

  it('takes no school cut at a dash for the built thing (“A—B合作中心”)', () => {
    const r = run(
      '近年来，湘潭大学与岳阳市的合作不断深化。2021年，双方合作成立“湘潭大学—岳阳市疾病预防控制中心合作中心”。',
    );
    expect(only(r, 'CO_BUILDS').filter((x) => x.endsWith('->湘潭大学'))).toEqual([]);
  });

  it('reads no co-building into a school that becomes a university (学院创建…大学)', () => {
    const r = run('市委市政府大力支持岳阳学院创建岳阳大学。');
    expect(only(r, 'CO_BUILDS')).toEqual([]);
  });
});

describe('the pair 双方/三方 stand for', () => {
  it('joins a partner described before its name (与首批“双一流”建设高校B)', () => {
    const r = run(
      '株洲市与首批“双一流”建设高校中南大学签订《株洲高新区管委会 中南大学 合作框架协议》，双方将共同建设株洲智能制造研究院。',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:株洲市->株洲智能制造研究院',
        'CO_BUILDS:中南大学->株洲智能制造研究院',
      ]),
    );
  });

  it('takes the builders listed before for 三方, not the city where they signed', () => {
    const r = run(
      '日前，湘潭大学、湖南省岳阳市、湖南省农业科学院共建湖南柑橘产业技术研究院签约仪式在长沙举行。\n\n副省长表示，三方共建研究院为产业带来了新机遇。',
    );
    expect(rels(r)).toContain('CO_BUILDS:湘潭大学->湖南柑橘产业技术研究院');
    expect(only(r, 'CO_BUILDS').filter((x) => x.includes('长沙'))).toEqual([]);
  });

  it('borrows no subject from a 在X的支持下 phrase of the sentence before', () => {
    const r = run(
      '他指出，在岳阳市人民政府的大力支持下，湘潭大学发展迅速。与岳阳经济技术开发区共建湘潭大学岳阳研究院，是校地合作的新成果。',
    );
    expect(rels(r)).toContain('CO_BUILDS:湘潭大学->湘潭大学岳阳研究院');
    expect(rels(r)).not.toContain('CO_BUILDS:岳阳市人民政府->湘潭大学岳阳研究院');
  });
});

describe('该市/我市 as the article’s own place', () => {
  const head = '岳阳与湘潭大学共建新材料研究院\n';

  it('reads 该市…与高校院所合作，成立了X和Y as the headline’s city building both', () => {
    const r = run(
      head +
        '岳阳市与湘潭大学签约。在此之前，该市已与高校院所合作，成立了岳阳柑橘产业技术研究院和岳阳绿色化工产业技术研究院。',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:岳阳市->岳阳柑橘产业技术研究院',
        'CO_BUILDS:岳阳市->岳阳绿色化工产业技术研究院',
      ]),
    );
  });

  it('reads 我市与B商定共建X as the city and B building X', () => {
    const r = run(head + '岳阳市领导会见了客人。我市与湘潭大学商定共建湘潭大学岳阳研究院。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:岳阳市->湘潭大学岳阳研究院',
        'CO_BUILDS:湘潭大学->湘潭大学岳阳研究院',
      ]),
    );
  });

  it('leaves 该市 alone when the headline names no such place or the level differs', () => {
    const body =
      '岳阳市与湘潭大学签约。在此之前，该县已与高校院所合作，成立了岳阳柑橘产业技术研究院。';
    expect(only(run(head + body), 'CO_BUILDS')).not.toContain(
      'CO_BUILDS:岳阳市->岳阳柑橘产业技术研究院',
    );
    const r = run(
      '新材料研究院揭牌\n岳阳市与湘潭大学签约。在此之前，该市已与高校院所合作，成立了岳阳柑橘产业技术研究院。',
    );
    expect(only(r, 'CO_BUILDS')).not.toContain('CO_BUILDS:岳阳市->岳阳柑橘产业技术研究院');
  });
});

describe('a lab or institute of a pair (A与B的X)', () => {
  it('reads 为A与B的“X”揭牌 as both building X', () => {
    const r = run('副校长分别为湘潭大学与岳阳职业技术学院的“岳阳产业研究院”揭牌。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:湘潭大学->岳阳产业研究院',
        'CO_BUILDS:岳阳职业技术学院->岳阳产业研究院',
      ]),
    );
  });

  it('reads no co-building into the lab of one school', () => {
    const r = run('副校长为湘潭大学的“岳阳产业研究院”揭牌。');
    expect(only(r, 'CO_BUILDS')).toEqual([]);
  });
});

describe('located in a named park or centre, and firms named with their place', () => {
  it('places X in the centre it is 设在', () => {
    const r = run(
      '湘潭大学岳阳产教融合研究院是岳阳市与湘潭大学共同打造的人才培养平台，设在岳阳科创中心。',
    );
    expect(rels(r)).toContain('LOCATED_IN:湘潭大学岳阳产教融合研究院->岳阳科创中心');
  });

  it('does not place a body whose projects move into a base', () => {
    const r = run('目前湖南省农业科学院已有3个项目入驻岳阳柑橘中试基地。');
    expect(only(r, 'LOCATED_IN')).not.toContain('LOCATED_IN:湖南省农业科学院->岳阳柑橘中试基地');
  });

  it('places a firm named after its zone and 企业 in that zone', () => {
    const r = run('我们与岳阳高新区企业岳阳青松科技有限公司合作开发新产品。');
    expect(rels(r)).toContain('LOCATED_IN:岳阳青松科技有限公司->岳阳高新区');
  });

  it('places nobody when no class word stands between the place and the name', () => {
    const r = run('岳阳高新区与岳阳青松科技有限公司签约。');
    expect(only(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('experts drawn from another body, and the firms they serve', () => {
  it('reads 从B引进P as the subject introducing P, and P到C担任科技特派员 as P supporting C', () => {
    const r = run(
      '岳阳市还从华中农业大学园艺学院引进李青松博士，到湖南青岚茶业科技有限公司担任科技特派员，为企业开展技术攻关。',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'FLEXIBLY_INTRODUCES:岳阳市->李青松',
        'SUPPORTS:李青松->湖南青岚茶业科技有限公司',
      ]),
    );
    expect(rels(r)).not.toContain('FLEXIBLY_INTRODUCES:华中农业大学园艺学院->李青松');
  });

  it('reads P是A从B招引来的专家 as A introducing P', () => {
    const r = run('张海峰教授是湖南青岚化工集团有限公司从浙江大学招引来的专家。');
    expect(rels(r)).toContain('FLEXIBLY_INTRODUCES:湖南青岚化工集团有限公司->张海峰');
    expect(rels(r)).not.toContain('FLEXIBLY_INTRODUCES:浙江大学->张海峰');
  });

  it('introduces no one when only results come from B, nor supports with a post of management', () => {
    expect(only(run('岳阳市从华中农业大学引进了一批科研成果。'), 'FLEXIBLY_INTRODUCES')).toEqual(
      [],
    );
    expect(only(run('李青松博士在湖南青岚茶业科技有限公司担任董事长。'), 'SUPPORTS')).toEqual([]);
  });

  it('takes no object of the sentence before as the introducer', () => {
    const r = run('面向湖南省农业科学院征集科技特派员。还从华中农业大学园艺学院引进李青松博士。');
    expect(only(r, 'FLEXIBLY_INTRODUCES')).toEqual([]);
  });
});

describe('support stated inside a quotation', () => {
  it('takes no backer from outside the quote the trigger sits in', () => {
    const r = run(
      '共建湘潭大学岳阳研究院，是开发区落实市委市政府“大力支持湘潭大学建设一流大学”这一决策的重要举措。',
    );
    expect(only(r, 'SUPPORTS')).not.toContain('SUPPORTS:湘潭大学岳阳研究院->湘潭大学');
  });

  it('still reads a backer named inside the quote', () => {
    const r = run('他说：“岳阳市人民政府大力支持湘潭大学建设新校区。”');
    expect(rels(r)).toContain('SUPPORTS:岳阳市人民政府->湘潭大学');
  });
});

describe('more ways of stating support', () => {
  it('takes the subject, not a place an earlier clause serves, as the backer', () => {
    const r = run('岳阳新材料研究院将服务岳阳市新材料产业发展，赋能湖南青松化工有限公司等企业。');
    expect(rels(r)).toContain('SUPPORTS:岳阳新材料研究院->湖南青松化工有限公司');
    expect(rels(r)).not.toContain('SUPPORTS:岳阳市->湖南青松化工有限公司');
  });

  it('reads 深入B开展技术指导 and 为B解决…难题 as support of B', () => {
    expect(rels(run('湘潭大学专家团队深入湖南青松化工有限公司开展技术指导。'))).toContain(
      'SUPPORTS:湘潭大学->湖南青松化工有限公司',
    );
    expect(rels(run('中南大学为湖南青松化工有限公司解决了技术难题。'))).toContain(
      'SUPPORTS:中南大学->湖南青松化工有限公司',
    );
  });

  it('reads B在A的帮助下… as A supporting B', () => {
    const r = run('湖南青松化工有限公司在湘潭大学的帮助下攻克了关键技术。');
    expect(rels(r)).toContain('SUPPORTS:湘潭大学->湖南青松化工有限公司');
  });

  it('reads no support into a visit without work done', () => {
    expect(only(run('湘潭大学专家团队深入湖南青松化工有限公司参观。'), 'SUPPORTS')).toEqual([]);
  });
});

describe('more ways of stating a transfer', () => {
  it('reads B受让了A的专利 and B购买了A的专利技术 as A transferring to B', () => {
    for (const t of [
      '湖南青松化工有限公司受让了湘潭大学的三项发明专利。',
      '湖南青松化工有限公司购买了湘潭大学的专利技术。',
    ])
      expect(rels(run(t))).toContain('TRANSFERS_TO:湘潭大学->湖南青松化工有限公司');
  });

  it('reads 该技术由A研发，已在B实现产业化 as A transferring to B', () => {
    const r = run('该技术由湘潭大学研发，已在湖南青松化工有限公司实现产业化。');
    expect(rels(r)).toContain('TRANSFERS_TO:湘潭大学->湖南青松化工有限公司');
    expect(only(run('该技术已在湖南青松化工有限公司实现产业化。'), 'TRANSFERS_TO')).toEqual([]);
  });

  it('reads a park that 孵化 firms as carrying results to each of them', () => {
    const r = run(
      '中南大学国家大学科技园已孵化湖南青松化工有限公司、岳阳青柏科技有限公司等20余家企业。',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'TRANSFERS_TO:中南大学国家大学科技园->湖南青松化工有限公司',
        'TRANSFERS_TO:中南大学国家大学科技园->岳阳青柏科技有限公司',
      ]),
    );
  });

  it('reads a school’s results landing in a zone as a transfer, its projects as neither', () => {
    const r = run('湘潭大学团队的研究成果落户岳阳经济技术开发区。');
    expect(rels(r)).toContain('TRANSFERS_TO:湘潭大学->岳阳经济技术开发区');
    expect(only(r, 'LOCATED_IN')).toEqual([]);
    const p = run('湘潭大学的三个项目落户岳阳经济技术开发区。');
    expect(only(p, 'TRANSFERS_TO')).toEqual([]);
    expect(only(p, 'LOCATED_IN')).toEqual([]);
  });
});

describe('more ways of stating co-building', () => {
  it('reads A与B合建的X, but no 合建 inside 综合建设', () => {
    expect(rels(run('湘潭大学与岳阳市合建的岳阳新材料研究院投入运行。'))).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:湘潭大学->岳阳新材料研究院',
        'CO_BUILDS:岳阳市->岳阳新材料研究院',
      ]),
    );
    expect(only(run('岳阳市推进综合建设岳阳新材料研究院。'), 'CO_BUILDS')).toEqual([]);
    expect(rels(run('湘潭大学与岳阳市联合建立岳阳新材料研究院。'))).toContain(
      'CO_BUILDS:岳阳市->岳阳新材料研究院',
    );
  });

  it('reads X由A牵头，B等5家企业参与共建 as A and B building X', () => {
    const r = run('岳阳新材料研究院由湘潭大学牵头，湖南青松化工有限公司等5家企业参与共建。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:湘潭大学->岳阳新材料研究院',
        'CO_BUILDS:湖南青松化工有限公司->岳阳新材料研究院',
      ]),
    );
  });
});

describe('more ways of stating flexible introduction and units', () => {
  it('introduces the expert, not the school named before the expert', () => {
    const r = run('岳阳市柔性引进了湘潭大学李青松教授。');
    expect(rels(r)).toContain('FLEXIBLY_INTRODUCES:岳阳市->李青松');
    expect(rels(r)).not.toContain('FLEXIBLY_INTRODUCES:岳阳市->湘潭大学');
  });

  it('reads 聘请P担任技术顾问 as a flexible introduction, 担任董事长 as none', () => {
    expect(rels(run('湖南青松化工有限公司聘请湘潭大学李青松教授担任技术顾问。'))).toContain(
      'FLEXIBLY_INTRODUCES:湖南青松化工有限公司->李青松',
    );
    expect(
      only(run('湖南青松化工有限公司聘请湘潭大学李青松教授担任董事长。'), 'FLEXIBLY_INTRODUCES'),
    ).toEqual([]);
  });

  it('reads Y下设X、Z and X是Y的直属科研机构 as parts of Y, 合作伙伴 as none', () => {
    expect(rels(run('湘潭大学下设岳阳新材料研究院、岳阳化工研究院等12个科研机构。'))).toEqual(
      expect.arrayContaining([
        'PART_OF:岳阳新材料研究院->湘潭大学',
        'PART_OF:岳阳化工研究院->湘潭大学',
      ]),
    );
    expect(rels(run('岳阳新材料研究院是湘潭大学的直属科研机构。'))).toContain(
      'PART_OF:岳阳新材料研究院->湘潭大学',
    );
    expect(only(run('岳阳新材料研究院是湘潭大学的合作伙伴。'), 'PART_OF')).toEqual([]);
  });
});

describe('zones that are built, and places named by one character', () => {
  it('reads a 科创城 or 科技城 as a thing its builders co-build', () => {
    const r = run('岳阳市人民政府与湘潭大学签订战略合作协议，共建特色鲜明的湘潭大学岳阳科创城。');
    expect(rels(r)).toContain('CO_BUILDS:岳阳市人民政府->湘潭大学岳阳科创城');
  });

  it('still reads an ordinary district after 共建 as no built thing', () => {
    const r = run('岳阳市人民政府与湘潭大学共建岳阳经济技术开发区。');
    expect(only(r, 'CO_BUILDS')).not.toContain('CO_BUILDS:湘潭大学->岳阳经济技术开发区');
  });
});

describe('leads, brackets and results carried by the clause before', () => {
  it('reads A牵头组建X，B、C等单位参与 as all three building X, a mere greeting as none', () => {
    const r = run('湘潭大学牵头组建岳阳新材料研究院，中南大学、湖南青松化工有限公司等单位参与。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:湘潭大学->岳阳新材料研究院',
        'CO_BUILDS:中南大学->岳阳新材料研究院',
        'CO_BUILDS:湖南青松化工有限公司->岳阳新材料研究院',
      ]),
    );
    const g = run('湘潭大学牵头组建岳阳新材料研究院，中南大学表示祝贺。');
    expect(rels(g)).not.toContain('CO_BUILDS:中南大学->岳阳新材料研究院');
  });

  it('reads X（由A和B共建） as A and B building X, not X building A', () => {
    const r = run('岳阳新材料研究院（由湘潭大学和岳阳市共建）近日揭牌。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:湘潭大学->岳阳新材料研究院',
        'CO_BUILDS:岳阳市->岳阳新材料研究院',
      ]),
    );
    expect(rels(r)).not.toContain('CO_BUILDS:岳阳新材料研究院->湘潭大学');
  });

  it('reads …，成功转化了该校的两项专利 as the school transferring to the sentence’s firm', () => {
    const r = run('湖南青松化工有限公司与湘潭大学开展产学研合作，成功转化了该校的两项专利。');
    expect(rels(r)).toContain('TRANSFERS_TO:湘潭大学->湖南青松化工有限公司');
  });

  it('reads A的技术成果已成功转化落地B as a transfer, not as A sitting in B', () => {
    const r = run('湘潭大学的锂电池技术成果已成功转化落地岳阳经济技术开发区。');
    expect(rels(r)).toContain('TRANSFERS_TO:湘潭大学->岳阳经济技术开发区');
    expect(only(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('the built thing named apart from its builders', () => {
  it('reads X位于Y，是A与B共建的研发平台 as A and B building X', () => {
    const r = run('岳阳新材料研究院位于岳阳经济技术开发区，是湘潭大学与岳阳市共建的研发平台。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:湘潭大学->岳阳新材料研究院',
        'CO_BUILDS:岳阳市->岳阳新材料研究院',
        'LOCATED_IN:岳阳新材料研究院->岳阳经济技术开发区',
      ]),
    );
    expect(pairs(r)).not.toContain('岳阳市<>湘潭大学');
  });

  it('reads X将由双方共同建设 as the pair named before building X', () => {
    const r = run('湘潭大学与岳阳市签约。岳阳新材料研究院将由双方共同建设。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:湘潭大学->岳阳新材料研究院',
        'CO_BUILDS:岳阳市->岳阳新材料研究院',
      ]),
    );
  });

  it('reads co-building as a topic of talks (双方就共建…进行了交流) as no tie', () => {
    const r = run(
      '湘潭大学党委书记带队赴湖南青松化工有限公司考察，双方就共建联合实验室进行了交流。',
    );
    expect(only(r, 'CO_BUILDS')).toEqual([]);
  });
});

describe('support of every firm of a list', () => {
  it('reads 助力A、B等企业 and 为A、B等企业提供技术支持 as support of each firm', () => {
    for (const t of [
      '湘潭大学专家团队助力湖南青松化工有限公司、岳阳青柏科技有限公司等企业转型升级。',
      '湘潭大学为湖南青松化工有限公司、岳阳青柏科技有限公司等企业提供技术支持。',
    ])
      expect(rels(run(t))).toEqual(
        expect.arrayContaining([
          'SUPPORTS:湘潭大学->湖南青松化工有限公司',
          'SUPPORTS:湘潭大学->岳阳青柏科技有限公司',
        ]),
      );
  });

  it('stops the list at a comma', () => {
    const r = run('湘潭大学助力湖南青松化工有限公司转型升级，岳阳青柏科技有限公司也参与其中。');
    expect(rels(r)).not.toContain('SUPPORTS:湘潭大学->岳阳青柏科技有限公司');
  });
});

describe('分别: partners paired in order with what they build', () => {
  it('reads A分别与B、C签约，并分别共建X和Y as B building X and C building Y', () => {
    const r = run(
      '湘潭大学分别与岳阳市、株洲市签订合作协议，并分别共建岳阳新材料研究院和株洲轨道交通研究院。',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:岳阳市->岳阳新材料研究院',
        'CO_BUILDS:株洲市->株洲轨道交通研究院',
        'CO_BUILDS:湘潭大学->岳阳新材料研究院',
      ]),
    );
    expect(rels(r)).not.toContain('CO_BUILDS:岳阳市->株洲轨道交通研究院');
  });
});

describe('results as a stake, experts hired for a post', () => {
  it('reads A以专利作价入股B as a transfer, cash as none', () => {
    expect(rels(run('湘潭大学以三项发明专利作价入股湖南青松化工有限公司。'))).toContain(
      'TRANSFERS_TO:湘潭大学->湖南青松化工有限公司',
    );
    expect(only(run('湘潭大学以现金入股湖南青松化工有限公司。'), 'TRANSFERS_TO')).toEqual([]);
  });

  it('reads 聘请P为首席科学家 as a flexible introduction', () => {
    const r = run('湖南青松化工有限公司聘请湘潭大学李青松教授为首席科学家。');
    expect(rels(r)).toContain('FLEXIBLY_INTRODUCES:湖南青松化工有限公司->李青松');
  });
});

describe('依托: built on a host', () => {
  it('reads Y以X为依托 like Y依托X建设: Y part of X', () => {
    for (const t of [
      '岳阳新材料研究院以湘潭大学为依托，于2020年成立。',
      '岳阳新材料研究院依托湘潭大学建设。',
    ])
      expect(rels(run(t))).toContain('PART_OF:岳阳新材料研究院->湘潭大学');
  });

  it('reads Y依托A和B共同建设 as A and B building Y, not Y building them', () => {
    const r = run('岳阳新材料研究院依托湘潭大学和湖南青松化工有限公司共同建设。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:湘潭大学->岳阳新材料研究院',
        'CO_BUILDS:湖南青松化工有限公司->岳阳新材料研究院',
      ]),
    );
    expect(rels(r)).not.toContain('CO_BUILDS:岳阳新材料研究院->湘潭大学');
  });

  it('reads A依托X建设Y as A and X building Y', () => {
    const r = run('岳阳市依托湘潭大学建设岳阳新材料研究院。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:岳阳市->岳阳新材料研究院',
        'CO_BUILDS:湘潭大学->岳阳新材料研究院',
      ]),
    );
  });
});

describe('support received and given (对B给予支持, B得到A的支持)', () => {
  it('reads 对B给予大力支持 as support of B by the body before 对', () => {
    const r = run('太原市对青川大学松山研究院给予大力支持。');
    expect(rels(r)).toContain('SUPPORTS:太原市->青川大学松山研究院');
  });

  it('reads B先后得到A和C的支持 as support of B by both', () => {
    const r = run('松山化工有限公司先后得到太原市科技局和青川大学的大力支持。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'SUPPORTS:太原市科技局->松山化工有限公司',
        'SUPPORTS:青川大学->松山化工有限公司',
      ]),
    );
  });

  it('finds no support when what is received is no support (获得了国家发明专利)', () => {
    const r = run('松山化工有限公司获得了青川大学的专利授权。');
    expect(rels(r).filter((x) => x.startsWith('SUPPORTS'))).toEqual([]);
  });

  it('reads 助推B as support of B', () => {
    const r = run('青川大学助推松山化工有限公司转型升级。');
    expect(rels(r)).toContain('SUPPORTS:青川大学->松山化工有限公司');
  });

  it('reads 资助 as a support verb and keeps it out of the backer name', () => {
    const r = run('太原市科技局资助青川大学建设松山研究院。');
    expect(rels(r)).toContain('SUPPORTS:太原市科技局->青川大学');
  });
});

describe('schools listed after their university', () => {
  it('makes every school of the list part of the university named in the first one', () => {
    const r = run('青川大学材料学院、机械学院和化工学院共同参与松山研究院建设。');
    expect(rels(r)).toEqual(
      expect.arrayContaining(['PART_OF:机械学院->青川大学', 'PART_OF:化工学院->青川大学']),
    );
  });

  it('reads 大学的A学院、B学院 as its schools', () => {
    const r = run('青川大学的材料学院、机械学院入驻研究院。');
    expect(rels(r)).toEqual(
      expect.arrayContaining(['PART_OF:材料学院->青川大学', 'PART_OF:机械学院->青川大学']),
    );
  });

  it('does not make a college named with its own place a school of the university', () => {
    const r = run('青川大学材料学院和重庆工程学院签约。');
    expect(rels(r)).not.toContain('PART_OF:重庆工程学院->青川大学');
  });
});
