import { edges, names, run } from '../support/enExtract';

describe('English rules: names', () => {
  it('keeps "X Machinery and Electronics Group" whole across "and"', () => {
    const out = run('Lanxi Machinery and Electronics Group opened a new plant.');
    expect(names(out)).toContain('Company:Lanxi Machinery and Electronics Group');
  });

  it('splits two headed names joined by "and" after an "of" tail', () => {
    const out = run(
      'The lab was jointly established by Hefeng Ceramics Institute of Lanxi Academy of Sciences and Qinglan University of Technology.',
    );
    expect(names(out)).toContain(
      'Institute:Hefeng Ceramics Institute of Lanxi Academy of Sciences',
    );
    expect(names(out)).toContain('University:Qinglan University of Technology');
  });

  it('recognises an expert named before a comma and the title Academician', () => {
    const out = run('Zhao Minghe, Academician of the Lanxi Academy of Engineering, spoke.');
    expect(names(out)).toContain('Person:Zhao Minghe');
  });

  it('takes an all-capital word used twice as an organisation, a University when it ends in U', () => {
    const out = run('LXU signed an agreement with QLTEK. LXU and QLTEK will cooperate.');
    expect(names(out)).toEqual(expect.arrayContaining(['University:LXU', 'Company:QLTEK']));
  });

  it('drops a quoted generic "Joint Laboratory" and units such as offices', () => {
    const out = run(
      'Lanxi University and Hefeng Group unveiled a "Joint Laboratory" with the Industry-University-Research Office.',
    );
    expect(names(out).some((n) => /Joint Laboratory|Office/.test(n))).toBe(false);
  });

  it('merges "X District" and a bare known place X into one District', () => {
    const out = run("Bao'an District signed the deal. Firms in Bao'an grew.");
    expect(out.entities.filter((e) => e.type === 'District')).toHaveLength(1);
  });
});

describe('English rules: relations', () => {
  it('does not count the owner after "of the" as a co-builder', () => {
    const out = run(
      'The Qinglan Joint Laboratory was jointly established by the Hefeng Institutes of Optics (HIO) of the Lanxi Academy of Sciences and Qinglan University.',
    );
    const e = edges(out);
    expect(e).toContain('CO_BUILDS Hefeng Institutes of Optics -> Qinglan Joint Laboratory');
    expect(e).toContain('CO_BUILDS Qinglan University -> Qinglan Joint Laboratory');
    expect(e.some((x) => x.startsWith('CO_BUILDS Lanxi Academy of Sciences'))).toBe(false);
  });

  it('links two parties that unveil an unnamed "Joint Laboratory"', () => {
    const out = run(
      'Lanxi University and the Hefeng Group held the unveiling of a "Joint Laboratory" on Monday.',
    );
    expect(edges(out)).toContain('CO_BUILDS Lanxi University -> Hefeng Group');
  });

  it('reads "signed an agreement with B to establish C" as co-building C', () => {
    const out = run(
      'Lanxi University signed a cooperation agreement with Hefeng Group to establish the Lanxi Big Data Research Institute.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Lanxi University -> Lanxi Big Data Research Institute',
        'CO_BUILDS Hefeng Group -> Lanxi Big Data Research Institute',
      ]),
    );
  });

  it('ignores an agreement "to build" something unnamed', () => {
    const out = run('Hefeng Robotics Co Ltd signed an agreement with Chengdu to build a plant.');
    expect(edges(out).filter((x) => x.startsWith('CO_BUILDS'))).toEqual([]);
  });

  it('resolves "the institute" to a name earlier in the sentence across a semicolon', () => {
    const out = run(
      'The Lanxi Smart Medical Research Institute was unveiled; the institute was jointly built by Lanxi University and Hefeng Group.',
    );
    expect(edges(out)).toContain(
      'CO_BUILDS Lanxi University -> Lanxi Smart Medical Research Institute',
    );
  });

  it('locates a lab inaugurated on a date in a place, past an appositive', () => {
    const out = run(
      'The Qinglan Laboratory, one of the key labs of the city, was officially inaugurated on July 16 in Chongqing Liangjiang New Area.',
    );
    expect(edges(out)).toContain('LOCATED_IN Qinglan Laboratory -> Chongqing Liangjiang New Area');
  });

  it('locates every member of a list that settled in a district', () => {
    const out = run(
      'Two firms, namely Lanxi Optics Co Ltd and Hefeng Robotics Co Ltd, have settled in Gangzha district.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Lanxi Optics Co Ltd -> Gangzha district',
        'LOCATED_IN Hefeng Robotics Co Ltd -> Gangzha district',
      ]),
    );
  });

  it('lets a district government act for its district when it co-builds', () => {
    const out = run(
      "Lanxi University and the Bao'an District People's Government jointly established the Qinglan Research Institute. Bao'an District is growing.",
    );
    expect(edges(out)).toContain("CO_BUILDS Bao'an District -> Qinglan Research Institute");
  });
});
