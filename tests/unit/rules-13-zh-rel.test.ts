import { rels, run } from '../support/zhExtract';

/** Ties of one type only. */
function only(r: ReturnType<typeof run>, type: string): string[] {
  return rels(r).filter((x) => x.startsWith(type + ':'));
}

describe('我校/本校: the one school whose news the article is', () => {
  it('stays the first school named, not a partner school named later', () => {
    const r = run(
      '我校与岳阳市签署合作协议\n\n近日，湘楚理工大学、云梦大学与岳阳市人民政府签订合作协议。' +
        '我校与岳阳市人民政府共建岳阳绿色化工研究院。',
    );
    const built = only(r, 'CO_BUILDS');
    expect(built).toContain('CO_BUILDS:湘楚理工大学->岳阳绿色化工研究院');
    expect(built).not.toContain('CO_BUILDS:云梦大学->岳阳绿色化工研究院');
  });

  it('is never the partner school joined to it (我校与X大学…)', () => {
    const r = run(
      '青川学院与云梦大学签署合作协议。会上，云梦大学副校长一行来我校参观。' +
        '我校与云梦大学将共建云梦青川联合实验室。',
    );
    const built = only(r, 'CO_BUILDS');
    expect(built).toContain('CO_BUILDS:青川学院->云梦青川联合实验室');
    expect(built).toContain('CO_BUILDS:云梦大学->云梦青川联合实验室');
  });

  it('stands for the university named inside a centre when no university is named alone', () => {
    const r = run(
      '促进我校科技成果转化\n\n我校与湘江粮油集团共建湘江粮油产业共性技术研发平台。' +
        '与岳阳市人民政府合作，共建湘楚理工大学（岳阳）技术转移中心。',
    );
    expect(only(r, 'CO_BUILDS')).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:湘楚理工大学->湘江粮油产业共性技术研发平台',
        'CO_BUILDS:湘楚理工大学->湘楚理工大学（岳阳）技术转移中心',
      ]),
    );
    // The partner of the sentence before does not build what this sentence's partners build.
    expect(only(r, 'CO_BUILDS')).not.toContain(
      'CO_BUILDS:湘江粮油集团->湘楚理工大学（岳阳）技术转移中心',
    );
  });

  it('only says whose school it is when a school is named right after it (我校X学院)', () => {
    const r = run(
      '湘楚理工大学新闻网\n\n近日，我校与黔南州人民政府签约。' +
        '此前，我校化学化工学院已与黔南磷化有限公司共建了实习基地。',
    );
    const built = only(r, 'CO_BUILDS');
    expect(built.join()).toMatch(/化学化工学院->黔南磷化有限公司|黔南磷化有限公司->化学化工学院/);
    expect(built).not.toContain('CO_BUILDS:湘楚理工大学->化学化工学院');
    expect(built).not.toContain('CO_BUILDS:湘楚理工大学->黔南磷化有限公司');
  });
});

describe('schools of a college that stands on its own', () => {
  it('ties schools named bare to a standalone college the article speaks of', () => {
    const r = run(
      '湘南理工学院　新闻中心\n\n近日，我校与郴州市签署合作协议。' +
        '我校机电工程学院、人文学院与郴州市三家企业签订实习协议。',
    );
    expect(only(r, 'PART_OF')).toEqual(
      expect.arrayContaining([
        'PART_OF:机电工程学院->湘南理工学院',
        'PART_OF:人文学院->湘南理工学院',
      ]),
    );
  });

  it('ties a school opened by a field such as 城建 or 人文 to the college named before it', () => {
    const r = run(
      '7月6日，皖北科技学院与宿州市人民政府签约。会上，城建与环境学院与青岚肥业有限公司签约。',
    );
    expect(only(r, 'PART_OF')).toContain('PART_OF:城建与环境学院->皖北科技学院');
  });

  it('reads a college named after a person inside a university name as the school itself', () => {
    const r = run(
      '云梦大学南山学院　就业中心\n\n近日，我校与衡阳市签署合作协议。设计与创意学院院长出席签约仪式。',
    );
    expect(only(r, 'PART_OF')).toContain('PART_OF:设计与创意学院->云梦大学南山学院');
    expect(only(r, 'PART_OF')).not.toContain('PART_OF:设计与创意学院->云梦大学');
  });

  it('does not make a school of a university the owner of other schools', () => {
    const r = run('云梦大学生态学院与青川县签约。会上，药学院院长讲话。');
    expect(only(r, 'PART_OF')).not.toContain('PART_OF:药学院->云梦大学生态学院');
  });
});

describe('双方 / 校地双方: the pair that signed a few sentences back', () => {
  it('reads A（B）与C as the pair A and C (B only renames A)', () => {
    const r = run(
      '3月5日，滇南理工大学（云南省能源研究院）与红河州人民政府签订战略合作协议。' +
        '李明和王强分别代表校地双方签署协议。' +
        '围绕红河州的产业需求，校地双方将推动产业基金在红河落地，深度共建“红河新能源材料省实验室”。',
    );
    const built = only(r, 'CO_BUILDS');
    expect(built).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:滇南理工大学->红河新能源材料省实验室',
        'CO_BUILDS:红河州人民政府->红河新能源材料省实验室',
      ]),
    );
    expect(built).not.toContain('CO_BUILDS:云南省能源研究院->红河新能源材料省实验室');
    expect(built.some((x) => x.startsWith('CO_BUILDS:产业基金'))).toBe(false);
  });

  it('gives each agreement title the signing pair, never a name of another title', () => {
    const r = run(
      '5月8日，皖江大学与芜湖市人民政府签订合作协议。双方领导出席签约仪式。' +
        '双方代表还签订了《共建芜湖智能装备联合研究中心合作协议》《共建芜湖新能源汽车研究院协议》。',
    );
    const built = only(r, 'CO_BUILDS');
    expect(built).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:皖江大学->芜湖智能装备联合研究中心',
        'CO_BUILDS:芜湖市人民政府->芜湖智能装备联合研究中心',
        'CO_BUILDS:皖江大学->芜湖新能源汽车研究院',
        'CO_BUILDS:芜湖市人民政府->芜湖新能源汽车研究院',
      ]),
    );
    expect(built).not.toContain('CO_BUILDS:芜湖智能装备联合研究中心->芜湖新能源汽车研究院');
  });

  it('keeps 双方 on the two actors of the sentence right before it', () => {
    const r = run(
      '漓江创新研究院由中国科学院与广西壮族自治区人民政府共建。目前，研究院已组建8个研究部。' +
        '桂林理工大学也是研究院的重要合作伙伴。双方共建有色金属学院，联合培养研究生。',
    );
    const built = only(r, 'CO_BUILDS');
    expect(built).toContain('CO_BUILDS:桂林理工大学->有色金属学院');
    expect(built).not.toContain('CO_BUILDS:中国科学院->有色金属学院');
  });
});

describe('flexible introduction stated by a signed agreement or a post', () => {
  it('credits the body that signs a flexible agreement with the experts named after 与/同', () => {
    for (const [text, tie] of [
      [
        '10月9日，市农科院同云岭大学农学院青年研究员李青山、王海签订柔性聘用协议。',
        'FLEXIBLY_INTRODUCES:市农科院->李青山',
      ],
      [
        '青岚化工有限公司与云杉大学张明教授签订柔性引才协议。',
        'FLEXIBLY_INTRODUCES:青岚化工有限公司->张明',
      ],
      [
        '湘江集团与中南大学王刚教授团队签署柔性引进合作协议。',
        'FLEXIBLY_INTRODUCES:湘江集团->中南大学王刚教授团队',
      ],
    ])
      expect(only(run(text as string), 'FLEXIBLY_INTRODUCES')).toContain(tie);
  });

  it('introduces nobody when only a school signs (the school is no expert)', () => {
    const r = run('湘江集团与中南大学签署柔性引才协议。');
    expect(only(r, 'FLEXIBLY_INTRODUCES')).toEqual([]);
  });

  it('reads 聘请…为/担任 a post held part-time (公司科技副总, 县科技顾问, 特聘专家)', () => {
    for (const [text, tie] of [
      [
        '青岚化工有限公司聘请云杉大学李青教授为公司科技副总。',
        'FLEXIBLY_INTRODUCES:青岚化工有限公司->李青',
      ],
      [
        '近日，青川县人民政府聘请四川大学刘洋教授担任县科技顾问。',
        'FLEXIBLY_INTRODUCES:青川县人民政府->刘洋',
      ],
      [
        '黔南州聘请贵州大学张强教授团队为特聘专家。',
        'FLEXIBLY_INTRODUCES:黔南州->贵州大学张强教授团队',
      ],
    ])
      expect(only(run(text as string), 'FLEXIBLY_INTRODUCES')).toContain(tie);
  });

  it('reads no introduction in a post of office (总经理, 法律顾问)', () => {
    expect(
      only(run('青岚化工有限公司聘请云杉大学李青教授为公司法律顾问。'), 'FLEXIBLY_INTRODUCES'),
    ).toEqual([]);
    expect(only(run('青岚化工有限公司聘请李青为公司总经理。'), 'FLEXIBLY_INTRODUCES')).toEqual([]);
  });
});

describe('experts of a body', () => {
  it('ties researchers named after their school and a title (青年研究员)', () => {
    const r = run('会上，云岭大学生态学院青年研究员李青山、王海介绍了研究进展。');
    expect(only(r, 'PART_OF')).toContain('PART_OF:李青山->云岭大学生态学院');
  });

  it('ties the expert a team is named after to the team’s body', () => {
    const r = run('这次与华东理工大学李明团队合作的技术，可以从废液中提取黄酮。');
    expect(only(r, 'PART_OF')).toContain('PART_OF:李明->华东理工大学');
  });

  it('ties no official named after a body by a post of office', () => {
    const r = run('云岭大学副校长李青山出席签约仪式。');
    expect(only(r, 'PART_OF')).not.toContain('PART_OF:李青山->云岭大学');
  });
});

describe('envoys sent to a place support it', () => {
  it('reads X派驻/选派 experts 到 Y as X supporting Y', () => {
    for (const [text, tie] of [
      [
        '据介绍，云岭大学农学院今年共派驻8名省级科技特派员，其中7名教师组团派驻到乌蒙山深处的宁蒗彝族自治县。',
        'SUPPORTS:云岭大学农学院->宁蒗彝族自治县',
      ],
      ['云岭大学选派12名专家到青川县开展技术服务。', 'SUPPORTS:云岭大学->青川县'],
      [
        '近日，云岭大学派出科技特派员服务团进驻青岚化工有限公司。',
        'SUPPORTS:云岭大学->青岚化工有限公司',
      ],
    ])
      expect(only(run(text as string), 'SUPPORTS')).toContain(tie);
  });

  it('reads no support when staff are sent to a meeting', () => {
    expect(only(run('湘江集团派出代表到常德市参加会议。'), 'SUPPORTS')).toEqual([]);
  });
});

describe('a body said to be one of a place’s bodies lies there', () => {
  it('places X in Y for X是Y一家…公司/企业 (the last place of a chain)', () => {
    for (const [text, tie] of [
      [
        '湘江智能装备有限公司是湖南省常德市一家专注农机的高新技术企业。',
        'LOCATED_IN:湘江智能装备有限公司->常德市',
      ],
      [
        '云岭生物科技有限公司是玉溪市重点龙头企业，年产值超亿元。',
        'LOCATED_IN:云岭生物科技有限公司->玉溪市',
      ],
      [
        '青川绿色食品研究院是广元市青川县唯一一家省级研究院。',
        'LOCATED_IN:青川绿色食品研究院->青川县',
      ],
    ])
      expect(only(run(text as string), 'LOCATED_IN')).toContain(tie);
  });

  it('places nothing when Y is a partner, not a home (X是Y的重要合作伙伴)', () => {
    expect(only(run('湘江智能装备有限公司是常德市的重要合作伙伴。'), 'LOCATED_IN')).toEqual([]);
  });
});

describe('places listed after one that carries its city', () => {
  it('places the next districts and counties of the list in that city', () => {
    const r = run('研究院在湖州市吴兴区、南浔区和德清县设立分院。');
    expect(only(r, 'LOCATED_IN')).toEqual(
      expect.arrayContaining([
        'LOCATED_IN:吴兴区->湖州市',
        'LOCATED_IN:南浔区->湖州市',
        'LOCATED_IN:德清县->湖州市',
      ]),
    );
  });

  it('stops at a place that carries a city of its own', () => {
    const r = run('项目分别落户常德市鼎城区、长沙市岳麓区。');
    expect(only(r, 'LOCATED_IN')).not.toContain('LOCATED_IN:岳麓区->常德市');
    expect(only(r, 'LOCATED_IN')).not.toContain('LOCATED_IN:长沙市->常德市');
  });
});

describe('a zone’s projects lie in the zone', () => {
  it('places each carrier a sentence opens with and gives figures for in the zone', () => {
    const r = run(
      '昨日，常德经开区集中签约6个重大项目，将为常德经开区发展再添动力。' +
        '湘江智能装备有限公司新能源电机项目总投资12亿元，拟建设标准厂房。' +
        '青岚化工有限公司年产5万吨新材料项目，占地约80亩，建成后年产值可达10亿元。',
    );
    expect(only(r, 'LOCATED_IN')).toEqual(
      expect.arrayContaining([
        'LOCATED_IN:湘江智能装备有限公司->常德经开区',
        'LOCATED_IN:青岚化工有限公司->常德经开区',
      ]),
    );
  });

  it('places nothing in a city article, nor where the sentence names another place', () => {
    const city = run(
      '昨日，常德市集中开工8个重大项目，常德市发展再添动力。湘江智能装备有限公司项目总投资12亿元。',
    );
    expect(only(city, 'LOCATED_IN')).toEqual([]);
    const other = run(
      '昨日，常德经开区集中签约6个项目，常德经开区再添动力。湘江智能装备有限公司在岳阳市的项目总投资12亿元。',
    );
    expect(only(other, 'LOCATED_IN')).not.toContain('LOCATED_IN:湘江智能装备有限公司->常德经开区');
  });
});

describe('a body asked for help supports the one asking', () => {
  it('reads A向B求助 / 寻求技术支持 as B supporting A', () => {
    for (const [text, tie] of [
      [
        '青岚化工有限公司走访了多家检测机构，随后向云杉大学科技特派员服务团求助。',
        'SUPPORTS:云杉大学->青岚化工有限公司',
      ],
      [
        '近日，湘江智能装备有限公司向中南大学王刚教授团队寻求技术支持。',
        'SUPPORTS:中南大学王刚教授团队->湘江智能装备有限公司',
      ],
    ])
      expect(only(run(text as string), 'SUPPORTS')).toContain(tie);
  });

  it('reads no support when A gives to B or applies to B', () => {
    expect(only(run('近日，湘江智能装备有限公司向中南大学捐赠了设备。'), 'SUPPORTS')).toEqual([]);
    expect(only(run('湘江智能装备有限公司向常德市科技局申报项目。'), 'SUPPORTS')).toEqual([]);
  });
});

describe('a school named with its university', () => {
  it('belongs to the university named in the document even when read as one name', () => {
    const r = run(
      '青岚市林科院与云岭大学签约。10月9日，市林科院同云岭大学生态学院青年研究员李青山签订柔性聘用协议。',
    );
    expect(only(r, 'PART_OF')).toContain('PART_OF:云岭大学生态学院->云岭大学');
  });

  it('belongs to a standalone college named before it in the same name', () => {
    const r = run(
      '湘南理工学院与郴州市签约。会上，湘南理工学院食品工程学院与青岚食品有限公司签约。',
    );
    expect(only(r, 'PART_OF')).toContain('PART_OF:湘南理工学院食品工程学院->湘南理工学院');
  });
});

describe('a school’s own research units in its own news', () => {
  it('ties a unit named by its subject alone to the school of 我校', () => {
    const r = run(
      '云岭农业大学新闻网\n\n近日，我校与青岚种业有限公司签订合作协议。该成果由茶树研究所选育，依托茶树研究所的平台优势完成。',
    );
    expect(only(r, 'PART_OF')).toContain('PART_OF:茶树研究所->云岭农业大学');
  });

  it('ties nothing outside a school’s own news, nor a unit named with a place', () => {
    const other = run('近日，云岭农业大学与青岚种业有限公司签约。该成果由茶树研究所选育。');
    expect(only(other, 'PART_OF')).not.toContain('PART_OF:茶树研究所->云岭农业大学');
    const placed = run('云岭农业大学新闻网\n\n近日，我校与普洱市茶树研究所签订合作协议。');
    expect(only(placed, 'PART_OF')).not.toContain('PART_OF:普洱市茶树研究所->云岭农业大学');
  });
});

describe('who provides support for a place', () => {
  it('skips the object of 把 and a site after 在 when finding the backer', () => {
    const r = run(
      '3月8日，云梦大学与岳阳市人民政府共建云梦大学岳阳研究院。' +
        '李明表示，学校将把研究院作为服务地方的重要窗口，推动更多成果在岳阳落地转化，为岳阳高质量发展提供人才和智力支持。',
    );
    const sup = only(r, 'SUPPORTS');
    expect(sup).toContain('SUPPORTS:云梦大学->岳阳市');
    expect(sup).not.toContain('SUPPORTS:云梦大学岳阳研究院->岳阳市');
  });
});
