import { edges, names, run } from '../support/enExtract';

// Invented organisations and places: each mechanism must fire on sentences no fixture contains,
// and stay silent on near misses.

describe('English (round 16): a bracketed short form between a part and its owner', () => {
  it('"the Institute of X (IX) of the Y (YA)" is part of Y', () => {
    const e = edges(
      run(
        'Qinglan University signed an agreement with the Institute of Marine Chemistry (IMC) of the Chinese Academy of Fisheries (CAFS).',
      ),
    );
    expect(e).toContain('PART_OF Institute of Marine Chemistry -> Chinese Academy of Fisheries');
  });

  it('near miss: a comma after the bracket starts a parenthesis, not an "of" phrase', () => {
    const e = edges(
      run(
        'The Tarrow Institute of Batteries, under the Qinglan Academy of Sciences (QAS), will move into Linfen Science City.',
      ),
    );
    expect(e).not.toContain('LOCATED_IN Qinglan Academy of Sciences -> Linfen Science City');
  });
});

describe('English (round 16): "the People\'s Government of X District of Y City"', () => {
  const text =
    "Qinglan University and the People's Government of Tarrow District of Linfen City will jointly establish the Tarrow Battery Institute.";

  it('the district named after "Government of" is found, and lies in the city after it', () => {
    const out = run(text);
    expect(names(out)).toContain('District:Tarrow District');
    expect(edges(out)).toContain('LOCATED_IN Tarrow District -> Linfen City');
  });

  it('the government acts for its own district, not for the city that holds it', () => {
    const e = edges(run(text));
    expect(e).toContain('CO_BUILDS Tarrow District -> Tarrow Battery Institute');
    expect(e).not.toContain('CO_BUILDS Linfen City -> Tarrow Battery Institute');
  });

  it('"the X District People\'s Government" keeps its district too', () => {
    const out = run(
      "The Tarrow District People's Government and Haixin Group will jointly build the Tarrow Sensor Park.",
    );
    expect(names(out)).toContain('District:Tarrow District');
    expect(edges(out)).toContain('CO_BUILDS Tarrow District -> Tarrow Sensor Park');
  });
});

describe('English (round 16): "hosted by" and possessive governments', () => {
  it('"X, hosted by Y University" and "X is hosted by the Y Academy" are parts of the host', () => {
    const e = edges(
      run(
        'The Tarrow Innovation Hub, hosted by Qinglan University, opened in May. The Tarrow Battery Institute is hosted by the Linfen Academy of Sciences.',
      ),
    );
    expect(e).toContain('PART_OF Tarrow Innovation Hub -> Qinglan University');
    expect(e).toContain('PART_OF Tarrow Battery Institute -> Linfen Academy of Sciences');
  });

  it('near miss: an event hosted by a university is no part of it', () => {
    const e = edges(run('The Tarrow Battery Forum, hosted by Qinglan University, opened in May.'));
    expect(e.filter((x) => x.startsWith('PART_OF'))).toEqual([]);
  });

  it('"X\'s provincial government" acts for the place X', () => {
    const out = run(
      "Haixin Group and Linfen's municipal government will jointly build the Tarrow Battery Institute.",
    );
    expect(names(out)).toContain('District:Linfen');
    expect(edges(out)).toContain('CO_BUILDS Linfen -> Tarrow Battery Institute');
  });
});

describe('English (round 16): support words and owners of strategies', () => {
  it('"thanked X for its concern for and support of Y\'s development": X supports Y', () => {
    const e = edges(
      run(
        "Wang Li welcomed the guests and thanked Tarrow District for its concern for and support of Qinglan University's development.",
      ),
    );
    expect(e).toContain('SUPPORTS Tarrow District -> Qinglan University');
  });

  it('"is part of Y\'s strategy" makes nothing a part of Y', () => {
    const e = edges(
      run(
        "Haixin Group and Qinglan University opened the Laboratory of Corrosion Testing. Building the laboratory is part of Haixin Group's strategy of investing in universities. The Tarrow Lab is part of Haixin Group.",
      ),
    );
    expect(e).not.toContain('PART_OF Laboratory of Corrosion Testing -> Haixin Group');
    expect(e).toContain('PART_OF Tarrow Lab -> Haixin Group');
  });
});

describe('English (round 16): an address of rising levels', () => {
  it('"X District, Y City, Z Province" ties each place into the next', () => {
    const e = edges(run('Tarrow District, Linfen City, Shanxi Province Boosts Investment.'));
    expect(e).toContain('LOCATED_IN Tarrow District -> Linfen City');
    expect(e).toContain('LOCATED_IN Linfen City -> Shanxi Province');
  });

  it('near miss: places of one level listed side by side lie in none of the others', () => {
    const e = edges(run('Tarrow County, Linfen County and Hexi County signed the plan.'));
    expect(e.filter((x) => x.startsWith('LOCATED_IN'))).toEqual([]);
  });
});

describe('English (round 16): "It" and "the hub" refer back', () => {
  it('"Its members include A and B" after an alliance: both are part of it', () => {
    const e = edges(
      run(
        'The Tarrow Battery Alliance was founded in 2019. Its members include Qinglan University and Haixin Group.',
      ),
    );
    expect(e).toContain('PART_OF Qinglan University -> Tarrow Battery Alliance');
    expect(e).toContain('PART_OF Haixin Group -> Tarrow Battery Alliance');
  });

  it('near miss: "It" after a government is not taken for the government', () => {
    const e = edges(
      run(
        'The Linfen city government met Haixin Group. It will build the Tarrow Battery Laboratory.',
      ),
    );
    expect(e.some((x) => x.startsWith('CO_BUILDS Linfen'))).toBe(false);
  });

  it('"the hub" is the hub named before it', () => {
    const e = edges(
      run(
        'The Tarrow Innovation Hub opened in May. The hub will be funded by Haixin Group and hosted by Qinglan University.',
      ),
    );
    expect(e).toContain('SUPPORTS Haixin Group -> Tarrow Innovation Hub');
  });
});

describe('English (round 16): opened at a centre', () => {
  it('"X has been launched at the Y Innovation Center": X lies in Y', () => {
    const e = edges(
      run(
        'The Tarrow Battery Workstation has been launched at the Linfen Innovation Center in the United States.',
      ),
    );
    expect(e).toContain('LOCATED_IN Tarrow Battery Workstation -> Linfen Innovation Center');
  });

  it('near miss: a centre named after a verb of building is built, not a host', () => {
    const e = edges(
      run('Haixin Group has been working with the Linfen Innovation Center on sodium batteries.'),
    );
    expect(e.filter((x) => x.startsWith('LOCATED_IN'))).toEqual([]);
  });
});

describe('English (round 16): "A-backed B"', () => {
  it('the first part of a "-backed" compound supports the name after it', () => {
    const e = edges(
      run(
        'Qinglan University (QU) is in Linfen. Among the new firms is QU-backed Norvex Systems Ltd., which makes sensors.',
      ),
    );
    expect(e).toContain('SUPPORTS Qinglan University -> Norvex Systems Ltd.');
  });

  it('near miss: a compound of another verb ties nothing', () => {
    const e = edges(
      run(
        'Qinglan University (QU) is in Linfen. Among the new firms is QU-based Norvex Systems Ltd., which makes sensors.',
      ),
    );
    expect(e.some((x) => x.startsWith('SUPPORTS'))).toBe(false);
  });
});

describe('English (round 16): "at" a centre or an institute', () => {
  it('"X Lab, at the Y Innovation Center" lies in the centre; "at the Y Institute" is its part', () => {
    const e = edges(
      run(
        'The Tarrow Battery Laboratory, at the Linfen Innovation Center, opened in May. The Tarrow Sensor Lab at the Linfen Institute of Chemistry opened too.',
      ),
    );
    expect(e).toContain('LOCATED_IN Tarrow Battery Laboratory -> Linfen Innovation Center');
    expect(e).toContain('PART_OF Tarrow Sensor Lab -> Linfen Institute of Chemistry');
  });

  it('near miss: a lab "at" another laboratory is not placed in it', () => {
    const e = edges(run('The Tarrow Sensor Lab at the Linfen Battery Laboratory opened in May.'));
    expect(e.filter((x) => x.startsWith('LOCATED_IN'))).toEqual([]);
  });
});

describe('English (round 16): an expert and the body he works at', () => {
  it('"Professor X from Y" and "X, a researcher at Y" tie the expert to Y', () => {
    const e = edges(
      run(
        'Professor Zhang Wei from Qinglan University attended. Dr. Anna Lindqvist, a senior researcher at Haixin Group, spoke.',
      ),
    );
    expect(e).toContain('PART_OF Zhang Wei -> Qinglan University');
    expect(e).toContain('PART_OF Anna Lindqvist -> Haixin Group');
  });

  it('near miss: an academician of an academy is honoured by it, not employed', () => {
    const e = edges(
      run('Dr. Anna Lindqvist, an academician of the Tarrow Academy of Sciences, spoke.'),
    );
    expect(e.filter((x) => x.startsWith('PART_OF'))).toEqual([]);
  });
});
