import { rels, run } from '../support/zhExtract';

/** Ties of one type only. */
function only(r: ReturnType<typeof run>, type: string): string[] {
  return rels(r).filter((x) => x.startsWith(type + ':'));
}

describe('results bought for a price (X以N万元买断…)', () => {
  const text =
    '江淮农业大学新品种转让金额超千万\n\n' +
    '5月9日，江淮农业大学举行新品种转让签约仪式。\n' +
    '淮北丰禾种业有限公司以300万元买断玉米新品种“江农8号”的经营权。' +
    '小麦新品种“江农12”首次签约，便被皖东绿洲种业有限公司以260万元买断。\n' +
    '近年来，该校已转让科技成果90项。其中，节水灌溉技术以500万元转让给青禾生态集团股份有限公司。';

  it('ties the school named before to a buyer that is the subject or the agent of 被', () => {
    const t = only(run(text), 'TRANSFERS_TO');
    expect(t).toContain('TRANSFERS_TO:江淮农业大学->淮北丰禾种业有限公司');
    expect(t).toContain('TRANSFERS_TO:江淮农业大学->皖东绿洲种业有限公司');
  });

  it('takes the subject of the sentence as buyer when the price opens a later clause', () => {
    const r = run(
      '5月9日，江淮农业大学举行新品种转让签约仪式。\n' +
        '淮北丰禾种业有限公司十分看好该品种的市场前景，以400万元拿下“江农8号”的许可使用权。',
    );
    expect(only(r, 'TRANSFERS_TO')).toContain('TRANSFERS_TO:江淮农业大学->淮北丰禾种业有限公司');
  });

  it('ties the school to the receiver of a result sold by name (某技术以N万元转让给Y)', () => {
    expect(only(run(text), 'TRANSFERS_TO')).toContain(
      'TRANSFERS_TO:江淮农业大学->青禾生态集团股份有限公司',
    );
  });

  it('does not read a firm buying goods as a transfer', () => {
    const r = run('江淮农业大学举行开学典礼。\n淮北丰禾种业有限公司以300万元购买了一批烘干设备。');
    expect(only(r, 'TRANSFERS_TO')).toEqual([]);
  });
});

describe('a ceremony of a built thing held at a place (X奠基仪式在Y举行)', () => {
  it('places the thing whose founding or plaque the ceremony marks in the place after 在', () => {
    const r = run(
      '6月3日，由青州市人民政府与鲁中理工大学共建的鲁中理工大学青州研究院奠基仪式在青州市隆重举行。',
    );
    expect(only(r, 'LOCATED_IN')).toContain('LOCATED_IN:鲁中理工大学青州研究院->青州市');
  });

  it('reads a quoted name before a plaque ceremony', () => {
    const r = run('“云岭茶叶加工联合实验室”揭牌仪式在常德市鼎城区举行。');
    expect(only(r, 'LOCATED_IN')).toContain('LOCATED_IN:云岭茶叶加工联合实验室->鼎城区');
  });

  it('does not place a signing ceremony’s party, nor a thing at a firm', () => {
    const r = run(
      '青州市与鲁中理工大学签约仪式在青州市举行。“云岭茶叶加工联合实验室”揭牌仪式在云岭茶业有限公司举行。',
    );
    expect(only(r, 'LOCATED_IN')).not.toContain('LOCATED_IN:鲁中理工大学->青州市');
    expect(only(r, 'LOCATED_IN').join()).not.toMatch(/联合实验室->云岭茶业/);
  });
});

describe('该 + the last word of a name refers back to that name (该共同体, 该联盟)', () => {
  it('names an education-industry community and ties its lead builders to it', () => {
    const r = run(
      '泗水市新能源汽车行业产教融合共同体成立大会召开。会上宣读了理事单位名单。' +
        '该共同体由泗水驰远汽车科技有限公司、泗水学院牵头建设。',
    );
    const built = only(r, 'CO_BUILDS');
    expect(built).toContain(
      'CO_BUILDS:泗水驰远汽车科技有限公司->泗水市新能源汽车行业产教融合共同体',
    );
    expect(built).toContain('CO_BUILDS:泗水学院->泗水市新能源汽车行业产教融合共同体');
  });

  it('picks the earlier name that ends with the word, not the nearest body of its type', () => {
    const r = run(
      '泗水市数字经济产业联盟揭牌，泗水市人民政府到会祝贺。该联盟由泗水学院和泗水云图信息技术有限公司共同发起成立。',
    );
    const built = only(r, 'CO_BUILDS');
    expect(built).toContain('CO_BUILDS:泗水学院->泗水市数字经济产业联盟');
    expect(built.join()).not.toMatch(/->泗水市人民政府/);
  });
});

describe('support given to a body (A给予B的支持)', () => {
  it('ties each giver to the body the support was given to, read by 学校 as the school named', () => {
    const r = run(
      '会上，王立新代表岭南农业大学，对清远市人民政府和清远绿禾农业科技有限公司多年来给予学校的支持表示感谢。',
    );
    const s = only(r, 'SUPPORTS');
    expect(s).toContain('SUPPORTS:清远市人民政府->岭南农业大学');
    expect(s).toContain('SUPPORTS:清远绿禾农业科技有限公司->岭南农业大学');
  });

  it('ties a named recipient inside the phrase', () => {
    const r = run('清远绿禾农业科技有限公司长期给予岭南农业大学园艺学院大力支持。');
    expect(only(r, 'SUPPORTS').join()).toMatch(
      /清远绿禾农业科技有限公司->(?:岭南农业大学)?园艺学院/,
    );
  });
});

describe('a school’s experts sent into firms (A专家走进B、C等企业)', () => {
  it('ties the school whose experts visit to every firm of the list', () => {
    const r = run(
      '延平市主动牵线搭桥，邀请闽北理工大学专家教授走进延平华康药业有限公司、延平天和电子科技有限公司等5家企业，为企业把脉问诊。',
    );
    const s = only(r, 'SUPPORTS');
    expect(s).toContain('SUPPORTS:闽北理工大学->延平华康药业有限公司');
    expect(s).toContain('SUPPORTS:闽北理工大学->延平天和电子科技有限公司');
  });

  it('ties the schools of a team’s leaders to the firms the team goes to', () => {
    const r = run(
      '7月8日，延平学院副院长刘海、闽北理工大学教授陈岚带领调研团队，赴延平华康药业有限公司和延平天和电子科技有限公司开展专项调研。',
    );
    const s = only(r, 'SUPPORTS');
    expect(s).toContain('SUPPORTS:延平学院->延平华康药业有限公司');
    expect(s).toContain('SUPPORTS:闽北理工大学->延平天和电子科技有限公司');
  });

  it('does not read officials visiting a school as support', () => {
    const r = run('延平市工信局专家走进闽北理工大学，与各学院教授座谈交流。');
    expect(only(r, 'SUPPORTS')).toEqual([]);
  });
});

describe('an expert hired with the school or institute he keeps (A选聘的X大学博士P)', () => {
  it('ties the hiring firm to the expert named after his home body and title', () => {
    const r = run('昭通福康制药有限公司选聘的滇南理工大学博士林涛，则帮助企业开展新工艺研究。');
    expect(only(r, 'FLEXIBLY_INTRODUCES')).toContain(
      'FLEXIBLY_INTRODUCES:昭通福康制药有限公司->林涛',
    );
  });

  it('reads plain 引进 so only in an article about flexible hiring', () => {
    const lead = '昭通市柔性引才成效明显。\n';
    const body = '昭通福康制药有限公司引进滇南农业科学院经济作物研究所博士杨青，开展高产栽培培训。';
    expect(only(run(lead + body), 'FLEXIBLY_INTRODUCES')).toContain(
      'FLEXIBLY_INTRODUCES:昭通福康制药有限公司->杨青',
    );
    expect(only(run(body), 'FLEXIBLY_INTRODUCES')).toEqual([]);
  });
});

describe('the built thing named after where it lies (共同建设位于Z的C)', () => {
  it('ties both parties to the thing, not to each other, and places it', () => {
    const r = run(
      '青州市人民政府与鲁中理工大学签署协议，将共同建设位于青州经济开发区的青州新材料研究院。',
    );
    const built = only(r, 'CO_BUILDS');
    expect(built).toContain('CO_BUILDS:青州市人民政府->青州新材料研究院');
    expect(built).toContain('CO_BUILDS:鲁中理工大学->青州新材料研究院');
    expect(only(r, 'LOCATED_IN')).toContain('LOCATED_IN:青州新材料研究院->青州经济开发区');
  });
});

describe('a bare 县政府/市政府 stands for the county or city the article named', () => {
  it('reads 县政府 as the last county named, which then supports what it backs', () => {
    const r = run(
      '青禾中药材科技小院授牌仪式在安平县举行。\n' +
        '副县长王杰表示，县政府将全力支持青禾中药材科技小院的建设与发展。',
    );
    expect(only(r, 'SUPPORTS')).toContain('SUPPORTS:安平县->青禾中药材科技小院');
  });

  it('leaves a government word alone when a place name heads it', () => {
    const r = run('安平县与青州市合作。青州市政府将支持青禾中药材科技小院的建设。');
    expect(only(r, 'SUPPORTS')).not.toContain('SUPPORTS:安平县->青禾中药材科技小院');
  });
});

describe('schools listed after a unit named with its university (X大学科技孵化器、A学院…)', () => {
  it('ties each school of the list, and one heading a centre, to the university', () => {
    const r = run(
      '企业家代表走进闽北理工大学科技孵化器、机电学院、化工学院实验室和美术学院成果转化中心等地。',
    );
    const parts = only(r, 'PART_OF');
    expect(parts).toContain('PART_OF:机电学院->闽北理工大学');
    expect(parts).toContain('PART_OF:化工学院->闽北理工大学');
    expect(parts).toContain('PART_OF:美术学院->闽北理工大学');
  });
});

describe('学院 standing for a school named before acts as that school', () => {
  it('makes the school, not its university, the one that provides', () => {
    const r = run(
      '青禾科技小院授牌仪式在常德市鼎城区举行。本网讯（经济学院 王明）青禾科技小院由江淮农业大学' +
        '经济学院和常德青禾农业有限公司共建。\n学院将充分发挥学科优势，为鼎城区中药材产业的升级提供人才保障。',
    );
    expect(only(r, 'SUPPORTS')).toContain('SUPPORTS:经济学院->鼎城区');
    expect(only(r, 'SUPPORTS')).not.toContain('SUPPORTS:江淮农业大学->鼎城区');
  });
});

describe('contracts signed with each firm of a list (A与B、C分别签订…合同)', () => {
  it('ties the school to every firm of the list', () => {
    const r = run(
      '签约仪式上，鲁中理工大学与青州华宇化工有限公司、青州天和电子科技有限公司分别签订了技术转让合同。',
    );
    const t = only(r, 'TRANSFERS_TO');
    expect(t).toContain('TRANSFERS_TO:鲁中理工大学->青州华宇化工有限公司');
    expect(t).toContain('TRANSFERS_TO:鲁中理工大学->青州天和电子科技有限公司');
  });
});

describe('a contract to develop technology for a firm (技术开发合同)', () => {
  it('reads the school as supporting the firm', () => {
    const r = run('鲁中理工大学与青州华宇化工有限公司签订技术开发合同，为其研发新型催化剂。');
    expect(only(r, 'SUPPORTS')).toContain('SUPPORTS:鲁中理工大学->青州华宇化工有限公司');
  });
});

describe('experts engaged by a body (受聘为, 聘请X大学P教授, 颁发聘书)', () => {
  it('reads P受聘为/被聘为 B的顾问 as B introducing P', () => {
    for (const t of [
      '鲁中理工大学王明教授受聘为青州华宇化工有限公司首席专家。',
      '鲁中理工大学王明教授被聘为青州华宇化工有限公司技术顾问。',
    ])
      expect(only(run(t), 'FLEXIBLY_INTRODUCES')).toContain(
        'FLEXIBLY_INTRODUCES:青州华宇化工有限公司->王明',
      );
  });

  it('reads a hirer engaging an expert named with his school before his title', () => {
    const r = run('青州华宇化工有限公司聘请鲁中理工大学王明教授为企业发展顾问。');
    expect(only(r, 'FLEXIBLY_INTRODUCES')).toContain(
      'FLEXIBLY_INTRODUCES:青州华宇化工有限公司->王明',
    );
  });

  it('reads a body handing letters of appointment to experts as introducing them', () => {
    const r = run('会上，青州华宇化工有限公司为鲁中理工大学王明教授、李华研究员颁发了聘书。');
    const f = only(r, 'FLEXIBLY_INTRODUCES');
    expect(f).toContain('FLEXIBLY_INTRODUCES:青州华宇化工有限公司->王明');
  });

  it('does not read a school naming its own staff', () => {
    const r = run('鲁中理工大学王明教授受聘为鲁中理工大学特聘教授。');
    expect(only(r, 'FLEXIBLY_INTRODUCES')).toEqual([]);
  });
});

describe('依托A opening a sentence whose subject builds C (依托A，B成立了C)', () => {
  it('makes A a builder of C too', () => {
    const r = run('依托鲁中理工大学，青州华宇化工有限公司成立了青州新材料研究院。');
    const built = only(r, 'CO_BUILDS');
    expect(built).toContain('CO_BUILDS:鲁中理工大学->青州新材料研究院');
    expect(built).toContain('CO_BUILDS:青州华宇化工有限公司->青州新材料研究院');
  });

  it('leaves a sentence alone when 依托 does not open it', () => {
    const r = run('青州华宇化工有限公司成立了青州新材料研究院，依托鲁中理工大学开展研究。');
    expect(only(r, 'CO_BUILDS')).not.toContain('CO_BUILDS:鲁中理工大学->青州新材料研究院');
  });
});

describe('firms listed as a park’s tenants (X已入驻企业N家，包括A、B)', () => {
  it('places each listed firm in the park', () => {
    const r = run(
      '青州科技园已入驻企业50家，包括青州华宇化工有限公司、青州天和电子科技有限公司等。',
    );
    const loc = only(r, 'LOCATED_IN');
    expect(loc).toContain('LOCATED_IN:青州华宇化工有限公司->青州科技园');
    expect(loc).toContain('LOCATED_IN:青州天和电子科技有限公司->青州科技园');
  });
});

describe('support given to a place’s development (为Y赋能, 为Y建设贡献力量)', () => {
  it('reads the school as supporting the county', () => {
    for (const t of [
      '鲁中理工大学将通过成果转化、人才培养等方式，为青州市的产业升级加油赋能。',
      '鲁中理工大学将为青州市的高质量发展贡献智慧与力量。',
    ])
      expect(only(run(t), 'SUPPORTS')).toContain('SUPPORTS:鲁中理工大学->青州市');
  });
});

describe('a known county or city right after 为/向 is a place whatever verb follows', () => {
  it('finds the place and the tie the verb states', () => {
    expect(only(run('鲁中理工大学将为兰考县提供技术支撑。'), 'SUPPORTS')).toContain(
      'SUPPORTS:鲁中理工大学->兰考县',
    );
    expect(only(run('鲁中理工大学向青州市转让了三项技术成果。'), 'TRANSFERS_TO')).toContain(
      'TRANSFERS_TO:鲁中理工大学->青州市',
    );
  });
});

describe('a school’s experts at a place, and technical support under which a firm works', () => {
  it('reads X专家团队扎根Y as X supporting Y, not lying in it', () => {
    const r = run('鲁中理工大学专家团队长期扎根兰考县，为当地企业提供技术指导。');
    expect(only(r, 'LOCATED_IN')).not.toContain('LOCATED_IN:鲁中理工大学->兰考县');
    expect(only(r, 'SUPPORTS')).toContain('SUPPORTS:鲁中理工大学->兰考县');
  });

  it('reads 在X的技术支持下，Y… as X supporting Y', () => {
    const r = run('在鲁中理工大学的技术支持下，青州华宇化工有限公司成功研发出新产品。');
    expect(only(r, 'SUPPORTS')).toContain('SUPPORTS:鲁中理工大学->青州华宇化工有限公司');
  });
});

describe('隶属于 ends the name before it', () => {
  it('reads X隶属于Y as two names and a part', () => {
    const r = run('青州新材料研究院隶属于鲁中理工大学化工学院。');
    expect(only(r, 'PART_OF')).toContain('PART_OF:青州新材料研究院->鲁中理工大学化工学院');
  });
});

describe('experts introduced flexibly in a list, by a hirer opening the sentence', () => {
  it('ties the hirer to every expert of the list', () => {
    const r = run('青州市以柔性方式引进鲁中理工大学王明教授和齐东农业大学博士李华。');
    const f = only(r, 'FLEXIBLY_INTRODUCES');
    expect(f).toContain('FLEXIBLY_INTRODUCES:青州市->王明');
    expect(f).toContain('FLEXIBLY_INTRODUCES:青州市->李华');
  });

  it('reads 候鸟式聘用 as a flexible way of hiring', () => {
    const r = run('青州市通过“候鸟式”聘用方式，引进鲁中理工大学王明教授。');
    expect(only(r, 'FLEXIBLY_INTRODUCES')).toContain('FLEXIBLY_INTRODUCES:青州市->王明');
  });
});

describe('X作为Y的派出机构', () => {
  it('reads a unit sent out by its owner as a part of it', () => {
    const r = run('青州新材料研究院作为鲁中理工大学的派出机构，负责成果转化。');
    expect(only(r, 'PART_OF')).toContain('PART_OF:青州新材料研究院->鲁中理工大学');
  });
});

describe('a joint name whose party is written short (江农-青禾…中心)', () => {
  it('ties the one named body the short part stands inside to the joint name', () => {
    const r = run(
      '青州市与江淮农业大学签约 “江农-青禾农业科技研发中心”启动\n' +
        '10月20日，签约仪式暨“江农-青禾农业科技研发中心”启动仪式举行。黑龙江省青禾农业科技发展有限公司总经理李文出席。',
    );
    expect(only(r, 'CO_BUILDS')).toContain(
      'CO_BUILDS:黑龙江省青禾农业科技发展有限公司->江农-青禾农业科技研发中心',
    );
  });
});

describe('a level doubled by a title after a city name (X市市长)', () => {
  it('names no place made of the city’s last character and the level', () => {
    const r = run('五大连池市市长马勇、副市长王元武出席签约仪式。');
    expect(r.entities.map((e) => e.name)).not.toContain('池市市');
  });
});
