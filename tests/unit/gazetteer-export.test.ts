import { parseGazetteer } from '../../graph/gazetteer';
import { toGazetteer } from '../../store/gazetteerExport';
import type { GraphSnapshot } from '../../store/snapshot';

function snapshot(entities: Record<string, unknown>[]): GraphSnapshot {
  return {
    documents: [],
    entities: entities.map((e) => ({ ...e, aliasKeys: [] })),
    relations: [],
    evidence: [],
    mentions: [],
  };
}

describe('exporting the graph as a gazetteer', () => {
  it('writes every entity with its aliases, sorted by name, in a file that loads back', () => {
    const text = toGazetteer(
      snapshot([
        {
          id: 'b',
          name: '澜沧湾智能装备有限公司',
          type: 'Company',
          aliases: ['澜沧湾智能装备有限公司', '澜沧湾智能'],
        },
        { id: 'a', name: 'Brennock University', type: 'University', aliases: null },
      ]),
    );
    const file = JSON.parse(text) as { description: string; entities: unknown[] };
    expect(file.entities).toEqual([
      { name: 'Brennock University', type: 'University' },
      { name: '澜沧湾智能装备有限公司', type: 'Company', aliases: ['澜沧湾智能'] },
    ]);
    expect(parseGazetteer(file).find('与澜沧湾智能合作')[0]?.name).toBe('澜沧湾智能装备有限公司');
  });

  it('leaves out a form two entities share, and names too short to match safely', () => {
    const file = JSON.parse(
      toGazetteer(
        snapshot([
          { id: 'u', name: '北岭大学', type: 'University', aliases: ['北岭'] },
          { id: 'd', name: '北岭区', type: 'District', aliases: ['北岭'] },
          { id: 'p', name: '王', type: 'Person', aliases: [] },
        ]),
      ),
    ) as { entities: unknown[] };
    expect(file.entities).toEqual([
      { name: '北岭区', type: 'District' },
      { name: '北岭大学', type: 'University' },
    ]);
  });
});
