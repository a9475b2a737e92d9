import { names, rels, run } from '../support/zhExtract';

/** CO_BUILDS as an unordered pair, for edges between co-builders of an unnamed thing. */
function pairs(r: ReturnType<typeof run>): string[] {
  return rels(r)
    .filter((x) => x.startsWith('CO_BUILDS:'))
    .map((x) => x.slice('CO_BUILDS:'.length).split('->').sort().join('<>'));
}

describe('co-building an unnamed thing links the co-builders', () => {
  it('gives A与B共建联合实验室 one edge between A and B', () => {
    const r = run('云杉大学与青岚化工集团签约并共建联合实验室。');
    expect(pairs(r)).toEqual(['云杉大学<>青岚化工集团']);
  });

  it('resolves 双方将共建 to the two parties of the sentence before', () => {
    const r = run('青岚区人民政府与云杉大学签署战略合作协议。双方将共建研发平台。');
    expect(pairs(r)).toContain('云杉大学<>青岚区人民政府');
  });

  it('reads 校企双方 as the last school and company named, not the last two actors', () => {
    const r = run(
      '青岚化工集团与云杉大学在青岚市签约，青岚市领导出席。他希望校企双方共建创新研发平台。',
    );
    expect(pairs(r)).toEqual(['云杉大学<>青岚化工集团']);
  });

  it('still builds nothing from a strategic agreement alone', () => {
    const r = run('青岚区人民政府与云杉大学签署战略合作协议。');
    expect(pairs(r)).toEqual([]);
  });

  it('builds nothing from a signed co-building project or a quoted agreement title', () => {
    expect(pairs(run('青岚区筹建指挥部与云杉大学签署共建研究生联合培养基地项目。'))).toEqual([]);
    expect(pairs(run('云杉大学与青岚县签署了“共建技术转移中心协议书”。'))).toEqual([]);
  });

  it('builds nothing from a field list (在共建科技园区、技术攻关等领域) or a mechanism', () => {
    expect(
      pairs(run('云杉大学还与青岚化工集团开展合作，在共建科技园区、技术攻关等领域落地项目。')),
    ).toEqual([]);
    expect(pairs(run('云杉大学与青岚化工集团探索建立共建共享机制，共建合作机制。'))).toEqual([]);
  });

  it('keeps a signed agreement to build a named thing as co-building that thing', () => {
    const r = run('青岚区人民政府与云杉研究院签订共建青岚生物产业创新中心合作协议。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:青岚区人民政府->青岚生物产业创新中心',
        'CO_BUILDS:云杉研究院->青岚生物产业创新中心',
      ]),
    );
  });
});

describe('names after a preposition jieba glues on', () => {
  it('starts a school name after 由 even when jieba cuts 由 with its first characters', () => {
    const r = run('青岚新能源实验室由云杉大学与青岚化工集团共建。');
    expect(names(r, 'University')).toEqual(['云杉大学']);
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:云杉大学->青岚新能源实验室',
        'CO_BUILDS:青岚化工集团->青岚新能源实验室',
      ]),
    );
  });
});

describe('由A牵头、B参与 builds with both', () => {
  it('gives the leader and the participant an edge to the thing named before 由', () => {
    const r = run('青岚新能源实验室由四川大学牵头、青岚化工集团参与建设。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:四川大学->青岚新能源实验室',
        'CO_BUILDS:青岚化工集团->青岚新能源实验室',
      ]),
    );
  });

  it('adds the leader to the builders of the thing named after 参与共建', () => {
    const r = run('该项目由重庆大学牵头，青岚化工集团、松溪科技有限公司参与共建青岚储能创新中心。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:重庆大学->青岚储能创新中心',
        'CO_BUILDS:青岚化工集团->青岚储能创新中心',
        'CO_BUILDS:松溪科技有限公司->青岚储能创新中心',
      ]),
    );
  });

  it('builds nothing when the participants only take part (参与的产业联盟)', () => {
    const r = run('由青岚化工集团牵头，四川大学、重庆大学参与的产业联盟正式成立。');
    expect(rels(r).filter((x) => x.startsWith('CO_BUILDS'))).toEqual([]);
  });
});

describe('transfers from listed sources and 落地', () => {
  it('gives every listed school a transfer (A、B、C等高校的成果在X转化落地)', () => {
    const r = run('四川大学、重庆大学、西南大学等高校的科技成果在青岚化工集团转化落地。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'TRANSFERS_TO:四川大学->青岚化工集团',
        'TRANSFERS_TO:重庆大学->青岚化工集团',
        'TRANSFERS_TO:西南大学->青岚化工集团',
      ]),
    );
  });

  it('reads 在X实现成果落地 as a transfer to X', () => {
    const r = run('四川大学研发的储能技术已在青岚化工集团实现成果落地。');
    expect(rels(r)).toContain('TRANSFERS_TO:四川大学->青岚化工集团');
  });

  it('reads 在…成果转化方面需求广泛 as a field of talks, not a transfer', () => {
    const r = run('青岚化工集团与云杉大学在产学研合作、科研成果转化方面需求广泛。');
    expect(rels(r).filter((x) => x.startsWith('TRANSFERS_TO'))).toEqual([]);
  });
});

describe('plain 引进 of a named team', () => {
  it('takes the sentence subject as the introducer', () => {
    const r = run('青岚化工集团引进云杉大学李青教授团队，研发新型涂料。');
    expect(rels(r)).toContain('FLEXIBLY_INTRODUCES:青岚化工集团->云杉大学李青教授团队');
  });

  it('falls back to the previous sentence and then the article place', () => {
    const r = run('江宁区召开人才工作会议。近年来引进云杉大学王松林教授团队，开展储能技术攻关。');
    expect(rels(r)).toContain('FLEXIBLY_INTRODUCES:江宁区->云杉大学王松林教授团队');
    const d = run(
      '江宁区召开人才工作会议，江宁区领导出席。\n\n近年来还引进了云杉大学王松林教授团队。',
    );
    expect(rels(d)).toContain('FLEXIBLY_INTRODUCES:江宁区->云杉大学王松林教授团队');
  });

  it('reads 引进X团队的技术成果 as no introduction', () => {
    const r = run('青岚化工集团引进云杉大学李青教授团队的技术成果。');
    expect(rels(r).filter((x) => x.startsWith('FLEXIBLY'))).toEqual([]);
  });
});

describe('subjects carried and party words', () => {
  it('reads a clause-opening 公司 as the company named before', () => {
    const r = run('青岚化工集团是一家新材料企业。公司与四川大学共建青岚新材料研究院。');
    expect(rels(r)).toContain('CO_BUILDS:青岚化工集团->青岚新材料研究院');
  });

  it('keeps a place among the builders when 三方 counts it', () => {
    const r = run('江宁区与四川大学、重庆大学签署合作协议，三方将共同建设青岚新能源研究院。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:江宁区->青岚新能源研究院',
        'CO_BUILDS:四川大学->青岚新能源研究院',
        'CO_BUILDS:重庆大学->青岚新能源研究院',
      ]),
    );
  });

  it('reads 共同探索建设 as co-building', () => {
    const r = run('江宁区与四川大学签署协议，双方将共同探索建设青岚新能源研究院。');
    expect(rels(r)).toContain('CO_BUILDS:江宁区->青岚新能源研究院');
  });
});

describe('依托X建设: X hosts the unit', () => {
  it('makes 依托X建设的Y and Y依托X建设 part of X', () => {
    expect(rels(run('依托四川大学建设的青岚新能源实验室已投入使用。'))).toContain(
      'PART_OF:青岚新能源实验室->四川大学',
    );
    expect(rels(run('青岚新能源实验室依托四川大学建设。'))).toContain(
      'PART_OF:青岚新能源实验室->四川大学',
    );
  });

  it('keeps A依托X组建Y a co-building by A and X, not a part', () => {
    const r = run('江宁区依托四川大学组建青岚新能源研究院。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:江宁区->青岚新能源研究院',
        'CO_BUILDS:四川大学->青岚新能源研究院',
      ]),
    );
    expect(rels(r)).not.toContain('PART_OF:青岚新能源研究院->四川大学');
  });
});

describe('academy institutes and described names', () => {
  it('finds short academy institute names (中科院X所, 中科院Y院Z所) but not 所长', () => {
    const r = run('中科院光电所与青岚区共建实验室，中科院合肥院材料所所长出席。');
    expect(names(r, 'Institute')).toEqual(
      expect.arrayContaining(['中科院光电所', '中科院合肥院材料所']),
    );
    expect(names(r, 'Institute').some((n) => n.endsWith('所长'))).toBe(false);
  });

  it('reads X——Y of one type as Y described, and 以及 as more built things', () => {
    const r = run(
      '云杉大学与青岚高新区共建新型专业技术研究院——青岚光电融合技术研究院，以及联合实验室——青岚材料测试分析联合实验室。',
    );
    expect(names(r, 'Institute')).not.toContain('新型专业技术研究院');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:云杉大学->青岚光电融合技术研究院',
        'CO_BUILDS:青岚高新区->青岚光电融合技术研究院',
        'CO_BUILDS:云杉大学->青岚材料测试分析联合实验室',
        'CO_BUILDS:青岚高新区->青岚材料测试分析联合实验室',
      ]),
    );
  });
});

describe('nested schools and the article place in short', () => {
  it('makes a school nested in a team name part of its university', () => {
    const r = run('青岚化工集团引进云杉大学机械科学与工程学院教授李青团队。');
    expect(rels(r)).toContain('PART_OF:云杉大学机械科学与工程学院->云杉大学');
  });

  it('reads 在 + the first character of the article place (在泸转化) as that place', () => {
    const r = run('四川大学与泸州市签署合作协议。泸州市将推动四川大学的科研成果在泸转化落地。');
    expect(rels(r)).toContain('TRANSFERS_TO:四川大学->泸州市');
  });
});

describe('more ways of saying two parties build one thing', () => {
  it('keeps a place among listed builders that 三方 counts', () => {
    const r = run('四川大学、重庆大学和江宁区三方共建青岚新能源研究院。');
    expect(rels(r)).toContain('CO_BUILDS:江宁区->青岚新能源研究院');
  });

  it('reads X由A和B共同出资设立 as both building X', () => {
    const r = run('青岚新能源研究院由江宁区人民政府和四川大学共同出资设立。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:江宁区人民政府->青岚新能源研究院',
        'CO_BUILDS:四川大学->青岚新能源研究院',
      ]),
    );
  });

  it('reads A携手B打造X and 共同推进X建设 as co-building X', () => {
    expect(rels(run('江宁区携手四川大学打造青岚新能源研究院。'))).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:江宁区->青岚新能源研究院',
        'CO_BUILDS:四川大学->青岚新能源研究院',
      ]),
    );
    expect(rels(run('江宁区与四川大学开展校地合作，共同推进青岚新能源研究院建设。'))).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:江宁区->青岚新能源研究院',
        'CO_BUILDS:四川大学->青岚新能源研究院',
      ]),
    );
  });

  it('places what is built 在Y建设 in Y, without making the builder a co-builder', () => {
    const r = run('四川大学将在江宁区建设青岚新能源研究院。');
    expect(rels(r)).toContain('LOCATED_IN:青岚新能源研究院->江宁区');
    expect(rels(r).filter((x) => x.startsWith('CO_BUILDS'))).toEqual([]);
  });
});

describe('a place inside a unit name', () => {
  it('places a school unit named after a district of the article there, not after a city', () => {
    const r = run('四川大学江宁产业技术研究院正式揭牌。江宁区领导出席仪式。');
    expect(rels(r)).toContain('LOCATED_IN:四川大学江宁产业技术研究院->江宁区');
    const c = run('上海交通大学深圳研究院正式揭牌。深圳市领导出席仪式。');
    expect(rels(c).filter((x) => x.startsWith('LOCATED_IN'))).toEqual([]);
  });
});

describe('kind pairs before a trigger', () => {
  it('reads 校企共建X in the sentence after a school and a firm sign as both building X', () => {
    const r = run('青岚化工集团与云杉大学签约。校企共建青岚材料联合实验室。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:青岚化工集团->青岚材料联合实验室',
        'CO_BUILDS:云杉大学->青岚材料联合实验室',
      ]),
    );
  });
});
