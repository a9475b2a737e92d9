import { extractEnglishDocument } from '../../graph/en';
import type { DocExtraction } from '../../graph/types';

function run(text: string): DocExtraction {
  return extractEnglishDocument({ id: 'doc-test', text, lang: 'en' });
}

function entity(out: DocExtraction, name: string): DocExtraction['entities'][number] {
  const found = out.entities.find((e) => e.name === name);
  if (!found) throw new Error(`no entity ${name}: ${out.entities.map((e) => e.name).join(', ')}`);
  return found;
}

function edges(out: DocExtraction): string[] {
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations.map((r) => `${r.type} ${names.get(r.source)} -> ${names.get(r.target)}`);
}

describe('English extraction', () => {
  it('types organisations by their head word', () => {
    const out = run(
      'Lanxi University and Hefeng Robotics Co., Ltd. opened the Qinglan Research Institute.',
    );
    expect(entity(out, 'Lanxi University').type).toBe('University');
    expect(entity(out, 'Hefeng Robotics Co., Ltd.').type).toBe('Company');
    expect(entity(out, 'Qinglan Research Institute').type).toBe('Institute');
  });

  it('gives each co-builder an edge to the named thing they jointly build', () => {
    const out = run(
      'Lanxi University and Hefeng Robotics Co., Ltd. jointly built the Smart Welding Laboratory.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Lanxi University -> Smart Welding Laboratory',
        'CO_BUILDS Hefeng Robotics Co., Ltd. -> Smart Welding Laboratory',
      ]),
    );
  });

  it('links two co-builders directly when the built thing has no name', () => {
    const out = run('Lanxi University and Moshan University will co-build a research center.');
    expect(edges(out)).toEqual(['CO_BUILDS Lanxi University -> Moshan University']);
  });

  it('reads passive co-building with the builders after "by"', () => {
    const out = run(
      'The Qinglan Laboratory was jointly established by Lanxi University and Moshan University.',
    );
    expect(edges(out).sort()).toEqual([
      'CO_BUILDS Lanxi University -> Qinglan Laboratory',
      'CO_BUILDS Moshan University -> Qinglan Laboratory',
    ]);
  });

  it('names a team after its leader and attaches it to the university after "of"', () => {
    const out = run(
      'Tongnan District flexibly introduced the team led by Professor Zhao Minghui of Lanxi University.',
    );
    expect(entity(out, 'Zhao Minghui team').type).toBe('ResearchTeam');
    expect(entity(out, 'Zhao Minghui').type).toBe('Person');
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'FLEXIBLY_INTRODUCES Tongnan District -> Zhao Minghui team',
        'PART_OF Zhao Minghui team -> Lanxi University',
      ]),
    );
  });

  it('takes the transfer source before the verb and the receiver after "to"', () => {
    const out = run(
      'Lanxi University transferred its coating patents to Hefeng Robotics Co., Ltd.',
    );
    expect(edges(out)).toEqual(['TRANSFERS_TO Lanxi University -> Hefeng Robotics Co., Ltd.']);
  });

  it('finds support of a named company', () => {
    const out = run(
      'The Qinglan Research Institute helped Hefeng Robotics Co., Ltd. upgrade its line.',
    );
    expect(edges(out)).toEqual([
      'SUPPORTS Qinglan Research Institute -> Hefeng Robotics Co., Ltd.',
    ]);
  });

  it('places an entity in the district that follows "located in"', () => {
    const out = run('Hefeng Robotics Co., Ltd., a firm located in Bishan District, makes arms.');
    expect(edges(out)).toEqual(['LOCATED_IN Hefeng Robotics Co., Ltd. -> Bishan District']);
  });

  it('keeps a Chinese name in brackets as an alias without a separate entity', () => {
    const out = run('Lanxi University (兰溪大学) signed an agreement.');
    const uni = entity(out, 'Lanxi University');
    expect(uni.names).toEqual({ en: 'Lanxi University', zh: '兰溪大学' });
    expect(uni.aliases).toContain('兰溪大学');
    expect(out.entities).toHaveLength(1);
  });

  it('maps a bracketed abbreviation and its later uses to the full name', () => {
    const out = run('Lanxi University (LXU) held a forum. LXU also opened a lab.');
    const uni = entity(out, 'Lanxi University');
    expect(uni.aliases).toContain('LXU');
    expect(uni.mentions.map((m) => m.text)).toEqual(['Lanxi University', 'LXU', 'LXU']);
  });

  it('resolves "the Research Institute" to the institute named before', () => {
    const out = run(
      'The Qinglan Research Institute opened. Officials visited the Research Institute.',
    );
    expect(out.entities.map((e) => e.name)).toEqual(['Qinglan Research Institute']);
    expect(entity(out, 'Qinglan Research Institute').mentions).toHaveLength(2);
  });

  it('gives mention and evidence offsets into the normalised text', () => {
    const out = run('  Lanxi   University\tand Moshan University   will co-build a lab.  ');
    expect(out.normalizedText).toBe('Lanxi University and Moshan University will co-build a lab.');
    for (const e of out.entities) {
      for (const m of e.mentions) expect(out.normalizedText.slice(m.start, m.end)).toBe(m.text);
    }
    const ev = out.relations[0]?.evidence[0];
    expect(ev && out.normalizedText.slice(ev.start, ev.end)).toBe(ev?.sentence);
  });

  it('does not take a person before "of" into a university name', () => {
    const out = run('Professor Zhao Minghui of Lanxi University spoke.');
    expect(out.entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual([
      'Person:Zhao Minghui',
      'University:Lanxi University',
    ]);
  });
});
