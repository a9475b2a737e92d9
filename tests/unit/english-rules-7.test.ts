import { edges, names, run } from '../support/enExtract';

describe('English extraction, round 7: names', () => {
  it('splits the owner named after a second "of the" from an institute', () => {
    const out = run(
      'The Lanxi Institute of Coastal Technology of the Chinese Academy of Sciences opened.',
    );
    expect(names(out)).toEqual(
      expect.arrayContaining([
        'Institute:Lanxi Institute of Coastal Technology',
        'Institute:Chinese Academy of Sciences',
      ]),
    );
  });

  it('keeps "of the" inside a name when it is the first tail ("Center of the X Group")', () => {
    const out = run('The Joint Research Center of the Continental Group opened.');
    expect(names(out)).toContain('Lab:Joint Research Center of the Continental Group');
  });

  it('leaves out a department named as belonging to a university, keeping the university', () => {
    const out = run(
      'Si Ting, a professor at the Department of Tidal Mechanics of the University of Science and Technology of Lanxi, spoke.',
    );
    expect(names(out)).toEqual(
      expect.arrayContaining([
        'Person:Si Ting',
        'University:University of Science and Technology of Lanxi',
      ]),
    );
    expect(names(out).filter((n) => n.includes('Department'))).toEqual([]);
  });

  it('keeps a government department named after a province', () => {
    const out = run(
      'The Department of Science and Technology of Guangdong Province funded the Coastal Lab.',
    );
    expect(names(out)).toContain(
      'Other:Department of Science and Technology of Guangdong Province',
    );
  });

  it('finds development areas and industrial clusters as places', () => {
    const out = run(
      'The area covers Lanxi Economic and Technological Development Area and Lanxi Dajiang Industrial Cluster.',
    );
    expect(names(out)).toEqual(
      expect.arrayContaining([
        'District:Lanxi Economic and Technological Development Area',
        'District:Lanxi Dajiang Industrial Cluster',
      ]),
    );
  });

  it('reads "a National Central City" as a title, not a place, but keeps "a Lanxi New Area firm"', () => {
    const title = run('The deal will help Chengdu become a National Central City.');
    expect(names(title)).not.toContain('District:National Central City');
    const firm = run('Hefeng is a Lanxi New Area firm.');
    expect(names(firm)).toContain('District:Lanxi New Area');
  });

  it('finds a company named only with an appositive after it', () => {
    const out = run('Hefeng Robotics, a start-up incubated by the institute, has raised funds.');
    expect(names(out)).toContain('Company:Hefeng Robotics');
  });

  it('takes no person or place described as a maker or a city for a company', () => {
    const out = run('Wang Hua, a developer of robots, spoke. Suzhou, a manufacturing city, grew.');
    expect(names(out).filter((n) => n.startsWith('Company:'))).toEqual([]);
  });

  it('keeps an all-capital short name apart from a lab joined to it by "and"', () => {
    const out = run(
      'The deal between LXNU and Songshan Lake Materials Laboratory was signed. LXNU is ready.',
    );
    expect(names(out)).toContain('Lab:Songshan Lake Materials Laboratory');
    expect(names(out).filter((n) => n.includes(' and '))).toEqual([]);
  });
});

describe('English extraction, round 7: places', () => {
  it('locates what "is located in", "is based in" or "lies in" a place', () => {
    for (const verb of ['is located in the', 'is based in', 'lies in']) {
      const out = run(`The Lanxi Research Institute ${verb} Suzhou Industrial Park.`);
      expect(edges(out)).toContain('LOCATED_IN Lanxi Research Institute -> Suzhou Industrial Park');
    }
  });

  it('does not locate a person who was at a place', () => {
    const out = run('Wang Hua was at the Lanxi High-tech Zone on Monday.');
    expect(edges(out)).toEqual([]);
  });

  it('places a zone "located in" a city and a new area that "is a … area in" a city', () => {
    expect(edges(run('Suzhou Industrial Park is located in Suzhou.'))).toContain(
      'LOCATED_IN Suzhou Industrial Park -> Suzhou',
    );
    expect(edges(run('Liangjiang New Area is a state-level new area in Chongqing.'))).toContain(
      'LOCATED_IN Liangjiang New Area -> Chongqing',
    );
  });

  it('places a city in the province after ", East China\'s"', () => {
    const out = run(
      "The district set up a workstation in Hefei, East China's Anhui province, on Nov 18.",
    );
    expect(edges(out)).toContain('LOCATED_IN Hefei -> Anhui');
  });

  it('places each listed part in the area that consists of them', () => {
    const out = run(
      'Qiantang New Area, which consists of Lanxi Development Area and Dajiang Industrial Cluster, was set up in April.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Lanxi Development Area -> Qiantang New Area',
        'LOCATED_IN Dajiang Industrial Cluster -> Qiantang New Area',
      ]),
    );
  });

  it('does not place companies an area "includes"', () => {
    const out = run('Qiantang New Area, which includes Hefeng Group and Lanxi Motors, grew.');
    expect(edges(out).filter((e) => e.startsWith('LOCATED_IN'))).toEqual([]);
  });

  it('locates the opening subject after a relative clause ("X, which …, is located in Y")', () => {
    const out = run(
      'The Lanxi Institute of Advanced Materials, which was set up by Qinglan University in 2018, is located in Suzhou Industrial Park.',
    );
    expect(edges(out)).toContain(
      'LOCATED_IN Lanxi Institute of Advanced Materials -> Suzhou Industrial Park',
    );
  });

  it('does not locate the subject when the relative clause itself is located', () => {
    const out = run(
      'The Lanxi Lab signed with Qinglan University, which is located in Suzhou Industrial Park.',
    );
    expect(edges(out)).not.toContain('LOCATED_IN Lanxi Lab -> Suzhou Industrial Park');
  });
});

describe('English extraction, round 7: building', () => {
  it('lets a science and technology bureau build for the city it is named after', () => {
    const out = run(
      'Zhongshan is a city in Guangdong. The Zhongshan Bureau of Science and Technology signed an agreement with Qinglan University to co-build the Coastal Materials Center.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Zhongshan -> Coastal Materials Center',
        'CO_BUILDS Qinglan University -> Coastal Materials Center',
      ]),
    );
  });

  it('keeps a commission named after no place as the builder', () => {
    const out = run(
      'The Development and Reform Commission and Hefeng Group jointly built the Lanxi Lab.',
    );
    expect(edges(out)).toContain('CO_BUILDS Development and Reform Commission -> Lanxi Lab');
  });

  it('reads a joint lab named "A (SA) - B Corporation Joint Laboratory" as built by A and B', () => {
    const out = run(
      'The committee of the Lanxi Normal University (LNU) - Hefeng Group Corporation Joint Laboratory met at LNU. ' +
        'LNU thanked Hefeng Group.',
    );
    const lab = 'Lanxi Normal University (LNU) - Hefeng Group Corporation Joint Laboratory';
    expect(names(out)).toContain(`Lab:${lab}`);
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        `CO_BUILDS Lanxi Normal University -> ${lab}`,
        `CO_BUILDS Hefeng Group -> ${lab}`,
      ]),
    );
  });

  it('does not run a lab name left across a dash when the name is not joint', () => {
    const out = run(
      'Lanxi University signed with Hefeng Group - the Hefeng Research Laboratory opened.',
    );
    expect(names(out)).toContain('Lab:Hefeng Research Laboratory');
  });

  it('gives an unnamed thing described as a collaboration one edge between its partners', () => {
    const out = run(
      'The institute, a collaboration between Qinglan University and Hefeng Group, focuses on new materials.',
    );
    expect(edges(out)).toEqual(['CO_BUILDS Qinglan University -> Hefeng Group']);
  });

  it('finds the builder of an object relative clause ("X, which the institute established")', () => {
    const out = run(
      'The Lanxi Institute opened in 2010. The Coastal Materials Alliance, which the institute established in 2012, has served 140 firms.',
    );
    expect(edges(out)).toContain('CO_BUILDS Lanxi Institute -> Coastal Materials Alliance');
  });

  it('reads builders listed in the relative clause without crossing them', () => {
    const out = run(
      'The Coastal Lab, which Qinglan University and Hefeng Group jointly set up, opened.',
    );
    expect(edges(out).sort()).toEqual([
      'CO_BUILDS Hefeng Group -> Coastal Lab',
      'CO_BUILDS Qinglan University -> Coastal Lab',
    ]);
  });

  it('finds no builder in a relative clause that only reports', () => {
    const out = run('The Coastal Lab, which Qinglan University said was important, opened.');
    expect(edges(out)).toEqual([]);
  });
});

describe('English extraction, round 7: support and transfer', () => {
  it('finds support of a university named right after the verb', () => {
    const out = run(
      'Lanxi Normal University met Hefeng Group. Li hopes that Hefeng Group will keep supporting Lanxi Normal University in research.',
    );
    expect(edges(out)).toContain('SUPPORTS Hefeng Group -> Lanxi Normal University');
  });

  it('finds support of the construction of an institute, support for it and investment in it', () => {
    expect(
      edges(
        run(
          'Lanxi City will provide 50 million yuan to support the construction of the Lanxi Research Institute.',
        ),
      ),
    ).toContain('SUPPORTS Lanxi City -> Lanxi Research Institute');
    expect(
      edges(
        run(
          'The Lanxi government will provide funding and policy support for the Lanxi Research Institute.',
        ),
      ),
    ).toContain('SUPPORTS Lanxi government -> Lanxi Research Institute');
    expect(
      edges(run('Hefeng Group has invested 100 million yuan in the Lanxi Research Institute.')),
    ).toContain('SUPPORTS Hefeng Group -> Lanxi Research Institute');
  });

  it('does not make a university supported when it is only mentioned after the verb', () => {
    const out = run('The fund supports research at Qinglan University.');
    expect(edges(out)).toEqual([]);
  });

  it('gives support neither to the speaker\'s body nor to the partner after "with"', () => {
    const out = run(
      'Xu Gang, secretary of the Lanxi Committee, said the district would work closely with Qinglan University and support the Lanxi Institute.',
    );
    expect(edges(out).filter((e) => e.startsWith('SUPPORTS'))).toEqual([]);
  });

  it('reads passive support by a list of backers', () => {
    const out = run(
      'Lanxi launched the Tiankai Innovation Park. The building of the new park will be supported by two major institutions, Qinglan University and Marsh University.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'SUPPORTS Qinglan University -> Tiankai Innovation Park',
        'SUPPORTS Marsh University -> Tiankai Innovation Park',
      ]),
    );
  });

  it('reads no transfer into a "technology transfer center" or an infinitive "to"', () => {
    const out = run(
      'Lanxi City and Qinglan University will set up a technology exchange and transfer center to help Lanxi grow.',
    );
    expect(edges(out).filter((e) => e.startsWith('TRANSFERS_TO'))).toEqual([]);
  });

  it('still reads a transfer to a company followed by an infinitive', () => {
    const out = run(
      'Qinglan University licensed the technology to Hefeng Technology Co., Ltd. to help it grow.',
    );
    expect(edges(out)).toContain('TRANSFERS_TO Qinglan University -> Hefeng Technology Co., Ltd.');
  });

  it('reads commercialisation through a company as a transfer to it', () => {
    const out = run(
      'Qinglan University developed a new battery. The university will commercialise the technology through Hefeng Technology Co., Ltd.',
    );
    expect(edges(out)).toContain('TRANSFERS_TO Qinglan University -> Hefeng Technology Co., Ltd.');
  });

  it('resolves "the lab" to the only lab named, however far back', () => {
    const out = run(
      'Hefeng Group and Qinglan University opened the Coastal Materials Laboratory. ' +
        'The weather was fine. Many guests came. Speeches were given. Lunch was served. ' +
        'Qinglan University will keep supporting the lab.',
    );
    expect(edges(out)).toContain('SUPPORTS Qinglan University -> Coastal Materials Laboratory');
  });

  it('resolves "the lab" to nothing when two labs were named', () => {
    const out = run(
      'Hefeng Group opened the Coastal Materials Laboratory and the Tidal Energy Laboratory. ' +
        'The weather was fine. Many guests came. Speeches were given. Lunch was served. ' +
        'Qinglan University will keep supporting the lab.',
    );
    expect(edges(out).filter((e) => e.startsWith('SUPPORTS Qinglan'))).toEqual([]);
  });
});

describe('English extraction, round 7: owners, founders, places and partners', () => {
  it("keeps the university closing an institute's name and makes the institute part of it", () => {
    const out = run(
      'Lu Chuan spoke for the Chengdu Research Institute of the University of Electronic Science and Technology of Lanxi.',
    );
    expect(names(out)).toContain(
      'University:University of Electronic Science and Technology of Lanxi',
    );
    expect(edges(out)).toContain(
      'PART_OF Chengdu Research Institute of the University of Electronic Science and Technology of Lanxi -> University of Electronic Science and Technology of Lanxi',
    );
  });

  it('reads a company named right after "founded" as founded by the subject', () => {
    expect(edges(run('Tsinghua University founded Tsinghua Holdings in 2003.'))).toContain(
      'CO_BUILDS Tsinghua University -> Tsinghua Holdings',
    );
  });

  it('does not read a company after "launched" as founded', () => {
    expect(edges(run('Qinglan University launched Hefeng Group products.'))).toEqual([]);
  });

  it('learns a place named before its province ("in Xiyang, Hubei province")', () => {
    const out = run('The event was held in Xiyang, Hubei province. Xiyang hosted 100 firms.');
    expect(names(out)).toContain('District:Xiyang');
    expect(edges(out)).toContain('LOCATED_IN Xiyang -> Hubei');
  });

  it('finds the company a manager heads ("president of Zhongbu Zhiguang") but no country', () => {
    expect(
      names(run('Luo Linbo, president of Zhongbu Zhiguang, said the platform grew.')),
    ).toContain('Company:Zhongbu Zhiguang');
    expect(names(run('Xi, president of China, spoke.'))).toEqual([]);
  });

  it('does not locate the agent of a passive in the place of the event', () => {
    const out = run('The Zibo Institute was set up by Qinglan University in Zibo.');
    expect(edges(out)).not.toContain('LOCATED_IN Qinglan University -> Zibo');
    expect(edges(out)).toContain('CO_BUILDS Qinglan University -> Zibo Institute');
  });

  it('lets "the city" stand for the last city named and fund an institute', () => {
    const out = run(
      'Zibo and Qinglan University signed an agreement. The city will provide land and funding for the Zibo Institute of Marine Technology.',
    );
    expect(edges(out)).toContain('SUPPORTS Zibo -> Zibo Institute of Marine Technology');
  });

  it('never lets "the city" stand for a province', () => {
    const out = run(
      'Shandong and Qinglan University signed an agreement. The city will provide funding for the Zibo Institute of Marine Technology.',
    );
    expect(edges(out).filter((e) => e.startsWith('SUPPORTS'))).toEqual([]);
  });

  it('makes a government partner with each university it signs with to build unnamed institutes', () => {
    const out = run(
      'The Zibo government signed agreements with Qinglan University, Marsh University and Dongfang University to build three research institutes.',
    );
    expect(edges(out)).toEqual([
      'CO_BUILDS Zibo -> Qinglan University',
      'CO_BUILDS Zibo -> Marsh University',
      'CO_BUILDS Zibo -> Dongfang University',
    ]);
  });

  it('makes no partners of an agreement that builds nothing', () => {
    const out = run(
      'Qinglan University signed an agreement with Hefeng Group to promote cooperation.',
    );
    expect(edges(out)).toEqual([]);
  });

  it('names "New District" when its city follows and places what lies in it', () => {
    const out = run('The ceremony was held in Taihu Park, New District Wuxi.');
    expect(names(out)).toContain('District:New District');
    expect(edges(out)).toContain('LOCATED_IN Taihu Park -> New District');
    expect(names(run('The New District will support the institute.'))).toEqual([]);
  });

  it('lets a municipal government partner act for its city at either end of a co-building edge', () => {
    const out = run(
      'Qinglan University signed a cooperation agreement with the Zibo municipal government on Monday. Both parties will co-build a research institute in Zibo.',
    );
    expect(edges(out)).toContain('CO_BUILDS Qinglan University -> Zibo');
  });
});

describe('English extraction, round 7: fourth batch', () => {
  it("finds an untitled expert's team by the possessive ('Wang Huaming's team')", () => {
    const out = run("Wang Huaming's team works on 3-D printing.");
    expect(names(out)).toEqual(
      expect.arrayContaining(['ResearchTeam:Wang Huaming team', 'Person:Wang Huaming']),
    );
    expect(names(run("Qinglan University's team won."))).toEqual(['University:Qinglan University']);
  });

  it('makes an institute "under" an academy part of it and sees where it moves', () => {
    const out = run(
      'The Lanxi Institute of Nanosystems, under the Chinese Academy of Sciences (CAS), will soon start moving into Huairou Science City.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'PART_OF Lanxi Institute of Nanosystems -> Chinese Academy of Sciences',
        'LOCATED_IN Lanxi Institute of Nanosystems -> Huairou Science City',
      ]),
    );
  });

  it('ends a lab name before "of" and an all-capital owner, and makes it part of that owner', () => {
    const out = run(
      'The Lanzhou Institute of Chemical Physics (LICP) runs labs. They inspected the Qingdao R&D Center of LICP.',
    );
    expect(names(out)).toContain('Lab:Qingdao R&D Center');
    expect(edges(out)).toContain(
      'PART_OF Qingdao R&D Center -> Lanzhou Institute of Chemical Physics',
    );
  });

  it('keeps "of CPC" inside a committee name', () => {
    const out = run('The Chengdu Municipal Committee of CPC met.');
    expect(names(out)).toContain('Other:Chengdu Municipal Committee of CPC');
  });

  it('finds a company described with "is a company" everywhere, and the group it is affiliated to', () => {
    const out = run(
      'Founded in 1951, Zhanjiang Nongken is a company affiliated to Guangdong Nongken Group. The workstation serves Zhanjiang Nongken.',
    );
    const company = out.entities.find((e) => e.name === 'Zhanjiang Nongken');
    expect(company?.type).toBe('Company');
    expect(company?.mentions).toHaveLength(2);
    expect(names(out)).not.toContain('District:Zhanjiang');
    expect(edges(out)).toContain('PART_OF Zhanjiang Nongken -> Guangdong Nongken Group');
  });

  it('reads "X, an innovation cluster built by Z" as Z building X', () => {
    const out = run(
      'The institute will move into Huairou Science City, an innovation cluster built by Zhongguancun Development Group, a meeting said.',
    );
    expect(edges(out)).toContain(
      'CO_BUILDS Zhongguancun Development Group -> Huairou Science City',
    );
  });

  it('reads a reduced passive "a platform supported by Z" as Z supporting it', () => {
    const out = run('The Zibo Lab, a platform supported by Hefeng Group, opened.');
    expect(edges(out)).toEqual(['SUPPORTS Hefeng Group -> Zibo Lab']);
  });

  it('reads "the construction of X by A, B and C" as building; supporting construction as support', () => {
    const built = run(
      'The construction of the Qingdao R&D Center by the Qingdao municipal government and the Laoshan district government started in 2009.',
    );
    expect(edges(built)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Qingdao -> Qingdao R&D Center',
        'CO_BUILDS Laoshan district -> Qingdao R&D Center',
      ]),
    );
    const backed = run(
      'The Qingdao municipal government and the Laoshan district government will keep supporting the construction of the Qingdao R&D Center.',
    );
    expect(edges(backed).sort()).toEqual([
      'SUPPORTS Laoshan district -> Qingdao R&D Center',
      'SUPPORTS Qingdao -> Qingdao R&D Center',
    ]);
  });

  it('reads support "received from" a list of bodies', () => {
    const out = run(
      'Xia said the Qingdao R&D Center had received strong support from Hefeng Group and Qinglan University.',
    );
    expect(edges(out)).toEqual([
      'SUPPORTS Hefeng Group -> Qingdao R&D Center',
      'SUPPORTS Qinglan University -> Qingdao R&D Center',
    ]);
  });

  it('places what a groundbreaking ceremony opened where it was held', () => {
    const out = run(
      'A groundbreaking ceremony for Beihang Western International Innovation Port was held on April 7 in Chengdu Science City.',
    );
    expect(edges(out)).toContain(
      'LOCATED_IN Beihang Western International Innovation Port -> Chengdu Science City',
    );
  });

  it('finds "the Chengdu government" as a body acting for Chengdu', () => {
    const out = run(
      'Beihang University and the Chengdu government signed an agreement to build a research institute in Chengdu.',
    );
    expect(names(out)).toContain('Other:Chengdu government');
    expect(edges(out)).toContain('CO_BUILDS Beihang University -> Chengdu');
  });

  it('lets "the institute" prefer a name holding "Institute" over a recent academy', () => {
    const out = run(
      'The Beijing Institute of Nanosystems, under the Chinese Academy of Sciences (CAS), will move. ' +
        'The weather was fine. Guests came. Lunch was served. Researchers from CAS spoke. ' +
        "Hefeng Group will set up a fund to support the institute's research.",
    );
    expect(edges(out)).toContain('SUPPORTS Hefeng Group -> Beijing Institute of Nanosystems');
    expect(edges(out)).not.toContain('SUPPORTS Hefeng Group -> Chinese Academy of Sciences');
  });

  it('resolves "a … research institute" to the one named institute whose name holds the phrase', () => {
    const out = run(
      'Qinglan University and Jiangsu agreed to jointly build a nanotechnology research institute.\n' +
        'On Sept 18 they signed an agreement on the Suzhou Nanotechnology Research Institute in Suzhou.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Qinglan University -> Suzhou Nanotechnology Research Institute',
        'CO_BUILDS Jiangsu -> Suzhou Nanotechnology Research Institute',
      ]),
    );
    expect(edges(out)).not.toContain('CO_BUILDS Qinglan University -> Jiangsu');
  });
});

describe('English extraction, round 7: fifth batch', () => {
  it('places a district "in the east of" its city', () => {
    const out = run('The center will be located in Xiaoshan District, in the east of Hangzhou.');
    expect(edges(out)).toContain('LOCATED_IN Xiaoshan District -> Hangzhou');
  });

  it('finds "The Shanghai government" without the sentence\'s article, and "the X City government"', () => {
    expect(
      names(run('The Shanghai government has signed an agreement with Tsinghua University.')),
    ).toContain('Other:Shanghai government');
    expect(names(run('Liu thanked the Zhangqiu City government for its support.'))).toContain(
      'Other:Zhangqiu City government',
    );
  });

  it('makes partners that agree on building an unnamed hub co-builders', () => {
    const out = run(
      'On March 14, Ninghe district and Tianjin University of Technology signed a cooperation agreement on building a technology and innovation hub in the district.',
    );
    expect(edges(out)).toContain('CO_BUILDS Ninghe district -> Tianjin University of Technology');
  });

  it('reads "thanked X for its support" as X supporting what follows, or the thanker', () => {
    const toPlace = run(
      "Tian, director of the Lanxi Bureau of Science and Technology, thanked Qinglan University for its support and help to Zibo's innovation.",
    );
    expect(edges(toPlace)).toContain('SUPPORTS Qinglan University -> Zibo');
    const toThanker = run('Hefeng Group thanked Qinglan University for its help.');
    expect(edges(toThanker)).toEqual(['SUPPORTS Qinglan University -> Hefeng Group']);
    expect(edges(run('Hefeng Group thanked Qinglan University for coming.'))).toEqual([]);
  });

  it('reads "Cambridge University - Nanjing Centre of X" as one centre built by the university', () => {
    const out = run(
      'The opening ceremony of the Cambridge University - Nanjing Centre of Technology and Innovation was held. ' +
        'Chu Dayou, a director at the University of Cambridge, attended.',
    );
    expect(names(out)).toContain(
      'Lab:Cambridge University - Nanjing Centre of Technology and Innovation',
    );
    expect(edges(out)).toContain(
      'CO_BUILDS University of Cambridge -> Cambridge University - Nanjing Centre of Technology and Innovation',
    );
  });

  it('merges "X University" with the "University of X" named in the same article', () => {
    const out = run('Cambridge University signed. The University of Cambridge is old.');
    const unis = out.entities.filter((e) => e.type === 'University');
    expect(unis.map((e) => e.name)).toEqual(['University of Cambridge']);
    expect(unis[0]?.aliases).toContain('Cambridge University');
  });
});

describe('English extraction, round 7: sixth batch', () => {
  it('makes the signers of a memorandum on building a named place its builders', () => {
    const out = run(
      'At the forum, companies and the government of Baodi District in Tianjin signed a memorandum on building the Lanxi Sci-tech City.',
    );
    expect(edges(out)).toContain('CO_BUILDS Baodi District -> Lanxi Sci-tech City');
    expect(
      edges(run('The delegation visited the government of Zibo and Qinglan University.')),
    ).toEqual([]);
  });

  it('reads "jointly promote the construction of X" as building X', () => {
    const out = run(
      'The Chinese Academy of Sciences and the Shenzhen government held a symposium. The two sides signed an agreement to jointly promote the construction of the Shenzhen Industry Innovation Center.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Chinese Academy of Sciences -> Shenzhen Industry Innovation Center',
        'CO_BUILDS Shenzhen -> Shenzhen Industry Innovation Center',
      ]),
    );
  });

  it('places each company listed after "the <Place> companies, including"', () => {
    const out = run(
      'Five companies are in Liuzhou city. The Liuzhou companies, including Liugong Machinery Co and Liuzhou OVM Engineering Co, will gain.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Liugong Machinery Co -> Liuzhou',
        'LOCATED_IN Liuzhou OVM Engineering Co -> Liuzhou',
      ]),
    );
  });
});

describe('English extraction, round 7: seventh batch', () => {
  it('places a park described in apposition as sitting in a city', () => {
    const out = run(
      'The Lanxi Textile Industrial Park, a key platform for the textile industry in Nantong City, grows.',
    );
    expect(edges(out)).toContain('LOCATED_IN Lanxi Textile Industrial Park -> Nantong City');
  });

  it("reads an all-capital short name before a possessive ('DHU's disciplines')", () => {
    const out = run(
      "DHU signed with Hefeng Group. Zheng said DHU's disciplines match Ningbo's industries.",
    );
    const dhu = out.entities.find((e) => e.name === 'DHU');
    expect(dhu?.mentions).toHaveLength(2);
  });

  it("learns the place a people's government is of", () => {
    const out = run("The People's Government of Keqiao signed an agreement. Keqiao is growing.");
    expect(names(out)).toContain('District:Keqiao');
  });

  it('takes no research team from a delegation led by an official', () => {
    const out = run('A team led by Yu Jianyong, president of DHU, went to Ningbo.');
    expect(names(out).filter((n) => n.startsWith('ResearchTeam'))).toEqual([]);
  });

  it('reads "help <place> build" as support of the place, but not a place merely named after', () => {
    expect(edges(run('Qinglan University will help Shaoxing build a textile cluster.'))).toContain(
      'SUPPORTS Qinglan University -> Shaoxing',
    );
    expect(edges(run('Qinglan University will help firms in Shaoxing.'))).toEqual([]);
  });
});

describe('English extraction, round 7: eighth batch', () => {
  it('names "the Xuzhou Branch of the X Center" as a lab of its own, not a form of X', () => {
    const out = run(
      'The East National Technology Transfer Center attended. They signed an agreement on building the Xuzhou Branch of the East National Technology Transfer Center.',
    );
    const labs = out.entities.filter((e) => e.type === 'Lab').map((e) => e.name);
    expect(labs).toEqual(
      expect.arrayContaining([
        'East National Technology Transfer Center',
        'Xuzhou Branch of the East National Technology Transfer Center',
      ]),
    );
  });
});
