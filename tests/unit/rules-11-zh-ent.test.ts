import { names, run } from '../support/zhExtract';

describe('levelled places: what stands before or inside them', () => {
  it('starts a city after a year (2024年青岚市 is 青岚市… only when known: 南京市)', () => {
    const r = run('2024年南京市与青川大学签订合作协议。');
    expect(names(r, 'District')).toEqual(['南京市']);
  });

  it('starts a county after the verb 赴', () => {
    const r = run('青川大学专家团队赴泽州县签订协议。');
    expect(names(r, 'District')).toEqual(['泽州县']);
  });

  it('reads no district in a campus name (柳岸校区)', () => {
    const r = run('签约仪式在青川大学柳岸校区举行。');
    expect(names(r, 'District')).toEqual([]);
  });

  it('keeps a known three-character district that ends like an area word (下花园区)', () => {
    expect(names(run('下花园区与青川大学签约。'), 'District')).toEqual(['下花园区']);
  });
});

describe('words that end a name on its left', () => {
  it('starts a university after 会议 (此次会议X大学…)', () => {
    const r = run('此次会议青川大学、云杉大学等高校与企业签约。');
    expect(names(r, 'University')).toEqual(['青川大学', '云杉大学']);
  });

  it('reads no body in 党工委书记兼管委会主任', () => {
    const r = run('青岚开发区党工委书记兼管委会主任刘明出席。');
    expect(names(r, 'Other')).toEqual([]);
  });

  it('reads no partner in 和学校深入合作 (an adverb and a referring word)', () => {
    const r = run('王明介绍了青岚科学院和学校深入合作的历程。');
    expect(names(r, 'Company')).toEqual([]);
  });
});

describe('counts after names', () => {
  it('keeps a legal company name before a count that closes its list', () => {
    const r = run('青岚区政府与青岚北辰激光有限公司、锦川众友化工有限公司2家企业签约。');
    expect(names(r, 'Company')).toEqual(['青岚北辰激光有限公司', '锦川众友化工有限公司']);
  });

  it('reads no brand in 3家高科技企业', () => {
    const r = run('园区引进3家高科技企业。');
    expect(names(r, 'Company')).toEqual([]);
  });
});

describe('brackets and zones in company names', () => {
  it('keeps (集团) inside a company name', () => {
    const r = run('学院与青岚耘垦牧业(集团)有限公司签约共建产业学院。');
    expect(names(r, 'Company')).toEqual(['青岚耘垦牧业(集团)有限公司']);
  });

  it('starts a company after the zone it sits in (在X经济开发区Y公司…)', () => {
    const r = run('仪式在青岚市经济开发区锦川紫金新材料科技股份有限公司会议室举行。');
    expect(names(r, 'Company')).toEqual(['锦川紫金新材料科技股份有限公司']);
    expect(names(r, 'District')).toContain('青岚市经济开发区');
  });

  it('keeps a zone word that opens a company name where no 在 places it', () => {
    const r = run('青岚工业园区国有资本投资控股有限公司与学校签约。');
    expect(names(r, 'Company')).toEqual(['青岚工业园区国有资本投资控股有限公司']);
  });
});

describe('government bodies named with 和', () => {
  it('reads 发展和改革委员会 and 科技和工业信息化局 whole', () => {
    const r = run('青岚市发展和改革委员会、锦川市科技和工业信息化局负责人出席。');
    expect(names(r, 'Other')).toEqual(['青岚市发展和改革委员会', '锦川市科技和工业信息化局']);
  });
});

describe('teams', () => {
  it('reads a school acting in X大学科研团队 (no leader named)', () => {
    const r = run('设立专项资金，支持云杉药科大学科研团队开展研究。');
    expect(names(r, 'ResearchTeam')).toEqual([]);
    expect(names(r, 'University')).toEqual(['云杉药科大学']);
  });

  it('reads a leader before 院士 without a school 学院', () => {
    const r = run('黄庆学院士团队将与青岚科创共建联合实验室。');
    expect(names(r, 'University')).toEqual([]);
    expect(names(r, 'Person')).toEqual(['黄庆学']);
  });
});

describe('researchers named', () => {
  it('reads a name after 博士 and 导师', () => {
    expect(names(run('植物学博士宛全雷正带领团队攻关。'), 'Person')).toEqual(['宛全雷']);
    expect(names(run('博士生导师祝庆东来到青岚考察。'), 'Person')).toEqual(['祝庆东']);
  });

  it('reads names listed before a count of researchers', () => {
    const r = run('青岚学院对我校张进、卜海燕两位博士援疆表示欢迎。');
    expect(names(r, 'Person')).toEqual(['张进', '卜海燕']);
  });

  it('reads no person in a field list before a count', () => {
    expect(names(run('围绕材料、能源两位专家开展研究。'), 'Person')).toEqual([]);
  });

  it('reads no named platform in the generic 博士后工作站', () => {
    expect(names(run('公司建成博士后工作站。'), 'Lab')).toEqual([]);
  });
});

describe('words inside company names that end names elsewhere', () => {
  it('keeps 开发, 建设 and 服务 inside a company name', () => {
    const r = run('基地建成;锦汾高粱开发有限公司与青川大学签约。青岚城市建设集团有限公司参加。');
    expect(names(r, 'Company')).toEqual(['锦汾高粱开发有限公司', '青岚城市建设集团有限公司']);
  });

  it('starts a school after 自 (自X大学Y校区落户以来)', () => {
    const r = run('自云杉大学青岚校区落户以来，双方合作不断。');
    expect(names(r, 'University')).toEqual(['云杉大学青岚校区']);
  });

  it('reads no company in a bare-level bureau acting as a partner (县农业农村局与…)', () => {
    const r = run('紧扣需求，县农业农村局与云杉大学果树研究所签订协议。');
    expect(names(r, 'Company')).toEqual([]);
  });
});

describe('a place before a name that is not its first word', () => {
  it('starts an academy unit at 中国 after a city (长沙中国农科院…)', () => {
    const r = run('分别在青岛中国农科院茶叶研究所设分会场。');
    expect(names(r, 'Institute')).toContain('中国农科院茶叶研究所');
  });

  it('reads the school inside a unit named with a city first (泉州天津大学…研究院)', () => {
    const r = run('落地漳州天津大学集成电路研究院等大院大所。');
    expect(names(r, 'Institute')).toEqual(['漳州天津大学集成电路研究院']);
    expect(names(r, 'University')).toEqual(['天津大学']);
  });

  it('reads a school named by a compass region after a province (广东华中科技大学…)', () => {
    const r = run('成立浙江西北工业大学技术研究院等机构。');
    expect(names(r, 'University')).toEqual(['西北工业大学']);
  });

  it('keeps a province and city that make one school name (山西大同大学)', () => {
    expect(names(run('山西大同大学与青岚县签约。'), 'University')).toEqual(['山西大同大学']);
  });

  it('opens an institute name with a province and its city in brackets', () => {
    const r = run('与福建(漳州)先进制造技术研究院签约。');
    expect(names(r, 'Institute')).toEqual(['福建(漳州)先进制造技术研究院']);
    expect(names(r, 'District')).toEqual([]);
  });

  it('reads no place in the campus city after a school (…大学（北京）…)', () => {
    const r = run('市政府和东北大学、中国地质大学（北京）先进技术对接会召开。');
    expect(names(r, 'District')).toEqual([]);
  });
});

describe('academies named by their level and short forms', () => {
  it('reads 省农科院 as an academy', () => {
    expect(names(run('省农科院科技处副处长韩明出席。'), 'Institute')).toEqual(['省农科院']);
  });

  it('keeps a parent body apart from a unit whose name opens with it', () => {
    const r = run(
      '王明介绍了青岚社会科学院与学校的合作，并颁授“青岚社会科学院大学南阳研究院”匾牌。',
    );
    expect(names(r, 'Institute')).toEqual(
      expect.arrayContaining(['青岚社会科学院', '青岚社会科学院大学南阳研究院']),
    );
  });
});

describe('quoted names and trade names', () => {
  it('reads a quoted lab name whole, joined fields and all', () => {
    const r = run('双方深度共建“青岚绿色化工与功能材料省实验室”，服务产业。');
    expect(names(r, 'Lab')).toEqual(['青岚绿色化工与功能材料省实验室']);
  });

  it('reads a trade name holding 的 (福建爱的电器…)', () => {
    const r = run('江西乐的电器有限公司与云杉大学开展合作。');
    expect(names(r, 'Company')).toEqual(['江西乐的电器有限公司']);
  });

  it('does not join a school short form to the company after 与', () => {
    const r = run('牵线青科大与盛大公司共建基地。');
    expect(names(r, 'Company')).toEqual(['盛大公司']);
  });

  it('reads a firm after a prefix short form and 和 (西安交大和平高集团)', () => {
    const r = run('2013年，上海交大和平远集团签约。');
    expect(names(r, 'Company')).toEqual(['平远集团']);
  });
});

describe('places and farms', () => {
  it('reads no place in a quoted slogan (“进园入县”)', () => {
    expect(names(run('科技成果“进园入县”专场活动举行。'), 'District')).toEqual([]);
  });

  it('reads named cooperatives and farms, not the generic kinds', () => {
    const r = run('与青岚县绿源种植专业合作社、田园牧歌农场签约，带动家庭农场和农民专业合作社。');
    expect(names(r, 'Company')).toEqual(['青岚县绿源种植专业合作社', '田园牧歌农场']);
  });
});

describe('lists of activities and people around teams', () => {
  it('reads no companies in 集研究、开发、生产、销售为一体的…企业', () => {
    const r = run('青岚新材料科技有限公司是一家集研究、开发、生产、施工、销售为一体的科技企业。');
    expect(names(r, 'Company')).toEqual(['青岚新材料科技有限公司']);
  });

  it('still reads brand names listed before 等骨干企业', () => {
    const r = run('经开区依托宝丽迪、泰马克、海富电子等骨干企业规划产业园。');
    expect(names(r, 'Company')).toEqual(expect.arrayContaining(['宝丽迪', '泰马克', '海富电子']));
  });

  it('reads no person inside a word before 团队 (工程材料团队)', () => {
    const r = run('副所长周吉学及环境工程材料团队主任朱英等一行到访。');
    expect(names(r, 'Person')).not.toContain('程材料');
    expect(names(r, 'ResearchTeam')).toEqual(['环境工程材料团队']);
  });

  it('reads no team in a body and generic words (…所高层次人才团队)', () => {
    const r = run('汇聚青岚科学院过程所高层次人才团队的生产基地开工。');
    expect(names(r, 'ResearchTeam')).toEqual([]);
  });

  it('keeps a school team named by its honorific (X大学博士团队)', () => {
    expect(names(run('引进云杉大学博士团队。'), 'ResearchTeam')).toEqual(['云杉大学博士团队']);
  });
});

describe('joint bodies, quoted short names and named lakes', () => {
  it('reads a consortium named by a numbered generation (第三代半导体…创新联合体)', () => {
    const r = run('本文以青岚省第三代半导体产业创新联合体为例。');
    expect(names(r, 'Other')).toEqual(['青岚省第三代半导体产业创新联合体']);
  });

  it('reads no city in a quoted short name (简称“厦门盈趣”)', () => {
    const r = run('厦门青岚科技股份有限公司（以下简称“厦门青岚”）与云杉大学共建实验室。');
    expect(names(r, 'District')).toEqual([]);
  });

  it('reads a place named by a lake before a suffix (青天湖研究院)', () => {
    const r = run('鄂城区与云杉工程大学共建青天湖研究院。');
    expect(names(r, 'Institute')).toEqual(['青天湖研究院']);
  });
});

describe('numbered units, counted lists and names listed after a title', () => {
  it('reads a numbered institute of a group (…集团公司第十四研究所)', () => {
    const r = run('青岚电子科技集团公司第十四研究所与学校签约。');
    expect(names(r, 'Institute')).toEqual(['青岚电子科技集团公司第十四研究所']);
  });

  it('reads no institute named by an ordinal alone (第一研究院)', () => {
    expect(names(run('第一研究院正在建设。'), 'Institute')).toEqual([]);
  });

  it('reads brands listed before a count and a cue, 和 joining the last two', () => {
    const r = run('青岚星光、青岚远大和青岚华信三家企业签约。');
    expect(names(r, 'Company')).toEqual(['青岚星光', '青岚远大', '青岚华信']);
  });

  it('reads names listed after a titled name and a name before 一行', () => {
    expect(names(run('教授王明、卜华、赵强等参加。'), 'Person')).toEqual(['王明', '卜华', '赵强']);
    expect(names(run('中国工程院院士罗锡文一行来到青岚。'), 'Person')).toEqual(['罗锡文']);
  });

  it('stops a listed run at a non-name (高新区负责人)', () => {
    expect(names(run('教授王明、高新区负责人出席。'), 'Person')).toEqual(['王明']);
  });
});

describe('long names, 〇 and the school word', () => {
  it('reads a long numbered unit whole and starts it after 前往', () => {
    const r = run('校长前往青岚航天科技集团有限公司第一研究院第一〇二研究所调研。');
    expect(names(r, 'Institute')).toContain('青岚航天科技集团有限公司第一研究院第一〇二研究所');
  });

  it('keeps an academy an academy after 大学与 (not a school of that university)', () => {
    const r = run('云杉大学与青岚科学院兰州化学物理研究所签署协议。');
    expect(names(r, 'University')).toEqual(['云杉大学']);
  });

  it('starts a school unit after 学校 (学校X学院 is the school’s X学院)', () => {
    const r = run('发挥学校海洋与生化工程学院的人才优势。');
    expect(names(r, 'University')).toEqual(['海洋与生化工程学院']);
  });

  it('reads a 联合研发创新中心 and a school——place joint name', () => {
    const r = run('云杉大学——宜宾市表面改性与增材制造联合研发创新中心签约。');
    expect(names(r, 'Lab')).toEqual(['云杉大学——宜宾市表面改性与增材制造联合研发创新中心']);
  });
});

describe('verbs inside field names', () => {
  it('reads a lab whose field carries verbs (稀土绿色冶炼分离联合实验室)', () => {
    const r = run('该院与青岚稀土集团有限公司共建的稀土绿色冶炼分离联合实验室已立项。');
    expect(names(r, 'Lab')).toEqual(['稀土绿色冶炼分离联合实验室']);
  });

  it('reads a school unit named by joined fields with a verb (机械与运载工程学院)', () => {
    const r = run('学校依托材料科学与工程学院、机械与运载工程学院组建团队。');
    expect(names(r, 'University')).toEqual(['材料科学与工程学院', '机械与运载工程学院']);
  });

  it('takes no verb of an actor into a name (专家拜访…, 公司选择…大学)', () => {
    expect(names(run('专家拜访青岚新材料研究院。'), 'Institute')).toEqual(['青岚新材料研究院']);
    expect(names(run('公司选择重庆理工大学合作。'), 'University')).toEqual(['重庆理工大学']);
    expect(names(run('更多科技成果进入高新区。'), 'District')).toEqual([]);
  });
});

describe('autonomous places and leagues', () => {
  it('reads an autonomous prefecture in full, after its province or a preposition', () => {
    expect(names(run('青海省海西蒙古族藏族自治州格尔木市举行签约。'), 'District')).toContain(
      '海西蒙古族藏族自治州',
    );
    expect(names(run('云杉大学与恩施土家族苗族自治州签约。'), 'District')).toEqual([
      '恩施土家族苗族自治州',
    ]);
  });

  it('reads a league (盟) as a district', () => {
    expect(names(run('我校与阿拉善盟共建联合实验室。'), 'District')).toEqual(['阿拉善盟']);
  });
});

describe('fields joined before a platform word, bodies and parks', () => {
  it('reads a field ending in an industry word before 与 as a field (海洋装备与智能制造…)', () => {
    const r = run('双方共建海洋装备与智能制造研究中心。');
    expect(names(r, 'Lab')).toEqual(['海洋装备与智能制造研究中心']);
  });

  it('still reads a brand and an industry word before 与 as a partner', () => {
    const r = run('元泰科技与云杉轻化工大学共建研发中心。');
    expect(names(r, 'Company')).toEqual(['元泰科技']);
  });

  it('reads a city science commission (科委) and a 科工信局', () => {
    const r = run('青岚市科委主任、锦川市科工信局局长出席。');
    expect(names(r, 'Other')).toEqual(['青岚市科委', '锦川市科工信局']);
  });

  it('starts a name after 本报讯 and after 选址', () => {
    expect(names(run('本报讯青岚海洋科学实验室日前签约。'), 'Lab')).toEqual(['青岚海洋科学实验室']);
    expect(names(run('研究院选址青岚经济开发区锂电新材料产业园。'), 'District')).toEqual([
      '青岚经济开发区',
      '锂电新材料产业园',
    ]);
  });
});

describe('descriptions, bylines and support for a bare suffix', () => {
  it('reads no platform in a description opened by a quality word (高水平…创新平台)', () => {
    expect(names(run('双方将打造高水平人工智能创新平台。'), 'Lab')).toEqual([]);
  });

  it('reads no institute in 全力支持研究院 (the bare suffix refers back)', () => {
    expect(names(run('青岚区将全力支持研究院建设发展。'), 'Institute')).toEqual([]);
  });

  it('reads no actor in a media byline (X融媒体中心讯)', () => {
    const r = run('青岚市融媒体中心讯 11月8日，青岚市人民政府与云杉大学签约。');
    expect(names(r, 'Other')).toEqual(['青岚市人民政府']);
  });

  it('starts a unit after 继 (继X大学Y研究院之后) and knows 大同 as a city', () => {
    const r = run('这是继云杉理工大学大同研究院之后，该校设立的又一机构。');
    expect(names(r, 'Institute')).toEqual(['云杉理工大学大同研究院']);
  });
});

describe('generic levels and a province after 是', () => {
  it('reads no lab in 国家、省市实验室 (levels only)', () => {
    expect(names(run('建成国家、省市实验室和企业技术中心42家。'), 'Lab')).toEqual([]);
  });

  it('reads a province after 是 (是广西唯一的…)', () => {
    expect(names(run('土木学科是广西唯一的世界一流学科。'), 'District')).toEqual(['广西']);
  });
});

describe('stations, envoys and towns', () => {
  it('reads no brand in a quoted station name (“永根科技站”)', () => {
    expect(names(run('云杉农业大学“永根科技站”在青岚县授牌。'), 'Company')).toEqual([]);
  });

  it('reads no team in 特派员团队 and no verb after a station word', () => {
    const r = run('特派员团队已进站。该工作站吸纳湖北省农科院王明教授等专家进站服务。');
    expect(names(r, 'ResearchTeam')).toEqual([]);
    expect(names(r, 'Institute')).toEqual(['湖北省农科院']);
  });

  it('starts a company after the town it sits in (在X镇Y公司…)', () => {
    const r = run('工作站在溢水镇绿谷食用菌公司挂牌成立。');
    expect(names(r, 'Company')).toEqual(['绿谷食用菌公司']);
  });
});

describe('short forms without the level', () => {
  it('reads 湖北农科院 as 湖北省农科院 of the same article', () => {
    const r = run('湖北省农科院专家进站服务。企业与湖北农科院开展合作。');
    expect(names(r, 'Institute')).toEqual(['湖北省农科院']);
  });
});
