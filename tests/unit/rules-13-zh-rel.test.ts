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
