import { names, run } from '../support/enExtract';

/** The entity of that type and name, with its aliases, or undefined. */
function entity(text: string, label: string): { aliases: string[] } | undefined {
  return run(text).entities.find((e) => `${e.type}:${e.name}` === label);
}

describe('English entities round 12: party bodies and inner bodies are no actors', () => {
  it('drops a party committee named by generic words only, keeps one named by its place', () => {
    const out = names(
      run(
        'Li Ming, Secretary of the Party Committee of Morvale University, met Zhou Tao, member of the Municipal Party Standing Committee. The Kelan Municipal Party Committee backed the plan.',
      ),
    );
    expect(out).toContain('Other:Kelan Municipal Party Committee');
    expect(out).not.toContain('Other:Party Committee');
    expect(out).not.toContain('Other:Municipal Party Standing Committee');
    expect(out.filter((n) => /Party Committee of/.test(n))).toEqual([]);
  });

  it('drops a standing committee named by short forms ("CPCXC Standing Committee")', () => {
    const out = names(
      run(
        'Wu Fang, member of the CPCXC Standing Committee and secretary of the CPC Kelan Municipal Committee, spoke.',
      ),
    );
    expect(out).toContain('Other:CPC Kelan Municipal Committee');
    expect(out.some((n) => /Standing Committee/.test(n))).toBe(false);
  });

  it('reads "Party Group of the Ministry of X" as the ministry, not a company', () => {
    const out = names(
      run(
        'Hu Bin, Secretary of the Party Group of the Ministry of Water Resources, visited Lanxi.',
      ),
    );
    expect(out).toContain('Other:Ministry of Water Resources');
    expect(out.some((n) => /Party Group/.test(n))).toBe(false);
  });

  it('keeps the owner, not the body, in "X Committee of <organisation>"', () => {
    const out = names(
      run(
        'Zhao Yu, Vice-chairman of the Investment Committee of Tarven Holdings Group, and Qi Lan, Director of the Discipline Inspection Commission of QHU, attended with Ma Ke of the Mining Department of Kelan Bureau of Commerce.',
      ),
    );
    expect(out).toContain('Company:Tarven Holdings Group');
    expect(out).toContain('Other:Kelan Bureau of Commerce');
    expect(
      out.some((n) => /Investment Committee|Inspection Commission|Mining Department/.test(n)),
    ).toBe(false);
  });

  it('keeps a body "of" a place or a field as a name of its own', () => {
    const out = names(
      run(
        'The Department of Commerce of Kelan Province and the Management Committee of the Lanxi Economic Development Zone signed it, as did the Chengdu Municipal Committee of CPC.',
      ),
    );
    expect(out).toContain('Other:Department of Commerce of Kelan Province');
    expect(out).toContain('Other:Management Committee of the Lanxi Economic Development Zone');
    expect(out).toContain('Other:Chengdu Municipal Committee of CPC');
  });

  it("drops a department after a short name's possessive (a unit of it)", () => {
    const out = names(
      run("Heads of QHU's International Cooperation Department met Tarven Holdings Group."),
    );
    expect(out.some((n) => /Cooperation Department/.test(n))).toBe(false);
  });

  it('does not let a place named after "of" take in the body before it', () => {
    const out = names(
      run('Xu Lin, Secretary of the Party Working Committee of Lanxi New District, spoke.'),
    );
    expect(out).not.toContain('District:Party Working Committee of Lanxi New District');
    expect(out).toContain('Other:Party Working Committee of Lanxi New District');
  });
});

describe('English entities round 12: one entity per local government and company', () => {
  it('merges "People\'s Government of X" with "X municipal government"', () => {
    const out = run(
      "Qinghe University signed with the People's Government of Dezhou. The Dezhou municipal government will fund it.",
    );
    const govs = out.entities.filter((e) => e.type === 'Other');
    expect(govs).toHaveLength(1);
    expect(govs[0]?.aliases).toContain('Dezhou municipal government');
  });

  it('keeps the place in "People\'s Government of X Municipality"', () => {
    const out = names(
      run("Qinghe University and the People's Government of Dezhou Municipality signed a deal."),
    );
    expect(out).toContain("Other:People's Government of Dezhou Municipality");
  });

  it('gives a company ending a sentence with "Ltd." the spelling without the dot', () => {
    const e = entity(
      'The partners include Qiwen Paper Co. Ltd. Both sides will build a lab.',
      'Company:Qiwen Paper Co. Ltd.',
    );
    expect(e?.aliases).toContain('Qiwen Paper Co. Ltd');
  });
});

describe('English entities round 12: consortia and company short forms', () => {
  it('reads a consortium as a body (Other), like an alliance', () => {
    const out = names(
      run(
        'Qinghe University builds the Lanxi Smart Farming Industry-Education Consortium jointly with Lanxi County.',
      ),
    );
    expect(out).toContain('Other:Lanxi Smart Farming Industry-Education Consortium');
  });

  it('merges a company named without its opening place and suffix into the full name', () => {
    const out = run(
      'Guests came from Dezhou Huaxin Biotech Research Co. LTD. The cooperation between Qinghe University and Huaxin Biotech aims at new drugs.',
    );
    const companies = out.entities.filter((e) => e.type === 'Company');
    expect(companies).toHaveLength(1);
    expect(companies[0]?.aliases).toContain('Huaxin Biotech');
  });
});

describe('English entities round 12: fragments of titles and quotes', () => {
  it("ends a company name at a headline's capitalised verb", () => {
    const out = names(
      run('Morvane Group Explores Industry-Education Cooperation with Lanxi University'),
    );
    expect(out).toContain('Company:Morvane Group');
    expect(out.some((n) => /Explores/.test(n))).toBe(false);
  });

  it('reads no university out of a quoted title before "university"', () => {
    const out = names(
      run('Lanxi University is a "Double First-Class" university whose research is strong.'),
    );
    expect(out).toEqual(['University:Lanxi University']);
  });

  it('reads no company out of a compound of head words ("Government-University")', () => {
    const out = names(
      run('Kelan Province deepens Government-University cooperation with Lanxi University.'),
    );
    expect(out.some((n) => /Government-University/.test(n))).toBe(false);
  });

  it('reads no company out of the start of a longer capitalised title', () => {
    const out = names(
      run(
        'He hoped it would support Kelan in carrying out the Frontier Education Enhancement Project, in building teams.',
      ),
    );
    expect(out.some((n) => n.startsWith('Company:'))).toBe(false);
  });

  it("reads no person out of a title before a park's name", () => {
    const out = names(
      run('The county supported the construction of the Academician Innovation Industrial Park.'),
    );
    expect(out.some((n) => n.startsWith('Person:'))).toBe(false);
  });
});

describe('English entities round 12: autonomous regions and bodies of places', () => {
  it('closes a body "of" a place at the lower-case "autonomous region" and keeps the region', () => {
    const out = names(
      run(
        'The Department of Commerce of Ningxia Hui autonomous region has published the list of projects.',
      ),
    );
    expect(out).toContain('Other:Department of Commerce of Ningxia Hui autonomous region');
    expect(out).toContain('District:Ningxia Hui autonomous region');
  });

  it('makes "X Y Autonomous Region" and "X" one place', () => {
    const out = run(
      'Qinghe University signed with the Ningxia Hui Autonomous Region. Ningxia will fund the lab.',
    );
    expect(out.entities.filter((e) => e.type === 'District')).toHaveLength(1);
  });

  it('keeps "Party Committee of the Autonomous Region", drops the standing committee of a committee', () => {
    const out = names(
      run(
        'Zhao Min, Secretary of the Party Committee of the Autonomous Region, met Wen Jie, member of the Standing Committee of CPC Lanxi County Committee.',
      ),
    );
    expect(out).toContain('Other:Party Committee of the Autonomous Region');
    expect(out).toContain('Other:CPC Lanxi County Committee');
    expect(out.some((n) => /Standing/.test(n))).toBe(false);
  });

  it('learns no place from a ministry\'s field before a province ("Ministry of Education, X Province")', () => {
    const out = names(
      run(
        'It has undertaken projects of the Ministry of Education, Kelan Province and Dezhou City. Education matters.',
      ),
    );
    expect(out).not.toContain('District:Education');
  });
});

describe('English entities round 12: short forms that leave out the owner', () => {
  it('merges "X Center" with "X R&D Center of the <owner>"', () => {
    const out = run(
      'Kelan Province and the Chinese Academy of Sciences set up the Dezhou Graphite R&D Center of the Chinese Academy of Sciences. Later, Dezhou Graphite Center signed a deal with Morvane Holdings Co., Ltd.',
    );
    const centres = out.entities.filter((e) => /Graphite/.test(e.name));
    expect(centres).toHaveLength(1);
    expect(centres[0]?.aliases).toContain('Dezhou Graphite Center');
  });

  it('keeps two universities apart when one is "X University of <field>"', () => {
    const out = names(
      run(
        'Kelan University of Science and Technology signed with Lanxi County. Kelan University of Technology joined later.',
      ),
    );
    expect(out).toContain('University:Kelan University of Science and Technology');
    expect(out).toContain('University:Kelan University of Technology');
  });

  it('ends a name before a place that is a partner after "and"', () => {
    const out = names(
      run(
        'The partnership between the Chinese Academy of Sciences and Shanxi will have a profound impact.',
      ),
    );
    expect(out).toContain('Institute:Chinese Academy of Sciences');
    expect(out).toContain('District:Shanxi');
  });
});

describe('English entities round 12: banks and corporations without a legal suffix', () => {
  it('finds banks named in a list, and a "Corp" without a dot', () => {
    const out = names(
      run(
        "Dezhou Bank, ICBC Bank and Lanxi Rural and Commercial Bank presented their products. Lanxi's Tarvo-Gene Corp signed too.",
      ),
    );
    expect(out).toContain('Company:Dezhou Bank');
    expect(out).toContain('Company:ICBC Bank');
    expect(out).toContain('Company:Lanxi Rural and Commercial Bank');
    expect(out).toContain('Company:Tarvo-Gene Corp');
  });

  it("reads the institute after an academy's plural possessive, not a fragment", () => {
    const out = names(
      run("They signed with the Chinese Academy of Sciences' Institute of Soil Ecology."),
    );
    expect(out).toContain('Institute:Institute of Soil Ecology');
    expect(out).not.toContain("Institute:Chinese Academy of Sciences' Institute");
  });
});

describe('English entities round 12: places written with their level, listed companies', () => {
  it('keeps "Kelan province" as an alias of the place Kelan', () => {
    const out = run('The city of Dezhou in Kelan province announced its plan.');
    const place = out.entities.find((e) => e.name === 'Kelan');
    expect(place?.aliases).toContain('Kelan province');
  });

  it('reads each item of "enterprises, including A, B and C" as a company', () => {
    const out = names(
      run(
        'The title went to 10 local enterprises, including Tarvo Heavy Industry, Morvane Group and Qiwen Paper Co. Later the city approved stations in firms such as Dezhou Lanqi Robotics and Hunan Kelan Biotech.',
      ),
    );
    expect(out).toContain('Company:Tarvo Heavy Industry');
    expect(out).toContain('Company:Dezhou Lanqi Robotics');
    expect(out).toContain('Company:Morvane Group');
  });

  it('reads no place or person of such a list as a company', () => {
    const out = names(
      run(
        'Many enterprises such as Beijing and Shanghai firms joined, as did companies like Wang Lei.',
      ),
    );
    expect(out.filter((n) => n.startsWith('Company:'))).toEqual([]);
  });
});

describe('English entities round 12: one entity per short form', () => {
  it('merges a bare short form guessed a company into the university it stands for', () => {
    const out = names(
      run(
        'The Kelan University of Technology and Design opened a lab with Morvane Technologies. According to KUTD president Li Hua, KUTD faculty and KUTD students will work there.',
      ),
    );
    expect(out).toContain('University:Kelan University of Technology and Design');
    expect(out).not.toContain('Company:KUTD');
  });

  it('makes "X New Area" and "X" one place', () => {
    const out = run(
      "Qinghe University signed an agreement with Shanghai's Pudong New Area. Shanghai is turning Pudong into a hub.",
    );
    expect(out.entities.filter((e) => /Pudong/.test(e.name))).toHaveLength(1);
  });
});

describe('English entities round 12: Chinese short forms and groups of universities', () => {
  it('reads "HNSU" as "Hunan Science University" (a place word gives two initials)', () => {
    const out = run(
      'Hunan Science University signed with Lanxi County. HNSU will send teams, and HNSU students will go too.',
    );
    expect(out.entities.filter((e) => e.type === 'University')).toHaveLength(1);
    expect(out.entities.find((e) => e.type === 'University')?.aliases).toContain('HNSU');
  });

  it('reads "the Education Group of X University" as no company', () => {
    const out = names(
      run('The Education Group of Lanxi Normal University donated 30 classrooms to the county.'),
    );
    expect(out).toContain('University:Lanxi Normal University');
    expect(out.some((n) => /Group/.test(n))).toBe(false);
  });
});

describe('English entities round 12: national bodies and institutes of technology', () => {
  it('keeps "the Ministry of Industry and Information Technology" though its words are generic', () => {
    const out = names(
      run(
        'Dezhou was chosen as a pilot city by the Ministry of Industry and Information Technology.',
      ),
    );
    expect(out).toContain('Other:Ministry of Industry and Information Technology');
  });

  it('reads "<place> Institute of Technology" as a university', () => {
    const out = names(
      run('Dalian Institute of Technology and the Dalian Institute of Chemical Physics signed it.'),
    );
    expect(out).toContain('University:Dalian Institute of Technology');
    expect(out).toContain('Institute:Dalian Institute of Chemical Physics');
  });
});

describe("English entities round 12: bare short forms need a company's manager", () => {
  it('reads no company out of a term\'s short form used twice ("MEMS")', () => {
    const out = names(
      run(
        'Lanxi University is strong in microelectromechanical systems (MEMS). Its MEMS work will serve the county.',
      ),
    );
    expect(out).not.toContain('Company:MEMS');
  });

  it('keeps a short form whose chairman is named as a company', () => {
    const out = names(
      run(
        'Present were Qi Lan, Chairman of TARVAC, and Lanxi University. TARVAC will build a line with the university.',
      ),
    );
    expect(out).toContain('Company:TARVAC');
  });

  it('reads no company out of a bloc\'s short form ("ASEAN")', () => {
    const out = names(
      run('The Lanxi University project will serve ASEAN countries and ASEAN markets.'),
    );
    expect(out).not.toContain('Company:ASEAN');
  });
});

describe('English entities round 12: bylines', () => {
  it('reads no organisation out of a byline', () => {
    const out = names(
      run('Author: Zhao Lin & Qiuyun  Date: 2018-01-02\n\nLanxi University opened a lab.'),
    );
    expect(out).toEqual(['University:Lanxi University']);
  });
});

describe('English entities round 12: events are no actors', () => {
  it('reads no university out of an event title and no company out of a conference', () => {
    const out = names(
      run(
        'Deals were signed at the first Kelan University Science and Technology Achievements Fair. Lanxi University hosted the First Conference on Soil.',
      ),
    );
    expect(out).toEqual(['University:Lanxi University']);
  });

  it('keeps a university followed by its campus', () => {
    const out = names(run('Dezhou University Lanxi Campus opened this year.'));
    expect(out).toContain('University:Dezhou University');
  });
});
