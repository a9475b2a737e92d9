import { extractDocument } from '../../graph/index';
import type { DocExtraction } from '../../graph/types';

function run(text: string, lang?: 'zh' | 'en'): DocExtraction {
  return extractDocument({ id: 't', text, ...(lang ? { lang } : {}) });
}
function names(r: DocExtraction, type?: string): string[] {
  return r.entities.filter((e) => !type || e.type === type).map((e) => e.name);
}
function rels(r: DocExtraction): string[] {
  const n = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations.map((x) => `${x.type}:${n.get(x.source)}->${n.get(x.target)}`);
}

describe('Chinese names joined by 与/和', () => {
  it('keeps a 与 between two field words inside a school or lab name', () => {
    const r = run(
      '会上,光电科学与工程学院与重庆青禾精密制造有限公司签订协议,共建光学材料与器件联合实验室。',
    );
    expect(names(r, 'University')).toContain('光电科学与工程学院');
    expect(names(r, 'Lab')).toContain('光学材料与器件联合实验室');
    expect(names(r, 'Company')).toContain('重庆青禾精密制造有限公司');
    expect(rels(r)).toContain('CO_BUILDS:光电科学与工程学院->光学材料与器件联合实验室');
  });

  it('still splits two names joined by 与 when the second starts with a place', () => {
    const r = run('青禾科技与四川云岭大学共建云岭实验室。');
    expect(names(r, 'University')).toContain('四川云岭大学');
    expect(names(r).some((n) => n.includes('与'))).toBe(false);
  });
});

describe('Chinese schools of universities', () => {
  it('types a …科学院 right after a university name as a school, not an institute', () => {
    const r = run('公司选择重庆云岭大学材科学院开展全面合作。');
    expect(names(r, 'Institute')).not.toContain('重庆云岭大学材科学院');
  });
});

describe('English coreference', () => {
  it('expands "the two universities" to the universities enumerated before', () => {
    const r = run(
      'Chongqing signed agreements with two universities: Lanxi University and Hefeng University. ' +
        'The agreements promote technology transfers from the two universities to Chongqing.',
      'en',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'TRANSFERS_TO:Lanxi University->Chongqing',
        'TRANSFERS_TO:Hefeng University->Chongqing',
      ]),
    );
  });

  it('lets a party committee named after a university build on its behalf', () => {
    const r = run(
      'The CPC Lanxi University Committee and Hefeng Robotics Co., Ltd. jointly established the ' +
        'Qinglan Research Institute. Lanxi University sent ten researchers.',
      'en',
    );
    expect(rels(r)).toContain('CO_BUILDS:Lanxi University->Qinglan Research Institute');
  });

  it('resolves a sentence-initial "It" to the institute named just before', () => {
    const r = run(
      'The Qinglan Research Institute opened in Chongqing. It was jointly established by Lanxi ' +
        'University and Hefeng Robotics Co., Ltd.',
      'en',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS:Lanxi University->Qinglan Research Institute',
        'CO_BUILDS:Hefeng Robotics Co., Ltd.->Qinglan Research Institute',
      ]),
    );
  });
});
