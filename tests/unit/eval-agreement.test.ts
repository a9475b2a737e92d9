import { agreement, annotationAsPrediction } from '../../eval/agreement';
import type { Gold } from '../../eval/score';

/** An invented article's gold: a school and a firm co-build a named lab in a district. */
const FIRST: Gold = {
  entities: [
    { name: 'Alder University', type: 'University', aliases: ['AU'] },
    { name: 'Birch Tech Co., Ltd.', type: 'Company' },
    { name: 'Cedar Joint Lab', type: 'Lab' },
    { name: 'Dove District', type: 'District' },
    { name: 'Elm Alumni Club', type: 'Other', optional: true },
  ],
  relations: [
    { type: 'CO_BUILDS', source: 'Alder University', target: 'Cedar Joint Lab' },
    { type: 'CO_BUILDS', source: 'Birch Tech Co., Ltd.', target: 'Cedar Joint Lab' },
    { type: 'LOCATED_IN', source: 'Cedar Joint Lab', target: 'Dove District', optional: true },
  ],
};

describe('inter-annotator agreement', () => {
  it('scores an identical annotation as full agreement both ways', () => {
    const a = agreement(FIRST, FIRST);
    for (const s of [a.secondAgainstFirst, a.firstAgainstSecond]) {
      expect(s.entities.f1).toBe(1);
      expect(s.relations.f1).toBe(1);
    }
  });

  it('reads only the required items of an annotation as its claims', () => {
    const p = annotationAsPrediction(FIRST);
    expect(p.entities.map((e) => e.name)).not.toContain('Elm Alumni Club');
    expect(p.relations.map((r) => r.type)).toEqual(['CO_BUILDS', 'CO_BUILDS']);
  });

  it('matches an entity the second annotator named by a form the first listed as an alias', () => {
    const second: Gold = {
      entities: [{ name: 'AU', type: 'University' }, ...FIRST.entities.slice(1)],
      relations: [],
    };
    const s = agreement(FIRST, second).secondAgainstFirst;
    expect(s.entities.tp).toBe(4);
    expect(s.entities.fp).toBe(0);
  });

  it('counts a different type, a missed tie and an extra tie against the second annotator', () => {
    const second: Gold = {
      entities: [
        ...FIRST.entities.slice(0, 2),
        { name: 'Cedar Joint Lab', type: 'Institute' },
        { name: 'Dove District', type: 'District' },
      ],
      relations: [
        { type: 'CO_BUILDS', source: 'Alder University', target: 'Birch Tech Co., Ltd.' },
        { type: 'LOCATED_IN', source: 'Birch Tech Co., Ltd.', target: 'Dove District' },
      ],
    };
    const { secondAgainstFirst: s, firstAgainstSecond: r } = agreement(FIRST, second);
    expect(s.missedEntities).toEqual(['Lab:Cedar Joint Lab']);
    expect(s.spuriousEntities).toEqual(['Institute:Cedar Joint Lab']);
    expect(s.relations.tp).toBe(0);
    expect(s.relations.fn).toBe(2);
    expect(s.relations.fp).toBe(2);
    // The other way round the counts swap: what one claims the other misses.
    expect(r.entities.fp).toBe(s.entities.fn);
    expect(r.entities.fn).toBe(s.entities.fp);
  });

  it('neither rewards nor penalises what the first annotator marked optional', () => {
    const second: Gold = {
      entities: FIRST.entities.map((e) => ({ ...e, optional: undefined })),
      relations: FIRST.relations.map((r) => ({ ...r, optional: undefined })),
    };
    const s = agreement(FIRST, second).secondAgainstFirst;
    expect(s.entities.precision).toBe(1);
    expect(s.relations.precision).toBe(1);
    expect(s.relations.tp).toBe(2);
  });
});
