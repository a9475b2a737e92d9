import { edges, names, run } from '../support/enExtract';
import type { DocExtraction } from '../../graph/types';

/** The confidence of the tie written "TYPE source -> target", or undefined when it is absent. */
function confidenceOf(out: DocExtraction, edge: string): number | undefined {
  const i = edges(out).indexOf(edge);
  return i < 0 ? undefined : out.relations[i]?.confidence;
}

describe('English clause layer: support', () => {
  it('reads "A will offer B more platforms" as A supporting B', () => {
    const out = run(
      'Lanxi County will offer Qinghe University more practical platforms for research.',
    );
    expect(edges(out)).toContain('SUPPORTS Lanxi County -> Qinghe University');
  });

  it('reads "provide … support for B\'s development" as support of B, at low confidence', () => {
    const out = run(
      "In return, Qinghe University will provide stronger talent and intellectual support for Lanxi County's development.",
    );
    const edge = 'SUPPORTS Qinghe University -> Lanxi County';
    expect(edges(out)).toContain(edge);
    expect(confidenceOf(out, edge)).toBeLessThanOrEqual(0.6);
  });

  it('takes the supporter from a referring subject ("the county") named a sentence before', () => {
    const out = run(
      'Lanxi County held a talent fair. The county will keep providing support and convenience to Qinghe University.',
    );
    expect(edges(out)).toContain('SUPPORTS Lanxi County -> Qinghe University');
  });

  it('reads "thanked A for its support for B" as A supporting B', () => {
    const out = run(
      'Qinghe University thanked Morvale Robotics Co for its long-standing support for the university.',
    );
    expect(edges(out)).toContain('SUPPORTS Morvale Robotics Co -> Qinghe University');
  });

  it('leaves a support participle after a comma to no one ("…, supporting the growth of X")', () => {
    const out = run(
      "The Tidewater Institute will draw on Qinghe University's strengths, supporting the growth of Lanxi County's industries.",
    );
    expect(edges(out).filter((e) => e.startsWith('SUPPORTS'))).toEqual([]);
  });
});

describe('English clause layer: places and parts', () => {
  it('places both members of "A and B, both located in Y"', () => {
    const out = run(
      "Qinghe University and the Lanxi municipal government, both located in Northwest China's Songlin province, met on Monday.",
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Qinghe University -> Songlin',
        'LOCATED_IN Lanxi municipal government -> Songlin',
      ]),
    );
  });

  it('places a county described as "one of the … areas of" a province', () => {
    const out = run('Tongshan County is one of the earliest developed areas of Songlin Province.');
    expect(edges(out)).toContain('LOCATED_IN Tongshan County -> Songlin Province');
  });

  it('reads "X, affiliated to Y" as X part of Y', () => {
    const out = run('The Songlin Marine Lab, affiliated to Qinghe University, opened in May.');
    expect(edges(out)).toContain('PART_OF Songlin Marine Lab -> Qinghe University');
  });
});

describe('English clause layer: experts and transfers', () => {
  it('reads "X has recruited (part-time) experts such as Y and Z" as flexible introduction', () => {
    const out = run(
      'Lanxi District has recruited part-time experts such as Professor Zhou Mingyuan and Professor Ren Jiawei.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'FLEXIBLY_INTRODUCES Lanxi District -> Zhou Mingyuan',
        'FLEXIBLY_INTRODUCES Lanxi District -> Ren Jiawei',
      ]),
    );
  });

  it('takes the transferrer from the subject\'s owner ("the patents of X were licensed to Y")', () => {
    const out = run(
      'The patents of Qinghe University were licensed to Morvale Robotics Co last year.',
    );
    expect(edges(out)).toContain('TRANSFERS_TO Qinghe University -> Morvale Robotics Co');
  });
});

describe('English clause layer: co-building', () => {
  it('makes a subject and the partners after "together with" co-builders of an unnamed thing', () => {
    const out = run(
      'The Morvale Robotics Co has set up an innovation consortium together with Qinghe University, Lanxi University of Technology and other universities.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Morvale Robotics Co -> Qinghe University',
        'CO_BUILDS Morvale Robotics Co -> Lanxi University of Technology',
      ]),
    );
  });

  it('finds no co-building that is only expected of the partners', () => {
    const out = run(
      'He expects Qinghe University and Lanxi University of Technology to build a platform for students.',
    );
    expect(edges(out).filter((e) => e.startsWith('CO_BUILDS'))).toEqual([]);
  });

  it('finds no co-building in the mere idea of establishing something', () => {
    const out = run(
      'Qinghe University and Lanxi County put forward the idea of establishing a dairy institute.',
    );
    expect(edges(out).filter((e) => e.startsWith('CO_BUILDS'))).toEqual([]);
  });

  it('still reads partners stating they will build a platform as co-builders', () => {
    const out = run(
      'Qinghe University and Lanxi University of Technology will jointly build a platform for students.',
    );
    expect(edges(out)).toContain('CO_BUILDS Qinghe University -> Lanxi University of Technology');
  });

  it('reads a signed agreement alone as no co-building', () => {
    const out = run(
      'Qinghe University signed a strategic cooperation agreement with Lanxi County on Monday.',
    );
    expect(edges(out).filter((e) => e.startsWith('CO_BUILDS'))).toEqual([]);
  });

  it('makes partners who jointly develop products or launch activities no co-builders', () => {
    for (const text of [
      'Qinghe University and Lanxi County will jointly develop new materials.',
      'Qinghe University and Lanxi County will jointly launch a series of activities.',
    ])
      expect(edges(run(text)).filter((e) => e.startsWith('CO_BUILDS'))).toEqual([]);
  });

  it('keeps partners who jointly build unnamed innovation platforms as co-builders', () => {
    const out = run('Qinghe University and Lanxi County will jointly build innovation platforms.');
    expect(edges(out)).toContain('CO_BUILDS Qinghe University -> Lanxi County');
  });
});

describe('English names: "Co" without a full stop', () => {
  it('keeps the first word of a company opening a sentence ("Morvale Robotics Co signed …")', () => {
    const out = run('Morvale Robotics Co in Tongshan County signed the deal.');
    expect(names(out)).toContain('Company:Morvale Robotics Co');
    expect(edges(out)).toContain('LOCATED_IN Morvale Robotics Co -> Tongshan County');
  });
});

describe('English clause layer: fronted backers, grants and place phrasings', () => {
  it('reads "With the support of A and B, S …" as A and B supporting S', () => {
    const out = run(
      'With the strong support of Lanxi County and Songlin County, the Tidewater Institute opened.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'SUPPORTS Lanxi County -> Tidewater Institute',
        'SUPPORTS Songlin County -> Tidewater Institute',
      ]),
    );
  });

  it('reads "A granted B 10 million yuan" as support, "A gave B a new name" as none', () => {
    expect(edges(run('Lanxi County granted Qinghe University 10 million yuan.'))).toContain(
      'SUPPORTS Lanxi County -> Qinghe University',
    );
    expect(edges(run('Lanxi County gave Qinghe University a new name.'))).toEqual([]);
  });

  it('places a city "located in the northwest of" a province', () => {
    const out = run('Mianyang is located in the northwest of Sichuan province.');
    expect(edges(out)).toContain('LOCATED_IN Mianyang -> Sichuan');
  });

  it('places a district named after its city\'s possessive ("Mianyang city\'s Youxian district")', () => {
    const out = run("Mianyang city's Youxian district signed the deal.");
    expect(edges(out)).toContain('LOCATED_IN Youxian district -> Mianyang');
  });
});

describe('English places: opening ceremonies and listed examples', () => {
  it('places a facility where the ceremony laying its foundation stone was held', () => {
    const out = run(
      'Qinghe University held a ceremony on 24 May in Tongshan County to lay the foundation stone of the Tidewater Research Institute.',
    );
    expect(edges(out)).toContain('LOCATED_IN Tidewater Research Institute -> Tongshan County');
  });

  it('places nothing where only a signing ceremony was held', () => {
    const out = run(
      'Qinghe University held a ceremony in Tongshan County to sign an agreement and unveil the Tidewater Research Institute.',
    );
    expect(edges(out).filter((e) => e.startsWith('LOCATED_IN Tidewater'))).toEqual([]);
  });

  it('places the examples after "among them" (a company and an industrial park)', () => {
    const out = run(
      'The delegation visited key industrial zones in Tongshan County, among them the Morvale Robotics Co and the Lanxi Coffee Industrial Park.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Morvale Robotics Co -> Tongshan County',
        'LOCATED_IN Lanxi Coffee Industrial Park -> Tongshan County',
      ]),
    );
  });

  it('places cities given as examples of "cities in" a province', () => {
    const out = run('Officials visited cities in Sichuan, such as Mianyang and Deyang.');
    expect(edges(out)).toEqual(
      expect.arrayContaining(['LOCATED_IN Mianyang -> Sichuan', 'LOCATED_IN Deyang -> Sichuan']),
    );
  });
});

describe('English names: title-case headlines', () => {
  it('splits "A and B Will Jointly Build C Institute" into the partners and what they build', () => {
    const out = run(
      'Lanxi County and Qinghe University Will Jointly Build Tidewater Marine Research Institute',
    );
    expect(names(out)).toEqual(
      expect.arrayContaining([
        'University:Qinghe University',
        'Institute:Tidewater Marine Research Institute',
      ]),
    );
    expect(edges(out)).toContain(
      'CO_BUILDS Qinghe University -> Tidewater Marine Research Institute',
    );
  });
});

describe('English clause layer: support named as a noun', () => {
  it('reads "the concern and support of A for the development of … in B" as A supporting B', () => {
    const out = run(
      'Cheng Lihua expressed gratitude for the long-standing concern and support of Qinghe University for the development of higher education in Songlin Province.',
    );
    expect(edges(out)).toContain('SUPPORTS Qinghe University -> Songlin Province');
  });

  it('keeps a county and a university apart across "for" ("support of X County for Y University")', () => {
    const out = run(
      "He thanked the concern and support of Lanxi County for Qinghe University's development.",
    );
    expect(names(out)).toEqual(
      expect.arrayContaining(['District:Lanxi County', 'University:Qinghe University']),
    );
    expect(edges(out)).toContain('SUPPORTS Lanxi County -> Qinghe University');
  });
});
