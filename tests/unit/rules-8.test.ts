import { names, rels, run } from '../support/zhExtract';

/** CO_BUILDS as an unordered pair, for edges between co-builders of an unnamed thing. */
function pairs(r: ReturnType<typeof run>): string[] {
  return rels(r)
    .filter((x) => x.startsWith('CO_BUILDS:'))
    .map((x) => x.slice('CO_BUILDS:'.length).split('->').sort().join('<>'));
}

describe('a city heading a district is no party of its own', () => {
  it('gives the co-building to the district of 西安市高陵区, not to the city', () => {
    const r = run('10日，西北工业大学与西安市高陵区签署合作协议，双方将共建无人机产业研究院。');
    expect(rels(r)).toContain('CO_BUILDS:高陵区->无人机产业研究院');
    expect(rels(r)).not.toContain('CO_BUILDS:西安市->无人机产业研究院');
  });

  it('gives a transfer to the city of 福建省永安市, not to the province', () => {
    const r = run('福州大学的石墨烯技术成果在福建省永安市落地转化。');
    expect(rels(r)).toContain('TRANSFERS_TO:福州大学->永安市');
    expect(rels(r)).not.toContain('TRANSFERS_TO:福州大学->福建省');
  });

  it('keeps a city standing alone as a party', () => {
    const r = run('兰州大学与白银市共建白银新材料研究院。');
    expect(rels(r)).toContain('CO_BUILDS:白银市->白银新材料研究院');
  });
});

describe('a school speaking of itself (我校)', () => {
  it('reads 我校 as the school named before, for every clause that borrows it', () => {
    const r = run(
      '据青川大学科研院介绍，“我校与青岚市人民政府共建了青川大学青岚电子研究院，与松林市人民政府共建了松林机器人研究院。”',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:青川大学->青川大学青岚电子研究院',
        'CO_BUILDS:青川大学->松林机器人研究院',
        'CO_BUILDS:松林市人民政府->松林机器人研究院',
      ]),
    );
  });

  it('reads 我校 in a headline as the school named first after it', () => {
    const r = run('我校与青岚市人民政府共建云杉研究院\n\n青川大学与青岚市人民政府签约。');
    expect(rels(r)).toContain('CO_BUILDS:青川大学->云杉研究院');
  });

  it('leaves 我校 alone when no school is named at all', () => {
    expect(names(run('我校与青岚化工集团签约。'), 'University')).toEqual([]);
  });
});

describe('co-building said with 筹建 and a list of builders', () => {
  it('reads X由A、B和C共同筹建 as three builders of X', () => {
    const r = run('青川大学果蔬学院由青岚县政府、青岚农垦集团有限公司和青川大学共同筹建。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:青岚县政府->青川大学果蔬学院',
        'CO_BUILDS:青岚农垦集团有限公司->青川大学果蔬学院',
        'CO_BUILDS:青川大学->青川大学果蔬学院',
      ]),
    );
  });

  it('still needs a named thing after a bare 筹建', () => {
    expect(pairs(run('青岚农垦集团有限公司正在筹建中。'))).toEqual([]);
  });
});

describe('campuses', () => {
  it('names a school campus (X大学Y校区) as a school its builders co-build', () => {
    const r = run(
      '福州大学晋江校区由晋江市与福州大学于2015年11月签约共建，校区坐落在晋江市金井镇。',
    );
    expect(names(r, 'University')).toContain('福州大学晋江校区');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:晋江市->福州大学晋江校区',
        'CO_BUILDS:福州大学->福州大学晋江校区',
        'LOCATED_IN:福州大学晋江校区->晋江市',
      ]),
    );
  });

  it('names no campus without its school (过渡性校区, 学校东校区)', () => {
    expect(names(run('项目过渡性校区落在青岚区。'), 'University')).toEqual([]);
    expect(names(run('签约仪式在学校东校区举行。'), 'University')).toEqual([]);
  });
});

describe('a school unit named again by its bare suffix', () => {
  it('reads 学院位于X as the one 学院 named in the article', () => {
    const r = run('青川大学果蔬学院由青岚县政府与青川大学共同筹建，学院位于保亭县七仙岭。');
    expect(rels(r)).toContain('LOCATED_IN:青川大学果蔬学院->保亭县');
  });

  it('does not read 学院 inside a phrase as that school', () => {
    const r = run('青川大学果蔬学院揭牌。各高校学院位于保亭县的基地开放。');
    expect(rels(r)).not.toContain('LOCATED_IN:青川大学果蔬学院->保亭县');
  });
});

describe('the pair 双方 stands for, a few sentences back', () => {
  it('finds a visitor and its host (A到B交流) behind 双方 two sentences later', () => {
    const r = run(
      '2月25日，青岚产投公司到青川大学科技园交流对接。座谈中，双方围绕合作深入交流。双方表示，将结合学科设置，共同探索建设“青川科技园”。',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:青岚产投公司->青川科技园',
        'CO_BUILDS:青川大学科技园->青川科技园',
      ]),
    );
  });

  it('takes no actor named after 双方 in its own sentence as a party', () => {
    const r = run(
      '青岚产投公司到青川大学科技园交流对接。双方表示，结合青川大学东校区的学科设置，共同建设“青川科技园”。',
    );
    expect(rels(r)).not.toContain('CO_BUILDS:青川大学东校区->青川科技园');
  });
});

describe('name edges', () => {
  it('starts a name after 指 (“两院”指X学院和Y学院)', () => {
    const r = run('“两院”指福州大学先进制造学院和福州大学海洋学院。');
    expect(names(r, 'University').sort()).toEqual(
      ['福州大学', '福州大学先进制造学院', '福州大学海洋学院'].sort(),
    );
  });

  it('finds a school whose name opens the text with 大 (大连理工大学)', () => {
    expect(names(run('大连理工大学与瓦房店轴承集团签约。'), 'University')).toEqual([
      '大连理工大学',
    ]);
  });

  it('finds a county after 位于 even when a smaller place follows (位于保亭县七仙岭)', () => {
    expect(names(run('基地位于保亭县七仙岭西侧。'), 'District')).toEqual(['保亭县']);
    expect(names(run('这是保亭县七仙岭。'), 'District')).toEqual([]);
  });
});

describe('subjects carried into a partner clause', () => {
  it('reads 推动与B共建的X as the sentence subject building X with B', () => {
    const r = run(
      '通渭县聚焦主导产业，深化校地合作，推动与云杉大学共建的“青岚乡村工作站”建成运行。',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:通渭县->青岚乡村工作站',
        'CO_BUILDS:云杉大学->青岚乡村工作站',
      ]),
    );
  });

  it('does not build from a push that names no partner (推动…建成运行)', () => {
    const r = run('通渭县推动青岚乡村工作站建成运行。');
    expect(rels(r).filter((x) => x.startsWith('CO_BUILDS'))).toEqual([]);
  });
});

describe('teams named only by their school', () => {
  it('reads 上海理工大学团队 as the school, and a list of schools as supporters', () => {
    const r = run(
      '在玉溪，云杉大学、青川理工大学团队开展关键技术开发，助力青岚食品集团年产值突破4亿元。',
    );
    expect(names(r, 'ResearchTeam')).toEqual([]);
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'SUPPORTS:云杉大学->青岚食品集团',
        'SUPPORTS:青川理工大学->青岚食品集团',
      ]),
    );
  });

  it('keeps a team named after its leader', () => {
    expect(names(run('云杉大学李青团队开展研究。'), 'ResearchTeam')).toEqual(['云杉大学李青团队']);
  });

  it('does not let a list end pull in an actor joined by a comma', () => {
    const r = run('云杉大学开展研究，青川理工大学助力青岚食品集团发展。');
    expect(rels(r)).not.toContain('SUPPORTS:云杉大学->青岚食品集团');
  });
});

describe('who introduces a team flexibly', () => {
  it('takes the companies of the list, not the schools the team comes from (从A、B柔性引进)', () => {
    const r = run(
      '青岚县扎实抓好人才工作。早康、全通等企业通过人才交流方式，从云杉大学、青川化学研究所等科研院所柔性引进“云杉大学枸杞研发团队”等创新团队3个。',
    );
    const flex = rels(r).filter((x) => x.startsWith('FLEXIBLY_INTRODUCES'));
    expect(flex.sort()).toEqual(
      [
        'FLEXIBLY_INTRODUCES:全通->云杉大学枸杞研发团队',
        'FLEXIBLY_INTRODUCES:早康->云杉大学枸杞研发团队',
      ].sort(),
    );
  });
});

describe('brands that are dictionary words', () => {
  it('finds a brand acting as a party at a clause start (；天元锰业组建…)', () => {
    const r = run('创新团队3个；天元锰业组建青岚电解金属锰材料开发创新团队。');
    expect(names(r, 'Company')).toEqual(['天元锰业']);
    expect(names(r, 'ResearchTeam')).toEqual(['青岚电解金属锰材料开发创新团队']);
  });

  it('finds product-line brands (宝泉酱业)', () => {
    expect(names(run('并与宝泉酱业签订了合同。'), 'Company')).toEqual(['宝泉酱业']);
  });

  it('leaves field words in a list alone (化学、人工智能、生物医药等领域)', () => {
    const r = run('发挥学科优势，在化学、人工智能、生物医药等领域，能源化工与教育医疗并举。');
    expect(names(r, 'Company')).toEqual([]);
  });
});

describe('national bodies by their fixed names', () => {
  it('finds ministries named in short (科技部、教育部) as bodies', () => {
    expect(names(run('科技部、教育部联合发布通知。'), 'Other').sort()).toEqual(
      ['教育部', '科技部'].sort(),
    );
  });

  it('maps a full ministry name to its short form (工业和信息化部 → 工信部)', () => {
    expect(names(run('项目获得工业和信息化部专项资金支持。'), 'Other')).toEqual(['工信部']);
  });

  it('leaves departments and longer words alone (集团科技部, 科技部门)', () => {
    expect(names(run('集团科技部负责。市科技部门表示支持。'), 'Other')).toEqual([]);
  });
});

describe('a clause opening with 由 builds the sentence subject', () => {
  it('reads X是一所…高校，由A、B和C共建 as three builders of X', () => {
    const r = run(
      '据了解，云杉信息工程大学是一所以大气科学见长的高校，由教育部、中国气象局和国家海洋局共建。',
    );
    expect(
      rels(r)
        .filter((x) => x.startsWith('CO_BUILDS'))
        .sort(),
    ).toEqual(
      [
        'CO_BUILDS:中国气象局->云杉信息工程大学',
        'CO_BUILDS:国家海洋局->云杉信息工程大学',
        'CO_BUILDS:教育部->云杉信息工程大学',
      ].sort(),
    );
  });

  it('does not take a subject that cannot be built (a company)', () => {
    const r = run('青岚化工集团是一家龙头企业，由教育部和中国气象局共建。');
    expect(rels(r)).not.toContain('CO_BUILDS:教育部->青岚化工集团');
  });
});

describe('support given as a setting (在X的支持下)', () => {
  it('makes the body inside the phrase support the subject after it', () => {
    const r = run('在青岚省科技厅的支持下，云杉纳米科技发展有限公司建成了纳米材料中试平台。');
    expect(rels(r)).toContain('SUPPORTS:青岚省科技厅->云杉纳米科技发展有限公司');
  });

  it('needs a named subject right after the phrase', () => {
    const r = run('在青岚省科技厅的支持下，该中心已孵化企业20余家，云杉纳米科技发展有限公司入驻。');
    expect(rels(r).filter((x) => x.startsWith('SUPPORTS'))).toEqual([]);
  });
});

describe('transfers stated by direction words, contracts and results', () => {
  it('reads 转化到B as a transfer to B', () => {
    const r = run('云杉大学李青教授团队的石墨烯技术成功转化到青岚碳素科技股份有限公司。');
    expect(rels(r)).toContain('TRANSFERS_TO:云杉大学李青教授团队->青岚碳素科技股份有限公司');
  });

  it('reads a transfer or licence contract between a school team and a company', () => {
    const r = run(
      '云杉工业大学教授李青团队与青岚盛业科技有限公司达成合作，《康养机器人专利实施许可合同》在科技园成功签约。',
    );
    expect(rels(r)).toContain('TRANSFERS_TO:云杉工业大学教授李青团队->青岚盛业科技有限公司');
  });

  it('reads no transfer from a cooperation contract', () => {
    const r = run('云杉大学与青岚盛业科技有限公司签署战略合作协议。');
    expect(rels(r).filter((x) => x.startsWith('TRANSFERS_TO'))).toEqual([]);
  });

  it('takes the sentence subject as origin of 已在B实现产业化 a clause later', () => {
    const r = run('云杉理工大学稀土研究团队开发的新技术，已在青岚稀土集团实现产业化应用。');
    expect(rels(r)).toContain('TRANSFERS_TO:云杉理工大学稀土研究团队->青岚稀土集团');
  });

  it('does not place a school where its result lands (X的…成果落地Y)', () => {
    const r = run('西安交通大学的一项储能专利成果落地西安高新区。');
    expect(rels(r)).not.toContain('LOCATED_IN:西安交通大学->西安高新区');
  });
});

describe('places of names closing the clause before', () => {
  it('reads X，位于Y as X in Y', () => {
    const r = run('云杉大学与青岚产业技术研究院合作成立的功能材料研究所，位于南京江北新区。');
    expect(rels(r)).toContain('LOCATED_IN:功能材料研究所->南京江北新区');
  });

  it('does not place a school named mid-clause before the comma', () => {
    const r = run('项目由云杉大学负责，位于南京江北新区。');
    expect(rels(r)).not.toContain('LOCATED_IN:云杉大学->南京江北新区');
  });
});

describe('districts under their city', () => {
  it('finds listed districts of any characters after a city (长沙市望城区, 南宁市西乡塘区)', () => {
    expect(names(run('该校与长沙市望城区签约。'), 'District')).toContain('望城区');
    const r = run('广西大学联合南宁市西乡塘区、广西投资集团三方共建广西大学先进材料研究院。');
    expect(rels(r)).toContain('CO_BUILDS:西乡塘区->广西大学先进材料研究院');
  });

  it('joins a school and a district named under its city (A与合肥市蜀山区签约，共建X)', () => {
    const r = run('安徽大学与合肥市蜀山区签约，共建安徽大学绿色产业创新研究院。');
    expect(rels(r)).toContain('CO_BUILDS:蜀山区->安徽大学绿色产业创新研究院');
  });

  it('names a zone under its province by its own name (江西省赣江新区 → 赣江新区)', () => {
    const r = run('南昌大学与江西省赣江新区签约。赣江新区将提供场地。');
    expect(names(r, 'District')).toEqual(['赣江新区']);
  });

  it('keeps a city zone whose own part is too short to stand alone (西安市高新区)', () => {
    expect(names(run('项目落户西安市高新区。'), 'District')).not.toContain('高新区');
  });
});

describe('built things introduced by 是 and new platform words', () => {
  it('reads X是A、B与C三方共建的… as builders of X', () => {
    const r = run(
      '云杉科技大学先进技术研究院是安徽省、合肥市与云杉科技大学三方共建的新型研发机构。',
    );
    expect(rels(r)).toContain('CO_BUILDS:云杉科技大学->云杉科技大学先进技术研究院');
    expect(rels(r)).not.toContain('CO_BUILDS:云杉科技大学先进技术研究院->云杉科技大学');
  });

  it('finds science parks, field stations and campuses of schools as labs', () => {
    const r = run('山东大学与济南市历城区共建山东大学历城科创园。中国农业大学曲周实验站揭牌。');
    expect(names(r, 'Lab').sort()).toEqual(['中国农业大学曲周实验站', '山东大学历城科创园'].sort());
  });

  it('finds a ministry after 获得', () => {
    expect(names(run('项目获得工信部专项资金支持。'), 'Other')).toEqual(['工信部']);
  });
});

describe('company names jieba breaks up', () => {
  it('opens a company name at its province over numerals and verbs (湖北三环锻造有限公司)', () => {
    expect(names(run('该校与湖北三环锻造有限公司签约。'), 'Company')).toEqual([
      '湖北三环锻造有限公司',
    ]);
    expect(names(run('该校与广东美的制冷设备有限公司签约。'), 'Company')).toEqual([
      '广东美的制冷设备有限公司',
    ]);
  });

  it('does not open a company name over a stop word (与湖北的…)', () => {
    expect(names(run('项目与湖北的锻造有限公司无关。'), 'Company')).toEqual([]);
  });

  it('splits two names joined by 和 that jieba reads as one word (西安交通大学和平高集团)', () => {
    const r = run('2013年，西安交通大学和平高集团签约。');
    expect(names(r, 'Company')).toEqual(['平高集团']);
    expect(names(r, 'University')).toEqual(['西安交通大学']);
  });
});

describe('agreements that name what they build', () => {
  it('reads 签署《共建X合作协议》 as building X', () => {
    const r = run('5月29日，云杉大学与威海市签署《共建云杉大学威海海洋研究院合作协议》。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:云杉大学->云杉大学威海海洋研究院',
        'CO_BUILDS:威海市->云杉大学威海海洋研究院',
      ]),
    );
  });

  it('reads 签订了“X合作共建协议” as building X', () => {
    const r = run('云杉大学与青岚市科技局、兴山区签订了“青岚技术转移中心合作共建协议”。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:云杉大学->青岚技术转移中心',
        'CO_BUILDS:青岚市科技局->青岚技术转移中心',
        'CO_BUILDS:兴山区->青岚技术转移中心',
      ]),
    );
  });

  it('still builds nothing from a title that names no built thing', () => {
    const r = run('云杉大学与威海市签署《共建世界一流大学合作协议》。');
    expect(rels(r).filter((x) => x.startsWith('CO_BUILDS'))).toEqual([]);
  });
});

describe('a place in brackets inside a platform name', () => {
  it('reads “技术转移与成果转化（鹤岗）中心” as one lab', () => {
    const r = run('蒋明为“云杉大学技术转移与成果转化（鹤岗）中心”揭牌。');
    expect(names(r, 'Lab')).toEqual(['云杉大学技术转移与成果转化（鹤岗）中心']);
  });

  it('leaves a bracket that is no place of a platform name', () => {
    expect(names(run('会议由转化（试行）中心主任主持。'), 'Lab')).toEqual([]);
  });
});

describe('brands opened by a city name', () => {
  it('reads 宁德时代与厦门大学共建… as a company building with the school', () => {
    const r = run('宁德时代与厦门大学共建厦门时代新能源研究院。');
    expect(names(r, 'Company')).toEqual(['宁德时代']);
    expect(rels(r)).toContain('CO_BUILDS:宁德时代->厦门时代新能源研究院');
  });

  it('keeps a city with its level a place (宁德市与厦门大学共建…)', () => {
    const r = run('宁德市与厦门大学共建宁德新能源研究院。');
    expect(names(r, 'Company')).toEqual([]);
    expect(names(r, 'District')).toEqual(['宁德市']);
  });
});

describe('prefectures and listed places among builders', () => {
  it('finds a prefecture after its province and keeps it as a listed builder', () => {
    const r = run(
      '日前，云杉科技大学、云南省西双版纳州、青岚热带作物研究所共建青岚天然橡胶产业技术研究院。',
    );
    expect(names(r, 'District')).toContain('西双版纳州');
    expect(rels(r)).toContain('CO_BUILDS:西双版纳州->青岚天然橡胶产业技术研究院');
  });

  it('reads no prefecture into cities ending in 州 (广东省广州市)', () => {
    expect(names(run('项目落户广东省广州市。'), 'District')).not.toContain('广州州');
    expect(names(run('项目落户广东省广州市。'), 'District')).toContain('广州市');
  });

  it('still leaves out a place that only sets the scene among three builders', () => {
    const r = run('在青岚区，云杉大学与青岚化工集团、青岚研究所共建青岚联合实验室。');
    expect(rels(r)).not.toContain('CO_BUILDS:青岚区->青岚联合实验室');
  });
});

describe('short company names within one article', () => {
  it('reads 海垦集团 as the one long company it contracts', () => {
    const r = run(
      '青岚县政府与海南省农垦投资控股集团有限公司签约。仪式上，青岚县政府与海垦集团签订协议。',
    );
    expect(names(r, 'Company')).toEqual(['海南省农垦投资控股集团有限公司']);
  });

  it('leaves a short name that fits two companies, or none, alone', () => {
    const r = run('海南农垦集团有限公司与海南垦区集团有限公司签约。海垦集团出席。');
    expect(names(r, 'Company')).toContain('海垦集团');
    expect(names(run('海垦集团与云杉大学签约。'), 'Company')).toEqual(['海垦集团']);
  });
});

describe('a result named back (该成果) in a transfer', () => {
  it('gives 该技术…转让给Y the origin of the sentence before', () => {
    const r = run('云杉大学研发了激光薄膜技术。该技术以3800万元转让给青岚光学科技有限公司。');
    expect(rels(r)).toContain('TRANSFERS_TO:云杉大学->青岚光学科技有限公司');
  });

  it('needs the result word: a bare transfer without an origin stays without one', () => {
    const r = run('云杉大学举行会议。会上以3800万元转让给青岚光学科技有限公司。');
    expect(rels(r).filter((x) => x.startsWith('TRANSFERS_TO'))).toEqual([]);
  });
});

describe('relation words and subjects around names', () => {
  it('never reads a relation word into a school name (武进区大力支持江苏理工学院)', () => {
    const r = run('常州市武进区大力支持江苏理工学院建设武进产业研究院。');
    expect(names(r, 'University')).toEqual(['江苏理工学院']);
    expect(rels(r)).toContain('SUPPORTS:武进区->江苏理工学院');
  });

  it('keeps a name whose own words hold no act (江苏理工学院)', () => {
    expect(names(run('江苏理工学院举行会议。'), 'University')).toEqual(['江苏理工学院']);
  });

  it('places the sentence subject of X由A与B共建，位于Y', () => {
    const r = run('东南大学无锡分校由东南大学与无锡市人民政府合作共建，位于无锡市新吴区。');
    expect(rels(r)).toContain('LOCATED_IN:东南大学无锡分校->新吴区');
  });

  it('reads 由A研发，成果已转让给Y as A transferring to Y', () => {
    const r = run('该项目由云杉大学李青教授团队研发，成果已转让给青岚光纤光缆股份有限公司。');
    expect(rels(r)).toContain('TRANSFERS_TO:云杉大学李青教授团队->青岚光纤光缆股份有限公司');
  });
});
