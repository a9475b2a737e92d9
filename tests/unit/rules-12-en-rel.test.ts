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
