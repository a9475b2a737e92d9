import { edges, names, run } from '../support/enExtract';

describe('English extraction, round 6', () => {
  it('types a name ending in "Chamber" as a lab', () => {
    const out = run(
      'Lanxi University opened the Thermal Chamber for Coastal Building Studies in its new park.',
    );
    expect(names(out)).toContain('Lab:Thermal Chamber for Coastal Building Studies');
  });

  it('merges a bare company name with its one bracketed place form', () => {
    const out = run(
      'Hefeng (Jiangsu) Co. and Lanxi University opened a lab. The head of Hefeng (Jiangsu) spoke. ' +
        'Hefeng said the lab is its first.',
    );
    const hefeng = out.entities.filter((e) => e.type === 'Company');
    expect(hefeng.map((e) => e.name)).toEqual(['Hefeng (Jiangsu) Co.']);
    expect(hefeng[0]?.aliases).toEqual(expect.arrayContaining(['Hefeng (Jiangsu)', 'Hefeng']));
    expect(hefeng[0]?.mentions).toHaveLength(3);
  });

  it('keeps two bracketed place forms apart from the bare name', () => {
    const out = run(
      'Hefeng (Jiangsu) Co. and Hefeng (Anhui) Co. signed with Lanxi University. Hefeng said so.',
    );
    const companies = out.entities.filter((e) => e.type === 'Company').map((e) => e.name);
    expect(companies).toEqual(
      expect.arrayContaining(['Hefeng (Jiangsu) Co.', 'Hefeng (Anhui) Co.']),
    );
    // The bare "Hefeng" could be either: it is given to neither.
    expect(companies).toHaveLength(2);
    for (const e of out.entities) expect(e.aliases).not.toContain('Hefeng');
  });

  it('reads a mixed-case short form as the university inside a longer name', () => {
    const out = run(
      'The Marsh University of Hong Kong Lanxi Research Institute opened in 2019. ' +
        'Jointly built by MarshU and the Lanxi government, it serves local firms.',
    );
    expect(names(out)).toContain('University:Marsh University of Hong Kong');
    const uni = out.entities.find((e) => e.name === 'Marsh University of Hong Kong');
    expect(uni?.aliases).toContain('MarshU');
  });

  it('makes each lab housed by an institute building part of the institute', () => {
    const out = run(
      'The Qinglan Research Institute covers two hectares. ' +
        'It has two research buildings, which house the Harbour Robotics Laboratory (HRL), ' +
        'the Centre on Tidal Energy Studies and the Coastal Materials Laboratory.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'PART_OF Harbour Robotics Laboratory -> Qinglan Research Institute',
        'PART_OF Centre on Tidal Energy Studies -> Qinglan Research Institute',
        'PART_OF Coastal Materials Laboratory -> Qinglan Research Institute',
      ]),
    );
  });

  it('finds no housed parts without an owner to house them', () => {
    const out = run(
      'The new building will house the Harbour Robotics Laboratory and the Coastal Materials Laboratory.',
    );
    expect(edges(out).filter((e) => e.startsWith('PART_OF'))).toEqual([]);
  });

  it('takes a bracketed short name ending in a head word as the same lab', () => {
    const out = run(
      'The park will host the Centre for Applied Studies of Tidal Power (TidePower Centre). ' +
        'The TidePower Centre opens in May.',
    );
    const labs = out.entities.filter((e) => e.type === 'Lab');
    expect(labs.map((e) => e.name)).toEqual(['Centre for Applied Studies of Tidal Power']);
    expect(labs[0]?.aliases).toContain('TidePower Centre');
  });

  it('links a bare surname back to the one person named with it', () => {
    const out = run(
      'Tang Yuming left a laboratory in Canada and teamed up with Hefeng Group to set up Lanxi Power Co. ' +
        'Tang is one of the top experts shortlisted by Jinan in 2015.',
    );
    const tang = out.entities.find((e) => e.name === 'Tang Yuming');
    expect(tang?.mentions).toHaveLength(2);
    expect(edges(out)).toContain('FLEXIBLY_INTRODUCES Jinan -> Tang Yuming');
  });

  it('links no bare surname shared by two people', () => {
    const out = run(
      'Tang Yuming and Tang Lixin joined the Qinglan Research Institute. Tang said the work is new.',
    );
    for (const e of out.entities.filter((x) => x.type === 'Person'))
      expect(e.mentions).toHaveLength(1);
  });

  it('makes no co-builders of examples listed after a generic plural with "such as"', () => {
    const out = run(
      'The Qinglan Research Institute will work with local enterprises such as Hefeng Group and ' +
        'Lanxi Motors Co. to set up independent research institutes.',
    );
    expect(edges(out).filter((e) => e.startsWith('CO_BUILDS'))).toEqual([]);
  });

  it('still makes co-builders of partners named before the examples', () => {
    const out = run(
      'Qinglan University will work with Hefeng Group and firms such as Lanxi Motors Co. to set up the Qinglan Robotics Laboratory.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Qinglan University -> Qinglan Robotics Laboratory',
        'CO_BUILDS Hefeng Group -> Qinglan Robotics Laboratory',
      ]),
    );
    expect(edges(out)).not.toContain('CO_BUILDS Lanxi Motors Co. -> Qinglan Robotics Laboratory');
  });

  it('makes each partner named in a joint lab name a company and a co-builder', () => {
    const out = run(
      'Qinglan University and Hefeng Group unveiled the Joint Research Center of Hefeng Marine - Qinglan University. ' +
        'Li Ming, chairman of Hefeng Marine, attended.',
    );
    expect(names(out)).toContain('Company:Hefeng Marine');
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Hefeng Marine -> Joint Research Center of Hefeng Marine - Qinglan University',
        'CO_BUILDS Qinglan University -> Joint Research Center of Hefeng Marine - Qinglan University',
      ]),
    );
  });

  it('links subjects joined by "and" that build an unnamed platform with one edge', () => {
    const out = run(
      'Qinglan University and Hefeng Group signed an agreement to build a technology transfer platform.',
    );
    expect(edges(out)).toEqual(['CO_BUILDS Qinglan University -> Hefeng Group']);
  });

  it('links partners whose cooperation an unnamed platform comes of', () => {
    const out = run(
      'The new platform is the fruit of cooperation between Qinglan University and Hefeng Group.',
    );
    expect(edges(out)).toEqual(['CO_BUILDS Qinglan University -> Hefeng Group']);
  });

  it('links no partners that only sign an agreement', () => {
    const out = run('Qinglan University and Hefeng Group signed an agreement on talent training.');
    expect(edges(out)).toEqual([]);
  });

  it('makes a partner named after "in <Place> with" a co-builder', () => {
    const out = run(
      'Qinglan University has established the Qinglan Research Institute in Jinan with Hefeng Group.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Qinglan University -> Qinglan Research Institute',
        'CO_BUILDS Hefeng Group -> Qinglan Research Institute',
      ]),
    );
  });

  it('reads "handed over … to" as a transfer', () => {
    const out = run('Qinglan University handed over three patents to Hefeng Group.');
    expect(edges(out)).toEqual(['TRANSFERS_TO Qinglan University -> Hefeng Group']);
  });

  it('reads "invited Professor X" as an introduction', () => {
    const out = run('Jinan invited Professor Tang Yuming to lead the Qinglan Robotics Laboratory.');
    expect(edges(out)).toContain('FLEXIBLY_INTRODUCES Jinan -> Tang Yuming');
  });

  it('places a company said to be "a <Place>-based" firm', () => {
    const out = run('Hefeng Group is a Jinan-based robot maker.');
    expect(edges(out)).toEqual(['LOCATED_IN Hefeng Group -> Jinan']);
  });

  it('finds an expert named after a verb and described as an academician', () => {
    const out = run('Jinan attracted Tang Yuming, an academician, to set up a workstation.');
    expect(names(out)).toContain('Person:Tang Yuming');
    expect(edges(out)).toContain('FLEXIBLY_INTRODUCES Jinan -> Tang Yuming');
  });

  it('makes a lab that "is affiliated to" a university part of it', () => {
    const out = run('The Qinglan Robotics Laboratory is affiliated to Qinglan University.');
    expect(edges(out)).toEqual(['PART_OF Qinglan Robotics Laboratory -> Qinglan University']);
  });

  it('finds the founder of a lab named in apposition after "a research center"', () => {
    const out = run(
      'Hefeng Group has set up a research center, the Hefeng Marine Research Center, in Jinan.',
    );
    expect(edges(out)).toContain('CO_BUILDS Hefeng Group -> Hefeng Marine Research Center');
  });

  it('types names ending in Technologies, Pharmaceuticals or Motors as companies', () => {
    const out = run(
      'Hefeng Technologies, Lanxi Pharmaceuticals and Jinhe Motors signed with Qinglan University.',
    );
    expect(names(out)).toEqual(
      expect.arrayContaining([
        'Company:Hefeng Technologies',
        'Company:Lanxi Pharmaceuticals',
        'Company:Jinhe Motors',
      ]),
    );
  });

  it('keeps a company head inside a longer name ("Heavy Industries Group")', () => {
    const out = run('Hefeng Heavy Industries Group signed with Qinglan University.');
    expect(names(out)).toContain('Company:Hefeng Heavy Industries Group');
  });

  it('finds a lower-case office named after a known place as a body', () => {
    const out = run('Figures come from the Jinan talent service office, which opened in 2012.');
    expect(names(out)).toContain('Other:Jinan talent service office');
  });

  it('takes no office named after a word that is no known place', () => {
    const out = run('Figures come from the Hefeng regional sales office.');
    expect(names(out).filter((n) => n.startsWith('Other:'))).toEqual([]);
  });

  it('gives a transfer to every member of the receiving list', () => {
    const out = run(
      'The Qinglan Research Institute transferred 12 technologies to enterprises such as Hefeng Group and Lanxi Motors Co.',
    );
    expect(edges(out)).toEqual([
      'TRANSFERS_TO Qinglan Research Institute -> Hefeng Group',
      'TRANSFERS_TO Qinglan Research Institute -> Lanxi Motors Co.',
    ]);
  });

  it('reads "X funded the Y Laboratory" as support', () => {
    const out = run('Hefeng Group funded the Qinglan Robotics Laboratory.');
    expect(edges(out)).toEqual(['SUPPORTS Hefeng Group -> Qinglan Robotics Laboratory']);
  });

  it('finds "the team of Professor X" as a team that can be introduced', () => {
    const out = run(
      'Jinan has brought in 15 expert teams, such as the team of Professor Tang Yuming.',
    );
    expect(names(out)).toContain('ResearchTeam:Tang Yuming team');
    expect(edges(out)).toEqual(['FLEXIBLY_INTRODUCES Jinan -> Tang Yuming team']);
  });

  it('makes no team of "the team of" followed by a place', () => {
    const out = run('The team of Jinan officials visited Qinglan University.');
    expect(names(out).filter((n) => n.startsWith('ResearchTeam:'))).toEqual([]);
  });
});
