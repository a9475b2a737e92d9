import { names, run } from '../support/enExtract';

describe('English entities round 13: heads of bodies and legal forms abroad', () => {
  it('types foundations, endowments and confederations as Other bodies', () => {
    const out = names(
      run(
        'The Corvale Science Foundation gave $2m to Brennan University. The Hallett Endowment and the Confederation of Norland Industry also back the programme.',
      ),
    );
    expect(out).toContain('Other:Corvale Science Foundation');
    expect(out).toContain('Other:Hallett Endowment');
    expect(out).toContain('Other:Confederation of Norland Industry');
    expect(out).not.toContain('Company:Corvale Science Foundation');
  });

  it('keeps a Singapore or Malaysian legal form whole across its inner dots', () => {
    const out = names(
      run(
        'Orvane Systems Asia Pte. Ltd. and Brennan University have opened a lab. Kestrel Pacific Sdn. Bhd. joined them.',
      ),
    );
    expect(out).toContain('Company:Orvane Systems Asia Pte. Ltd.');
    expect(out).toContain('University:Brennan University');
  });

  it('reads plc, GmbH, LLC and AG as company endings', () => {
    const out = names(
      run(
        'Harwick Motors plc, Steinfeld Optik GmbH, Baylor Cove LLC and Rhenwald Chemie AG signed the pact with Tarmouth University.',
      ),
    );
    for (const n of [
      'Harwick Motors plc',
      'Steinfeld Optik GmbH',
      'Baylor Cove LLC',
      'Rhenwald Chemie AG',
    ])
      expect(out).toContain(`Company:${n}`);
  });

  it('does not read "Foundation" in lower-case prose or a lone head as a name', () => {
    const out = names(
      run('The partners laid the foundation for a new agency. The Foundation said it was pleased.'),
    );
    expect(out.filter((n) => n.startsWith('Other:'))).toEqual([]);
  });
});

describe('English entities round 13: title-case headlines', () => {
  it('drops a headline run glued to a verb when the body never writes it', () => {
    const out = names(
      run(
        'Marlow Research Academy of KTU Established in Norland\nKTU set up the Marlow Research Academy of KTU in Norland last week. KTU students will work there.',
      ),
    );
    expect(out.some((n) => /Established/.test(n))).toBe(false);
  });

  it('drops a headline object glued to a capitalised verb and a run with no head', () => {
    const out = names(
      run(
        'Tarmouth and Kelby Establish Clean Water Engineering Institute\nTarmouth University and the Government of Kelby set up an institute for clean water engineering.\nOrvane, Tarmouth University to Develop Next-Gen Rail Traction Systems',
      ),
    );
    expect(out).not.toContain('Institute:Clean Water Engineering Institute');
    expect(out).toContain('University:Tarmouth University');
  });

  it('keeps a headline name the body repeats, and one closed by a comma and the line end', () => {
    const a = names(
      run(
        'Brennan University and Orvane Systems Open Joint Robotics Laboratory\nBrennan University and Orvane Systems opened the Brennan-Orvane Joint Robotics Laboratory.',
      ),
    );
    expect(a).toContain('University:Brennan University');
    const b = names(
      run(
        'School of Marine Sciences, Kelby University\nA New Research Platform Was Approved for the School.',
      ),
    );
    expect(b).toContain('University:Kelby University');
  });

  it('leaves a sentence-case headline alone', () => {
    const out = names(
      run('Kelby Clean Water Institute opens in Tarmouth\nThe new centre will train engineers.'),
    );
    expect(out).toContain('Institute:Kelby Clean Water Institute');
  });
});

describe('English entities round 13: short forms never spelt out', () => {
  it('reads a short form after a company noun as a company', () => {
    const out = names(
      run(
        'Anna Berg, CEO of the Lyon-based engineering firm TRAVEX, attended. TRAVEX supplies the rail sector.',
      ),
    );
    expect(out).toContain('Company:TRAVEX');
  });

  it('reads a short form whose students the text names as a university', () => {
    const out = names(
      run('POSTECH and Halden Motors will open a lab. POSTECH students will intern at the plant.'),
    );
    expect(out).toContain('University:POSTECH');
  });

  it('takes a two-letter short form only when its manager is named', () => {
    const a = names(
      run('LG and Tarmouth University signed a pact. LG CEO Park Min spoke at the event.'),
    );
    expect(a).toContain('Company:LG');
    const b = names(run('The US and the EU talked. The US team left early.'));
    expect(b.some((n) => /:US$/.test(n))).toBe(false);
  });

  it('does not make a kind of school a university ("an MBO college", "MBO students")', () => {
    const out = names(
      run(
        'Summa College, an MBO college, joins the campus. About 900 MBO students will study here. MBO schools are common.',
      ),
    );
    expect(out.some((n) => /:MBO$/.test(n))).toBe(false);
  });
});

describe('English entities round 13: event titles, initials and stray brackets', () => {
  it("leaves an event named after a body out of the body's name", () => {
    const out = names(
      run(
        'The Founding Meeting of Kelby Robotics and Automation Alliance was held in Tarmouth. The Opening Ceremony of Norland Water and Soil Institute followed.',
      ),
    );
    expect(out).toContain('Other:Kelby Robotics and Automation Alliance');
    expect(out).toContain('Institute:Norland Water and Soil Institute');
    expect(out.some((n) => /Meeting|Ceremony/.test(n))).toBe(false);
  });

  it('keeps a middle initial inside a name, not a full stop before a name', () => {
    const a = names(
      run('A grant will expand the Harold T. Brennan Laboratories at Kelby University.'),
    );
    expect(a).toContain('Lab:Harold T. Brennan Laboratories');
    const b = names(run('The plan was approved by Group A. Tarmouth Robotics Laboratory opened.'));
    expect(b).toContain('Lab:Tarmouth Robotics Laboratory');
  });

  it('does not keep a closing square bracket in a name', () => {
    const out = names(run('Students visit the park. [Photo provided to Norland Evening Post]'));
    expect(out.some((n) => n.endsWith(']'))).toBe(false);
  });
});

describe('English entities round 13: places in brackets and kinds of bodies', () => {
  it("finds a branch's city written in brackets after its name as a place", () => {
    const out = run(
      'Two projects will be with the Institute of Coastal Soil Engineering (Wenling) and the Institute of Tidal Energy Technology.',
    );
    expect(names(out)).toContain('District:Wenling');
    expect(names(out)).toContain('Institute:Institute of Coastal Soil Engineering (Wenling)');
  });

  it('does not read a bracketed word that is no known place as a place', () => {
    const out = names(run('The Institute of Coastal Soil Engineering (Phase Two) opened.'));
    expect(out.filter((n) => n.startsWith('District:'))).toEqual([]);
  });

  it('does not read a plural lower-case head after an adjective as a name', () => {
    const out = names(
      run(
        'The fund will support projects carried out by Tarmouth researchers and Chinese institutes. Australian universities and Korean companies joined.',
      ),
    );
    expect(out.some((n) => /institutes|universities|companies/.test(n))).toBe(false);
  });

  it('does not read a lower-case head after "a/an" and a short form as a name', () => {
    const out = names(
      run('Halden College, an HBO college, will join the park. It is a Dutch institute.'),
    );
    expect(out).toContain('University:Halden College');
    expect(out.some((n) => /college$|institute$/.test(n))).toBe(false);
  });

  it('keeps "General" opening a company name, not a role before a person', () => {
    const out = names(
      run(
        'Halden Motors supplies aviation (Boeing) and engineering (General Electric). General Manager Wu Fang of Halden Motors spoke.',
      ),
    );
    expect(out).toContain('Company:General Electric');
    expect(out).not.toContain('Company:Electric');
    expect(out.some((n) => /General Manager/.test(n))).toBe(false);
  });

  it('reads a name described as "also a maker of …" as a company, but not a place so described', () => {
    const out = names(
      run(
        'Its designs went to brands in Kelby such as Orvex, Tamrin, also a maker of kitchen appliances, and Lodera, a supplier of pipes. Wenling, also a home of many appliance makers, grew fast.',
      ),
    );
    expect(out).toContain('Company:Tamrin');
    expect(out).toContain('Company:Lodera');
    expect(out).not.toContain('Company:Wenling');
  });

  it('closes a college name with its city, but not with a city that starts a new phrase', () => {
    const a = names(
      run('The Norland Institute signed an agreement with Trinity College Dublin last week.'),
    );
    expect(a).toContain('University:Trinity College Dublin');
    const b = names(
      run(
        'Staff of Halden College London Branch Office met. Halden Medical College, Chennai, joined.',
      ),
    );
    expect(b).not.toContain('University:Halden College London');
    expect(b).toContain('University:Halden Medical College');
  });
});
