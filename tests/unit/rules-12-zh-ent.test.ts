import { names, rels, run } from '../support/zhExtract';

describe('bodies named by a new ending', () => {
  it('reads a provincial bureau named by its level only (省林业局)', () => {
    const r = run('省林业局一级巡视员王平出席仪式。');
    expect(names(r, 'Other')).toEqual(['省林业局']);
  });

  it('reads no body in a city bureau named by its level only (市林业局)', () => {
    expect(names(run('市林业局也派人参加。'), 'Other')).toEqual([]);
  });

  it('reads an alumni branch as one body, and a side venue as none', () => {
    const r = run('青川大学校友总会江西分会参与签约。分会场设在云杉市。');
    expect(names(r, 'Other')).toEqual(['青川大学校友总会江西分会']);
  });

  it('reads a productivity centre as a body', () => {
    const r = run('学校与甘肃生产力促进中心开展对接。');
    expect(names(r, 'Other')).toEqual(['甘肃生产力促进中心']);
  });
});

describe('a place’s committee and government together', () => {
  it('stands for the county itself (X县委县政府 → X县)', () => {
    const r = run('青阳县委县政府将全力支持云杉研究院的建设。');
    expect(names(r, 'District')).toEqual(['青阳县']);
    expect(names(r, 'Other')).toEqual([]);
    expect(rels(r)).toContain('SUPPORTS:青阳县->云杉研究院');
  });

  it('stands for the province too (X省委省政府)', () => {
    expect(names(run('会上，湖北省委省政府作出部署。'), 'District')).toEqual(['湖北省']);
  });
});

describe('zones and platforms with other endings', () => {
  it('reads a comprehensive pilot zone named by a joined short place (X自主创新综合试验区)', () => {
    const r = run('随着青岚自主创新综合试验区建设的推进，各方加强合作。');
    expect(names(r, 'District')).toEqual(['青岚自主创新综合试验区']);
  });

  it('reads an industrial area only under a city (榆林X工业区), not a kind (老工业区)', () => {
    expect(names(run('学校与榆林锦川工业区签约。'), 'District')).toContain('榆林锦川工业区');
    expect(names(run('这里曾是一片老工业区。'), 'District')).toEqual([]);
  });

  it('reads a national agricultural high-tech zone (X国家农高区)', () => {
    const r = run('项目落户于青岚国家农高区。');
    expect(names(r, 'District')).toEqual(['青岚国家农高区']);
  });

  it('reads an industry–university base with its place in brackets', () => {
    const r = run('云杉大学产学研基地（泰安）签约仪式举行。');
    expect(names(r, 'Lab')).toEqual(['云杉大学产学研基地（泰安）']);
  });

  it('reads no name in a kind of station (教学基地研究生工作站)', () => {
    expect(names(run('双方举行实践教学基地研究生工作站揭牌仪式。'), 'Lab')).toEqual([]);
  });

  it('reads no university in a manner word (开放式大学)', () => {
    expect(names(run('它是一所开放式大学。'), 'University')).toEqual([]);
  });
});

describe('persons in lists', () => {
  it('reads both names before 等 and a title (甲、乙等博士团队)', () => {
    const r = run('2023年，学院与锦川精铸共建中心，王志聃、赵超等博士团队攻克难题。');
    expect(names(r, 'Person').sort()).toEqual(['王志聃', '赵超'].sort());
    expect(names(r, 'Company')).not.toContain('王志聃');
  });
});

describe('places in lists and after cities', () => {
  it('reads listed cities with a count as places, not firms (甲、乙、丙三地的企业)', () => {
    const r = run('学院联合九江、赣州、吉安三地的骨干企业共建中心。');
    expect(names(r, 'Company')).toEqual([]);
    expect(names(r, 'District').sort()).toEqual(['九江市', '吉安市', '赣州市'].sort());
  });

  it('reads a county core right after its city (城市+县名)', () => {
    const r = run('赣州瑞金的装备制造产业发展很快。');
    expect(names(r, 'District')).toContain('瑞金市');
  });

  it('reads no county in an everyday word after a city (洛阳合作的项目)', () => {
    const r = run('与洛阳合作的项目进展顺利。');
    expect(names(r, 'District')).toEqual(['洛阳市']);
  });

  it('reads no county in an adjective before a noun (深圳新兴产业)', () => {
    expect(names(run('深圳新兴产业发展迅速。'), 'District')).toEqual(['深圳市']);
  });
});

describe('partners named with their place', () => {
  it('reads a firm opening with its county (与X县名+商号共建)', () => {
    const r = run('青川职业技术学院与瑞金东方机械铸造共建铸造工程技术中心。');
    expect(names(r, 'Company')).toEqual(['瑞金东方机械铸造']);
  });

  it('reads no firm in a place and generic words (与南通产业能级共同提升)', () => {
    const r = run('推动青岚电气集团与南通产业能级共同提升。');
    expect(names(r, 'Company')).toEqual(['青岚电气集团']);
  });

  it('reads no firm in a street (与X区X街道共建)', () => {
    const r = run('云杉大学与江岸区鼓楼街道共建实践基地。');
    expect(names(r, 'Company')).toEqual([]);
  });
});

describe('a shorter unit named before a longer one', () => {
  it('keeps two units apart when the shorter comes first in the body', () => {
    const r = run(
      '标题\n2023年2月，学院与甲企业共建精密铸造工程技术中心。2023年7月，学院与乙企业共建不锈钢精密铸造工程技术中心。',
    );
    expect(names(r, 'Lab').sort()).toEqual(
      ['不锈钢精密铸造工程技术中心', '精密铸造工程技术中心'].sort(),
    );
  });
});

describe('long unit names read whole', () => {
  it('reads a platform’s regional branch (X中心 + 省 + 中心)', () => {
    const r = run('双方共建云杉大学国家技术转移中心江西中心；合作随即展开。');
    expect(names(r, 'Lab')).toEqual(['云杉大学国家技术转移中心江西中心']);
  });

  it('reads no branch in 中心城区 after a platform', () => {
    const r = run('云杉大学技术转移中心江西中心城区分布广。');
    expect(names(r, 'Lab')).not.toContain('云杉大学技术转移中心江西中心');
  });

  it('reads a joint name after a double dash whose brand jieba takes for a verb (——砥石…)', () => {
    const r = run('双方成立青川大学——砥石先进纤维材料联合研究中心，合作随即展开。');
    expect(names(r, 'Lab')).toEqual(['青川大学——砥石先进纤维材料联合研究中心']);
  });

  it('reads a firm named by a factory number (X三五一三实业有限公司)', () => {
    const r = run('学校与青岚区人民政府、际远三五一三实业有限公司开展对接。');
    expect(names(r, 'Company')).toEqual(['际远三五一三实业有限公司']);
  });

  it('reads a zone named by a county core that is also a verb (新建经开区)', () => {
    expect(names(run('签约在南昌市新建经开区举行。'), 'District')).toContain('新建经开区');
  });

  it('reads a new campus under the school’s short and full names as one campus', () => {
    const r = run(
      '溧阳区与南京林业大学签约，双方将共建南林大新校区。南京林业大学新校区占地1000亩。',
    );
    const campus = r.entities.filter((e) => e.name.endsWith('校区'));
    expect(campus.map((e) => e.name)).toEqual(['南京林业大学新校区']);
    expect(campus[0]?.aliases).toContain('南林大新校区');
  });

  it('reads no university in a quoted phrase with 的 (“没有围墙的大学”)', () => {
    expect(names(run('建设首个“没有围墙的大学”。'), 'University')).toEqual([]);
  });

  it('reads the school alone when a phrase stands before it (湖南科技创新X大学专场)', () => {
    const r = run('江西科技创新云杉大学专场对接会举行。云杉大学与多家企业签约。');
    expect(names(r, 'University')).toEqual(['云杉大学']);
  });

  it('keeps a school named by its province and city (山西大同大学)', () => {
    const r = run('山西大同大学与大同大学附属中学合作。');
    expect(names(r, 'University')).toContain('山西大同大学');
  });
});

describe('short forms of schools and academies', () => {
  it('reads a province and a field short form as a school (X农大将…)', () => {
    const r = run('他强调，河南农大将通过科技创新服务青岚县。');
    expect(names(r, 'University')).toEqual(['河南农大']);
  });

  it('reads no school in a word that runs on (扩大师大楼)', () => {
    expect(names(run('学校扩大师大楼的面积。'), 'University')).toEqual([]);
  });

  it('reads the academy’s short name standing in a list (、中科院还…)', () => {
    const r = run('青岚工业大学、中科院还在青岚市建立了技术转移中心。');
    expect(names(r, 'Institute')).toEqual(['中国科学院']);
  });
});

describe('lines a page wrapped inside a sentence', () => {
  it('reads a name broken by a line wrap, with offsets in the original text', () => {
    const head =
      '会上，青岚科技学院与怀远县人民政府签署了全面合作协议，并举行了揭牌仪式；青岚莱姆肥业有限公司与城建与环';
    const tail =
      '境学院签署了共建协议，会后一同前来的三十多家企业还与青岚科技学院有关院系进行了专门对接和深入交流。';
    const more =
      '双方表示，今后将在人才培养、科学研究和成果转化等方面继续深化合作，共同推动区域产业高质量发展。';
    const text = `标题\n${head}\n${tail}\n${more}`;
    const r = run(text);
    const school = r.entities.find((e) => e.name === '城建与环境学院');
    expect(school).toBeDefined();
    const m = school?.mentions[0];
    expect(m && r.normalizedText.slice(m.start, m.end)).toBe('城建与环\n境学院');
    expect(names(r, 'University')).not.toContain('境学院');
  });

  it('keeps a short heading line apart from the paragraph after it', () => {
    const r = run('青川大学成立研究中心\n本报讯 云杉研究院与青岚市签约。');
    expect(names(r, 'University')).toEqual(['青川大学']);
  });
});

describe('names before words that look like counts or joins', () => {
  it('reads an institute before its director (X研究所所长)', () => {
    const r = run('中国科学院青岚化学研究所所长王建平院士出席活动。');
    expect(names(r, 'Institute')).toContain('中国科学院青岚化学研究所');
  });

  it('reads a park after the street it lies in, and no street zone', () => {
    const r = run('仪式在青岚区樊口街道锦泰产业园举行。');
    expect(names(r, 'District')).toContain('锦泰产业园');
    expect(names(r, 'District')).not.toContain('青岚区樊口街道');
  });

  it('reads a school after a middle dot that joins it to a government', () => {
    const r = run('双方签订了《青岚市江阳区人民政府·云杉工程大学共建研究院》协议。');
    expect(names(r, 'University')).toEqual(['云杉工程大学']);
  });

  it('reads no firm in 双方就科技合作', () => {
    const r = run('会前，校地双方就科技合作机制进行了深入交流。');
    expect(names(r, 'Company')).toEqual([]);
  });
});

describe('platforms named with a place and short forms of them', () => {
  it('reads a provincial platform after a build verb, and its form without the province', () => {
    const r = run(
      '青岚公司与学院共建省精准灌溉平台签字仪式举行。青岚节水有限公司与学院签署了共建江西省精准灌溉平台协议。',
    );
    const lab = r.entities.filter((e) => e.type === 'Lab');
    expect(lab.map((e) => e.name)).toEqual(['江西省精准灌溉平台']);
    expect(lab[0]?.aliases).toContain('省精准灌溉平台');
  });

  it('reads no platform in a level or a word opened by the level (省级, 市场化)', () => {
    expect(names(run('双方将共建省级创新平台。'), 'Lab')).toEqual([]);
    expect(names(run('双方共建市场化运营平台。'), 'Lab')).toEqual([]);
  });

  it('reads a base with its place in brackets and the place before the base word as one', () => {
    const r = run(
      '云杉大学产学研基地（泰安）签约仪式举行。云杉大学泰安产学研基地建成后将服务地方。',
    );
    const lab = r.entities.filter((e) => e.type === 'Lab');
    expect(lab.map((e) => e.name)).toEqual(['云杉大学产学研基地（泰安）']);
  });

  it('reads no short form of a university in a word ending in 学 (建筑学科)', () => {
    const r = run('青岚建筑大学以土木建筑学科为特色。');
    expect(r.entities.find((e) => e.name === '青岚建筑大学')?.aliases).toEqual(['青岚建筑大学']);
  });
});

describe('graduate schools', () => {
  it('reads a university’s graduate school as a school unit (X大学Y研究生院)', () => {
    const r = run('双方共同为“云杉大学青岚研究生院”揭牌。');
    expect(names(r, 'University')).toContain('云杉大学青岚研究生院');
    expect(names(r, 'Institute')).toEqual([]);
  });
});

describe('more kinds of zones', () => {
  it('reads bonded and airport economic zones and eco-cities', () => {
    expect(names(run('研究院落户青岚综合保税区。'), 'District')).toEqual(['青岚综合保税区']);
    expect(names(run('研究院落户郑州航空港临空经济区。'), 'District')).toContain(
      '郑州航空港临空经济区',
    );
    expect(names(run('研究院落户中新青岚生态城。'), 'District')).toEqual(['中新青岚生态城']);
  });

  it('reads a new town only under a place’s name (南京江北新城, not 产城融合新城)', () => {
    expect(names(run('中心位于南京江北新城。'), 'District')).toContain('南京江北新城');
    expect(names(run('要建设产城融合新城。'), 'District')).toEqual([]);
  });
});
