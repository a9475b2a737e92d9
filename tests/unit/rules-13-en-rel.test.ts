import { edges, run } from '../support/enExtract';

// Invented organisations and places (other names, other regions, other word orders): each rule
// must fire on sentences no fixture contains, and stay silent on near misses.

describe('English relations (round 13): examples of a placed kind', () => {
  it('results passed "to firms based in X, such as A, B and C" go to the examples, which lie in X', () => {
    const e = edges(
      run(
        'Over the years Lanxi University has transferred its research results to enterprises located in Wucheng District, like Tianmu Textiles Co. and Hefeng Machinery Group.',
      ),
    );
    expect(e).toContain('TRANSFERS_TO Lanxi University -> Tianmu Textiles Co.');
    expect(e).toContain('TRANSFERS_TO Lanxi University -> Hefeng Machinery Group');
    expect(e).toContain('LOCATED_IN Tianmu Textiles Co. -> Wucheng District');
    expect(e).toContain('LOCATED_IN Hefeng Machinery Group -> Wucheng District');
    // The place is no receiver, and the university is not what is located there.
    expect(e).not.toContain('TRANSFERS_TO Lanxi University -> Wucheng District');
    expect(e).not.toContain('LOCATED_IN Lanxi University -> Wucheng District');
  });

  it('a short description of one example does not end the list', () => {
    const e = edges(
      run(
        'Many patents developed by Qinglan University have been licensed to companies headquartered in Jinhua County, such as Hefeng Machinery Group, Biyun Chemical Group, also a maker of dyes, and Tianmu Textiles Co.',
      ),
    );
    for (const c of ['Hefeng Machinery Group', 'Biyun Chemical Group', 'Tianmu Textiles Co.']) {
      expect(e).toContain(`TRANSFERS_TO Qinglan University -> ${c}`);
      expect(e).toContain(`LOCATED_IN ${c} -> Jinhua County`);
    }
  });

  it('firms "headquartered in X, including A and B" lie in X', () => {
    const e = edges(
      run(
        'The fair drew well-known brands headquartered in Yuhang District, including Hefeng Machinery Group and Biyun Chemical Group.',
      ),
    );
    expect(e).toContain('LOCATED_IN Hefeng Machinery Group -> Yuhang District');
    expect(e).toContain('LOCATED_IN Biyun Chemical Group -> Yuhang District');
  });

  it('near miss: a place after "to a company in" is not what receives the patents', () => {
    const e = edges(
      run('Qinglan University has licensed its patents to a company located in Wucheng District.'),
    );
    expect(e).not.toContain('TRANSFERS_TO Qinglan University -> Wucheng District');
    expect(e).not.toContain('LOCATED_IN Qinglan University -> Wucheng District');
  });

  it('near miss: a place named right after "to" still receives the results', () => {
    const e = edges(run('Qinglan University transferred the patents to Wucheng District.'));
    expect(e).toContain('TRANSFERS_TO Qinglan University -> Wucheng District');
  });
});

describe('English relations (round 13): places and co-builders', () => {
  it('"X in the city of Y" and "X, in the province of Y" place X in Y', () => {
    expect(
      edges(
        run(
          'Qinglan University and the district government of Wucheng in the city of Jinhua signed an agreement.',
        ),
      ),
    ).toContain('LOCATED_IN Wucheng -> Jinhua');
    expect(
      edges(run('Yuhang District in the city of Hangzhou hosts the Lanxi Institute of Dyes.')),
    ).toContain('LOCATED_IN Yuhang District -> Hangzhou');
    expect(
      edges(run('The Lanxi Institute of Dyes opened in Fengxian, in the province of Hebei.')),
    ).toContain('LOCATED_IN Fengxian -> Hebei');
  });

  it('three or more partners listed as one subject of an unnamed joint build pair up each', () => {
    const e = edges(
      run(
        'Qinglan University, Hefeng Machinery Group and Biyun Chemical Group will jointly build an innovation park.',
      ),
    );
    expect(e).toContain('CO_BUILDS Qinglan University -> Hefeng Machinery Group');
    expect(e).toContain('CO_BUILDS Qinglan University -> Biyun Chemical Group');
    expect(e).toContain('CO_BUILDS Hefeng Machinery Group -> Biyun Chemical Group');
    const f = edges(
      run(
        'Lanxi University, Hefeng Machinery Group and the Jinhua Institute of Optics jointly established an industrial alliance.',
      ),
    );
    expect(f).toContain('CO_BUILDS Hefeng Machinery Group -> Jinhua Institute of Optics');
  });

  it('near miss: a subject building with partners named after "with" pairs with each, not they with each other', () => {
    const e = edges(
      run(
        'Qinglan University will jointly build an innovation park with Hefeng Machinery Group and Biyun Chemical Group.',
      ),
    );
    expect(e).toContain('CO_BUILDS Qinglan University -> Hefeng Machinery Group');
    expect(e).not.toContain('CO_BUILDS Hefeng Machinery Group -> Biyun Chemical Group');
  });

  it('near miss: a named built thing links each builder to it, not the builders to each other', () => {
    const e = edges(
      run(
        'Qinglan University, Hefeng Machinery Group and Biyun Chemical Group will jointly build the Lanxi Institute of Dyes.',
      ),
    );
    expect(e).toContain('CO_BUILDS Biyun Chemical Group -> Lanxi Institute of Dyes');
    expect(e).not.toContain('CO_BUILDS Hefeng Machinery Group -> Biyun Chemical Group');
  });
});

describe('English relations (round 13): ownership', () => {
  it('"X, which …, is held by Y": the main clause\'s subject is the company held', () => {
    const e = edges(
      run(
        'Hefeng Machinery Group, which was founded in 1998 as Hefeng Tools Co., is held by Biyun Chemical Group.',
      ),
    );
    expect(e).toContain('PART_OF Hefeng Machinery Group -> Biyun Chemical Group');
    expect(e).not.toContain('PART_OF Hefeng Tools Co. -> Biyun Chemical Group');
  });

  it('"wholly owned by" and "a wholly owned subsidiary of" make a part', () => {
    expect(edges(run('Tianmu Textiles Co. is wholly owned by Hefeng Machinery Group.'))).toContain(
      'PART_OF Tianmu Textiles Co. -> Hefeng Machinery Group',
    );
    expect(
      edges(
        run(
          'Tianmu Textiles Co., which opened its first plant in 2012, is now a wholly owned subsidiary of Hefeng Machinery Group.',
        ),
      ),
    ).toContain('PART_OF Tianmu Textiles Co. -> Hefeng Machinery Group');
  });

  it('near miss: a lab or an event "held by" a university is no holding', () => {
    const e = edges(
      run(
        'The Lanxi Institute of Dyes, which opened in 2019, was held by Qinglan University to be its best lab. ' +
          'The Lanxi Innovation Forum, which drew 300 guests from Tianmu Textiles Co., was held by Biyun Chemical Group.',
      ),
    );
    expect(e).not.toContain('PART_OF Lanxi Institute of Dyes -> Qinglan University');
    expect(e.filter((x) => x.endsWith('-> Biyun Chemical Group'))).toEqual([]);
  });
});

describe('English relations (round 13): possessives', () => {
  it('an appositive "Y\'s first research centre" makes the lab part of Y', () => {
    expect(
      edges(
        run(
          "Both projects are led by Professor Li Wen, director of the Qinglan University Centre for Water Technologies, Qinglan University's first research centre outside China.",
        ),
      ),
    ).toContain('PART_OF Qinglan University Centre for Water Technologies -> Qinglan University');
    expect(
      edges(
        run(
          "The Jinhua Institute of Optics, the Hefeng Machinery Group's newest research institute, opened in May.",
        ),
      ),
    ).toContain('PART_OF Jinhua Institute of Optics -> Hefeng Machinery Group');
  });

  it('"the building of Y\'s X" makes Y a builder of X', () => {
    expect(
      edges(
        run(
          "An agreement was signed confirming the building of Qinglan University's Wucheng Innovation Park.",
        ),
      ),
    ).toContain('CO_BUILDS Qinglan University -> Wucheng Innovation Park');
    expect(
      edges(
        run(
          "The mayor praised the construction of Hefeng Machinery Group's Lanxi Institute of Dyes.",
        ),
      ),
    ).toContain('CO_BUILDS Hefeng Machinery Group -> Lanxi Institute of Dyes');
  });

  it('near misses: a possessive in a list, or an unnamed thing, states no tie', () => {
    const e = edges(
      run(
        "The Jinhua Institute of Optics and Hefeng Machinery Group's research centre signed a deal. " +
          "The agreement covers the construction of Qinglan University's campus next to the Lanxi Institute of Dyes.",
      ),
    );
    expect(e).not.toContain('PART_OF Jinhua Institute of Optics -> Hefeng Machinery Group');
    expect(e).not.toContain('CO_BUILDS Qinglan University -> Lanxi Institute of Dyes');
  });
});

describe('English relations (round 13): money given', () => {
  it('a body that gives or awards a sum of money to another supports it', () => {
    expect(
      edges(
        run('Last year the Hefeng Foundation gave $5m to Qinglan University to expand its labs.'),
      ),
    ).toContain('SUPPORTS Hefeng Foundation -> Qinglan University');
    expect(
      edges(
        run(
          'The Lanxi Science Fund has awarded a £2 million research grant to the Jinhua Institute of Optics.',
        ),
      ),
    ).toContain('SUPPORTS Lanxi Science Fund -> Jinhua Institute of Optics');
    expect(
      edges(
        run('Biyun Chemical Group will provide 30 million yuan for the Lanxi Institute of Dyes.'),
      ),
    ).toContain('SUPPORTS Biyun Chemical Group -> Lanxi Institute of Dyes');
  });

  it('near misses: money paid for goods, or a lecture given, is no support', () => {
    const e = edges(
      run(
        'Hefeng Machinery Group paid $5m to Biyun Chemical Group for the plant. Qinglan University gave a lecture to Tianmu Textiles Co.',
      ),
    );
    expect(e.filter((x) => x.startsWith('SUPPORTS'))).toEqual([]);
  });
});

describe('English relations (round 13): licensing deals', () => {
  it("a licensing deal between a research body and companies licenses the body's results to them", () => {
    expect(
      edges(
        run(
          'The Jinhua Institute of Optics and Hefeng Machinery Group signed an exclusive agreement in May to license new battery materials.',
        ),
      ),
    ).toContain('TRANSFERS_TO Jinhua Institute of Optics -> Hefeng Machinery Group');
    const e = edges(
      run(
        'Biyun Chemical Group has signed a licensing deal with Qinglan University for its dye patents.',
      ),
    );
    expect(e).toContain('TRANSFERS_TO Qinglan University -> Biyun Chemical Group');
    expect(e).not.toContain('TRANSFERS_TO Biyun Chemical Group -> Qinglan University');
    const f = edges(
      run(
        'Hefeng Machinery Group and Biyun Chemical Group signed a licensing agreement with the Jinhua Institute of Optics.',
      ),
    );
    expect(f).toContain('TRANSFERS_TO Jinhua Institute of Optics -> Hefeng Machinery Group');
    expect(f).toContain('TRANSFERS_TO Jinhua Institute of Optics -> Biyun Chemical Group');
  });

  it('near misses: a deal between two universities, or an agreement to build, licenses nothing', () => {
    const e = edges(
      run(
        'Qinglan University and Lanxi University signed a licence agreement. ' +
          'Qinglan University and Hefeng Machinery Group signed an agreement to build a joint lab.',
      ),
    );
    expect(e.filter((x) => x.startsWith('TRANSFERS_TO'))).toEqual([]);
  });
});

describe('English relations (round 13): relative clauses', () => {
  it('"X, which the university builds jointly with B": B builds X even when the first builder is a common noun', () => {
    expect(
      edges(
        run(
          'The plan names the "Lanxi Dye Industry Consortium", which the university builds jointly with Hefeng Machinery Group.',
        ),
      ),
    ).toContain('CO_BUILDS Hefeng Machinery Group -> Lanxi Dye Industry Consortium');
    const e = edges(
      run(
        'Visitors toured the Jinhua Institute of Optics, which the city set up together with Biyun Chemical Group and Tianmu Textiles Co. in 2020.',
      ),
    );
    expect(e).toContain('CO_BUILDS Biyun Chemical Group -> Jinhua Institute of Optics');
    expect(e).toContain('CO_BUILDS Tianmu Textiles Co. -> Jinhua Institute of Optics');
  });

  it('near misses: a visit with a partner, or a partner of the main clause, builds nothing', () => {
    const e = edges(
      run(
        'The Lanxi Institute of Dyes, which the company visited with Qinglan University, opened in May. ' +
          'The Jinhua Institute of Optics, which the city built, works with Biyun Chemical Group.',
      ),
    );
    expect(e.filter((x) => x.startsWith('CO_BUILDS'))).toEqual([]);
  });
});

describe('English relations (round 13): partners after the built thing', () => {
  it('"A will set up the X Center together with B, and the two will …": A and B build X', () => {
    const e = edges(
      run(
        'Biyun Chemical Group will set up the Lanxi Dye Research Center together with Jinhua County, and the two will train talent.',
      ),
    );
    expect(e).toContain('CO_BUILDS Biyun Chemical Group -> Lanxi Dye Research Center');
    expect(e).toContain('CO_BUILDS Jinhua County -> Lanxi Dye Research Center');
    const f = edges(
      run(
        'Qinglan University established the Jinhua Institute of Optics along with Hefeng Machinery Group and Tianmu Textiles Co. in 2019.',
      ),
    );
    expect(f).toContain('CO_BUILDS Hefeng Machinery Group -> Jinhua Institute of Optics');
    expect(f).toContain('CO_BUILDS Tianmu Textiles Co. -> Jinhua Institute of Optics');
  });

  it('near miss: visiting a lab together with a partner builds nothing', () => {
    const e = edges(
      run(
        'Hefeng Machinery Group visited the Jinhua Institute of Optics together with Qinglan University.',
      ),
    );
    expect(e.filter((x) => x.startsWith('CO_BUILDS'))).toEqual([]);
  });
});

describe('English relations (round 13): reported clauses', () => {
  it('"An official of X said the district will keep providing support to Y": the body after "said" is the subject', () => {
    expect(
      edges(
        run(
          'An official of Jinhua County said the county will keep providing support and convenience to Qinglan University and will pool favorable resources.',
        ),
      ),
    ).toContain('SUPPORTS Jinhua County -> Qinglan University');
    expect(
      edges(
        run(
          'A spokesman for Wucheng District said the district would keep giving help and guidance to the Lanxi Institute of Dyes.',
        ),
      ),
    ).toContain('SUPPORTS Wucheng District -> Lanxi Institute of Dyes');
  });

  it('near miss: a place named in the reporting phrase is not the supporter', () => {
    const e = edges(
      run(
        'Li Wen said at the Wucheng District forum that the Lanxi Institute of Dyes will provide help to Qinglan University.',
      ),
    );
    expect(e).toContain('SUPPORTS Lanxi Institute of Dyes -> Qinglan University');
    expect(e).not.toContain('SUPPORTS Wucheng District -> Qinglan University');
  });
});

describe('English relations (round 13): agreements between partners', () => {
  it('the partners of "agreements between A and B … on the co-establishment of X" build X', () => {
    const e = edges(
      run(
        'Nine agreements between Qinglan University and Jinhua County were signed at the ceremony, among them the one on the co-establishment of the Jinhua Institute of Optics.',
      ),
    );
    expect(e).toContain('CO_BUILDS Qinglan University -> Jinhua Institute of Optics');
    expect(e).toContain('CO_BUILDS Jinhua County -> Jinhua Institute of Optics');
    const f = edges(
      run(
        'An agreement between Hefeng Machinery Group, Biyun Chemical Group and Lanxi University on the construction of the Lanxi Dye Research Center was signed in May.',
      ),
    );
    for (const b of ['Hefeng Machinery Group', 'Biyun Chemical Group', 'Lanxi University'])
      expect(f).toContain(`CO_BUILDS ${b} -> Lanxi Dye Research Center`);
  });

  it('near miss: the venue of the signing is not what the agreement builds', () => {
    const e = edges(
      run(
        'An agreement between Qinglan University and Jinhua County on talent training was signed at the Jinhua Institute of Optics.',
      ),
    );
    expect(
      e.filter((x) => x.startsWith('CO_BUILDS') && x.endsWith('Jinhua Institute of Optics')),
    ).toEqual([]);
  });
});

describe('English relations (round 13): "The alliance was initiated by …"', () => {
  it('founders given as examples build the one body named earlier with that head noun', () => {
    const e = edges(
      run(
        "The Lanxi Dye Industry Alliance held its first meeting in May. The alliance was initiated by 12 organizations, including Hefeng Machinery Group, the county's science bureau, Biyun Chemical Group and Qinglan University.",
      ),
    );
    for (const b of ['Hefeng Machinery Group', 'Biyun Chemical Group', 'Qinglan University'])
      expect(e).toContain(`CO_BUILDS ${b} -> Lanxi Dye Industry Alliance`);
    expect(
      edges(
        run(
          'The Wucheng Textile Consortium opened last year. The consortium was founded by several firms, such as Tianmu Textiles Co. and Biyun Chemical Group.',
        ),
      ),
    ).toContain('CO_BUILDS Tianmu Textiles Co. -> Wucheng Textile Consortium');
    expect(
      edges(
        run(
          'Visitors toured the Jinhua Optics Innovation Centre. The centre was set up by Qinglan University and Hefeng Machinery Group.',
        ),
      ),
    ).toContain('CO_BUILDS Hefeng Machinery Group -> Jinhua Optics Innovation Centre');
  });

  it('near misses: two bodies with that noun, or a noun naming no body, give no builder', () => {
    const e = edges(
      run(
        'The Lanxi Dye Industry Alliance and the Jinhua Textile Alliance met in May. The alliance was initiated by Hefeng Machinery Group. ' +
          'The Wucheng Textile Consortium met in June. The meeting was set up by Biyun Chemical Group.',
      ),
    );
    expect(e.filter((x) => x.startsWith('CO_BUILDS'))).toEqual([]);
  });
});
