import { names, rels, run } from '../support/zhExtract';

/**
 * Round 14 (Chinese): general mechanisms written from categories of round-13 misses, each tested
 * on invented sentences with other names, regions and word orders, and on near misses.
 */

/** Ties of one type only. */
function only(r: ReturnType<typeof run>, type: string): string[] {
  return rels(r).filter((x) => x.startsWith(type + ':'));
}

describe('a unit whose name opens with its owner’s full name', () => {
  it('belongs to it, also when the unit sits inside a team’s name', () => {
    expect(
      only(run('青州大学化学工程学院王明教授团队与海川公司签订合作协议。'), 'PART_OF'),
    ).toContain('PART_OF:青州大学化学工程学院->青州大学');
    expect(
      only(
        run('云岭师范大学生命科学学院李青课题组在会上作报告。云岭师范大学与昆明市签约。'),
        'PART_OF',
      ),
    ).toContain('PART_OF:云岭师范大学生命科学学院->云岭师范大学');
    expect(
      only(
        run('滇池大学与昆明市签约。青山实验室与滇池大学生命科学学院赵刚教授团队签订合作协议。'),
        'PART_OF',
      ),
    ).toContain('PART_OF:滇池大学生命科学学院->滇池大学');
  });

  it('does not tie a joint name of two parties or a company named after a school', () => {
    expect(only(run('海川大学-青石集团联合研究院揭牌。海川大学参加。'), 'PART_OF')).toEqual([]);
    expect(only(run('海川大学科技有限公司与海川大学签订协议。'), 'PART_OF')).toEqual([]);
  });
});

describe('a person named after a body and a title', () => {
  it('works at that body (院长, 副院长…教授, 副研究员)', () => {
    expect(only(run('海滨大学智能制造研究院院长赵刚教授介绍了项目情况。'), 'PART_OF')).toContain(
      'PART_OF:赵刚->海滨大学智能制造研究院',
    );
    expect(
      only(run('青山区人民医院聘请滇池大学医学院副院长李明教授为特聘教授。'), 'PART_OF'),
    ).toContain('PART_OF:李明->滇池大学医学院');
    const r = run('澜沧大学副研究员林海峰是首批科技特派员之一。');
    expect(names(r, 'Person')).toContain('林海峰');
    expect(only(r, 'PART_OF')).toContain('PART_OF:林海峰->澜沧大学');
  });

  it('is no member of a place or government named before an official', () => {
    expect(only(run('青州市副市长王明与海川大学校长签约。'), 'PART_OF')).toEqual([]);
    expect(rels(run('株洲市人民政府副秘书长陈刚出席会议。'))).toEqual([]);
  });
});

describe('a body bringing in an expert for a post', () => {
  it('introduces the expert (引进…担任“科技副总”, 聘请…为特聘教授, 柔性引进…担任首席科学家)', () => {
    const a = run('青石科技有限公司引进云岭大学材料学院张强教授担任“科技副总”。');
    expect(only(a, 'FLEXIBLY_INTRODUCES')).toContain('FLEXIBLY_INTRODUCES:青石科技有限公司->张强');
    expect(only(a, 'SUPPORTS')).toContain('SUPPORTS:张强->青石科技有限公司');
    expect(
      only(
        run('青山区人民医院聘请滇池大学医学院副院长李明教授为特聘教授。'),
        'FLEXIBLY_INTRODUCES',
      ),
    ).toContain('FLEXIBLY_INTRODUCES:青山区人民医院->李明');
    expect(
      only(
        run('东湖实验室柔性引进海滨大学物理学院陈刚教授担任首席科学家，助力实验室攻关。'),
        'FLEXIBLY_INTRODUCES',
      ),
    ).toContain('FLEXIBLY_INTRODUCES:东湖实验室->陈刚');
  });

  it('reads no introduction for a post of office or for results taken in', () => {
    expect(
      only(run('青石科技有限公司引进滇池大学张强教授担任公司总经理。'), 'FLEXIBLY_INTRODUCES'),
    ).toEqual([]);
    expect(
      only(run('青石科技有限公司引进滇池大学张强教授的技术成果。'), 'FLEXIBLY_INTRODUCES'),
    ).toEqual([]);
  });
});

describe('a named centre jointly applied for', () => {
  it('is built by the applicants, a clause opening with 与 keeping the first one', () => {
    expect(
      only(
        run('滇池大学与青石科技有限公司联合申报的“云南省智能装备工程技术研究中心”获批立项。'),
        'CO_BUILDS',
      ),
    ).toEqual([
      'CO_BUILDS:滇池大学->云南省智能装备工程技术研究中心',
      'CO_BUILDS:青石科技有限公司->云南省智能装备工程技术研究中心',
    ]);
    const built = only(
      run(
        '日前，澜沧学院与东江化工股份有限公司联合申报的“东江精细化工工程研究中心”，以及与青山电器有限公司联合申报的“青山智能家电工程技术研究中心”双双获批。',
      ),
      'CO_BUILDS',
    );
    expect(built).toContain('CO_BUILDS:澜沧学院->青山智能家电工程技术研究中心');
    expect(built).toContain('CO_BUILDS:青山电器有限公司->青山智能家电工程技术研究中心');
    expect(built).not.toContain('CO_BUILDS:东江化工股份有限公司->青山智能家电工程技术研究中心');
    expect(
      only(run('海川大学与青石集团共同申报的海川海洋装备研究院获省科技厅认定。'), 'CO_BUILDS'),
    ).toContain('CO_BUILDS:青石集团->海川海洋装备研究院');
  });

  it('builds nothing when a project is applied for or the centre is named elsewhere', () => {
    expect(
      only(run('滇池大学与青石科技有限公司联合申报了国家重点研发计划项目。'), 'CO_BUILDS'),
    ).toEqual([]);
    expect(
      only(
        run('滇池大学与青石科技有限公司联合申报，云南省科技厅公布了东江精细化工工程研究中心名单。'),
        'CO_BUILDS',
      ),
    ).toEqual([]);
  });
});

describe('a platform said to be the joint project of two bodies', () => {
  it('is built by both (X是A和B之间的…合作项目 / 共建项目 / 合作的成果)', () => {
    expect(
      only(run('青州大学东营研究院是东营市人民政府和青州大学之间的重大合作项目。'), 'CO_BUILDS'),
    ).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:东营市人民政府->青州大学东营研究院',
        'CO_BUILDS:青州大学->青州大学东营研究院',
      ]),
    );
    expect(
      only(run('据介绍，滇池新材料研究院也是昆明市人民政府与滇池大学的共建项目。'), 'CO_BUILDS'),
    ).toContain('CO_BUILDS:滇池大学->滇池新材料研究院');
    expect(
      only(run('海川智能装备研究院是海川集团与滇池大学战略合作的重要成果。'), 'CO_BUILDS'),
    ).toContain('CO_BUILDS:海川集团->海川智能装备研究院');
  });

  it('builds nothing for a partner or a project in another clause', () => {
    expect(only(run('海川大学是青州市人民政府的重要合作伙伴。'), 'CO_BUILDS')).toEqual([]);
    expect(
      only(
        run('海川智能装备研究院是海川集团投资的新型研发机构，与滇池大学开展合作项目。'),
        'CO_BUILDS',
      ),
    ).not.toContain('CO_BUILDS:滇池大学->海川智能装备研究院');
  });
});

describe('support stated as a noun (起到支撑作用)', () => {
  it('is given by the sentence’s body to the one after 对, or by listed platforms to the subject', () => {
    expect(
      only(
        run('这次合作将充分发挥海川大学的学科优势，对推动株洲市产业高质量发展起到重要支撑作用。'),
        'SUPPORTS',
      ),
    ).toContain('SUPPORTS:海川大学->株洲市');
    expect(only(run('海川集团的投资对株洲市经济发展起到带动作用。'), 'SUPPORTS')).toContain(
      'SUPPORTS:海川集团->株洲市',
    );
    expect(
      only(
        run(
          '滇池大学科技园发挥学科优势，强化云南省高原生物重点实验室、云南省智能装备工程技术研究中心等平台的支撑作用。',
        ),
        'SUPPORTS',
      ),
    ).toContain('SUPPORTS:云南省高原生物重点实验室->滇池大学科技园');
  });

  it('gives no support where nothing is named for it', () => {
    expect(
      only(run('海川大学在株洲市召开会议，专家认为人才培养起到关键作用。'), 'SUPPORTS'),
    ).toEqual([]);
    expect(only(run('政策在产业发展中起到重要支撑作用。'), 'SUPPORTS')).toEqual([]);
  });
});

describe('science parks named X大学科技园', () => {
  it('are a school’s Lab after its name and a place’s District after a place', () => {
    const a = run('湖南工业大学科技园与株洲市签约。');
    expect(names(a, 'Lab')).toContain('湖南工业大学科技园');
    expect(only(a, 'PART_OF')).toContain('PART_OF:湖南工业大学科技园->湖南工业大学');
    const b = run('浙江大学温州研究院落户温州市国家大学科技园。');
    expect(names(b, 'District')).toContain('温州市国家大学科技园');
    expect(only(b, 'LOCATED_IN')).toContain('LOCATED_IN:浙江大学温州研究院->温州市国家大学科技园');
    expect(names(run('西青区大学科技园昨日开园，吸引企业入驻。'), 'District')).toContain(
      '西青区大学科技园',
    );
  });

  it('keep a branch’s longer name and a park named with a school of the article', () => {
    expect(names(run('福州大学国家大学科技园晋江分园揭牌。'), 'Lab')).toEqual([
      '福州大学国家大学科技园晋江分园',
    ]);
    expect(names(run('东湖科创园成功入选株洲市大学科技园建设名单。'), 'District')).not.toContain(
      '株洲市大学科技园',
    );
    expect(names(run('井冈山大学与吉安市共建井冈山大学科技园。'), 'Lab')).toEqual([
      '井冈山大学科技园',
    ]);
  });
});

describe('parts listed after a word of composition', () => {
  it('belong to the park that opens the clause; a place park lies in its place', () => {
    const r = run(
      '据悉，株洲市大学科技园共包括3个园区，分别是株洲大学科技园、湖南工业大学科技园和荷塘科创大学科技园。',
    );
    const parts = only(r, 'PART_OF');
    expect(parts).toContain('PART_OF:株洲大学科技园->株洲市大学科技园');
    expect(parts).toContain('PART_OF:湖南工业大学科技园->株洲市大学科技园');
    expect(parts).toContain('PART_OF:荷塘科创大学科技园->株洲市大学科技园');
    expect(only(r, 'LOCATED_IN')).toContain('LOCATED_IN:株洲市大学科技园->株洲市');
  });

  it('makes no companies listed as members parts of the park', () => {
    expect(
      only(
        run('株洲市大学科技园共有企业30家，包括株洲新材料有限公司、株洲电子有限公司。'),
        'PART_OF',
      ),
    ).toEqual([]);
  });
});

describe('builders named by their role (由高校、政府、企业三方共建)', () => {
  it('are the bodies of each role named before; a bare head word stands for the one unit', () => {
    const a = only(
      run(
        '青山现代制造产业学院揭牌仪式在青山职业技术学院举行。青山高新区管委会、青石机械有限公司参加。这次产业学院的成立意义重大。产业学院由高校、政府、企业三方共建。',
      ),
      'CO_BUILDS',
    );
    expect(a).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:青山职业技术学院->青山现代制造产业学院',
        'CO_BUILDS:青山高新区管委会->青山现代制造产业学院',
        'CO_BUILDS:青石机械有限公司->青山现代制造产业学院',
      ]),
    );
    expect(
      only(
        run(
          '滇池职业学院、昆明经开区管委会和滇池电气有限公司出席签约。滇池智能电气产业学院由政府、学校、企业三方联合共建。',
        ),
        'CO_BUILDS',
      ),
    ).toContain('CO_BUILDS:昆明经开区管委会->滇池智能电气产业学院');
    expect(
      only(run('东湖大学与青石集团签约。东湖新材料研究院由高校和企业两方共建。'), 'CO_BUILDS'),
    ).toContain('CO_BUILDS:青石集团->东湖新材料研究院');
  });

  it('builds nothing for a mechanism, and adds no one to builders the text names', () => {
    expect(
      only(
        run('青山职业技术学院与青石机械有限公司签约。学校将由高校、政府、企业三方共建的机制推广。'),
        'CO_BUILDS',
      ),
    ).toEqual([]);
    expect(
      only(
        run(
          '东湖大学与株洲市签约。滇池大学与青石集团共建滇池新材料研究院，研究院由高校和企业两方共建。',
        ),
        'CO_BUILDS',
      ),
    ).not.toContain('CO_BUILDS:东湖大学->滇池新材料研究院');
  });
});

describe('a clause that opens with its partner (推动与C共建X)', () => {
  it('is carried by the pair joined earlier in the sentence', () => {
    const a = only(
      run(
        '滇池大学与株洲市签订合作协议\n\n10月8日，我校与株洲市签订合作协议。协议明确了我校与株洲市的合作方向，尤其明确了推动与中南大学共建株洲先进材料研究院、株洲智能制造研究院2个平台。',
      ),
      'CO_BUILDS',
    );
    expect(a).toContain('CO_BUILDS:滇池大学->株洲智能制造研究院');
    expect(a).toContain('CO_BUILDS:株洲市->株洲先进材料研究院');
    expect(
      only(
        run('青州市人民政府与海川大学签署协议，双方商定，推动与青石集团共建青州海洋装备研究院。'),
        'CO_BUILDS',
      ),
    ).toContain('CO_BUILDS:海川大学->青州海洋装备研究院');
    expect(
      only(
        run('会上，东湖区与滇池大学签约，今年将联合青山集团，与青山集团共建东湖智能制造研究院。'),
        'CO_BUILDS',
      ),
    ).toContain('CO_BUILDS:滇池大学->东湖智能制造研究院');
  });

  it('is not carried by a pair that built something of its own, nor without a named thing', () => {
    expect(
      only(
        run(
          '河川大学与石家庄市签约。河川大学与石家庄市人民政府共建了石家庄电子研究院，与唐山市人民政府共建了唐山机器人研究院。',
        ),
        'CO_BUILDS',
      ),
    ).not.toContain('CO_BUILDS:石家庄市人民政府->唐山机器人研究院');
    expect(only(run('海川大学与青州市签约，与青石集团共建的项目明年启动。'), 'CO_BUILDS')).toEqual(
      expect.not.arrayContaining(['CO_BUILDS:青州市->青石集团']),
    );
  });
});

describe('a technology applied at a company (在B得到应用)', () => {
  it('is transferred by the school, institute or team named before (学校 = the school spoken of)', () => {
    const a = run(
      '湘江大学副校长到会。该校科研处处长王强介绍说，学校李明教授研发的节能技术已经在青石建材有限公司得到很好的应用。',
    );
    expect(only(a, 'TRANSFERS_TO')).toContain('TRANSFERS_TO:湘江大学->青石建材有限公司');
    expect(only(a, 'PART_OF')).toContain('PART_OF:李明->湘江大学');
    expect(
      only(run('滇池大学研发的高原育种技术已在云岭种业有限公司实现产业化。'), 'TRANSFERS_TO'),
    ).toContain('TRANSFERS_TO:滇池大学->云岭种业有限公司');
    expect(
      only(
        run('株洲工业大学张华团队开发的涂层工艺在湘江机械有限公司获得推广应用。'),
        'TRANSFERS_TO',
      ),
    ).toContain('TRANSFERS_TO:株洲工业大学张华团队->湘江机械有限公司');
  });

  it('transfers nothing when no company is the site or nothing is applied', () => {
    expect(only(run('青石建材有限公司在滇池大学的实验室得到很好的锻炼。'), 'TRANSFERS_TO')).toEqual(
      [],
    );
    expect(only(run('滇池大学在会上介绍，新技术在农村得到推广应用。'), 'TRANSFERS_TO')).toEqual([]);
  });
});

describe('a team named with its school that transfers', () => {
  it('transfers for its school too', () => {
    for (const [text, tie] of [
      [
        '12月1日，滇池大学李明教授团队与云岭乳业有限公司签订专利转让合同，把3项专利全部转让。',
        'TRANSFERS_TO:滇池大学->云岭乳业有限公司',
      ],
      [
        '湘江大学王刚教授团队与青石生物科技有限公司签署技术转让协议。',
        'TRANSFERS_TO:湘江大学->青石生物科技有限公司',
      ],
      [
        '东湖农业大学周勇教授团队将菌种技术转让给青山牧业有限公司。',
        'TRANSFERS_TO:东湖农业大学->青山牧业有限公司',
      ],
    ] as const)
      expect(only(run(text), 'TRANSFERS_TO')).toContain(tie);
  });

  it('gives no transfer to a school not named in the team, nor without a transfer', () => {
    expect(
      only(run('王刚教授团队与青石生物科技有限公司签署技术转让协议。'), 'TRANSFERS_TO'),
    ).toEqual(['TRANSFERS_TO:王刚教授团队->青石生物科技有限公司']);
    expect(
      only(run('青石生物科技有限公司与湘江大学王刚教授团队签署合作协议。'), 'TRANSFERS_TO'),
    ).toEqual([]);
  });
});

describe('a university named at the start of a unit’s name', () => {
  it('is found with the unit, which belongs to it (jieba reads 大学生 across the name)', () => {
    for (const [text, school] of [
      ['内蒙古科技大学生命健康与生物信息学重点实验室与复旦大学签订合作意向书。', '内蒙古科技大学'],
      ['会上，江西农业大学生物质能源研究院与新余市签约。', '江西农业大学'],
      ['广东工业大学生物医药研究院揭牌。', '广东工业大学'],
    ] as const) {
      const r = run(text);
      expect(names(r, 'University')).toContain(school);
      expect(only(r, 'PART_OF').some((x) => x.endsWith('->' + school))).toBe(true);
    }
  });

  it('is not read from a place before 大学 nor from a name that is not a unit’s', () => {
    expect(names(run('西青大学生命科学研究院成立。'), 'University')).toEqual([]);
    expect(names(run('青州大学生活服务中心开业。'), 'University')).toEqual([]);
  });
});

describe('a person found once', () => {
  it('is the same person where the full name occurs again, after an official’s post', () => {
    expect(
      only(
        run('云岭大学李晓东教授团队来访。云岭新材料研究院院长李晓东说，团队将常驻。'),
        'PART_OF',
      ),
    ).toContain('PART_OF:李晓东->云岭新材料研究院');
    expect(
      only(run('湘江大学王国庆博士受聘。湘江工程技术研究中心主任王国庆介绍了情况。'), 'PART_OF'),
    ).toContain('PART_OF:王国庆->湘江工程技术研究中心');
    expect(
      only(
        run('东湖实验室与滇池大学周建华教授团队签约。东湖实验室主任周建华表示，将加强合作。'),
        'PART_OF',
      ),
    ).toContain('PART_OF:周建华->东湖实验室');
  });

  it('is not read from part of a name, nor from a two-character name', () => {
    expect(
      only(
        run('湘江大学王国庆博士受聘。国庆期间，湘江工程技术研究中心主任王明介绍了情况。'),
        'PART_OF',
      ),
    ).toEqual(['PART_OF:王国庆->湘江大学']);
    expect(
      only(run('海川大学王明教授到会。会上，青山工程中心主任王明介绍情况。'), 'PART_OF'),
    ).not.toContain('PART_OF:王明->青山工程中心');
  });
});

describe('a company named with two trades joined by 与, in a list', () => {
  it('is read whole when it opens with a place', () => {
    expect(
      names(
        run('沈阳盛京智造发展有限公司、沈阳恒久安泰环保与节能科技有限公司的相关人员参加。'),
        'Company',
      ),
    ).toContain('沈阳恒久安泰环保与节能科技有限公司');
    expect(
      names(run('昆明云岭环保与能源科技有限公司、滇池电气有限公司参加。'), 'Company'),
    ).toContain('昆明云岭环保与能源科技有限公司');
    expect(
      names(run('出席的有：株洲湘江材料与装备制造有限公司、株洲电子有限公司等。'), 'Company'),
    ).toContain('株洲湘江材料与装备制造有限公司');
  });

  it('is not read across a party named before 与', () => {
    const a = names(run('湖北大学还先后与湖北鼎龙控股股份有限公司、武汉光谷有限公司签约。'));
    expect(a).toContain('湖北鼎龙控股股份有限公司');
    expect(a.some((x) => x.startsWith('湖北大学还'))).toBe(false);
    expect(names(run('株洲高新区与湘江新材料有限公司、株洲电子有限公司签约。'), 'Company')).toEqual(
      ['湘江新材料有限公司', '株洲电子有限公司'],
    );
  });
});

describe('premises or funds provided for a body (A为B提供场地/经费)', () => {
  it('are support from the clause’s body, or the sentence’s when the clause has none', () => {
    expect(
      only(run('株洲高新区为滇池大学株洲研究院提供3000平方米的办公场地。'), 'SUPPORTS'),
    ).toContain('SUPPORTS:株洲高新区->滇池大学株洲研究院');
    expect(
      only(run('株洲市人民政府将为湘江储能研究院免费提供办公用房和启动资金。'), 'SUPPORTS'),
    ).toContain('SUPPORTS:株洲市人民政府->湘江储能研究院');
    expect(only(run('会上，青山区表示，将为青石科技有限公司提供厂房。'), 'SUPPORTS')).toContain(
      'SUPPORTS:青山区->青石科技有限公司',
    );
  });

  it('are no support for people of a body, nor for a report handed over', () => {
    expect(only(run('湘江集团为滇池大学学生提供实习岗位。'), 'SUPPORTS')).toEqual([]);
    expect(only(run('湘江集团为滇池大学提供了一份报告。'), 'SUPPORTS')).toEqual([]);
  });
});
