import { extract, extractDocument } from '../../graph/index';
import { ValidationError } from '../../graph/errors';
import { EMPTY_GAZETTEER, parseGazetteer } from '../../graph/gazetteer';

// Invented names throughout: a gazetteer is the user's list, so nothing here comes from fixtures.

const gazetteer = parseGazetteer({
  entities: [
    { name: '澜沧湾智能装备有限公司', type: 'Company', aliases: ['澜沧湾智能'] },
    { name: '滇南农垦研究所', type: 'Institute' },
    { name: 'Quellwater Systems', type: 'Company', aliases: ['Quellwater'] },
  ],
});

function names(text: string, withGazetteer: boolean): string[] {
  const out = extractDocument({ id: 'd', text }, withGazetteer ? { gazetteer } : {});
  return out.entities.map((e) => `${e.name}:${e.type}`);
}

function ties(text: string): string[] {
  const out = extractDocument({ id: 'd', text }, { gazetteer });
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations.map((r) => `${r.type} ${name.get(r.source)} -> ${name.get(r.target)}`);
}

describe('gazetteer matching', () => {
  it('finds every form leftmost-longest, reporting the canonical name and type', () => {
    const found = gazetteer.find('走访澜沧湾智能后，澜沧湾智能装备有限公司表示');
    expect(found.map((m) => [m.text, m.name, m.type])).toEqual([
      ['澜沧湾智能', '澜沧湾智能装备有限公司', 'Company'],
      ['澜沧湾智能装备有限公司', '澜沧湾智能装备有限公司', 'Company'],
    ]);
    expect(found[0]).toMatchObject({ start: 2, end: 7 });
  });

  it('matches Latin names only at word boundaries', () => {
    expect(gazetteer.find('Quellwaters and XQuellwater')).toEqual([]);
    expect(gazetteer.find('with Quellwater.').map((m) => m.start)).toEqual([5]);
  });

  it('reads only the range it is given', () => {
    const text = '滇南农垦研究所。滇南农垦研究所';
    expect(gazetteer.find(text, 8).map((m) => m.start)).toEqual([8]);
    expect(gazetteer.find(text, 0, 6)).toEqual([]);
  });

  it('refuses a file of the wrong shape, naming the first problem', () => {
    expect(() => parseGazetteer({ entities: [{ name: 'Acme', type: 'Factory' }] })).toThrow(
      /entities\.0\.type/,
    );
    expect(() => parseGazetteer({ entities: [{ name: 'A', type: 'Company' }] })).toThrow(
      /entities\.0\.name/,
    );
    expect(() => parseGazetteer([])).toThrow(ValidationError);
    expect(() => parseGazetteer({ entities: [], extra: 1 })).toThrow(/not a valid gazetteer/);
  });

  it('refuses one form standing for two different entries', () => {
    expect(() =>
      parseGazetteer({
        entities: [
          { name: '北岭大学', type: 'University', aliases: ['北岭'] },
          { name: '北岭区', type: 'District', aliases: ['北岭'] },
        ],
      }),
    ).toThrow(/"北岭" stands for two entries/);
  });
});

describe('extraction with a gazetteer', () => {
  const zh =
    '南岭农业大学与澜沧湾智能合作，双方共建智能农机实验室。滇南农垦研究所将科技成果转化给澜沧湾智能。';

  it('a confirmed short form becomes the confirmed entity, with its full name and type', () => {
    expect(names(zh, false)).toContain('澜沧湾智能:Company');
    const found = names(zh, true);
    expect(found).toContain('澜沧湾智能装备有限公司:Company');
    expect(found).not.toContain('澜沧湾智能:Company');
    expect(ties(zh)).toEqual(
      expect.arrayContaining([
        'CO_BUILDS 澜沧湾智能装备有限公司 -> 智能农机实验室',
        'TRANSFERS_TO 滇南农垦研究所 -> 澜沧湾智能装备有限公司',
      ]),
    );
  });

  it('a longer name around a confirmed one is kept as the more exact reading', () => {
    const text = '云岭澜沧湾智能装备有限公司与南岭农业大学共建智能农机实验室。';
    expect(names(text, true)).toContain('云岭澜沧湾智能装备有限公司:Company');
  });

  it('finds an English name no rule reads as an organisation', () => {
    const en =
      'Brennock University and Quellwater will jointly build a coatings laboratory in the city.';
    expect(names(en, false)).not.toContain('Quellwater Systems:Company');
    expect(names(en, true)).toContain('Quellwater Systems:Company');
  });

  it('with no gazetteer, or an empty one, the output is exactly that of the rules', () => {
    const docs = [
      { id: 'a', text: zh },
      { id: 'b', text: 'Quellwater and Brennock University jointly built a pilot line.' },
    ];
    expect(JSON.stringify(extract(docs, { gazetteer: EMPTY_GAZETTEER }))).toBe(
      JSON.stringify(extract(docs)),
    );
  });

  it('the same confirmed entity found in two documents is one entity', () => {
    const result = extract(
      [
        { id: 'a', text: zh },
        { id: 'b', text: '北岭大学向澜沧湾智能转让了一项专利。' },
      ],
      { gazetteer },
    );
    const company = result.entities.filter((e) => e.name === '澜沧湾智能装备有限公司');
    expect(company).toHaveLength(1);
    expect(new Set(company[0]!.mentions.map((m) => m.doc))).toEqual(new Set(['a', 'b']));
  });
});

describe('confirmed names inside confirmed names', () => {
  const nested = parseGazetteer({
    entities: [
      { name: '滇南农垦研究所周立新团队', type: 'ResearchTeam' },
      { name: '滇南农垦研究所', type: 'Institute' },
      { name: '周立新', type: 'Person' },
    ],
  });

  it('are found after the name that holds them, marked nested', () => {
    const found = nested.find('引进滇南农垦研究所周立新团队。');
    expect(found.map((m) => [m.text, m.nested])).toEqual([
      ['滇南农垦研究所周立新团队', false],
      ['滇南农垦研究所', true],
      ['周立新', true],
    ]);
  });

  it('stay entities beside the name that holds them', () => {
    const out = extractDocument(
      { id: 'd', text: '南岭县柔性引进滇南农垦研究所周立新团队。' },
      { gazetteer: nested },
    );
    expect(out.entities.map((e) => `${e.name}:${e.type}`)).toEqual(
      expect.arrayContaining([
        '滇南农垦研究所周立新团队:ResearchTeam',
        '滇南农垦研究所:Institute',
        '周立新:Person',
      ]),
    );
  });
});
