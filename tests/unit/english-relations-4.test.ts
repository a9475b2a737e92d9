import { extractEnglishDocument } from '../../graph/en';
import type { DocExtraction } from '../../graph/types';

// Invented organisations and places: the rules must work on names no fixture contains.

function run(text: string): DocExtraction {
  return extractEnglishDocument({ id: 'doc-relations-4', text, lang: 'en' });
}

function names(out: DocExtraction): string[] {
  return out.entities.map((e) => `${e.type}:${e.name}`);
}

function edges(out: DocExtraction): string[] {
  const byId = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations.map((r) => `${r.type} ${byId.get(r.source)} -> ${byId.get(r.target)}`);
}

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
