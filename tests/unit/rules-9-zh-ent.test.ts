import { names, run } from '../support/zhExtract';

/** Every surface form (name and aliases) of the entities of one type. */
function forms(r: ReturnType<typeof run>, type: string): string[][] {
  return r.entities.filter((e) => e.type === type).map((e) => e.aliases);
}

describe('set phrases and idioms end a name', () => {
  it('starts a university after 十分关心 (a set phrase opening with an adverb)', () => {
    const r = run('王明十分关心青川大学的学科建设。');
    expect(names(r, 'University')).toEqual(['青川大学']);
  });

  it('keeps a field set phrase (热带作物) inside an institute name', () => {
    const r = run('福建省热带作物研究所与青川大学签署合作协议。');
    expect(names(r, 'Institute')).toContain('福建省热带作物研究所');
  });
});

describe('bare counties', () => {
  it('does not read an everyday word (资源) as a county in a field list', () => {
    const r = run('研究院在生物与医药、资源与环境、农业等专业招收研究生。');
    expect(names(r, 'District')).toEqual([]);
  });

  it('reads counties listed after a county (黎平、榕江、锦屏等地)', () => {
    const r = run('选派20名专家到黎平、榕江、锦屏等地开展科技服务。');
    expect(names(r, 'District')).toEqual(expect.arrayContaining(['榕江县', '锦屏县']));
  });

  it('does not read a list item as a county when no place comes before the list mark', () => {
    const r = run('围绕材料、榕江等关键词检索文献。');
    expect(names(r, 'District')).not.toContain('榕江县');
  });
});

describe('autonomous prefectures by their short name', () => {
  it('reads 湘西州 as a district acting as a party', () => {
    const r = run('湘西州与青川大学签署科技合作协议。');
    expect(names(r, 'District')).toContain('湘西州');
  });

  it('leaves the prefecture inside a longer body name to that body', () => {
    const r = run('湘西州科技局组织专家开展调研。');
    expect(names(r, 'District')).not.toContain('湘西州');
    expect(names(r, 'Other')).toContain('湘西州科技局');
  });
});

describe('platform and body suffixes', () => {
  it('reads a quoted 转化基地 and a 援疆工作队 as named', () => {
    const r = run('浙江省援疆工作队与青岚县共建“青岚县科技成果转化基地”。');
    expect(names(r, 'Lab')).toContain('青岚县科技成果转化基地');
    expect(names(r, 'Other')).toContain('浙江省援疆工作队');
  });

  it('reads a named 种质资源库 but not the bare word', () => {
    expect(names(run('样品被华东野生植物种质资源库收录。'), 'Lab')).toContain(
      '华东野生植物种质资源库',
    );
    expect(names(run('该县计划建设种质资源库。'), 'Lab')).toEqual([]);
  });

  it('keeps a province and 高校 opening a platform name (江西高校科技成果转化中心)', () => {
    const r = run('青岚县与江西高校科技成果转化中心共同建成孵化平台。');
    expect(names(r, 'Lab')).toContain('江西高校科技成果转化中心');
  });

  it('does not make 高校 a name head where no platform follows', () => {
    const r = run('推动江西高校与青岚县企业联合申报项目。');
    expect(r.entities.filter((e) => e.name.includes('高校'))).toEqual([]);
  });
});

describe('generic words that name nothing', () => {
  it('does not read 工作区 in a list of rooms as a district', () => {
    const r = run('中心设有实验区、学习区、工作区和交流区四个功能区。');
    expect(names(r, 'District')).toEqual([]);
  });

  it('does not read a kind of school (应用型大学) as a university', () => {
    const r = run('学校正朝着建设应用型大学、研究型大学的目标迈进。');
    expect(names(r, 'University')).toEqual([]);
  });

  it('does not read 地方政府 after a verb as a government', () => {
    const r = run('园区探索有利于调动地方政府和学校积极性的管理体制。');
    expect(names(r, 'Other')).toEqual([]);
  });

  it('still reads a government named by its place', () => {
    const r = run('青岚县人民政府与青川大学签约。');
    expect(names(r, 'Other')).toContain('青岚县人民政府');
  });

  it('does not make a verb (牵线) part of a partner name', () => {
    const r = run('牵线青科大与云杉公司共建核桃研究院。');
    expect(names(r)).not.toContain('牵线青科大');
  });
});

describe('name boundaries', () => {
  it('keeps 经开区 whole before 管委会 (jieba splits it into 经 | 开 | 区)', () => {
    const r = run('校长感谢经开区管委会对学校发展的支持。');
    expect(names(r, 'Other')).toContain('经开区管委会');
    expect(names(r, 'Other')).not.toContain('开区管委会');
  });

  it('keeps a letter-and-digit code (G60) inside an institute name', () => {
    const r = run('青川学院与松林区共建青川学院G60科创走廊研究院。');
    expect(names(r, 'Institute')).toContain('青川学院G60科创走廊研究院');
  });

  it('starts a listed company with 和 right after a list mark (、和远…有限公司)', () => {
    const r = run('青川大学与云杉化工有限公司、和远新材料有限公司签订合作协议。');
    expect(names(r, 'Company')).toEqual(
      expect.arrayContaining(['云杉化工有限公司', '和远新材料有限公司']),
    );
  });

  it('still splits two names joined by 和', () => {
    const r = run('青川大学和云杉化工有限公司签订合作协议。');
    expect(names(r, 'Company')).toEqual(['云杉化工有限公司']);
  });

  it('reads a joint platform of a city and a school across the dash', () => {
    const r = run('双方共建松林市-青川大学新能源与智能装备产业孵化基地。');
    expect(names(r, 'Lab')).toContain('松林市-青川大学新能源与智能装备产业孵化基地');
  });

  it('does not put the city in front of the school itself', () => {
    const r = run('松林市-青川大学合作交流会在松林召开。');
    expect(names(r, 'University')).not.toContain('松林市-青川大学');
  });
});

describe('short forms of the same name', () => {
  it('merges a zone named with 经开区 and with 国家…经济技术开发区', () => {
    const r = run('国家青岚经济技术开发区与青川大学签约。青岚经开区将提供场地。');
    const zone = forms(r, 'District').find((f) => f.includes('青岚经开区'));
    expect(zone).toContain('国家青岚经济技术开发区');
  });

  it('keeps the city of a zone named with its city and a bare zone word', () => {
    const r = run('青川学院与湖州市经济技术开发区签约。湖州经济技术开发区将提供场地。');
    const zone = forms(r, 'District').find((f) => f.includes('湖州市经济技术开发区'));
    expect(zone).toContain('湖州经济技术开发区');
    expect(names(r, 'District')).not.toContain('经济技术开发区');
  });

  it('does not merge zones of two places', () => {
    const r = run('松林经开区与青岚经济技术开发区签约。');
    expect(r.entities.filter((e) => e.type === 'District').length).toBe(2);
  });

  it('merges a school named again without its city', () => {
    const r = run('南昌市青岚技工学校与青川大学签约。青岚技工学校将派出教师。');
    expect(forms(r, 'University').find((f) => f.includes('青岚技工学校'))).toContain(
      '南昌市青岚技工学校',
    );
  });

  it('merges an academy abbreviated after its province (江西省农科院)', () => {
    const r = run('江西省农业科学院与青岚县签约。江西省农科院将派出专家。');
    expect(forms(r, 'Institute').find((f) => f.includes('江西省农科院'))).toContain(
      '江西省农业科学院',
    );
  });

  it('does not merge academies of two provinces', () => {
    const r = run('江西省农业科学院与湖南省农科院签约。');
    expect(names(r, 'Institute').length).toBe(2);
  });
});

describe('brands and short partner names', () => {
  it('does not read a hall (能源馆) or industries listed before 等主导产业 as companies', () => {
    const r = run(
      '代表团参观了青岚能源馆，并将聚焦煤炭、煤电煤化工、硅基新材料等主导产业开展攻关。',
    );
    expect(names(r, 'Company')).toEqual([]);
  });

  it('still reads brands listed before 等…项目 as companies', () => {
    const r = run('本次签约既有研发机构项目，也有岚峰科技等产业项目。');
    expect(names(r, 'Company')).toContain('岚峰科技');
  });

  it('reads a brand after 推动 that builds with a partner (推动岚峰药业与…共建)', () => {
    const r = run('推动岚峰药业与青川大学共建中药研发中试基地。');
    expect(names(r, 'Company')).toContain('岚峰药业');
  });

  it('reads a short second partner between 与 and the joint act', () => {
    const r = run('青川大学微生物研究所与和丰云杉共建菌种繁育基地。');
    expect(names(r, 'Company')).toContain('和丰云杉');
  });

  it('types a school short form (青科大, 岚中医) as a university', () => {
    const r1 = run('牵线青科大与云杉公司共建核桃研究院。');
    expect(names(r1, 'University')).toContain('青科大');
    const r2 = run('云杉药业有限公司与岚中医共建制剂中心。');
    expect(names(r2, 'University')).toContain('岚中医');
  });

  it('does not take a generic or suffixed phrase as a second partner', () => {
    const r = run('青川大学与多家企业共建平台。青岚开发区与中试基地联合制定规则。');
    expect(names(r, 'Company')).toEqual([]);
  });

  it('does not take the tail of a longer name after a verb as a partner', () => {
    const r = run('“青岚新区筹建指挥部与青川大学签署共建协议。');
    expect(names(r, 'Company')).toEqual([]);
  });
});

describe('platform names', () => {
  it('reads a provincial department named by its bare level (省科技厅)', () => {
    expect(names(run('该基地获得省科技厅批复建设。'), 'Other')).toContain('省科技厅');
  });

  it('still reads no city bureau by its bare level (市科技局)', () => {
    expect(names(run('该基地获得市科技局批复建设。'), 'Other')).toEqual([]);
  });

  it('keeps 研发 and 及 inside a pilot base name', () => {
    const r = run('推动双方共建省级中药制剂及新药研发中试基地。');
    expect(names(r, 'Lab')).toContain('省级中药制剂及新药研发中试基地');
  });

  it('reads an innovation consortium as a body, not a lab', () => {
    const r = run('联动7所高校与21家企业，成功组建岚药产业创新联合体。');
    expect(names(r, 'Other')).toContain('岚药产业创新联合体');
    expect(names(r, 'Lab')).toEqual([]);
  });

  it('reads a quoted platform after a build verb', () => {
    const r = run('青川大学与和丰公司共建“菌菇良种繁育平台”。');
    expect(names(r, 'Lab')).toContain('菌菇良种繁育平台');
  });

  it('does not read a quoted generic platform or a quote without a build verb', () => {
    expect(names(run('双方共建“科技创新平台”。'), 'Lab')).toEqual([]);
    expect(names(run('他们提出“菌菇良种繁育平台”的设想。'), 'Lab')).toEqual([]);
  });

  it('reads a platform name glossing a word in brackets', () => {
    const r = run('青川大学与盛岚公司共建坚果类作物（板栗）全程机械化科研基地。');
    expect(names(r, 'Lab')).toContain('坚果类作物（板栗）全程机械化科研基地');
  });

  it('does not carry a name over a note in brackets (（筹）)', () => {
    const r = run('青岚县成立科技服务中心（筹）创新基地。');
    expect(names(r, 'Lab').some((n) => n.includes('（筹）'))).toBe(false);
  });
});

describe('more suffixes and cues', () => {
  it('reads an aid team (援疆工作队) as a body', () => {
    const r = run('王明是江苏省援疆工作队引进的专家。');
    expect(names(r, 'Other')).toContain('江苏省援疆工作队');
  });

  it('types items listed before 等…央企 as companies', () => {
    const r = run('青川大学已与云杉集团、岚峰电网等20余家头部央企签订协议。');
    expect(names(r, 'Company')).toContain('岚峰电网');
  });

  it('reads a name followed by a date (基地4日建成) and by 所属', () => {
    const r = run('青岚化工新材料中试基地4日正式建成。云杉科技大学联盟所属8所高校参加。');
    expect(names(r, 'Lab')).toContain('青岚化工新材料中试基地');
    expect(names(r, 'Other')).toContain('云杉科技大学联盟');
  });

  it('still treats a count after a name as a count (研究院50余家)', () => {
    expect(names(run('全市已建成新型研究院50余家。'), 'Institute')).toEqual([]);
  });

  it('reads a university short form after an ASCII comma', () => {
    const r = run('四川大学与青岚县签约。其中,川大与云杉公司合作申报项目。');
    const uni = r.entities.find((e) => e.name === '四川大学');
    expect(uni?.mentions.length).toBe(2);
  });

  it('reads a 科创城 as a zone', () => {
    const r = run('双方共同为云杉青岚科创城揭牌。');
    expect(names(r, 'District')).toContain('云杉青岚科创城');
  });

  it('reads a demonstration zone named by its place, not one named by its kind', () => {
    expect(names(run('长三角绿色一体化发展示范区举行发布会。'), 'District')).toContain(
      '长三角绿色一体化发展示范区',
    );
    expect(names(run('该市获批资源型城市产业转型升级示范区。'), 'District')).toEqual([]);
  });

  it('does not read qualities joined by 和 as a platform name', () => {
    expect(names(run('通过搭建共性技术和专业功能性中试平台解决难题。'), 'Lab')).toEqual([]);
  });

  it('keeps 登记 inside a bureau name', () => {
    const r = run('产研院在青岚县事业单位登记管理局办理注册登记。');
    expect(names(r, 'Other')).toContain('青岚县事业单位登记管理局');
  });
});

describe('autonomous regions and university short forms', () => {
  it('reads an autonomous region by its full name and merges its short name', () => {
    const r = run('新疆维吾尔自治区与青川大学签约。青川大学将服务新疆，与新疆共建研究院。');
    const region = forms(r, 'District').find((f) => f.includes('新疆维吾尔自治区'));
    expect(region).toBeDefined();
    expect(r.entities.filter((e) => e.type === 'District').length).toBe(1);
  });

  it('reads 西工大, 北师大, 西南交大 and 川农大 as the universities named in full', () => {
    const r = run(
      '西北工业大学、北京师范大学、西南交通大学和四川农业大学与青岚县签约。西工大、北师大、西南交大与川农大将派出专家。',
    );
    const pairs: ReadonlyArray<readonly [string, string]> = [
      ['西北工业大学', '西工大'],
      ['北京师范大学', '北师大'],
      ['西南交通大学', '西南交大'],
      ['四川农业大学', '川农大'],
    ];
    for (const [full, short] of pairs)
      expect(forms(r, 'University').find((f) => f.includes(full))).toContain(short);
  });

  it('does not read a short form inside a longer word or without its full name', () => {
    const r = run('西北工业大学与青岚县签约。西工大楼今年竣工。');
    expect(forms(r, 'University').find((f) => f.includes('西北工业大学'))).not.toContain('西工大');
    expect(names(run('西工大与青岚县签约。'), 'University')).not.toContain('西北工业大学');
  });

  it('keeps 高校 inside an alliance name', () => {
    expect(names(run('京津冀蒙高校联盟与青川大学签约。'), 'Other')).toContain('京津冀蒙高校联盟');
  });
});

describe('field lists, region pairs and processing words', () => {
  it('does not read items before 等方面 as companies', () => {
    const r = run('希望借助与青川大学的合作，在新材料等方面破解企业发展遇到的瓶颈。');
    expect(names(r, 'Company')).toEqual([]);
  });

  it('still reads items before 等…企业 as companies', () => {
    const r = run('云杉机电、岚峰实业等企业参加了对接会。');
    expect(names(r, 'Company')).toEqual(expect.arrayContaining(['云杉机电', '岚峰实业']));
  });

  it('does not read a pair of province short names (沪滇, 川渝) before 科技 as a company', () => {
    const r = run('2025沪滇科技合作交流活动在玉溪举行。川渝科技合作不断深化。');
    expect(names(r, 'Company')).toEqual([]);
  });

  it('keeps processing words (发酵) inside a centre name and stops at 获批', () => {
    const r = run('青岚公司获批宁夏枸杞生物发酵与制粉工程技术研究中心。');
    expect(names(r, 'Lab')).toContain('宁夏枸杞生物发酵与制粉工程技术研究中心');
  });
});

describe('university short forms by province short name', () => {
  it('reads 湘农大 and 湖南农大 (before 校长 and 合作) as 湖南农业大学', () => {
    const r = run('湖南农业大学与怀化市签约。湘农大校长出席。专家表示，将与湖南农大合作攻关。');
    const uni = forms(r, 'University').find((f) => f.includes('湖南农业大学'));
    expect(uni).toEqual(expect.arrayContaining(['湘农大', '湖南农大']));
    expect(names(r, 'District')).not.toContain('湖南省');
  });

  it('does not read a three-character short form before a place word (湘农大路)', () => {
    const r = run('湖南农业大学与怀化市签约。活动在湘农大路举行。');
    expect(forms(r, 'University').find((f) => f.includes('湖南农业大学'))).not.toContain('湘农大');
  });
});

describe('direction words, region bodies and 研发 in company names', () => {
  it('keeps a direction word (北方, 南方) opening a university name', () => {
    const r = run('北方民族大学与南方科技大学签约。');
    expect(names(r, 'University')).toEqual(
      expect.arrayContaining(['北方民族大学', '南方科技大学']),
    );
  });

  it('merges 自治区科技厅 with the region department named in full', () => {
    const r = run('宁夏回族自治区科技厅与青川大学签约。自治区科技厅负责人表示支持。');
    expect(names(r, 'Other')).toEqual(['宁夏回族自治区科技厅']);
  });

  it('keeps 研发 inside a company name', () => {
    const r = run('青岚云杉智能技术研发有限公司与青川大学签约。');
    expect(names(r, 'Company')).toContain('青岚云杉智能技术研发有限公司');
  });

  it('still ends a name at 研发 used as a verb before a company', () => {
    const r = run('双方共同研发公司新产品。');
    expect(names(r, 'Company')).toEqual([]);
  });
});

describe('academies of autonomous regions', () => {
  it('merges 广西农科院 with 广西壮族自治区农业科学院', () => {
    const r = run('广西壮族自治区农业科学院与百色市签约。广西农科院院长表示支持。');
    expect(names(r, 'Institute')).toEqual(['广西壮族自治区农业科学院']);
  });

  it('does not merge the academy of another region', () => {
    const r = run('广西壮族自治区农业科学院与宁夏农科院签约。');
    expect(names(r, 'Institute').length).toBe(2);
  });
});

describe('two-character university short forms', () => {
  it('reads 江大 for 江苏大学 and 川大 for 四川大学', () => {
    const r = run('江苏大学、四川大学与青岚县签约。江大将选派教授，川大共建实验室。');
    expect(forms(r, 'University').find((f) => f.includes('江苏大学'))).toContain('江大');
    expect(forms(r, 'University').find((f) => f.includes('四川大学'))).toContain('川大');
  });

  it('leaves a short form two named universities share (江大: 江苏大学, 江南大学)', () => {
    const r = run('江苏大学、江南大学与青岚县签约。江大将选派教授。');
    for (const f of forms(r, 'University')) expect(f).not.toContain('江大');
  });
});

describe('company groups', () => {
  it('keeps a group apart from a firm whose name opens with the group word', () => {
    const r = run('四川云杉玉柴发动机股份有限公司参加签约。东坡区将与云杉集团共同设立基金。');
    expect(names(r, 'Company')).toEqual(
      expect.arrayContaining(['四川云杉玉柴发动机股份有限公司', '云杉集团']),
    );
  });

  it('still merges a firm named by the start of its name (云杉玉柴)', () => {
    const r = run('四川云杉玉柴发动机股份有限公司参加签约。云杉玉柴将投入资金。');
    expect(names(r, 'Company')).toEqual(['四川云杉玉柴发动机股份有限公司']);
  });
});

describe('banners of Inner Mongolia', () => {
  it('reads a banner (准格尔旗) as a district', () => {
    const r = run('内蒙古工业大学在准格尔旗共建煤基新材料中试基地。');
    expect(names(r, 'District')).toContain('准格尔旗');
  });

  it('does not read a flag word (红旗, 国旗) as a banner', () => {
    expect(names(run('青川大学在红旗下举行升国旗仪式。'), 'District')).toEqual([]);
  });
});

describe('autonomous counties', () => {
  it('reads an autonomous county by its full name and merges its short form', () => {
    const r = run('贵州大学与三都水族自治县签署协议，在三都县共建水族文化研究中心。');
    expect(forms(r, 'District').find((f) => f.includes('三都水族自治县'))).toContain('三都县');
  });

  it('does not merge another county into it', () => {
    const r = run('贵州大学与三都水族自治县、荔波县签署协议。');
    expect(names(r, 'District')).toEqual(expect.arrayContaining(['三都水族自治县', '荔波县']));
  });
});

describe('slogans and generic quoted platforms', () => {
  it('does not read slogans (科教兴市, 人才强县) as places', () => {
    const r = run('会议强调，要坚持生态立市、科教兴市、人才强县。');
    expect(names(r, 'District')).toEqual([]);
  });

  it('does not read a quoted platform of generic words as a lab', () => {
    const r = run(
      '各地要与龙头企业共同打造“产学研用一体化平台”。学校与地方共建“乡村振兴示范基地”。',
    );
    expect(names(r, 'Lab')).toEqual([]);
  });
});

describe('governments by a bare level', () => {
  it('does not read 州政府 or 自治区政府 as a named government', () => {
    expect(names(run('州政府与青川大学签约。自治区政府表示支持。'), 'Other')).toEqual([]);
  });

  it('still reads a government named by its place', () => {
    expect(names(run('潜江市政府与青川大学签约。'), 'Other')).toContain('潜江市政府');
  });
});

describe('the place inside a government name', () => {
  it('keeps 松山市 as a district inside 松山市人民政府', () => {
    const r = run('松山市人民政府与青川大学签署合作协议。');
    expect(names(r, 'District')).toContain('松山市');
    expect(names(r, 'Other')).toContain('松山市人民政府');
  });

  it('does not read a place out of a body that is not a government (松山市科学技术协会)', () => {
    const r = run('松山市科学技术协会与青川大学签署合作协议。');
    expect(names(r, 'District')).not.toContain('松山市');
  });
});
