import { names, run } from '../support/zhExtract';

// Round 13: general rules for Chinese names on unseen text. Every sentence is invented (other
// names, other regions); each rule has near-misses where it must not fire.

describe('company names opened by a place over an unknown trade name', () => {
  it('keeps a joiner (和) inside a trade name of single characters', () => {
    const r = run('学校与湖南省禾和丰农业科技有限公司签订协议。');
    expect(names(r, 'Company')).toEqual(['湖南省禾和丰农业科技有限公司']);
    expect(names(r, 'District')).toEqual([]);
  });

  it('keeps a one-character stop word (都) inside an unknown trade name', () => {
    const r = run('近日，贵州六盘水凉都茶叶产业发展有限公司与青川大学签约。');
    expect(names(r, 'Company')).toEqual(['贵州六盘水凉都茶叶产业发展有限公司']);
  });

  it('reads a province and its city before the trade name as one opening', () => {
    const r = run('甘肃陇南宕昌羌藏中药材有限公司与青川大学签约。');
    expect(names(r, 'Company')).toEqual(['甘肃陇南宕昌羌藏中药材有限公司']);
  });

  it('does not join a province and a company listed with 和', () => {
    const r = run('四川省和成都华为技术有限公司签约。');
    expect(names(r, 'Company')).toEqual(['成都华为技术有限公司']);
  });

  it('does not join a body and a company listed with 和', () => {
    const r = run('学校与湖南省农科院和长沙隆平高科种业有限公司合作。');
    expect(names(r, 'Company')).toEqual(['长沙隆平高科种业有限公司']);
    expect(names(r, 'Institute')).toEqual(['湖南省农科院']);
  });
});

describe('experts named after their role', () => {
  it('reads a science-and-technology envoy named after the title', () => {
    const r = run('村民从青川农业大学科技特派员许光明手中接过种子。');
    expect(names(r, 'Person')).toEqual(['许光明']);
  });

  it('reads advisers named after their titles, the last one before a verb', () => {
    const r = run('县政府为乡村规划顾问陈志远、产业发展顾问周文斌颁发了聘书。');
    expect(names(r, 'Person')).toEqual(['陈志远', '周文斌']);
  });

  it('reads the last name of a list after a title when a verb follows it', () => {
    const r = run('市农科所同青川大学农学院青年研究员王立新、刘海成顺利签订聘用协议。');
    expect(names(r, 'Person')).toEqual(['王立新', '刘海成']);
  });

  it('reads a name holding a character that often follows names (李向东)', () => {
    const r = run('科技特派员李向东介绍情况。');
    expect(names(r, 'Person')).toEqual(['李向东']);
  });

  it('does not end a name in 向 before the one it speaks to (王明向记者)', () => {
    const r = run('教授王明向记者介绍情况。');
    expect(names(r, 'Person')).toEqual(['王明']);
  });

  it('does not run a name into the verb after it (王明 | 表示)', () => {
    const r = run('教授王明表示欢迎。');
    expect(names(r, 'Person')).toEqual(['王明']);
  });
});

describe('autonomous counties by their core', () => {
  it('reads X自治县 after 是', () => {
    const r = run('该公司是石柱自治县一家企业。');
    expect(names(r, 'District')).toEqual(['石柱自治县']);
  });

  it('reads an autonomous county with its people after its province', () => {
    const r = run('专家来到湖南省城步苗族自治县开展服务。');
    expect(names(r, 'District')).toContain('城步苗族自治县');
  });

  it('reads X自治县 after 的', () => {
    const r = run('教师被派驻到大山深处的三都自治县。');
    expect(names(r, 'District')).toEqual(['三都自治县']);
  });

  it('does not read an autonomous region body as a county', () => {
    const r = run('内蒙古自治区科技厅召开会议。');
    expect(names(r, 'District')).toEqual([]);
  });

  it('does not cut a county out of a longer word before 自治县', () => {
    const r = run('推进民族自治县建设。');
    expect(names(r, 'District')).toEqual([]);
  });
});

describe('towns named under their city or county', () => {
  it('reads a town that the article names again on its own', () => {
    const r = run('学校与广东省佛山市九江镇签署协议。九江镇是著名的工业重镇。');
    expect(names(r, 'District')).toContain('九江镇');
  });

  it('reads a town under a county that acts later (把X镇打造成…)', () => {
    const r = run('专家来到四川省宜宾市翠屏区李庄镇开展服务，将把李庄镇打造成示范基地。');
    expect(names(r, 'District')).toContain('李庄镇');
  });

  it('leaves a town named once in an address to its county (the site)', () => {
    const r = run('校区坐落在福建省晋江市金井镇。');
    expect(names(r, 'District')).not.toContain('金井镇');
  });

  it('does not read 城镇化 or 乡镇企业 after a city as a town', () => {
    const r = run('推进东莞市城镇化建设，东莞市城镇化水平高。湖州市乡镇企业多，湖州市乡镇企业强。');
    expect(names(r, 'District').filter((n) => /[镇乡]$/.test(n))).toEqual([]);
  });
});

describe('a school’s institute named by a province and its city in brackets', () => {
  it('keeps the school, the province and the bracketed city in one name', () => {
    const r = run('双方共同建设浙江大学山东（临沂）现代农业研究院。');
    expect(names(r, 'Institute')).toEqual(['浙江大学山东（临沂）现代农业研究院']);
  });

  it('works for a province written without its level before a district', () => {
    const r = run('区政府与北京理工大学重庆（璧山）创新研究院签约。');
    expect(names(r, 'Institute')).toEqual(['北京理工大学重庆（璧山）创新研究院']);
  });

  it('still starts a name at the province when no school stands before it', () => {
    const r = run('学校与四川（宜宾）智能制造研究院合作。');
    expect(names(r, 'Institute')).toEqual(['四川（宜宾）智能制造研究院']);
  });

  it('does not pull a school listed before with 与 into the name', () => {
    const r = run('学校与浙江大学、山东（临沂）现代农业研究院合作。');
    expect(names(r, 'Institute')).toEqual(['山东（临沂）现代农业研究院']);
  });
});

describe('generic teams, platforms and kinds of platform', () => {
  it('reads no team in a joint tackling team named by its task only', () => {
    const r = run('企业工程师与高校教授组成“3+1”联合攻关团队。');
    expect(names(r, 'ResearchTeam')).toEqual([]);
  });

  it('reads no team in a breeding team named by its activity only', () => {
    const r = run('公司协助学校育种团队开展新品种孵化。');
    expect(names(r, 'ResearchTeam')).toEqual([]);
  });

  it('keeps a team named by its crop and its activity', () => {
    const r = run('学校组建了油菜品种选育创新团队。');
    expect(names(r, 'ResearchTeam')).toEqual(['油菜品种选育创新团队']);
  });

  it('reads no base named only by development words (…的发展创新基地)', () => {
    const r = run('该园区将成为新材料产业的发展创新基地。');
    expect(names(r, 'Lab')).toEqual([]);
  });

  it('reads no lab in a discipline listed with a kind of lab (学科和国家重点实验室)', () => {
    const r = run('团队依托学校植物学科和国家重点实验室的平台优势开展研究。');
    expect(names(r, 'Lab')).toEqual([]);
  });

  it('keeps a key lab whose joined fields both have words of their own', () => {
    const r = run('依托水资源与水电工程科学国家重点实验室开展研究。');
    expect(names(r, 'Lab')).toEqual(['水资源与水电工程科学国家重点实验室']);
  });
});

describe('a city naming a news outlet', () => {
  it('reads no place in a city evening paper named as the source', () => {
    const r = run('据宁波晚报报道，青川大学在当地设立研究院。');
    expect(names(r, 'District')).toEqual([]);
  });

  it('still reads the city where the story acts on it', () => {
    const r = run('据宁波晚报报道，青川大学与宁波市签约。');
    expect(names(r, 'District')).toEqual(['宁波市']);
  });
});

describe('descriptions after 一家, bureaus with joined fields, academies (书院)', () => {
  it('reads no company in a description after 一家…的', () => {
    const r = run('该公司是石柱县一家新成立的茶叶食品开发公司。');
    expect(names(r, 'Company')).toEqual([]);
  });

  it('reads no company after 一家 without a name of its own', () => {
    const r = run('他在县城创办了一家农业公司。');
    expect(names(r, 'Company')).toEqual([]);
  });

  it('keeps a company named with its legal form after 一家', () => {
    const r = run('他创办了一家青川禾丰农业科技有限公司。');
    expect(names(r, 'Company')).toEqual(['青川禾丰农业科技有限公司']);
  });

  it('reads a county bureau named by two joined fields and ends it before 与', () => {
    const r = run('乐平县自然资源和规划局与青川大学建筑工程学院签订协议。');
    expect(names(r, 'Other')).toEqual(['乐平县自然资源和规划局']);
    expect(names(r, 'University')).toContain('青川大学建筑工程学院');
    expect(names(r, 'University')).not.toContain('规划局与青川大学建筑工程学院');
  });

  it('reads a traditional academy (书院) as a body', () => {
    const r = run('人文学院已与武夷山朱子书院共建了教学实习基地。');
    expect(names(r, 'Other')).toEqual(['武夷山朱子书院']);
  });

  it('reads no academy in 书院制 (a kind of schooling)', () => {
    const r = run('学院依托书院制育人模式。');
    expect(names(r, 'Other')).toEqual([]);
  });
});

describe('a school before 派驻/派出 (to send)', () => {
  it('reads the school when 派 opens the verb after it', () => {
    const r = run('他们是青川理工学院派驻队伍中人数最多的一支。');
    expect(names(r, 'University')).toEqual(['青川理工学院']);
    expect(names(r, 'District')).toEqual([]);
  });

  it('reads no school in 学院派 (an academic style)', () => {
    const r = run('他的画风属于学院派。');
    expect(names(r, 'University')).toEqual([]);
  });
});

describe('a name before 等 and a count of firms', () => {
  it('reads a brand before 等50家…的企业 as a company', () => {
    const r = run('大会精准筛选出华光高科等50家有技术需求的企业。');
    expect(names(r, 'Company')).toEqual(['华光高科']);
  });

  it('reads no organisation before 等20个…领域 (fields)', () => {
    const r = run('双方在新材料等20个重点领域开展合作。');
    expect(names(r)).toEqual([]);
  });
});
