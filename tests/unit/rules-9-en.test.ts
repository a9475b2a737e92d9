import { edges, names, run } from '../support/enExtract';

describe('English extraction, round 9: co-building', () => {
  it('keeps examples of built labs out of the builders, but not examples of builder kinds', () => {
    const labs = run(
      'The centre unveiled the nine laboratories jointly established by schools and enterprises, including Hefeng Robotics Laboratory, Qinglan Laboratory and Coastal Sensor Laboratory.',
    );
    expect(edges(labs).filter((e) => e.startsWith('CO_BUILDS'))).toEqual([]);
    const builders = run(
      'The Qinglan Innovation Center was jointly established by more than ten universities and enterprises, including Hefeng Group and Lanxi University.',
    );
    expect(edges(builders)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Hefeng Group -> Qinglan Innovation Center',
        'CO_BUILDS Lanxi University -> Qinglan Innovation Center',
      ]),
    );
  });

  it('ends the builders of a passive phrase at the main verb and skips a venue short form', () => {
    const out = run(
      'The Qinglan Joint Laboratory, jointly established by Lanxi University and Hefeng Group, was unveiled at the Coastal University (CU) on Monday.',
    );
    expect(edges(out)).toEqual([
      'CO_BUILDS Lanxi University -> Qinglan Joint Laboratory',
      'CO_BUILDS Hefeng Group -> Qinglan Joint Laboratory',
    ]);
  });

  it('reads "A built X, …, along with B and C" as three builders of X', () => {
    const out = run(
      'In 2016, the Hefeng District built Qinglan Science Park, an incubator for projects, along with Lanxi University and property developer Coastal Group.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Hefeng District -> Qinglan Science Park',
        'CO_BUILDS Lanxi University -> Qinglan Science Park',
        'CO_BUILDS Coastal Group -> Qinglan Science Park',
      ]),
    );
    // "along with" after a verb that builds nothing is no co-building.
    expect(
      edges(run('Hefeng District visited Qinglan Science Park along with Lanxi University.')),
    ).toEqual([]);
  });

  it('makes the two sides of "a joint project between A and B" co-builders, not of any project', () => {
    expect(
      edges(
        run(
          'The district is supporting a joint project between Lanxi University and Qinglan University.',
        ),
      ),
    ).toContain('CO_BUILDS Lanxi University -> Qinglan University');
    expect(
      edges(
        run(
          'The district is supporting a project between Lanxi University and Qinglan University.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('English extraction, round 9: located in and part of', () => {
  it('places every member of a list that has campuses in a district', () => {
    const out = run(
      'Lanxi University and Qinglan Normal University also have campuses in Hefeng District.',
    );
    expect(edges(out)).toEqual([
      'LOCATED_IN Lanxi University -> Hefeng District',
      'LOCATED_IN Qinglan Normal University -> Hefeng District',
    ]);
    expect(edges(run('Lanxi University has many partners in Hefeng District.'))).toEqual([]);
  });

  it('places what building work started on in the place named before', () => {
    expect(
      edges(run('Construction has started in Hefeng District on the Qinglan Innovation Center.')),
    ).toEqual(['LOCATED_IN Qinglan Innovation Center -> Hefeng District']);
    expect(
      edges(
        run('Construction has started on the Qinglan Innovation Center, Hefeng District said.'),
      ),
    ).toEqual([]);
  });

  it('places "the first project in the local X"', () => {
    expect(
      edges(
        run('The Qinglan Center is the first project to get going in the local Hefeng District.'),
      ),
    ).toEqual(['LOCATED_IN Qinglan Center -> Hefeng District']);
  });

  it('reads "X forms part of Y" between places, and "Y Bay" as a place', () => {
    const out = run('Qinglan Innovation City forms part of the Hefeng Innovation Bay.');
    expect(names(out)).toContain('District:Hefeng Innovation Bay');
    expect(edges(out)).toEqual(['LOCATED_IN Qinglan Innovation City -> Hefeng Innovation Bay']);
  });

  it('places a station set up "in <Province>\'s <City>" in the city', () => {
    const out = run(
      "The Foreign Expert Station, set up in 2020 in Shandong's Weihai city, is a platform.",
    );
    expect(names(out)).toContain('Lab:Foreign Expert Station');
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Foreign Expert Station -> Weihai',
        'LOCATED_IN Weihai -> Shandong',
      ]),
    );
    expect(edges(out)).not.toContain('LOCATED_IN Foreign Expert Station -> Shandong');
  });

  it('finds a lower-case prefecture as a place', () => {
    const out = run('Lanxi University opened an institute in Altay prefecture, Xinjiang.');
    expect(names(out)).toContain('District:Altay prefecture');
  });

  it("reads an academy's possessive institute and an institute under an academy as parts", () => {
    expect(
      edges(run("The Chinese Academy of Sciences' Shanghai Institute of Ceramics signed.")),
    ).toEqual(['PART_OF Shanghai Institute of Ceramics -> Chinese Academy of Sciences']);
    expect(
      edges(run('The Lanxi Institute of Optics under the Chinese Academy of Sciences grew.')),
    ).toEqual(['PART_OF Lanxi Institute of Optics -> Chinese Academy of Sciences']);
    expect(
      edges(run('The Lanxi Institute of Optics met the Chinese Academy of Sciences.')),
    ).toEqual([]);
  });
});

describe('English extraction, round 9: lists of places, support, transfer, ownership', () => {
  it('takes "the cities of A, B and C" as partners and places them all in the province after', () => {
    const out = run(
      "Lanxi University signed agreements with the cities of Wuxi, Changzhou and Nantong in East China's Jiangsu province to jointly build 12 centers.",
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Lanxi University -> Wuxi',
        'CO_BUILDS Lanxi University -> Changzhou',
        'CO_BUILDS Lanxi University -> Nantong',
        'LOCATED_IN Wuxi -> Jiangsu',
        'LOCATED_IN Changzhou -> Jiangsu',
        'LOCATED_IN Nantong -> Jiangsu',
      ]),
    );
    expect(edges(out)).not.toContain('CO_BUILDS Lanxi University -> Jiangsu');
    expect(edges(run('Lanxi University will jointly build a lab in the city of Wuxi.'))).toEqual(
      [],
    );
  });

  it('reads "give X strong support" as support of X', () => {
    expect(
      edges(
        run(
          'Hefeng District will give the Qinglan Institute strong support through talent introduction.',
        ),
      ),
    ).toEqual(['SUPPORTS Hefeng District -> Qinglan Institute']);
    expect(edges(run('Hefeng District will give the Qinglan Institute a new name.'))).toEqual([]);
  });

  it('places what is set up "in a high-tech zone of X" in X', () => {
    expect(
      edges(
        run(
          'Lanxi University will set up the Qinglan Institute in a high-tech zone of Nanchang city.',
        ),
      ),
    ).toContain('LOCATED_IN Qinglan Institute -> Nanchang');
    expect(
      edges(run('Lanxi University will set up the Qinglan Institute in a year of Nanchang city.')),
    ).not.toContain('LOCATED_IN Qinglan Institute -> Nanchang');
  });

  it('reads patents "granted to" a company as a transfer, and finds the company by its short form', () => {
    const out = run(
      'Hefeng Group opened. The Qinglan Institute will apply for patents, and 30 of the patents will be granted to Hefeng for industrial use.',
    );
    expect(edges(out)).toEqual(['TRANSFERS_TO Qinglan Institute -> Hefeng Group']);
    expect(edges(run('Lanxi City granted an award to Hefeng Group.'))).toEqual([]);
  });

  it('never takes a word that opens a university name as a company short form', () => {
    const out = run('Tsinghua Holdings and Tsinghua University met. Tsinghua is big.');
    const holdings = out.entities.find((e) => e.name === 'Tsinghua Holdings');
    expect(holdings?.mentions).toHaveLength(1);
  });

  it('reads an institute "managed by" a university as part of it', () => {
    expect(
      edges(
        run(
          'The Qinglan Institute is independently established and directly managed by Lanxi University.',
        ),
      ),
    ).toEqual(['PART_OF Qinglan Institute -> Lanxi University']);
    expect(edges(run('The Qinglan Institute is visited by Lanxi University.'))).toEqual([]);
  });

  it('drops a dateline and sentence-opening words from a company name', () => {
    const out = run('SHANGHAI - On Tuesday Corning Inc opened its first lab.');
    expect(names(out)).toContain('Company:Corning Inc');
    expect(names(out).filter((n) => n.includes('Tuesday'))).toEqual([]);
  });
});

describe('English extraction, round 9: stations, experts, field lists, examples in a place', () => {
  it('refers "the station" and "the platform" back to a named station that supports companies', () => {
    const out = run(
      'The Lanxi Expert Station opened in 2020. The platform has enabled researchers at Hefeng Technology Co., Ltd. to meet partners. The station has also recommended three experts to the local Qinglan Tool Group Co., Ltd.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'SUPPORTS Lanxi Expert Station -> Hefeng Technology Co., Ltd.',
        'SUPPORTS Lanxi Expert Station -> Qinglan Tool Group Co., Ltd.',
      ]),
    );
    // Recommending a policy is no support of a company.
    expect(
      edges(
        run('The Lanxi Expert Station recommended a new policy to Qinglan Tool Group Co., Ltd.'),
      ),
    ).toEqual([]);
  });

  it('reads a university named after a bare comma as the owner of an institute, outside a list', () => {
    expect(
      edges(
        run(
          'Lanxi will push the development of the Lanxi Research Institute of Applied Technology, Tsinghua University.',
        ),
      ),
    ).toEqual(['PART_OF Lanxi Research Institute of Applied Technology -> Tsinghua University']);
    expect(
      edges(run('Lanxi visited the Qinglan Institute, Tsinghua University and Hefeng Group.')),
    ).toEqual([]);
  });

  it('places examples given after "institutions in the province, such as"', () => {
    const out = run(
      'Hefeng works in Jilin Province. It cooperates with institutions in the province, such as Jilin University and the Qinglan Institute of Optics.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Jilin University -> Jilin Province',
        'LOCATED_IN Qinglan Institute of Optics -> Jilin Province',
      ]),
    );
    expect(edges(run('Hefeng Group in Jilin Province met Jilin University.'))).not.toContain(
      'LOCATED_IN Jilin University -> Jilin Province',
    );
  });

  it('keeps a field list closed by "and" inside an institute name, but not a list of names', () => {
    const out = run(
      'Hefeng works with the Changchun Institute of Optics, Fine Mechanics and Physics under the Chinese Academy of Sciences.',
    );
    expect(edges(out)).toContain(
      'PART_OF Changchun Institute of Optics, Fine Mechanics and Physics -> Chinese Academy of Sciences',
    );
    expect(names(run('The Lanxi Institute of Optics, Hefeng and Qinglan met.'))).toContain(
      'Institute:Lanxi Institute of Optics',
    );
  });

  it('finds a brand described in apposition and places it', () => {
    const out = run(
      "In the busy workshop of Hongqi, China's iconic sedan brand, in Changchun, the floor was made.",
    );
    expect(edges(out)).toEqual(['LOCATED_IN Hongqi -> Changchun']);
  });

  it('reads an expert who developed a product with a company as supporting it', () => {
    expect(
      edges(
        run(
          'One such product is the motor developed by Xianglong Logistics in partnership with Li Liping, a professor at Qinglan University.',
        ),
      ),
    ).toContain('SUPPORTS Li Liping -> Xianglong Logistics');
    expect(
      edges(run('The motor developed by Xianglong Logistics was shown to Li Liping, a professor.')),
    ).not.toContain('SUPPORTS Li Liping -> Xianglong Logistics');
  });
});

describe('English extraction, round 9: names', () => {
  it('takes a "hereinafter" short form in brackets as the same entity', () => {
    const out = run(
      'The lab was built by Zhejiang Qinglan New Material Co., Ltd. (hereinafter "Qinglan New Material"). Qinglan New Material is a local enterprise.',
    );
    const firm = out.entities.find((e) => e.type === 'Company');
    expect(out.entities.filter((e) => e.type === 'Company')).toHaveLength(1);
    expect(firm?.mentions).toHaveLength(3);
  });

  it('keeps "X of Y and Z Institute" whole, but not a person "of" a bureau', () => {
    expect(
      names(
        run(
          'The lab was set up by the Nottingham Ningbo China Beacons of Excellence and Innovation Institute and Hefeng Group.',
        ),
      ),
    ).toContain('Institute:Nottingham Ningbo China Beacons of Excellence and Innovation Institute');
    const person = run('Feng Gencong of Lanxi Science and Technology Bureau spoke.');
    expect(names(person)).toContain('Other:Lanxi Science and Technology Bureau');
  });

  it('splits a park "of" a new area into two places, one inside the other', () => {
    const out = run(
      'Hefeng Group is a local manufacturing enterprise located in the Sino-Italian Ecological Park of Qianwan New Area, Ningbo.',
    );
    expect(edges(out)).toEqual([
      'LOCATED_IN Hefeng Group -> Sino-Italian Ecological Park',
      'LOCATED_IN Sino-Italian Ecological Park -> Qianwan New Area',
      'LOCATED_IN Qianwan New Area -> Ningbo',
    ]);
    expect(names(run('The High-tech Zone of Nanchang grew.'))).toContain(
      'District:High-tech Zone of Nanchang',
    );
  });
});

describe('English extraction, round 9: carried-over receivers and committees', () => {
  it('gives a transfer without a receiver to the company signed with in the sentence before', () => {
    const out = run(
      'The signing ceremony between Lanxi University and Hefeng Biotech Co., Ltd was held in Xiapu. The patent achieved by Professor Li Ping of Lanxi University was successfully transferred at a price of 700,000 yuan.',
    );
    expect(edges(out)).toContain('TRANSFERS_TO Lanxi University -> Hefeng Biotech Co., Ltd');
    const passing = run(
      'Lanxi University met Hefeng Biotech Co., Ltd officials on Monday. The patent of Lanxi University was successfully transferred at a price of 700,000 yuan.',
    );
    expect(edges(passing)).toEqual([]);
  });

  it('names the committee after "the Standing Committee of" and stops a name before "and Minister"', () => {
    const out = run(
      'Chen, member of the Standing Committee of CPC Xiapu County Committee and Minister of the Organization Department, attended.',
    );
    expect(names(out)).toContain('Other:CPC Xiapu County Committee');
    expect(names(out).filter((n) => /Standing|Minister/.test(n))).toEqual([]);
  });
});

describe('English extraction, round 9: more ways of stating each tie', () => {
  it('reads "built together by" and "built jointly by" as passive co-building', () => {
    for (const verb of ['built together by', 'built jointly by'])
      expect(
        edges(
          run(`The Qinglan Robotics Laboratory was ${verb} Lanxi University and Hefeng Group.`),
        ),
      ).toEqual([
        'CO_BUILDS Lanxi University -> Qinglan Robotics Laboratory',
        'CO_BUILDS Hefeng Group -> Qinglan Robotics Laboratory',
      ]);
  });

  it('does not read "a joint venture of" or "jointly run by" as ownership', () => {
    for (const text of [
      'The Qinglan Robotics Laboratory, a joint venture of Lanxi University and Hefeng Group, opened.',
      'The Qinglan Robotics Laboratory is jointly run by Lanxi University and Hefeng Group.',
    ])
      expect(edges(run(text)).filter((e) => e.startsWith('PART_OF'))).toEqual([]);
    expect(
      edges(run('The Qinglan Robotics Laboratory, a key platform of Lanxi University, opened.')),
    ).toEqual(['PART_OF Qinglan Robotics Laboratory -> Lanxi University']);
  });

  it("reads partners' possessive joint lab, named or not", () => {
    expect(
      edges(
        run(
          "Lanxi University and Hefeng Group's joint lab, the Qinglan Robotics Laboratory, opened.",
        ),
      ),
    ).toEqual([
      'CO_BUILDS Lanxi University -> Qinglan Robotics Laboratory',
      'CO_BUILDS Hefeng Group -> Qinglan Robotics Laboratory',
    ]);
    expect(
      edges(run("Lanxi University and Hefeng Group's joint research center will open next year.")),
    ).toEqual(['CO_BUILDS Lanxi University -> Hefeng Group']);
    expect(
      edges(run("Lanxi University's new lab, the Qinglan Robotics Laboratory, opened.")),
    ).toEqual([]);
  });

  it('reads results industrialised by, put into production at or commercialised by a company as transfers', () => {
    for (const text of [
      'The technology developed by Lanxi University was industrialised by Hefeng Group.',
      'The results of Lanxi University were put into production at Hefeng Group.',
      'Hefeng Group commercialised a technology developed by Lanxi University.',
    ])
      expect(edges(run(text))).toEqual(['TRANSFERS_TO Lanxi University -> Hefeng Group']);
    for (const text of [
      'The technology of Lanxi University was praised by Hefeng Group.',
      'Hefeng Group praised a technology developed by Lanxi University.',
    ])
      expect(edges(run(text))).toEqual([]);
  });

  it('reads an expert taking a part-time or visiting post at a body as introduced by it', () => {
    expect(edges(run('Professor Chen Hao joined Hefeng Group as a visiting expert.'))).toEqual([
      'FLEXIBLY_INTRODUCES Hefeng Group -> Chen Hao',
    ]);
    expect(
      edges(run('Dr. Li Ming serves as a part-time chief scientist at the Qinglan Institute.')),
    ).toEqual(['FLEXIBLY_INTRODUCES Qinglan Institute -> Li Ming']);
    expect(edges(run('Professor Chen Hao joined Hefeng Group as its chief executive.'))).toEqual(
      [],
    );
  });
});

describe('English extraction, round 9: "-based" places and "its <Name>"', () => {
  it('keeps "<Place>-based" out of a name and out of the builders, placing the body there', () => {
    const out = run(
      'The Qinglan Institute was jointly established by Altay prefecture, Guangzhou-based Lanxi University and Hefeng Group.',
    );
    expect(names(out)).toContain('University:Lanxi University');
    expect(edges(out)).toContain('LOCATED_IN Lanxi University -> Guangzhou');
    expect(
      edges(out).filter((e) => e.includes('-> Guangzhou') && e.startsWith('CO_BUILDS')),
    ).toEqual([]);
    expect(edges(out)).not.toContain('LOCATED_IN Altay prefecture -> Guangzhou');
  });

  it('reads "its <Capitalised Name>" as the fuller name given later, with an institute as partner', () => {
    const out = run(
      'Wuxi announced the launch of its International Research Institute, in collaboration with Stanford Research Institute International. The newly launched Wuxi International Research Institute will open.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Stanford Research Institute International -> Wuxi International Research Institute',
      ]),
    );
    const lower = run(
      'Hefeng Group expanded its research institute. The Qinglan Research Institute opened with Hefeng Group.',
    );
    expect(edges(lower)).toEqual([]);
  });
});

describe('English extraction, round 9: providing help, lists served, districts of cities', () => {
  it('reads "provide talent and technology for X" and "offers services to A and B" as support of each', () => {
    expect(
      edges(run('Lanxi University will provide talent and technology for Hefeng Group.')),
    ).toEqual(['SUPPORTS Lanxi University -> Hefeng Group']);
    expect(
      edges(
        run(
          'Lanxi University offers technical services to Hefeng Group and Qinglan Technology Co.',
        ),
      ),
    ).toEqual([
      'SUPPORTS Lanxi University -> Hefeng Group',
      'SUPPORTS Lanxi University -> Qinglan Technology Co.',
    ]);
    expect(
      edges(run('Lanxi University offers technical training to its students in Hangzhou.')),
    ).toEqual([]);
    // The one served follows "to" directly, not a speaker named later.
    expect(
      edges(
        run('"The centre offers research services to many firms," said Li, head of Hefeng Group.'),
      ),
    ).toEqual([]);
  });

  it('splits "X District of Y" and "X County of Y City" into nested places, keeping "High-tech Zone of Y"', () => {
    expect(
      edges(run('The Qinglan Robotics Laboratory sits in the Binjiang District of Hangzhou.')),
    ).toEqual([
      'LOCATED_IN Qinglan Robotics Laboratory -> Binjiang District',
      'LOCATED_IN Binjiang District -> Hangzhou',
    ]);
    expect(
      edges(run('The Yida Base is in Cangnan County of Wenzhou City, Zhejiang Province.')),
    ).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Cangnan County -> Wenzhou City',
        'LOCATED_IN Wenzhou City -> Zhejiang Province',
      ]),
    );
    expect(names(run('The High-tech Zone of Nanchang City grew.'))).toEqual([
      'District:High-tech Zone of Nanchang City',
    ]);
  });
});

describe('English extraction, round 9: agreements carried over, passives with a time phrase', () => {
  it('gives what is set up "under the agreement" to the signers of the sentence before', () => {
    const out = run(
      'Lanxi University signed an agreement with Hefeng Group in Hangzhou. Under the agreement, the Qinglan Robotics Laboratory will be set up.',
    );
    expect(edges(out)).toEqual([
      'CO_BUILDS Lanxi University -> Qinglan Robotics Laboratory',
      'CO_BUILDS Hefeng Group -> Qinglan Robotics Laboratory',
    ]);
    // No signing before, or builders named after "by": nothing is carried over.
    expect(
      edges(
        run(
          'Lanxi University met Hefeng Group. Under the agreement, the Qinglan Robotics Laboratory will be set up.',
        ),
      ),
    ).toEqual([]);
    expect(
      edges(
        run(
          'Lanxi University signed an agreement with Hefeng Group. Under the agreement, the Qinglan Robotics Laboratory will be set up by Coastal Group.',
        ),
      ),
    ).toEqual(['CO_BUILDS Coastal Group -> Qinglan Robotics Laboratory']);
  });

  it('does not place a partner where a deal with it was signed, but does where it works', () => {
    expect(
      edges(run('Lanxi University signed an agreement with Hefeng Group in Hangzhou.')),
    ).toEqual([]);
    expect(edges(run('Lanxi University works with Hefeng Group in Hangzhou.'))).toEqual([
      'LOCATED_IN Hefeng Group -> Hangzhou',
    ]);
  });

  it('reads "unveiled on Monday by" and "set up in 2019 by" as passive building', () => {
    expect(
      edges(
        run(
          'The Qinglan Robotics Laboratory was unveiled on Monday by Lanxi University and Hefeng Group.',
        ),
      ),
    ).toEqual([
      'CO_BUILDS Lanxi University -> Qinglan Robotics Laboratory',
      'CO_BUILDS Hefeng Group -> Qinglan Robotics Laboratory',
    ]);
    expect(
      edges(run('The Qinglan Robotics Laboratory was set up in 2019 by Lanxi University.')),
    ).toEqual(['CO_BUILDS Lanxi University -> Qinglan Robotics Laboratory']);
  });
});

describe('English extraction, round 9: selling and obtaining rights, experts listed after a plural title', () => {
  it('reads "sold a patent to X" and "obtained the licence of a technology from X" as transfers, not any sale', () => {
    expect(
      edges(run('Lanxi University sold a patent to Hefeng Group for 5 million yuan.')),
    ).toEqual(['TRANSFERS_TO Lanxi University -> Hefeng Group']);
    expect(
      edges(
        run('Hefeng Group obtained the license of a battery technology from Lanxi University.'),
      ),
    ).toEqual(['TRANSFERS_TO Lanxi University -> Hefeng Group']);
    expect(edges(run('Hefeng Group sold robots to Lanxi University.'))).toEqual([]);
    expect(edges(run('Hefeng Group obtained funding from Lanxi University.'))).toEqual([]);
  });

  it('names every expert listed after a lower-case plural title, but reads no headline as a name', () => {
    const out = run(
      'Hefeng District has introduced 12 experts, including academicians Li Ming and Zhou Qiang.',
    );
    expect(edges(out)).toEqual([
      'FLEXIBLY_INTRODUCES Hefeng District -> Li Ming',
      'FLEXIBLY_INTRODUCES Hefeng District -> Zhou Qiang',
    ]);
    expect(
      names(run("Foreign Experts Help Vitalize Shandong's Industrial Innovation")).filter((n) =>
        n.startsWith('Person'),
      ),
    ).toEqual([]);
  });
});

describe('English extraction, round 9: an unnamed built thing and a second verb phrase', () => {
  it('keeps what a second verb phrase names out of the co-building of an unnamed thing', () => {
    const out = run(
      'Under the deal, Tsinghua University and Wuxi will jointly build a supercomputer center in the city and push forward the development of the Qinglan Research Institute.',
    );
    expect(edges(out)).toEqual(['CO_BUILDS Tsinghua University -> Wuxi']);
    const named = run(
      'Tsinghua University and Wuxi will jointly build the Qinglan Research Institute and other platforms.',
    );
    expect(edges(named)).toEqual([
      'CO_BUILDS Tsinghua University -> Qinglan Research Institute',
      'CO_BUILDS Wuxi -> Qinglan Research Institute',
    ]);
  });
});

describe('English extraction, round 9: titled place names and a city government founding a park', () => {
  it('keeps a title right before a head inside a name, but makes no place of "Professor Park"', () => {
    expect(
      names(run('The Qingdao International Academician Park in Licang district opened.')),
    ).toContain('District:Qingdao International Academician Park');
    expect(names(run('Professor Park spoke.'))).toEqual([]);
  });

  it('reads "the city government founded a platform, the X Park" as the city building the park', () => {
    const out = run(
      'Qingdao hosted a forum. Two years ago, the city government founded a long-term platform, the Qingdao International Academician Park in Licang district, to host academicians.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Qingdao -> Qingdao International Academician Park',
        'LOCATED_IN Qingdao International Academician Park -> Licang district',
      ]),
    );
    expect(edges(run('Hefeng Group visited Lanxi Industrial Park.'))).toEqual([]);
  });
});

describe('English extraction, round 9: named outcomes of a partnership, lists of built things', () => {
  it('gives a named lab said to be a joint effort or partnership between A and B to both', () => {
    for (const text of [
      'The Qinglan Robotics Laboratory was launched as a joint effort between Lanxi University and Hefeng Group.',
      'The Qinglan Robotics Laboratory is the result of a partnership between Lanxi University and Hefeng Group.',
    ])
      expect(edges(run(text))).toEqual([
        'CO_BUILDS Lanxi University -> Qinglan Robotics Laboratory',
        'CO_BUILDS Hefeng Group -> Qinglan Robotics Laboratory',
      ]);
    expect(
      edges(
        run(
          'The Qinglan Robotics Laboratory hosted talks between Lanxi University and Hefeng Group.',
        ),
      ),
    ).toEqual([]);
  });

  it('gives every thing listed after the verb to the builders', () => {
    expect(
      edges(
        run(
          'Lanxi University and Hefeng Group have set up the Qinglan Robotics Laboratory and the Coastal Data Center.',
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Lanxi University -> Coastal Data Center',
        'CO_BUILDS Hefeng Group -> Coastal Data Center',
      ]),
    );
  });
});

describe('English extraction, round 9: moved headquarters, platforms under a university', () => {
  it('places a company that moved its headquarters to a city there', () => {
    expect(edges(run('Hefeng Group has moved its headquarters to Hangzhou.'))).toEqual([
      'LOCATED_IN Hefeng Group -> Hangzhou',
    ]);
    expect(edges(run('Hefeng Group has moved its products to Hangzhou.'))).toEqual([]);
  });

  it('reads "is a research platform under Y" and "is part of Y" as ownership, not "is a partner of Y"', () => {
    for (const text of [
      'The Qinglan Robotics Laboratory is a research platform under Lanxi University.',
      'The Qinglan Robotics Laboratory is part of Lanxi University.',
    ])
      expect(edges(run(text))).toEqual(['PART_OF Qinglan Robotics Laboratory -> Lanxi University']);
    expect(edges(run('The Qinglan Robotics Laboratory is a partner of Lanxi University.'))).toEqual(
      [],
    );
  });
});

describe('English extraction, round 9: a team from a university led by an expert', () => {
  it('names the team, keeps its university as owner and introduces the team, not its leader twice', () => {
    const out = run(
      'Hefeng District introduced a research team from Lanxi University led by Professor Wang Lei.',
    );
    expect(edges(out)).toEqual([
      'FLEXIBLY_INTRODUCES Hefeng District -> Wang Lei team',
      'PART_OF Wang Lei team -> Lanxi University',
    ]);
    // A delegation led by an official is no research team.
    const official = run(
      'A team from Lanxi University led by Yu Jianyong, president of Lanxi University, visited.',
    );
    expect(names(official).filter((n) => n.startsWith('ResearchTeam'))).toEqual([]);
  });
});

describe('English extraction, round 9: an unnamed joint lab and its partner named later', () => {
  it('makes the opener of a joint lab and the partner of "the outcome of cooperation with" co-builders', () => {
    const out = run(
      "On Tuesday Hefeng Inc opened its first joint venture laboratory on the mainland. The joint lab, the outcome of long-term cooperation with the Chinese Academy of Sciences' Shanghai Institute of Ceramics, will give Hefeng Inc access to expertise.",
    );
    expect(edges(out)).toContain('CO_BUILDS Hefeng Inc -> Shanghai Institute of Ceramics');
    // Without a joint lab opened before, the cooperation names no co-builder.
    const plain = run(
      'Hefeng Inc opened a new office. The joint lab, the outcome of cooperation with Lanxi University, will open later.',
    );
    expect(edges(plain).filter((e) => e.startsWith('CO_BUILDS'))).toEqual([]);
  });
});

describe('English extraction, round 9: overseas bodies named with their region', () => {
  it('keeps "in Europe" in the name of a body of people abroad and splits the next name after "and"', () => {
    const out = run(
      'A contract is signed with the Federation of Chinese Professional Associations in Europe and Chinese Professionals Association of Canada to set up the Overseas Centre for Ningbo Talent Work.',
    );
    expect(names(out)).toEqual(
      expect.arrayContaining([
        'Other:Federation of Chinese Professional Associations in Europe',
        'Other:Chinese Professionals Association of Canada',
      ]),
    );
    expect(
      names(run('The Hefeng Joint Council for Bilateral Cooperation in Singapore met.')),
    ).toContain('Other:Hefeng Joint Council for Bilateral Cooperation');
  });
});

describe('English extraction, round 9: bylines and hyphenated company names', () => {
  it('takes no organisation from a byline', () => {
    expect(names(run('By ZHANGWei & CHEN Chunyou'))).toEqual([]);
    expect(names(run('Source: Science | Author: ZHANGWei & CHEN Chunyou'))).toEqual([]);
  });

  it('merges "Can-lu Biotech" and "Can Lu Biotech" into one company', () => {
    const out = run(
      'The deal with Can-lu Biotech Co., Ltd was signed. Lei Qiang of Can Lu Biotech Co., Ltd attended.',
    );
    expect(out.entities.filter((e) => e.type === 'Company')).toHaveLength(1);
  });
});

describe('English extraction, round 9: "the new area"', () => {
  it('refers "the new area" back to the last place named "… Area"', () => {
    const out = run(
      'Liangjiang New Area grew. The Qinglan Research Institute was jointly founded by Lanxi University and the new area in 2019.',
    );
    expect(edges(out)).toContain('CO_BUILDS Liangjiang New Area -> Qinglan Research Institute');
    expect(
      edges(
        run(
          'Hefeng District grew. The Qinglan Research Institute was jointly founded by Lanxi University and the new area.',
        ),
      ),
    ).not.toContain('CO_BUILDS Hefeng District -> Qinglan Research Institute');
  });
});

describe('English extraction, round 9: "Institute of University of X"', () => {
  it('finds the university closing an institute name after a bare "of" and makes it the owner', () => {
    const out = run(
      'The Dongguan Cooperative and Innovative Institute of University of South China opened.',
    );
    expect(names(out)).toContain('University:University of South China');
    expect(edges(out)).toContain(
      'PART_OF Dongguan Cooperative and Innovative Institute of University of South China -> University of South China',
    );
    expect(names(run('The University of South China opened.'))).toEqual([
      'University:University of South China',
    ]);
  });
});
