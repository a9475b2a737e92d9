import { edges, names, run } from '../support/enExtract';

// Invented organisations and places: each mechanism must fire on sentences no fixture contains,
// and stay silent on near misses.

describe('English (round 16): a legal form after a comma closes the name', () => {
  it('"X Systems, Inc." is one company, at a sentence start and after "with"', () => {
    expect(names(run('Brennock Systems, Inc. signed a deal with Qinglan University.'))).toContain(
      'Company:Brennock Systems, Inc.',
    );
    expect(
      names(run('Qinglan University signed a deal with Tarrow Pumps, LLC, a maker of valves.')),
    ).toContain('Company:Tarrow Pumps, LLC');
  });

  it('near miss: a comma before an ordinary word joins no name', () => {
    const found = names(run('Brennock Systems, Qinglan University and Haixin Group met in May.'));
    expect(found.some((n) => n.includes('Brennock Systems, Qinglan'))).toBe(false);
  });
});

describe('English (round 16): unknown names in a list of organisations', () => {
  it('one-word names beside a recognised company are companies', () => {
    const found = names(
      run('Galanz, Midea and Haixin Group signed an agreement with Qinglan University.'),
    );
    expect(found).toContain('Company:Galanz');
    expect(found).toContain('Company:Midea');
  });

  it('an acronym takes its neighbours type, or reads a U as a university', () => {
    const found = names(
      run('The lab was founded by Tarrow University, Brennock University and KTRI in 2019.'),
    );
    expect(found).toContain('University:KTRI');
    const other = names(run('The lab was founded by Haixin Group, Qinglan Lab and NUQ in 2019.'));
    expect(other).toContain('University:NUQ');
  });

  it('the name is found again in later sentences, and its ties are read', () => {
    const out = run(
      'Norvex and the Qinglan University Foundation signed an agreement. Norvex will fund the Tarrow Battery Laboratory.',
    );
    expect(names(out)).toContain('Company:Norvex');
    expect(edges(out)).toContain('SUPPORTS Norvex -> Tarrow Battery Laboratory');
  });

  it('near miss: a list holding a place or a person is left alone', () => {
    const found = names(run('Tarrowby, Linfen and Haixin Group agreed on a plan.'));
    expect(found.some((n) => n.endsWith(':Tarrowby'))).toBe(false);
  });

  it('near miss: a word that recurs in lower case, or part of a longer run, is no name', () => {
    const found = names(
      run(
        'Industry and Haixin Group met. The industry grew. Haixin Group and Norvex Systems agreed.',
      ),
    );
    expect(found).not.toContain('Company:Industry');
    expect(found).not.toContain('Company:Norvex');
  });

  it('near miss: an acronym inside a longer recognised name is its short form', () => {
    const found = names(
      run('The DOWA Tarrow Research Center opened. DOWA and Qinglan University will fund it.'),
    );
    expect(found.some((n) => n.endsWith(':DOWA'))).toBe(false);
  });
});

describe('English (round 16): chip names are no universities', () => {
  it('"GPU" used twice is no university, nor an item of a list of organisations', () => {
    const found = names(
      run(
        'Haixin Group, Qinglan University and GPU makers met. The GPU market grew. Brennock Ltd. sells the GPU.',
      ),
    );
    expect(found.some((n) => n.endsWith(':GPU'))).toBe(false);
  });
});

describe('English (round 16): a unit named before "and" is no part of the next name', () => {
  it('"Faculty of Engineering and Haixin Group" is the group alone', () => {
    const found = names(
      run(
        "Qinglan University's Faculty of Engineering and Haixin Group will jointly run the Tarrow Battery Laboratory.",
      ),
    );
    expect(found).toContain('Company:Haixin Group');
    expect(found.some((n) => n.includes('Faculty of Engineering and'))).toBe(false);
  });

  it('near miss: "Beacons of Excellence and Innovation Institute" stays one name', () => {
    const found = names(
      run('Haixin Group funds the Beacons of Excellence and Innovation Institute.'),
    );
    expect(found).toContain('Institute:Beacons of Excellence and Innovation Institute');
  });
});

describe('English (round 16): "University of A and B and C University"', () => {
  it('the field after the first "and" closes the first name; the second "and" starts the next', () => {
    const found = names(
      run('Tarrow University of Mining and Geology and Qinglan University signed an agreement.'),
    );
    expect(found).toContain('University:Tarrow University of Mining and Geology');
    expect(found).toContain('University:Qinglan University');
  });

  it('"the Ministry of Science and Technology and X Group" are two names', () => {
    const found = names(
      run('The Ministry of Science and Technology and Haixin Group signed an agreement.'),
    );
    expect(found).toContain('Other:Ministry of Science and Technology');
    expect(found).toContain('Company:Haixin Group');
  });

  it('near miss: "A Bank and B Agricultural and Commercial Bank" keeps the second name whole', () => {
    const found = names(
      run(
        'Hankou Bank, Tarrow Bank and Linfen Agricultural and Commercial Bank presented products.',
      ),
    );
    expect(found).toContain('Company:Linfen Agricultural and Commercial Bank');
  });
});

describe('English (round 16): names of other languages', () => {
  it('accented letters are letters of a name ("Göteborg", "Jürgen Müller")', () => {
    const out = run(
      'Professor Jürgen Müller of Brennock University leads the Tarrow Battery Laboratory at Göteborg University.',
    );
    expect(names(out)).toContain('Person:Jürgen Müller');
    expect(names(out)).toContain('University:Göteborg University');
  });

  it('a university head of another language opens its name', () => {
    const found = names(
      run(
        'Université Tarrow and Haixin Group will jointly build a lab. The Universidad de Linfen signed an agreement with Haixin Group. Universiti Teknologi Tarrow joined.',
      ),
    );
    expect(found).toContain('University:Université Tarrow');
    expect(found).toContain('University:Universidad de Linfen');
    expect(found).toContain('University:Universiti Teknologi Tarrow');
  });

  it('near miss: "Instituto de X and Y University" are two names', () => {
    const found = names(run('Instituto de Tarrow and Qinglan University signed an agreement.'));
    expect(found).toContain('Institute:Instituto de Tarrow');
    expect(found).toContain('University:Qinglan University');
  });
});

describe('English (round 16): Malaysian honorifics are no names', () => {
  it('"Prof. Datuk Ts. Dr. X Y Z": the honorifics are left out, the person kept', () => {
    const found = names(
      run(
        'The ceremony took place at Tarrow University, with Prof. Datuk Ts. Dr. Ahmad Fauzi Ismail signing for the university.',
      ),
    );
    expect(found.some((n) => n.includes('Datuk'))).toBe(false);
    expect(found).toContain('Person:Ahmad Fauzi Ismail');
  });
});

describe('English (round 16): a one-word company named by its backer', () => {
  it('"LIT-backed Norvex": Norvex is a company, backed by the institute LIT stands for', () => {
    const out = run(
      'The Linfen Institute of Technology opened a lab. Among the new firms is LIT-backed Norvex, which makes sensors.',
    );
    expect(names(out)).toContain('Company:Norvex');
    expect(edges(out)).toContain('SUPPORTS Linfen Institute of Technology -> Norvex');
  });

  it('near miss: a common word after the compound is no company', () => {
    const out = run('Haixin Group opened a lab. EU-funded Research is growing, the research says.');
    expect(names(out)).not.toContain('Company:Research');
  });
});

describe('English (round 16): lower-case governments of places abroad', () => {
  it('"the Ontario government" and "The Queensland government" are government bodies', () => {
    const out = run(
      'The Tarrowland government will fund the Tarrow Battery Laboratory. Qinglan University thanked the Brennockshire government.',
    );
    expect(names(out)).toContain('Other:Tarrowland government');
    expect(names(out)).toContain('Other:Brennockshire government');
    expect(edges(out)).toContain('SUPPORTS Tarrowland government -> Tarrow Battery Laboratory');
  });

  it('near miss: "the government" alone and an organisation\'s "government" name no body', () => {
    const found = names(
      run('Qinglan University thanked the government. It met the University government officials.'),
    );
    expect(found.some((n) => n.startsWith('Other:'))).toBe(false);
  });
});

describe('English (round 16): titled people and fields of technology are no organisations', () => {
  it('"Vice-Chancellor X Y and Z Group" is the group alone', () => {
    const found = names(
      run(
        'The agreement was signed by Vice-Chancellor Jane Mbeki and Haixin Group CEO Tom Fischer.',
      ),
    );
    expect(found).toContain('Company:Haixin Group');
    expect(found.some((n) => n.includes('Mbeki and'))).toBe(false);
  });

  it('"Artificial Intelligence, Internet of Things and Big Data" name no company', () => {
    const found = names(
      run('The research will focus on Artificial Intelligence, Internet of Things and Big Data.'),
    );
    expect(found).toEqual([]);
  });
});

describe('English (round 16): legal forms of other countries', () => {
  it('Oy, AB, S.A., SpA, (Pty) Ltd and Sdn Bhd end company names', () => {
    const found = names(
      run(
        'Tarrow Pulp Oy, Brennock Fibre AB, Haixin Mining S.A. and Linfen Power Sdn Bhd signed an agreement with Qinglan University.',
      ),
    );
    expect(found).toContain('Company:Tarrow Pulp Oy');
    expect(found).toContain('Company:Brennock Fibre AB');
    expect(found).toContain('Company:Haixin Mining S.A.');
    expect(found).toContain('Company:Linfen Power Sdn Bhd');
  });

  it('near miss: a sentence-opening "As" ends no name', () => {
    const found = names(run('As a result, Qinglan University grew.'));
    expect(found).toEqual(['University:Qinglan University']);
  });
});

describe('English (round 16): a one-word company acting as a subject', () => {
  it('"Andritz has opened …", "In 2019, Norvex signed …": companies, found again later', () => {
    const out = run(
      'Brennvik has opened a fiber laboratory at Qinglan University. In 2019, Norvex signed an agreement with Qinglan University. Norvex will fund the Tarrow Battery Laboratory.',
    );
    expect(names(out)).toContain('Company:Brennvik');
    expect(names(out)).toContain('Company:Norvex');
    expect(edges(out)).toContain('SUPPORTS Norvex -> Tarrow Battery Laboratory');
  });

  it('near miss: pronouns, plurals, dates and words of found names are no companies', () => {
    const found = names(
      run(
        'Everyone signed. Researchers signed an agreement. Yesterday Qinglan University opened a lab. The Tarrow District government met us. Tarrow signed an agreement with Qinglan University.',
      ),
    );
    expect(found.filter((n) => n.startsWith('Company:'))).toEqual([]);
    expect(found).toContain('University:Qinglan University');
  });
});

describe('English (round 16): labs named only by an appositive', () => {
  it('"X, the incubator of Y University" is a lab, part of the university', () => {
    const out = run(
      'Tarrow Hatch, the technology business incubator of Qinglan University, opened in May.',
    );
    expect(names(out)).toContain('Lab:Tarrow Hatch');
    expect(edges(out)).toContain('PART_OF Tarrow Hatch -> Qinglan University');
  });

  it('"launched X, its new incubator" and "its new incubator, X," name a lab it built', () => {
    const out = run(
      'Qinglan University launched Tarrow Hatch, its new technology business incubator, in May.',
    );
    expect(names(out)).toContain('Lab:Tarrow Hatch');
    expect(edges(out)).toContain('CO_BUILDS Qinglan University -> Tarrow Hatch');
    expect(
      names(run('Haixin Group opened its new research centre, Brennock Works, in Linfen.')),
    ).toContain('Lab:Brennock Works');
  });

  it('near miss: a person or a place described by a lab is no lab', () => {
    const found = names(
      run(
        'Professor Zhang Wei, the director of the laboratory, spoke. Linfen, a city with a new lab, grew.',
      ),
    );
    expect(found.some((n) => n.startsWith('Lab:'))).toBe(false);
  });
});
