import { extract } from '../../graph/index';
import { normalize } from '../../graph/normalize';
import { names, rels, run } from '../support/zhExtract';

describe('districts named under a city or province', () => {
  it('finds a county-level place after its city and its later bare mentions', () => {
    const r = run('浙江省青岚市与云杉大学签约。云杉大学分校将落户青岚，与青岚共建青岚分园。');
    expect(names(r, 'District')).toContain('青岚市');
    expect(rels(r)).toContain('LOCATED_IN:云杉大学分校->青岚市');
  });

  it('does not read a region word as a district (粤港澳大湾区)', () => {
    const r = run('研究院服务粤港澳大湾区发展。');
    expect(names(r, 'District')).not.toContain('大湾区');
  });
});

describe('names with a place in brackets', () => {
  it('keeps （深圳） inside a lab name and splits a field joined by 与', () => {
    const r = run('多家平台如蓝海实验室、人工智能与数字经济实验室（深圳）落户光谷。');
    expect(names(r, 'Lab')).toContain('人工智能与数字经济实验室（深圳）');
    expect(names(r, 'Lab')).not.toContain('数字经济实验室');
  });
});

describe('lists and parties in relation patterns', () => {
  it('gives LOCATED_IN to every item of a list that settles in a district', () => {
    const r = run('深圳市松湖区先后吸引云杉大学、蓝海实验室等一批平台落户松湖。');
    expect(rels(r)).toEqual(
      expect.arrayContaining(['LOCATED_IN:云杉大学->松湖区', 'LOCATED_IN:蓝海实验室->松湖区']),
    );
  });

  it('lets 双方 stand for the two parties of the previous sentence', () => {
    const r = run('云杉大学与青禾精密制造有限公司签署合作协议。双方将共建精密材料联合实验室。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:云杉大学->精密材料联合实验室',
        'CO_BUILDS:青禾精密制造有限公司->精密材料联合实验室',
      ]),
    );
  });

  it('treats 目前已与A、B共建 as partners of the previous subject, not of each other', () => {
    const r = run(
      '浙江省青岚市积极对接创新资源。目前已与云杉大学、海材院等8家高校院所共建分支机构。',
    );
    const out = rels(r);
    expect(out).toContain('CO_BUILDS:青岚市->云杉大学');
    expect(out).toContain('CO_BUILDS:青岚市->海材院');
    expect(out).not.toContain('CO_BUILDS:云杉大学->海材院');
    expect(names(r, 'Institute')).toContain('海材院');
  });

  it('lets A与B签约 be the builders of a later subjectless clause in the sentence', () => {
    const r = run('松湖区人民政府和云杉大学举行签约仪式，明确联合打造松湖生物创新中心。');
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:松湖区人民政府->松湖生物创新中心',
        'CO_BUILDS:云杉大学->松湖生物创新中心',
      ]),
    );
  });
});

describe('short forms and parts', () => {
  it('maps a unit named without its university to the full name', () => {
    const r = run('云杉大学深圳研究院新址启用。云杉大学副校长、深圳研究院院长出席。');
    expect(names(r, 'Institute')).toEqual(['云杉大学深圳研究院']);
    expect(rels(r)).toContain('PART_OF:云杉大学深圳研究院->云杉大学');
  });

  it('links a school named with its university by PART_OF', () => {
    const r = run('会上，云杉理工大学材料科学与工程学院与青禾公司签约。');
    expect(rels(r)).toContain('PART_OF:云杉理工大学材料科学与工程学院->云杉理工大学');
  });

  it('reads 中科院 as 中国科学院 and a declared short form after a note', () => {
    const r = run(
      '松湖区人民政府和中国科学院松湖理工大学（暂定名，简称“中科院松理工”）签约。中科院松湖理工大学将落户松湖区，中科院松理工发展迅速。',
    );
    expect(names(r, 'University')).toEqual(['中国科学院松湖理工大学']);
  });
});

describe('speed paths keep results', () => {
  it('normalises doubled headings and spaces as before', () => {
    const n = normalize('重重庆庆大大学学\n  重庆 大学 与 A B 公司，，签约');
    expect(n.text).toBe('重庆大学\n重庆大学与A B公司，签约');
    expect(n.offsets.length).toBe(n.text.length + 1);
  });

  it('merges short forms across documents through the first-character index', () => {
    const out = extract([
      { id: 'a', text: '重庆平伟汽车系统有限公司与云杉大学共建实验室。' },
      { id: 'b', text: '平伟汽车与云杉大学签约。' },
    ]);
    expect(names(out, 'Company')).toEqual(['重庆平伟汽车系统有限公司']);
  });
});

describe('branches, headings, titles and carried builders', () => {
  it('reads a branch as its parent name, a place and 分中心, part of the university', () => {
    const r = run('云杉大学技术转移中心松湖分中心揭牌成立。');
    expect(names(r, 'Lab')).toContain('云杉大学技术转移中心松湖分中心');
    expect(rels(r)).toContain('PART_OF:云杉大学技术转移中心松湖分中心->云杉大学');
  });

  it('does not join two phrases of a web heading separated by a space', () => {
    const text =
      '聚焦解决核心关键技术 云杉大学加快科研组织模式变革，这是一个足够长的网页段落，用来说明每一行都是一个段落。\n' +
      '第二段同样足够长，用于让中位行长超过阈值，从而按网页文本处理，云杉大学与青禾公司签约。';
    const r = run(text);
    expect(names(r, 'University')).toEqual(['云杉大学']);
  });

  it('ignores 共建 inside a 《》 document title', () => {
    const r = run('双方举行《松湖区人民政府与云杉大学共建一流研究院合作协议》签署仪式。');
    expect(rels(r).filter((x) => x.startsWith('CO_BUILDS'))).toEqual([]);
  });

  it('carries the builders of 一是共建A to 二是共建B and to a paragraph after 双方', () => {
    const r = run(
      '松湖区人民政府与云杉大学签署协议。\n根据协议，双方将开展合作：一是共建前沿医学研究中心；二是共建数字交叉研究中心。',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:松湖区人民政府->前沿医学研究中心',
        'CO_BUILDS:云杉大学->数字交叉研究中心',
        'CO_BUILDS:松湖区人民政府->数字交叉研究中心',
      ]),
    );
  });

  it('does not type a counted classifier phrase as a team (34个团队)', () => {
    const r = run('首批34个团队正式入驻园区。');
    expect(names(r, 'ResearchTeam')).toEqual([]);
  });

  it('merges a district named with its city and a government named without 人民', () => {
    const r = run(
      '重庆两江新区举行签约。两江新区发展迅速。自贡市人民政府出席，自贡市政府表示支持。',
    );
    // 自贡市 is named inside its government's name and is a place of the article too.
    expect([...names(r, 'District')].sort()).toEqual(['两江新区', '自贡市'].sort());
    expect(names(r, 'Other')).toEqual(['自贡市人民政府']);
  });
});

describe('two-character university short forms', () => {
  it('reads 川大 as 四川大学 when it stands alone, but not 重大 in 重大项目', () => {
    const r = run('四川大学与云杉科技有限公司签约。川大与该公司合作多年。重庆大学参与重大项目。');
    const scu = r.entities.find((e) => e.name === '四川大学');
    expect(scu?.aliases).toContain('川大');
    const cqu = r.entities.find((e) => e.name === '重庆大学');
    expect(cqu?.aliases ?? []).not.toContain('重大');
  });
});
