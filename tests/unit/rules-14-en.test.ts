import { edges, names, run } from '../support/enExtract';

// Invented organisations and places (other names, other regions, other word orders): each
// mechanism must fire on sentences no fixture contains, and stay silent on near misses.

describe('English (round 14): a definite description refers to the name with its head word', () => {
  it('"the development zone" is the zone named before it', () => {
    const e = edges(
      run(
        'The Linfen Economic and Technological Development Zone lies in Shanxi province. A returned engineer teamed up with the development zone to set up Huolan Sensor Technology Co Ltd.',
      ),
    );
    expect(e).toContain(
      'CO_BUILDS Linfen Economic and Technological Development Zone -> Huolan Sensor Technology Co Ltd.',
    );
  });

  it('"the consortium" at a sentence start is the consortium named before it', () => {
    const e = edges(
      run(
        'The Baltic Marine Robotics Consortium was launched in Gdansk last year. The consortium now has 12 members, among them Gdansk University of Technology and Wavetec Systems Ltd.',
      ),
    );
    expect(e).toContain(
      'PART_OF Gdansk University of Technology -> Baltic Marine Robotics Consortium',
    );
    expect(e).toContain('PART_OF Wavetec Systems Ltd. -> Baltic Marine Robotics Consortium');
  });

  it('modifiers pick the name that holds them ("the joint laboratory")', () => {
    const e = edges(
      run(
        'Qinglan University runs the Marine Sensors Laboratory. Qinglan University and Haixin Group opened the Joint Laboratory of Smart Ports in May. Haixin Group will keep supporting the joint laboratory.',
      ),
    );
    expect(e).toContain('SUPPORTS Haixin Group -> Joint Laboratory of Smart Ports');
    expect(e).not.toContain('SUPPORTS Haixin Group -> Marine Sensors Laboratory');
  });

  it('near miss: no earlier name has that head word', () => {
    const e = edges(
      run(
        'Qinglan University signed an agreement with Haixin Group. The alliance has 30 members, among them Biyun Chemical Group.',
      ),
    );
    expect(e.filter((x) => x.startsWith('PART_OF'))).toEqual([]);
  });

  it('near miss: "the zone of" names another zone, not the one before', () => {
    const e = edges(
      run(
        'The Dongli High-tech Zone lies in Tianjin. Hefeng Robotics joined the zone of free trade to set up a branch.',
      ),
    );
    expect(e.some((x) => x.includes('Hefeng Robotics') && x.includes('Dongli'))).toBe(false);
  });
});

describe('English (round 14): membership of a body with members', () => {
  it('firms "such as A and B have joined the alliance" are part of it', () => {
    const e = edges(
      run(
        'The Yangtze Hydrogen Energy Alliance was founded in Wuhan. Several firms, such as Hubei Qingneng Co. Ltd. and Sinofuel Group, have joined the alliance.',
      ),
    );
    expect(e).toContain('PART_OF Hubei Qingneng Co. Ltd. -> Yangtze Hydrogen Energy Alliance');
    expect(e).toContain('PART_OF Sinofuel Group -> Yangtze Hydrogen Energy Alliance');
  });

  it('"A is a member of the B Association" and "members include A and C"', () => {
    const e = edges(
      run(
        'The members of the Andes Mining Research Association include the University of Chile and Cobrex Mining Company.',
      ),
    );
    expect(e).toContain('PART_OF University of Chile -> Andes Mining Research Association');
    expect(e).toContain('PART_OF Cobrex Mining Company -> Andes Mining Research Association');
  });

  it('"joined the X Alliance" after a list of universities', () => {
    const e = edges(
      run(
        'Last month Dalarna University and Malardalen University joined the Nordic Battery Alliance.',
      ),
    );
    expect(e).toContain('PART_OF Dalarna University -> Nordic Battery Alliance');
    expect(e).toContain('PART_OF Malardalen University -> Nordic Battery Alliance');
  });

  it('near miss: "joined hands with" is partnering, not membership', () => {
    const e = edges(
      run(
        'Dalarna University joined hands with the Nordic Battery Alliance to hold a forum in Falun.',
      ),
    );
    expect(e).not.toContain('PART_OF Dalarna University -> Nordic Battery Alliance');
  });

  it('near miss: a body without members (a laboratory) takes no members', () => {
    const e = edges(
      run('Dalarna University joined the Falun Battery Laboratory project as a partner.'),
    );
    expect(e.filter((x) => x.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('English (round 14): backers and money received', () => {
  it('"A will be the lead investor in B" and "A as a major backer of B"', () => {
    const e = edges(
      run(
        'Under the deal, Norrland Capital Group will be the lead investor in Umea University. Earlier the school attracted Vasa Holdings Ltd. as a key backer of Lulea University of Technology.',
      ),
    );
    expect(e).toContain('SUPPORTS Norrland Capital Group -> Umea University');
    expect(e).toContain('SUPPORTS Vasa Holdings Ltd. -> Lulea University of Technology');
  });

  it('"B will tap into A funding programmes" and "B received $2 million from A"', () => {
    const e = edges(
      run(
        'The Kenya Agricultural Research Institute will tap into Rift Valley Development Bank funding programmes. Separately, Moi University received $2 million from Safari Telecom Company.',
      ),
    );
    expect(e).toContain(
      'SUPPORTS Rift Valley Development Bank -> Kenya Agricultural Research Institute',
    );
    expect(e).toContain('SUPPORTS Safari Telecom Company -> Moi University');
  });

  it('near miss: a backer wished for is not a backer', () => {
    const e = edges(
      run(
        'Umea University hopes Norrland Capital Group will be the lead investor in Umea Science Park.',
      ),
    );
    expect(e).not.toContain('SUPPORTS Norrland Capital Group -> Umea Science Park');
  });

  it('near miss: received a visit from A is no money from A', () => {
    const e = edges(
      run('Moi University received a delegation from Safari Telecom Company on Monday.'),
    );
    expect(e).not.toContain('SUPPORTS Safari Telecom Company -> Moi University');
  });
});

describe('English (round 14): names of foreign bodies', () => {
  it('"X, Y\'s tech transfer unit" and "X, the incubation arm of Y" name companies', () => {
    const n = names(
      run(
        "Yissum, HUJ's technology transfer unit, signed with Medlab. Kinlabs, the research arm of Borealis Health Ventures, and McGill University will open a space.",
      ),
    );
    expect(n).toContain('Company:Yissum');
    expect(n).toContain('Company:Kinlabs');
    expect(n).toContain('Company:Borealis Health Ventures');
  });

  it('"the Swiss company X" names a company, and the one word recurs as that company', () => {
    const out = run(
      'Several firms, such as the Dutch company Vitagen, have joined the effort. Vitagen will also fund two labs.',
    );
    const n = names(out);
    expect(n).toContain('Company:Vitagen');
    expect(out.entities.find((x) => x.name === 'Vitagen')?.mentions.length).toBe(2);
  });

  it('a particle inside a foreign name keeps the name whole', () => {
    const n = names(
      run(
        'The Federal University of Minas de Gerais and the University of Sao Paulo signed a pact.',
      ),
    );
    expect(n).toContain('University:Federal University of Minas de Gerais');
  });

  it('near miss: a one-word name also written in lower case does not recur as a company', () => {
    const out = run(
      'Sources close to the firm Harvest said the harvest was poor. Harvest will report on Friday.',
    );
    expect(out.entities.find((x) => x.name === 'Harvest')?.mentions.length ?? 0).toBeLessThan(3);
  });

  it('near miss: "the company Friday" is no name', () => {
    expect(names(run('Shares of the company rose on Friday.'))).toEqual([]);
  });
});

describe('English (round 14): ties stated by an appositive', () => {
  it('"X, the research arm of Y" and "X, Y\'s technology transfer unit" make X part of Y', () => {
    const e = edges(
      run(
        "Kinlabs, the research arm of Borealis Health Ventures, opened in Oslo. Yissum, Hebron University's technology transfer unit, signed with Medlab Company.",
      ),
    );
    expect(e).toContain('PART_OF Kinlabs -> Borealis Health Ventures');
    expect(e).toContain('PART_OF Yissum -> Hebron University');
  });

  it('"X, the joint venture company of A and B" and "X is a cooperative research organization of A, B and C"', () => {
    const e = edges(
      run(
        'Fjordtech, the joint venture company of Bergen Marine Institute and Statvik Energy Group, leads the work. The Arctic Sensor Lab is a cooperative research organization of Tromso University, Bergen Marine Institute and Statvik Energy Group.',
      ),
    );
    expect(e).toContain('CO_BUILDS Bergen Marine Institute -> Fjordtech');
    expect(e).toContain('CO_BUILDS Statvik Energy Group -> Fjordtech');
    for (const b of ['Tromso University', 'Bergen Marine Institute', 'Statvik Energy Group'])
      expect(e).toContain(`CO_BUILDS ${b} -> Arctic Sensor Lab`);
  });

  it('a coordination read across an appositive: "A, the arm of B, and C to build …"', () => {
    const e = edges(
      run(
        'The collaboration between Kinlabs, the research arm of Borealis Health Ventures, and the University of Bergen to build biotech startups is bearing fruit.',
      ),
    );
    expect(e).toContain('CO_BUILDS Kinlabs -> University of Bergen');
    expect(e).not.toContain('CO_BUILDS Borealis Health Ventures -> University of Bergen');
  });

  it('near miss: "X, the president of Y" is a person, not a part', () => {
    const e = edges(
      run(
        'Professor Ole Hansen, the head of Bergen Marine Institute, visited Statvik Energy Group.',
      ),
    );
    expect(e.filter((x) => x.startsWith('PART_OF') && x.includes('Statvik'))).toEqual([]);
  });

  it('near miss: a partnership between A and B that builds nothing gives no tie', () => {
    const e = edges(
      run(
        'The partnership between Tromso University and Statvik Energy Group was discussed at the forum.',
      ),
    );
    expect(e.filter((x) => x.startsWith('CO_BUILDS'))).toEqual([]);
  });
});

describe('English (round 14): branches and schools', () => {
  it('a branch of an institute is an institute; a branch of a center stays a lab', () => {
    const n = names(
      run(
        'The Guizhou Branch of the Shanghai Advanced Materials Research Institute opened in Zunyi. The Jinan Branch of the North Technology Transfer Center opened too.',
      ),
    );
    expect(n).toContain(
      'Institute:Guizhou Branch of the Shanghai Advanced Materials Research Institute',
    );
    expect(n).toContain('Lab:Jinan Branch of the North Technology Transfer Center');
  });

  it('a college named at a university acts for the university and is no entity of its own', () => {
    const out = run(
      'The College of Materials Science and Engineering at Lanzhou Jiaotong University started a plan. The Rail Coatings Research Center, set up jointly by the College of Materials Science and Engineering and Gansu Tielu Coatings Co, opened in May.',
    );
    expect(names(out).filter((x) => x.includes('College of'))).toEqual([]);
    expect(edges(out)).toContain(
      'CO_BUILDS Lanzhou Jiaotong University -> Rail Coatings Research Center',
    );
  });

  it('near miss: a college named on its own (no university after it) is left as found', () => {
    const n = names(run('The College of Idaho signed an agreement with Boise Robotics Company.'));
    expect(n.some((x) => x.includes('College of Idaho'))).toBe(true);
  });
});

describe('English (round 14): officers and transfer units', () => {
  it('"Dr X, acting CEO of Y" and "Dr X, managing director of Y" are officers, not experts', () => {
    const n = names(
      run(
        'Dr Anna Lind, acting CEO of Norrland Capital Group, spoke first. Dr Peter Vik, managing director of Statvik Energy Group, agreed.',
      ),
    );
    expect(n.filter((x) => x.startsWith('Person'))).toEqual([]);
  });

  it('"Y CEO Dr X" and "Chairman Dr X" are officers, not experts', () => {
    const n = names(
      run(
        'Norrland Capital Group CEO Dr Anna Lind signed the agreement. Later Chairman Dr Peter Vik of Statvik Energy Group spoke.',
      ),
    );
    expect(n.filter((x) => x.startsWith('Person'))).toEqual([]);
  });

  it('near miss: "Honorary President Academician X" stays an expert', () => {
    const n = names(
      run('Honorary President Academician Zhou Qiang of Umea University attended the ceremony.'),
    );
    expect(n).toContain('Person:Zhou Qiang');
  });

  it('near miss: "Dr X, a researcher at Y" is still an expert', () => {
    const n = names(run('Dr Anna Lind, a researcher at Umea University, led the study.'));
    expect(n).toContain('Person:Anna Lind');
  });

  it('"its tech transfer business … with Y" states no transfer; "transferred its patents to Y" does', () => {
    expect(
      edges(
        run(
          'Umea University wants to grow its tech transfer business through a partnership with Norrland Capital Group.',
        ),
      ),
    ).not.toContain('TRANSFERS_TO Umea University -> Norrland Capital Group');
    expect(
      edges(run('Umea University transferred its patents to Norrland Capital Group.')),
    ).toContain('TRANSFERS_TO Umea University -> Norrland Capital Group');
  });
});

describe('English (round 14): a company with and without its legal words', () => {
  const companies = (text: string): string[] =>
    names(run(text)).filter((x) => x.startsWith('Company'));

  it('"KUBOTA" and "KUBOTA HOLDINGS CO., LTD." are one company', () => {
    expect(
      companies(
        'KUBOTA and Hokkaido University open a lab. KUBOTA HOLDINGS CO., LTD. and Hokkaido University set up the KUBOTA Soil Research Center in May.',
      ),
    ).toEqual(['Company:KUBOTA HOLDINGS CO., LTD.']);
  });

  it('"NGC Ltd" is the "Nordic Grid Company (NGC) Ltd" named before', () => {
    expect(
      companies(
        'The Nordic Grid Company (NGC) Ltd has 12 shareholders. Dr Anna Lind, acting CEO of NGC Ltd, says the group is growing.',
      ),
    ).toEqual(['Company:Nordic Grid Company (NGC) Ltd']);
  });

  it('"Sandvik" and "Sandvik Group" are one company', () => {
    expect(
      companies('Sandvik will fund the lab. Sandvik Group signed the deal with Lulea University.'),
    ).toHaveLength(1);
  });

  it('near miss: a company whose longer name adds a real word stays apart from this rule', () => {
    expect(
      companies(
        'Vasa Shipping Co., Ltd. signed with Umea University. Vasa Energy Co., Ltd. signed too.',
      ),
    ).toHaveLength(2);
  });

  it('near miss: a different short form in brackets is another company', () => {
    expect(
      companies(
        'The Nordic Grid Company (NGC) Ltd has 12 shareholders. It works with the Baltic Power Company (BPC) Ltd.',
      ),
    ).toHaveLength(2);
  });
});
