import { edges, names as named, run } from '../support/enExtract';

describe('English rules, round 5', () => {
  it('types "<X> University of <Place> <Y> Institute" by the later head', () => {
    const out = run(
      'He visited the Hanlin University of Hong Kong Chengdu Advanced Research Institute. ' +
        'The Qilu Innovation Center of the Hanyuan Group opened.',
    );
    expect(named(out)).toEqual(
      expect.arrayContaining([
        'Institute:Hanlin University of Hong Kong Chengdu Advanced Research Institute',
        'Lab:Qilu Innovation Center of the Hanyuan Group',
      ]),
    );
  });

  it('keeps "<X> University of <Place>" a university when no head follows the place', () => {
    const out = run('Students of the Hanlin University of Hong Kong visited Chengdu.');
    expect(named(out)).toContain('University:Hanlin University of Hong Kong');
  });

  it('merges a name opened by an abbreviation of a longer name with that name', () => {
    const out = run(
      'HanU Chengdu Advanced Research Institute opens. ' +
        'The Hanlin University of Hong Kong Chengdu Advanced Research Institute was set up in 2017.',
    );
    const institutes = out.entities.filter((e) => e.type === 'Institute');
    expect(institutes).toHaveLength(1);
    expect(institutes[0]?.aliases).toContain('HanU Chengdu Advanced Research Institute');
  });

  it('reads a place word after a capitalised surname as a given name', () => {
    const out = run(
      'Ye Wuxi (deputy director of the provincial commission) spoke. Factories in Wuxi grew.',
    );
    const wuxi = out.entities.find((e) => e.name === 'Wuxi');
    expect(wuxi?.mentions).toHaveLength(1);
    expect(named(run('Ye Wuxi spoke at length.'))).not.toContain('District:Wuxi');
  });

  it('finds untitled experts by a career verb or an expert appositive, not by "said"', () => {
    const out = run(
      'Kong Lanfeng left a laboratory in Germany in 2015. Meng Qiaohui said the plan works. ' +
        'Lou Xinbo, another young professional in the program, founded a firm.',
    );
    expect(named(out)).toEqual(expect.arrayContaining(['Person:Kong Lanfeng', 'Person:Lou Xinbo']));
    expect(named(out)).not.toContain('Person:Meng Qiaohui');
  });

  it('lets a lower-case district government act for a place never named alone', () => {
    const out = run(
      'Jointly developed by Hanlin University and the Shuangliu district government, ' +
        'the Hanlin Shuangliu Research Institute was inaugurated in May 2017.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Hanlin University -> Hanlin Shuangliu Research Institute',
        'CO_BUILDS Shuangliu district -> Hanlin Shuangliu Research Institute',
      ]),
    );
    expect(edges(out).filter((e) => e.includes('government'))).toEqual([]);
  });

  it('cleans compromise organisations: trailing common nouns, stray brackets, compounds', () => {
    const out = run(
      'Tan Peiyu (chairman of Jiangsu Qilin Group) attended. ' +
        "The Qilin-government partnership drives Qilin's development.",
    );
    const names = named(out);
    expect(names).toContain('Company:Jiangsu Qilin Group');
    expect(names.some((n) => n.includes(')') || /partnership|development|['’]s$/.test(n))).toBe(
      false,
    );
  });

  it('reads "Name, a member of the … program" as an expert', () => {
    const out = run('Bai Lunan, a member of the overseas talent program, opened a lab in Wuxi.');
    expect(named(out)).toContain('Person:Bai Lunan');
  });

  it('leaves out a council inside a university', () => {
    const out = run('Guests included the Lanxi University Council Chairperson and other leaders.');
    expect(named(out).some((n) => n.includes('Council'))).toBe(false);
  });

  it('does not make an affiliation in a person bracket a builder', () => {
    const out = run(
      'Ye Hanbo (director of the Qiaoling Planning Commission) and Mo Lin (chairman of Hefeng ' +
        'Robotics Co., Ltd.) unveiled the joint laboratory together.',
    );
    expect(edges(out).filter((e) => e.startsWith('CO_BUILDS'))).toEqual([]);
  });

  it('places a city in its province after "capital of southwest China\'s"', () => {
    const out = run("The fair was held in Chengdu, capital of southwest China's Sichuan province.");
    expect(edges(out)).toContain('LOCATED_IN Chengdu -> Sichuan');
  });

  it('gives "after setting up X, the University …" the building of X, and X builds nothing', () => {
    const out = run(
      'Lanxi University (LU) opened a campus. For instance, after setting up the Lanxi Hefei ' +
        'Research Institute (LHRI), the University signed an agreement with Qiaoling Group to ' +
        'jointly establish the Lanxi Wuhu Research Institute.',
    );
    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Lanxi University -> Lanxi Hefei Research Institute',
        'CO_BUILDS Lanxi University -> Lanxi Wuhu Research Institute',
        'CO_BUILDS Qiaoling Group -> Lanxi Wuhu Research Institute',
      ]),
    );
    expect(edges(out)).not.toContain(
      'CO_BUILDS Lanxi Hefei Research Institute -> Lanxi Wuhu Research Institute',
    );
  });

  it('lets "<Place> Government" act for "<Place> County"', () => {
    const out = run(
      'The lab sits in Shuangliu County. Lanxi University signed an agreement with Shuangliu ' +
        'Government to jointly establish the Lanxi Shuangliu Laboratory.',
    );
    expect(edges(out)).toContain('CO_BUILDS Shuangliu County -> Lanxi Shuangliu Laboratory');
  });

  it('keeps a bracketed city at the end of a lab name and finds where the lab is set up', () => {
    const out = run(
      'The Centre of Applied Welding (Chengdu) is also set up at the Lanxi Research Institute.',
    );
    expect(edges(out)).toContain(
      'PART_OF Centre of Applied Welding (Chengdu) -> Lanxi Research Institute',
    );
  });

  it('joins three words after "and" into one name, but not a listed single word', () => {
    const out = run(
      'It houses the Civil Engineering and Coastal Wind Tunnel Laboratory. Three firms, ' +
        'Hefeng Co Ltd, Qiaopower and Lanxi Camera Technology Co Ltd, settled there.',
    );
    expect(named(out)).toEqual(
      expect.arrayContaining([
        'Lab:Civil Engineering and Coastal Wind Tunnel Laboratory',
        'Company:Lanxi Camera Technology Co Ltd',
      ]),
    );
    expect(named(out).some((n) => n.includes('Qiaopower and'))).toBe(false);
  });

  it('reads "A established X with B" and "X, a partnership between A and B" as co-building', () => {
    const one = run(
      'Lanxi University has established the Lanxi Robotics Laboratory with Hefeng Co., Ltd.',
    );
    const two = run(
      'The Smart Grid Laboratory, a partnership between Lanxi University and Hefeng Co., Ltd., ' +
        'opened on Monday.',
    );
    for (const out of [one, two])
      expect(edges(out).filter((e) => e.startsWith('CO_BUILDS Hefeng'))).toHaveLength(1);
    const funded = run(
      'Lanxi University set up the Lanxi Robotics Laboratory with funding from Hefeng Co., Ltd.',
    );
    expect(edges(funded).filter((e) => e.startsWith('CO_BUILDS Hefeng'))).toEqual([]);
  });

  it('takes a news source for no organisation', () => {
    // compromise takes "Hanlin Times" for an organisation when it stands alone.
    expect(named(run('Hanlin Times wrote it.'))).toContain('Company:Hanlin Times');
    const out = run('According to Hanlin Times, the plan helps Lanxi University.');
    expect(named(out).some((n) => n.includes('Times'))).toBe(false);
    expect(named(run('The plan helps Lanxi University, Hanlin Times reported.'))).not.toContain(
      'Company:Hanlin Times',
    );
  });

  it('places things built in "a zone of" a city, "X, a <Place>-based maker", "a city in … province"', () => {
    expect(
      edges(run('The Lanxi Robotics Laboratory will be built in a high-tech zone of Suzhou.')),
    ).toContain('LOCATED_IN Lanxi Robotics Laboratory -> Suzhou');
    expect(edges(run('Hefeng Co., Ltd., a Suzhou-based robot maker, joined.'))).toContain(
      'LOCATED_IN Hefeng Co., Ltd. -> Suzhou',
    );
    expect(edges(run("Suzhou, a city in east China's Jiangsu province, hosts the lab."))).toContain(
      'LOCATED_IN Suzhou -> Jiangsu',
    );
    expect(edges(run('Hefeng Co., Ltd., a robot maker, joined Suzhou.'))).toEqual([]);
  });

  it('ends a name before "and" when a second headed name with an inner "and" follows', () => {
    const out = run(
      'The Suzhou Municipal Bureau of Commerce and Suzhou Science and Technology Bureau helped.',
    );
    expect(named(out)).toEqual([
      'Other:Suzhou Municipal Bureau of Commerce',
      'Other:Suzhou Science and Technology Bureau',
    ]);
  });

  it('reads "they"/"the two" after an agreement as the partners, who co-build unnamed things', () => {
    const named1 = run(
      'Lanxi University and Suzhou signed an agreement. According to the agreement, they will ' +
        'establish the Lanxi Suzhou Research Institute.',
    );
    expect(edges(named1)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Lanxi University -> Lanxi Suzhou Research Institute',
        'CO_BUILDS Suzhou -> Lanxi Suzhou Research Institute',
      ]),
    );
    const unnamed = run(
      'Lanxi University and Suzhou signed an agreement. The two will set up a fund.',
    );
    expect(edges(unnamed)).toEqual(['CO_BUILDS Lanxi University -> Suzhou']);
    const attended = run(
      'Lanxi University and Hefeng Co., Ltd. attended the launch of a platform.',
    );
    expect(edges(attended)).toEqual([]);
  });

  it('reads hiring an expert as an introduction and buying patents as a transfer', () => {
    expect(
      edges(run('Professor Wang Lin was hired by Lanxi University as a part-time professor.')),
    ).toEqual(['FLEXIBLY_INTRODUCES Lanxi University -> Wang Lin']);
    expect(edges(run('Hefeng Co., Ltd. bought three patents from Lanxi University.'))).toEqual([
      'TRANSFERS_TO Lanxi University -> Hefeng Co., Ltd.',
    ]);
    expect(edges(run('Hefeng Co., Ltd. bought land from Suzhou.'))).toEqual([]);
  });

  it('leaves out schools and colleges inside a university', () => {
    const out = run("Lanxi University's School of Materials and College of Chemistry joined.");
    expect(named(out)).toEqual(['University:Lanxi University']);
    const possessive = run(
      "Lanxi University's College of Chemistry hosted the Robotics Institute.",
    );
    expect(named(possessive).some((n) => n.includes('College'))).toBe(false);
  });

  it('takes a titled name followed by a lower-case office "of X" for an official', () => {
    expect(named(run('Professor Wang Lin, vice president of Lanxi University, spoke.'))).toEqual([
      'University:Lanxi University',
    ]);
    expect(named(run('Dr. Zhao Qing, deputy mayor of Suzhou, spoke.'))).not.toContain(
      'Person:Zhao Qing',
    );
    expect(
      named(run('Professor Wang Lin, director of the Lanxi Robotics Laboratory, spoke.')),
    ).toContain('Person:Wang Lin');
  });

  it('joins "<Word> Group" to the one longer group name holding that word', () => {
    const out = run(
      'Anhui Hefeng Electromechanical Group opened a lab. Hefeng Group will invest more.',
    );
    expect(named(out)).toEqual(['Company:Anhui Hefeng Electromechanical Group']);
    const two = run('Lanxi Robotics Group and Lanxi Energy Group met. Lanxi Group spoke.');
    expect(two.entities).toHaveLength(3);
  });

  it('keys companies without their legal suffix', () => {
    const out = run('Hefeng (China) Co., Ltd. opened a lab. Hefeng (China) Co. will invest.');
    expect(named(out)).toEqual(['Company:Hefeng (China) Co., Ltd.']);
  });
});
