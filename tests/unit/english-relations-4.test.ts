import { edges, names, run } from '../support/enExtract';

// Invented organisations and places: the rules must work on names no fixture contains.

describe('English relations: who builds', () => {
  it('a sentence-initial "It" is the previous sentence\'s subject, not its last name', () => {
    const out = run(
      'The Lanxi Innovation Center of Smart Textiles was founded by Qinglan University in 2021. ' +
        'It was jointly established by several partners, including Hefeng Machinery Group and Biyun Chemical Group.',
    );
    const e = edges(out);
    expect(e).toContain(
      'CO_BUILDS Hefeng Machinery Group -> Lanxi Innovation Center of Smart Textiles',
    );
    expect(e).toContain(
      'CO_BUILDS Biyun Chemical Group -> Lanxi Innovation Center of Smart Textiles',
    );
    expect(e).not.toContain('CO_BUILDS Hefeng Machinery Group -> Biyun Chemical Group');
  });

  it('one named founder in the passive builds; the approving body does not', () => {
    const e = edges(
      run(
        'The Lanxi Institute of Smart Textiles was founded by Qinglan University with the approval of the Lanxi Science and Technology Bureau.',
      ),
    );
    expect(e).toContain('CO_BUILDS Qinglan University -> Lanxi Institute of Smart Textiles');
    expect(e.some((x) => x.startsWith('CO_BUILDS Lanxi Science and Technology Bureau'))).toBe(
      false,
    );
  });

  it('the venue of an unveiling is not a builder', () => {
    const e = edges(
      run(
        'The Smart Fibre Laboratory, jointly built by Hefeng Machinery Group and Qinglan University, was unveiled at the Biyun Institute of Optics.',
      ),
    );
    expect(e).toContain('CO_BUILDS Hefeng Machinery Group -> Smart Fibre Laboratory');
    expect(e).toContain('CO_BUILDS Qinglan University -> Smart Fibre Laboratory');
    expect(e.some((x) => x.includes('Biyun Institute of Optics'))).toBe(false);
  });

  it("an expert's affiliation in an appositive is not a builder", () => {
    const e = edges(
      run(
        'The Qinglan Ceramics Institute was co-constructed by Hefeng Machinery Group, together with a team led by professor Zhao Minghe, director of the Lanxi Key Laboratory of Glass, based at Biyun University.',
      ),
    );
    expect(e).toContain('CO_BUILDS Hefeng Machinery Group -> Qinglan Ceramics Institute');
    expect(e.some((x) => x.startsWith('CO_BUILDS Biyun University'))).toBe(false);
    expect(e.some((x) => x.startsWith('CO_BUILDS Lanxi Key Laboratory of Glass'))).toBe(false);
    expect(e).toContain('PART_OF Lanxi Key Laboratory of Glass -> Biyun University');
  });

  it('a name in brackets after a builder restates it and builds nothing of its own', () => {
    const e = edges(
      run(
        'The Smart Fibre Laboratory was jointly built by Hefeng Machinery Group and the Institute of Optics of Biyun Science Center (Biyun Optics Laboratory).',
      ),
    );
    expect(e).toContain(
      'CO_BUILDS Institute of Optics of Biyun Science Center -> Smart Fibre Laboratory',
    );
    expect(e.some((x) => x.startsWith('CO_BUILDS Biyun Optics Laboratory'))).toBe(false);
  });

  it('"setting up X by both parties" and "the founding of X by A and B" name the builders after "by"', () => {
    const first = edges(
      run(
        'Qinglan University met Hefeng Machinery Group in May. Setting up the Smart Fibre Laboratory by both parties creates a new model.',
      ),
    );
    expect(first).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Qinglan University -> Smart Fibre Laboratory',
        'CO_BUILDS Hefeng Machinery Group -> Smart Fibre Laboratory',
      ]),
    );
    const second = edges(
      run(
        'They celebrated the founding of the Lanxi Textile Institute by Qinglan University and Hefeng Machinery Group.',
      ),
    );
    expect(second).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Qinglan University -> Lanxi Textile Institute',
        'CO_BUILDS Hefeng Machinery Group -> Lanxi Textile Institute',
      ]),
    );
  });

  it('a lower-case municipal government acts for its city', () => {
    const e = edges(
      run(
        'Representatives of the Weifang municipal government and Qinglan University unveiled the nameplate of the Weifang Institute of Textiles on Jan 17. Weifang will fund it.',
      ),
    );
    expect(e).toContain('CO_BUILDS Weifang -> Weifang Institute of Textiles');
    expect(e).toContain('CO_BUILDS Qinglan University -> Weifang Institute of Textiles');
  });
});

describe('English relations: names and places', () => {
  it('a month abbreviation after "on" ends a name', () => {
    const out = run('Qinglan University unveiled the Lanxi Institute of Textiles on Jan 17.');
    expect(names(out)).toContain('Institute:Lanxi Institute of Textiles');
  });

  it('an institute named "… of <University>" is part of that university', () => {
    const e = edges(
      run(
        'Qinglan University of Technology signed an agreement. The Lanxi Institute of Textiles of Qinglan University of Technology was founded.',
      ),
    );
    expect(e).toContain(
      'PART_OF Lanxi Institute of Textiles of Qinglan University of Technology -> Qinglan University of Technology',
    );
  });

  it('"X city, which is administered by Y city in East China\'s Z province" chains the places', () => {
    const out = run(
      "The Hefeng High-tech Zone in Hefeng city, which is administered by Lanxi city in East China's Jiangsu province, made the list.",
    );
    expect(names(out)).toEqual(
      expect.arrayContaining(['District:Hefeng', 'District:Lanxi', 'District:Jiangsu']),
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Hefeng High-tech Zone -> Hefeng',
        'LOCATED_IN Hefeng -> Lanxi',
        'LOCATED_IN Lanxi -> Jiangsu',
      ]),
    );
  });

  it('"X city in western Y province" locates the city', () => {
    expect(
      edges(run('Hefeng city in western Shanxi province will work with Qinglan University.')),
    ).toContain('LOCATED_IN Hefeng -> Shanxi');
  });
});

describe('English relations: round 4 patterns', () => {
  it('"X is set up in partnership with A, B and C" makes every partner a builder', () => {
    const e = edges(
      run(
        'The Lanxi Textile Institute is set up in partnership with Qinglan University, Biyun University and Hefeng Machinery Group.',
      ),
    );
    expect(e).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Qinglan University -> Lanxi Textile Institute',
        'CO_BUILDS Biyun University -> Lanxi Textile Institute',
        'CO_BUILDS Hefeng Machinery Group -> Lanxi Textile Institute',
      ]),
    );
  });

  it('a sole founder right before the verb builds the thing right after it', () => {
    const e = edges(
      run('Qinglan University established the Lanxi Textile Institute in Zibo in 2019.'),
    );
    expect(e).toContain('CO_BUILDS Qinglan University -> Lanxi Textile Institute');
    expect(e).toContain('LOCATED_IN Lanxi Textile Institute -> Zibo');
    // a name further away is no founder
    expect(
      edges(
        run('Qinglan University and its partners have established the Smart Fibre Laboratory.'),
      ),
    ).not.toContain('CO_BUILDS Qinglan University -> Smart Fibre Laboratory');
  });

  it('"X, a joint venture between A and B" and "X is a joint platform of A and B"', () => {
    for (const text of [
      'The Smart Fibre Laboratory, a joint venture between Qinglan University and Hefeng Machinery Group, opened in May.',
      'The Smart Fibre Laboratory is a joint platform of Qinglan University and Hefeng Machinery Group.',
    ]) {
      expect(edges(run(text))).toEqual(
        expect.arrayContaining([
          'CO_BUILDS Qinglan University -> Smart Fibre Laboratory',
          'CO_BUILDS Hefeng Machinery Group -> Smart Fibre Laboratory',
        ]),
      );
    }
  });

  it('"the two sides" after "A and B built the X Lab" are A and B, not the lab', () => {
    const e = edges(
      run(
        'Qinglan University and Hefeng Machinery Group have jointly established the Smart Fibre Laboratory. The two sides will also co-build the Lanxi Textile Institute.',
      ),
    );
    expect(e).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Qinglan University -> Lanxi Textile Institute',
        'CO_BUILDS Hefeng Machinery Group -> Lanxi Textile Institute',
      ]),
    );
  });

  it('a team "introduced to" a place was introduced by that place', () => {
    expect(
      edges(
        run('The team led by Professor Zhao Minghe was introduced to Zibo High-tech Zone in 2022.'),
      ),
    ).toContain('FLEXIBLY_INTRODUCES Zibo High-tech Zone -> Zhao Minghe team');
  });

  it('providing services for a company supports it', () => {
    expect(
      edges(run('Qinglan University will provide technical services for Hefeng Machinery Group.')),
    ).toContain('SUPPORTS Qinglan University -> Hefeng Machinery Group');
  });

  it('achievements of a university transformed in a place are transferred there, a promoter is not a source', () => {
    expect(
      edges(run('Over 30 achievements of Qinglan University have been transformed in Zibo.')),
    ).toContain('TRANSFERS_TO Qinglan University -> Zibo');
    expect(
      edges(
        run(
          'Qinglan University will deepen cooperation in promoting the transformation of achievements in Zibo.',
        ),
      ),
    ).not.toContain('TRANSFERS_TO Qinglan University -> Zibo');
  });

  it('"Located in Y, the X …" places X in Y', () => {
    expect(
      edges(
        run(
          'Located in Zibo High-tech Zone, the Lanxi Textile Institute covers 2,000 square meters.',
        ),
      ),
    ).toContain('LOCATED_IN Lanxi Textile Institute -> Zibo High-tech Zone');
  });

  it('learns places the lexicon lacks from "X city" and "X of Y province" and finds them bare later', () => {
    const out = run(
      'Hefei of Anhui and Wuyang of Sichuan province signed an agreement. Hefei and Wuyang will co-establish a service platform.',
    );
    expect(names(out)).toContain('District:Wuyang');
    expect(edges(out)).toContain('LOCATED_IN Wuyang -> Sichuan');
    expect(edges(out)).toContain('CO_BUILDS Hefei -> Wuyang');
    // a title before "of X Province" is no place
    expect(names(run('Governor of Sichuan province Li Ming spoke.'))).not.toContain(
      'District:Governor',
    );
  });
});

describe('English entities and relations: round 4, second part', () => {
  it("an acronym made of a name's initials is that organisation", () => {
    const out = run(
      'Lanxi Jiao Tong University opened a lab. LJTU President Zhao spoke at the ceremony.',
    );
    expect(names(out).filter((n) => n.startsWith('University:'))).toEqual([
      'University:Lanxi Jiao Tong University',
    ]);
  });

  it('a later name that ends a longer one after a hyphen is its short form', () => {
    const out = run(
      'The QLU-Weifang Research Institute was unveiled. The Weifang Research Institute will serve local firms.',
    );
    expect(names(out).filter((n) => n.startsWith('Institute:'))).toEqual([
      'Institute:QLU-Weifang Research Institute',
    ]);
    // "A - B Laboratory" names partner B: B stays its own entity
    const joint = run(
      'The Joint Research Center of Hefeng Pharma - Biyun Bay Laboratory opened. Biyun Bay Laboratory said so.',
    );
    expect(names(joint)).toContain('Lab:Biyun Bay Laboratory');
  });

  it('a possessive phrase is no company', () => {
    expect(
      names(run("University-government partnership drives Weifang's development")),
    ).not.toContain("Company:Weifang's development");
  });

  it('names a company given in apposition to "firm"', () => {
    expect(names(run('Xue Ming launched his own firm, Lanxi Multi-Dimension, in 2010.'))).toContain(
      'Company:Lanxi Multi-Dimension',
    );
  });

  it('"teamed up with Y to set up Z Co." makes Y a builder of the company', () => {
    expect(
      edges(
        run(
          'Zhou Ming teamed up with Hefeng Machinery Group, a company in Zibo, to set up Biyun Semiconductor Co.',
        ),
      ),
    ).toContain('CO_BUILDS Hefeng Machinery Group -> Biyun Semiconductor Co.');
  });

  it('places listed side by side are not located in each other', () => {
    const e = edges(run('The lab serves Zibo, Weifang and Yantai.'));
    expect(e.filter((x) => x.startsWith('LOCATED_IN'))).toEqual([]);
    expect(
      edges(run('The office of Gangzha district, Nantong, and Qinglan University met.')),
    ).toContain('LOCATED_IN Gangzha district -> Nantong');
  });

  it('"the founding ceremony of X was held in Y" puts X in Y', () => {
    expect(
      edges(
        run('The founding ceremony of the Lanxi Textile Institute was held in Zibo on July 15th.'),
      ),
    ).toContain('LOCATED_IN Lanxi Textile Institute -> Zibo');
  });

  it('"X is setting up a joint research institute in Y. The Z Institute …" builds Z', () => {
    const e = edges(
      run(
        'Qinglan University (QLU Lanxi) is setting up a joint research institute in Zibo. The Lanxi Joint Research Institute is set up in partnership with Hefeng Machinery Group.',
      ),
    );
    expect(e).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Qinglan University -> Lanxi Joint Research Institute',
        'CO_BUILDS Hefeng Machinery Group -> Lanxi Joint Research Institute',
        'LOCATED_IN Lanxi Joint Research Institute -> Zibo',
      ]),
    );
  });
});

describe('English entities and relations: round 4, third part', () => {
  it('a titled official is no expert; a lower-case "an academician" appositive is', () => {
    const out = run(
      'Guests included Professor Ming Hao, QLU President, and Professor Lin Yue. Qian Mu, an academician of the Lanxi Academy of Sciences, spoke.',
    );
    const people = names(out).filter((n) => n.startsWith('Person:'));
    expect(people).toEqual(expect.arrayContaining(['Person:Lin Yue', 'Person:Qian Mu']));
    expect(people).not.toContain('Person:Ming Hao');
  });

  it('a capitalised surname before a given name is no acronym organisation', () => {
    const out = run('Prof. LYU Zhaoping spoke. Later Prof. LYU Zhaoping left.');
    expect(names(out)).not.toContain('University:LYU');
  });

  it('learns a place from "the county of X" and locates it by a comma', () => {
    const out = run(
      'Talent has come to the mountainous county of Wuyang, Taizhou, in Zhejiang province.',
    );
    expect(names(out)).toContain('District:Wuyang');
    expect(edges(out)).toContain('LOCATED_IN Wuyang -> Taizhou');
  });

  it('"the district" is the last place named "… District", not the last place', () => {
    const e = edges(
      run(
        'Lanxi Development District attracts experts. Zhou came back and founded Biyun Biosciences Co Ltd in Zibo. The district offered benefits that helped Biyun Biosciences Co Ltd grow.',
      ),
    );
    expect(e).toContain('SUPPORTS Lanxi Development District -> Biyun Biosciences Co Ltd');
    expect(e).not.toContain('SUPPORTS Zibo -> Biyun Biosciences Co Ltd');
  });

  it('"<Place> Government" acts for the place; an institute set up earlier in the sentence is no builder', () => {
    const e = edges(
      run(
        'After setting up the QLU Zibo Research Institute, Qinglan University signed an agreement with Weifang Government to jointly establish the QLU Weifang Research Institute. Weifang is a city.',
      ),
    );
    expect(e).toContain('CO_BUILDS Weifang -> QLU Weifang Research Institute');
    expect(e).toContain('CO_BUILDS Qinglan University -> QLU Weifang Research Institute');
    expect(e).not.toContain(
      'CO_BUILDS QLU Zibo Research Institute -> QLU Weifang Research Institute',
    );
  });
});

describe('English entities and relations: round 4, fourth part', () => {
  it('"X-based enterprises such as A and B" places every listed company in X', () => {
    const e = edges(
      run(
        'The institute will work with Zibo-based enterprises such as the Hefeng Group and Biyun Pharmaceutical Holdings.',
      ),
    );
    expect(e).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Hefeng Group -> Zibo',
        'LOCATED_IN Biyun Pharmaceutical Holdings -> Zibo',
      ]),
    );
  });

  it('"X, the capital of Y Province" locates X in Y', () => {
    expect(edges(run('Hefei, the capital of Anhui Province, hosts the lab.'))).toContain(
      'LOCATED_IN Hefei -> Anhui Province',
    );
  });

  it('"X is also set up at Y Institute" makes X part of Y', () => {
    expect(
      edges(
        run(
          'The Lanxi Centre of Technology Transfer is also set up at the Qinglan Research Institute to help transfer.',
        ),
      ),
    ).toContain('PART_OF Lanxi Centre of Technology Transfer -> Qinglan Research Institute');
  });

  it('"Centre on X" keeps its tail', () => {
    expect(
      names(run('It houses the Centre on Blockchain-driven Enterprise Innovation (CBEI).')),
    ).toContain('Lab:Centre on Blockchain-driven Enterprise Innovation');
  });

  it('"launch of its X Institute, in collaboration with Z" makes Z a builder', () => {
    expect(
      edges(
        run(
          'Zibo announced the launch of the Zibo Photonics Research Institute, in collaboration with Qinglan University.',
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Zibo -> Zibo Photonics Research Institute',
        'CO_BUILDS Qinglan University -> Zibo Photonics Research Institute',
      ]),
    );
  });
});
