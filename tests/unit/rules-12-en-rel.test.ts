import { edges, run } from '../support/enExtract';

/** The ties of one type, as "TYPE source -> target". */
function ofType(text: string, type: string): string[] {
  return edges(run(text)).filter((e) => e.startsWith(type + ' '));
}

describe('English places: lists and nested places', () => {
  it('reads places listed with "and" side by side, not one inside the next', () => {
    const located = ofType(
      'The fair drew officials from Hubei Province, Yichang City, Zhijiang County and Angel Yeast Co., Ltd.',
      'LOCATED_IN',
    );
    expect(located).toEqual([]);
  });

  it('still reads a comma chain of places as each inside the next', () => {
    expect(
      ofType('Loudi, Hunan province, opened a new port.', 'LOCATED_IN').some((e) =>
        e.startsWith('LOCATED_IN Loudi -> Hunan'),
      ),
    ).toBe(true);
  });

  it("places a park in the district named after a city's possessive", () => {
    const located = ofType(
      "The Lushan Valley Innovation Park lies in Jiujiang City's Lianxi district.",
      'LOCATED_IN',
    );
    expect(located).toContain('LOCATED_IN Lushan Valley Innovation Park -> Lianxi district');
    expect(located).toContain('LOCATED_IN Lianxi district -> Jiujiang City');
    expect(located).not.toContain('LOCATED_IN Lushan Valley Innovation Park -> Jiujiang City');
  });
});

describe('English places: local examples and "home to"', () => {
  it('places "local enterprises, including A and B" in the place the sentence is about', () => {
    const located = ofType(
      'The city of Zhuzhou in Hunan province has granted the title to 12 local enterprises, including Zhuzhou Smelter Group, Qiancheng Lighting Co., Ltd. and Times New Material Co., Ltd.',
      'LOCATED_IN',
    );
    expect(located).toContain('LOCATED_IN Qiancheng Lighting Co., Ltd. -> Zhuzhou');
    expect(located).toContain('LOCATED_IN Times New Material Co., Ltd. -> Zhuzhou');
    expect(located.filter((e) => e.startsWith('LOCATED_IN Qiancheng'))).toHaveLength(1);
  });

  it('reads "the X government and its local firms such as A" as A lying in X', () => {
    const located = ofType(
      'Lanzhou University has cooperated with the Tianshui government and its local enterprises, including Tianshui Forging Co., Ltd. and Changcheng Electric Group.',
      'LOCATED_IN',
    );
    expect(located).toContain('LOCATED_IN Changcheng Electric Group -> Tianshui');
  });

  it('places nothing when "local" has no place in the sentence to refer to', () => {
    const located = ofType(
      'Lanzhou University has cooperated with local enterprises, including Changcheng Electric Group.',
      'LOCATED_IN',
    );
    expect(located).toEqual([]);
  });

  it('reads "X, Y province, is home to A" as A lying in X', () => {
    const located = ofType(
      'Zhuzhou, Hunan province, is home to CRRC Zhuzhou Locomotive Co., Ltd.',
      'LOCATED_IN',
    );
    expect(located).toContain('LOCATED_IN CRRC Zhuzhou Locomotive Co., Ltd. -> Zhuzhou');
  });
});

describe('English co-building: alliances and relative clauses', () => {
  it('reads "X Alliance, initiated by A, B and C" as each initiator co-building the alliance', () => {
    const built = ofType(
      'The Yellow Sea Marine Equipment Alliance, initiated by Ocean University of China, Qingdao Haier Group and Shandong University, was launched on Monday.',
      'CO_BUILDS',
    );
    expect(built).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Ocean University of China -> Yellow Sea Marine Equipment Alliance',
        'CO_BUILDS Qingdao Haier Group -> Yellow Sea Marine Equipment Alliance',
        'CO_BUILDS Shandong University -> Yellow Sea Marine Equipment Alliance',
      ]),
    );
  });

  it('reads an alliance "— initiated by A and B —" between dashes', () => {
    const built = ofType(
      'The Huaihe River Ecology Alliance — initiated by Anhui University and Hefei University of Technology — was founded in June.',
      'CO_BUILDS',
    );
    expect(built).toContain('CO_BUILDS Anhui University -> Huaihe River Ecology Alliance');
  });

  it('reads "X was jointly initiated by A and B" for an alliance', () => {
    const built = ofType(
      'The Hunan Rail Transit Industry Alliance was jointly initiated by Central South University and Zhuzhou Electric Locomotive Co., Ltd.',
      'CO_BUILDS',
    );
    expect(built).toContain(
      'CO_BUILDS Central South University -> Hunan Rail Transit Industry Alliance',
    );
  });

  it('reads "X, which A builds jointly with B" as both building X', () => {
    const built = ofType(
      'The Minjiang Smart Logistics Lab, which Fuzhou University builds jointly with Newland Digital Technology Co., Ltd., opened in May.',
      'CO_BUILDS',
    );
    expect(built).toEqual(
      expect.arrayContaining([
        'CO_BUILDS Fuzhou University -> Minjiang Smart Logistics Lab',
        'CO_BUILDS Newland Digital Technology Co., Ltd. -> Minjiang Smart Logistics Lab',
      ]),
    );
  });

  it('does not make a bureau named after "initiated by" a built thing', () => {
    const built = ofType(
      'The Fuzhou Science Bureau, initiated by Fuzhou University in 2015, met on Monday.',
      'CO_BUILDS',
    );
    expect(built).toEqual([]);
  });
});

describe('English support: wished support is no support', () => {
  it('drops support only hoped for ("expressed the hope that X would give support to Y")', () => {
    const supports = ofType(
      'He expressed the hope that the Ministry of Education would give more support to Guangxi University in building labs.',
      'SUPPORTS',
    );
    expect(supports).toEqual([]);
  });

  it('drops help only urged ("urged X to … help Y")', () => {
    const supports = ofType(
      'He urged the Chinese Academy of Sciences to give Shanxi strong support in developing industries, in helping Shanxi Agricultural University develop.',
      'SUPPORTS',
    );
    expect(supports).toEqual([]);
  });

  it('keeps support that goes on ("hopes that A will keep supporting B")', () => {
    const supports = ofType(
      'Li hopes that Ningbo Juneng Group will keep supporting Qiantang University in talent training.',
      'SUPPORTS',
    );
    expect(supports).toContain('SUPPORTS Ningbo Juneng Group -> Qiantang University');
  });

  it('still reads stated support ("A will provide support to B")', () => {
    const supports = ofType(
      'Guizhou University will provide support to Zunyi Liquor Group in product testing.',
      'SUPPORTS',
    );
    expect(supports).toContain('SUPPORTS Guizhou University -> Zunyi Liquor Group');
  });

  it('reads support received after other nouns ("received attention, strong support and approval from Y")', () => {
    const supports = ofType(
      'The Kunlun Materials Institute has received warm attention, strong support and approval from Qinghai Salt Lake Industry Co., Ltd.',
      'SUPPORTS',
    );
    expect(supports).toContain(
      'SUPPORTS Qinghai Salt Lake Industry Co., Ltd. -> Kunlun Materials Institute',
    );
  });
});

describe('English parts: labs at a university and its experts', () => {
  it('makes "X, a lab at Y University" part of Y', () => {
    expect(
      ofType('The Qilu Catalysis Lab, a lab at Weifang University, studies fuel cells.', 'PART_OF'),
    ).toContain('PART_OF Qilu Catalysis Lab -> Weifang University');
  });

  it('makes "The X Lab (XL) at the Y University" part of Y', () => {
    expect(
      ofType(
        'The Manufacturing Robotics Lab (MRL) at the Nanyang Technological University is part of a deal.',
        'PART_OF',
      ),
    ).toContain('PART_OF Manufacturing Robotics Lab -> Nanyang Technological University');
  });

  it('leaves a joint lab "at" a university to its builders', () => {
    expect(
      ofType(
        'The Jade Joint Lab at Qinling University was unveiled by Qinling University and Shaanxi Coal Group.',
        'PART_OF',
      ),
    ).toEqual([]);
  });

  it('makes "Academician Z of Y University" and "Y University\'s Professor Z" part of Y', () => {
    expect(
      ofType(
        'Honorary President Academician Zhao Ming of Qinling University posed for a photo.',
        'PART_OF',
      ),
    ).toContain('PART_OF Zhao Ming -> Qinling University');
    expect(
      ofType("The lab is led by Qinling University's Professor Zhao Ming.", 'PART_OF'),
    ).toContain('PART_OF Zhao Ming -> Qinling University');
  });

  it('reads no part in "Z, president of Y University" (a role, not an expert tie)', () => {
    expect(
      ofType('Zhao Ming, president of Qinling University, attended the meeting.', 'PART_OF'),
    ).toEqual([]);
  });
});

describe('English round 12: gifts, passives, lists with a gap', () => {
  it('reads "A donated equipment worth $8 million to B" as A supporting B', () => {
    expect(
      ofType(
        'Keysight Technologies donated equipment worth $8 million to the Manufacturing Technologies Lab.',
        'SUPPORTS',
      ),
    ).toContain('SUPPORTS Keysight Technologies -> Manufacturing Technologies Lab');
  });

  it('never turns "X is funded by the Y agency and Z" round into X supporting Z', () => {
    expect(
      ofType(
        'The Advanced Battery Centre is funded by the UK Research and Innovation agency and Jaguar Land Rover Ltd.',
        'SUPPORTS',
      ),
    ).not.toContain('SUPPORTS Advanced Battery Centre -> Jaguar Land Rover Ltd.');
  });

  it('reads "A will work with B to develop the X Lab" as co-building, but not "to develop new batteries"', () => {
    expect(
      ofType(
        'Delta Grid Ltd will work with Imperial College to develop a new energy storage lab, the Delta Storage Lab.',
        'CO_BUILDS',
      ),
    ).toContain('CO_BUILDS Imperial College -> Delta Storage Lab');
    expect(
      ofType(
        'Delta Grid Ltd will work with Imperial College to develop new batteries.',
        'CO_BUILDS',
      ),
    ).toEqual([]);
  });

  it('places the local examples when the first of them went unrecognised', () => {
    const located = ofType(
      'The city of Loudi granted the title to 10 local high-tech enterprises, including Zhongxing Heavy Works, Loudi Steel Group and Hengxin Co., Ltd.',
      'LOCATED_IN',
    );
    expect(located).toContain('LOCATED_IN Loudi Steel Group -> Loudi');
  });

  it('places every listed city in the province even when the last name went unrecognised', () => {
    const located = ofType(
      'XTU signed agreements with the governments of the cities of Xiangtan, Zhuzhou, Changde and Yangzhong in Hunan Province.',
      'LOCATED_IN',
    );
    expect(located).toContain('LOCATED_IN Zhuzhou -> Hunan Province');
    expect(located).not.toContain('LOCATED_IN Zhuzhou -> Changde');
  });

  it('places a university named with its short form in "A (AU) and the B government, both located in Y"', () => {
    const located = ofType(
      "Yunnan University (YNU) and the Baoshan municipal people's government, both located in Southwest China's Yunnan province, held a ceremony.",
      'LOCATED_IN',
    );
    expect(located.some((e) => e.startsWith('LOCATED_IN Yunnan University -> Yunnan'))).toBe(true);
  });
});

describe('English round 12: openers, backers and agents', () => {
  it('reads "A has opened a new research centre, the X Center" as A building X', () => {
    expect(
      ofType(
        'Chery Automobile Co., Ltd. has opened a new research centre, the Chery Europe Design Center, in Turin.',
        'CO_BUILDS',
      ),
    ).toContain('CO_BUILDS Chery Automobile Co., Ltd. -> Chery Europe Design Center');
  });

  it('reads "A and B will co-develop the X Center" as both building X', () => {
    expect(
      ofType(
        'Chery Automobile Co., Ltd. and Anhui University will co-develop the Wuhu Smart Cockpit Center.',
        'CO_BUILDS',
      ),
    ).toContain('CO_BUILDS Anhui University -> Wuhu Smart Cockpit Center');
  });

  it('keeps a backer in "With funding from A, B set up X" out of the builders', () => {
    const out = edges(
      run(
        'With funding from Chery Automobile Co., Ltd., Anhui University set up the Wuhu Smart Cockpit Center.',
      ),
    );
    expect(out).toContain('CO_BUILDS Anhui University -> Wuhu Smart Cockpit Center');
    expect(out).not.toContain('CO_BUILDS Chery Automobile Co., Ltd. -> Wuhu Smart Cockpit Center');
  });

  it('does not make the agent of "run by A and funded by B" the one B supports', () => {
    expect(
      ofType(
        'The lab will be run by Anhui University and funded by Chery Automobile Co., Ltd..',
        'SUPPORTS',
      ),
    ).not.toContain('SUPPORTS Chery Automobile Co., Ltd. -> Anhui University');
  });

  it('places the subject, not the partner, in "X, set up by A together with B, is located in Y"', () => {
    const located = ofType(
      'The Wuhu Smart Cockpit Center, established by Anhui University together with Chery Automobile Co., Ltd., is located in Jiujiang district of Wuhu.',
      'LOCATED_IN',
    );
    expect(located).toContain('LOCATED_IN Wuhu Smart Cockpit Center -> Jiujiang district');
    expect(located.filter((e) => e.startsWith('LOCATED_IN Chery'))).toEqual([]);
  });

  it('reads guidance offered "to local companies such as A and B" as support of each', () => {
    const supports = ofType(
      'Anhui University will offer technical guidance to local companies such as Chery Automobile Co., Ltd. and Gotion High-tech Co., Ltd.',
      'SUPPORTS',
    );
    expect(supports).toContain('SUPPORTS Anhui University -> Chery Automobile Co., Ltd.');
    expect(supports).toContain('SUPPORTS Anhui University -> Gotion High-tech Co., Ltd.');
  });
});

describe('English places: "X-based <kind>s" named in the next sentence', () => {
  it('places the universities listed next in the city of "a number of X-based universities"', () => {
    const located = ofType(
      'Five local firms signed deals with a number of Xiamen-based universities. They reached agreements with Jimei University, Huaqiao University and Xiamen University of Technology on new materials.',
      'LOCATED_IN',
    );
    expect(located).toContain('LOCATED_IN Jimei University -> Xiamen');
    expect(located).toContain('LOCATED_IN Huaqiao University -> Xiamen');
  });

  it('places nothing when the next sentence lists another kind', () => {
    const located = ofType(
      'Five local firms signed deals with a number of Xiamen-based universities. Jinlong Bus Co., Ltd. and Xiamen Tungsten Co., Ltd. led the talks.',
      'LOCATED_IN',
    );
    expect(located.filter((e) => e.endsWith('-> Xiamen'))).toEqual([]);
  });
});

describe('English places: ", of" starts the next item of a list', () => {
  it('does not place a province in the city of the next item ("in Hunan Province, of Xinyi city in …")', () => {
    const located = ofType(
      'XTU signed agreements with the governments of Yueyang in Hunan Province, of Xinyi city in Jiangsu Province and of Foshan city in Guangdong Province.',
      'LOCATED_IN',
    );
    expect(located.filter((e) => e.startsWith('LOCATED_IN Hunan Province'))).toEqual([]);
    expect(located.filter((e) => e.startsWith('LOCATED_IN Jiangsu Province'))).toEqual([]);
  });
});
