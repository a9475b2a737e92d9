import { generateCorpus } from '../../bench/synthetic/corpus';
import { mergeExtractions } from '../../bench/synthetic/merge';
import {
  aliasKeysOf,
  buildRows,
  keysByEntity,
  partitionByDocuments,
  sliceForDocuments,
  warmRowCaches,
} from '../../store/loadRows';
import { loadParams } from '../../store/loadWire';

/** Row building for the loader: batches, alias keys to write, and the order locks are taken in. */

const corpus = mergeExtractions([...generateCorpus(7)].map((d) => d.extraction));

test('partitioning in one pass gives the same batches as slicing per batch', () => {
  const batches = partitionByDocuments(corpus, 3);
  expect(batches.map((b) => b.documents.length)).toEqual([3, 3, 1]);
  batches.forEach((batch, i) => {
    const ids = new Set(corpus.documents.slice(i * 3, i * 3 + 3).map((d) => d.id));
    expect(batch).toEqual(sliceForDocuments(corpus, ids));
  });
});

test('a Chinese form gives one key for its surface, not a second cross-language copy of it', () => {
  const keys = aliasKeysOf({ type: 'University', name: '重庆大学', aliases: ['重大'] });
  expect(keys).toContain('University|重庆大学');
  expect(keys).toContain('University|重大');
  expect(keys).toContain('x|University|University|chongqing');
  expect(keys.some((k) => k.includes('|zh|'))).toBe(false);
  // An English entity citing the Chinese name finds the Chinese entity's surface key.
  const english = aliasKeysOf({
    type: 'University',
    name: 'Chongqing University',
    aliases: [],
    names: { zh: '重庆大学', en: 'Chongqing University' },
  });
  expect(english).toContain('University|重庆大学');
});

test('keys computed once per batch give the same rows as keys computed per entity', () => {
  const keys = keysByEntity(corpus.entities);
  expect(keys.size).toBe(new Set(corpus.entities.map((e) => e.id)).size);
  for (const e of corpus.entities)
    expect(keys.get(e.id)).toEqual(expect.arrayContaining(aliasKeysOf(e)));
  const stored = new Set([aliasKeysOf(corpus.entities[0]!)[0]!]);
  expect(buildRows(corpus, new Map(), stored, keys)).toEqual(buildRows(corpus, new Map(), stored));
});

test('an id given twice has the keys of both forms', () => {
  const a = {
    id: 'e1',
    type: 'Company' as const,
    name: '甲乙科技有限公司',
    aliases: [],
    mentions: [],
  };
  const b = { ...a, name: '甲乙科技' };
  expect(keysByEntity([a, b]).get('e1')).toEqual(
    expect.arrayContaining([...aliasKeysOf(a), ...aliasKeysOf(b)]),
  );
});

test('only alias keys not yet stored are written, each once, for the first entity claiming it', () => {
  const rows = buildRows(corpus, new Map());
  const all = rows.keys.map((k) => k.key);
  expect(new Set(all).size).toBe(all.length);
  const stored = new Set(all.slice(0, 10));
  const again = buildRows(corpus, new Map(), stored);
  expect(again.keys.map((k) => k.key)).toEqual(all.filter((k) => !stored.has(k)));
});

test('entity rows and key rows come sorted, so concurrent loads lock them in one order', () => {
  const rows = buildRows(corpus, new Map());
  const ids = rows.entities.map((e) => e.id);
  expect(ids).toEqual([...ids].sort());
  const keys = rows.keys.map((k) => k.key);
  expect(keys).toEqual([...keys].sort());
});

test("an entity's counts are this batch's mentions and documents", () => {
  const rows = buildRows(corpus, new Map());
  for (const e of rows.entities.slice(0, 20)) {
    const mine = rows.mentions.filter((m) => m.entity === e.id);
    expect(e.newDocuments).toBe(mine.length);
    expect(e.newMentions).toBe(mine.reduce((s, m) => s + m.count, 0));
  }
});

test('a resolved entity is written under the stored id, with both names as aliases', () => {
  const [first] = corpus.entities;
  const rows = buildRows(corpus, new Map([[first!.id, 'e_stored']]));
  const row = rows.entities.find((e) => e.id === 'e_stored');
  expect(row?.aliases).toEqual(expect.arrayContaining(first!.aliases));
  expect(rows.entities.some((e) => e.id === first!.id)).toBe(false);
  expect(rows.mentions.filter((m) => m.entity === 'e_stored').length).toBeGreaterThan(0);
});

test("evidence is grouped by document and a tie's figures are its rows in those groups", () => {
  const rows = buildRows(corpus, new Map());
  const all = rows.evidence.flatMap((g) => g.rows.map((v) => ({ ...v, doc: g.doc })));
  expect(rows.evidenceCount).toBe(all.length);
  expect(new Set(rows.evidence.map((g) => g.doc)).size).toBe(rows.evidence.length);
  for (const r of rows.relations.slice(0, 30)) {
    const mine = all.filter((v) => v.relId === r.id);
    expect(r.newEvidence).toBe(mine.length);
    expect(r.newDocuments).toBe(new Set(mine.map((v) => v.doc)).size);
    expect(r.newConfidences).toEqual(mine.map((v) => v.confidence));
  }
});

test('a sentence cited twice for one tie in one document is stored once', () => {
  const [rel] = corpus.relations.filter((r) => r.evidence.length > 0);
  const doubled = {
    ...corpus,
    relations: [{ ...rel!, evidence: [rel!.evidence[0]!, { ...rel!.evidence[0]! }] }],
  };
  const rows = buildRows(doubled, new Map());
  expect(rows.evidenceCount).toBe(1);
  expect(rows.relations[0]!.newEvidence).toBe(1);
});

test('mentions and ties name their entities by position in the entity rows, as the load script reads them', () => {
  const rows = buildRows(corpus, new Map([[corpus.entities[0]!.id, 'e_stored']]));
  for (const m of rows.mentions) expect(rows.entities[m.at]!.id).toBe(m.entity);
  for (const r of rows.relations) {
    expect(rows.entities[r.sourceAt]!.id).toBe(r.source);
    expect(rows.entities[r.targetAt]!.id).toBe(r.target);
  }
  expect(rows.mentionGroups.flatMap((g) => g.rows)).toHaveLength(rows.mentions.length);
  for (const g of rows.mentionGroups) for (const m of g.rows) expect(m.doc).toBe(g.doc);
  expect(new Set(rows.mentionGroups.map((g) => g.doc)).size).toBe(rows.mentionGroups.length);
});

test('a tie whose end has no mention in the batch is refused before anything is written', () => {
  const [rel] = corpus.relations;
  const orphan = { ...corpus, entities: corpus.entities.filter((e) => e.id !== rel!.target) };
  expect(() => buildRows(orphan, new Map())).toThrow(/no mention in its documents/);
});

test('warming the row caches ahead of a batch leaves its rows as they would be cold', async () => {
  const fresh = mergeExtractions([...generateCorpus(3, {}, 9_000_000)].map((d) => d.extraction));
  const cold = buildRows(fresh, new Map());
  await warmRowCaches(fresh.entities, 7);
  expect(buildRows(fresh, new Map())).toEqual(cold);
});

test('the wire rows carry each row in the column order the load scripts read', () => {
  const rows = buildRows(corpus, new Map());
  const params = loadParams(rows);
  const e = rows.entities[3]!;
  expect(params.entities[3]).toEqual([
    e.id,
    e.type,
    e.name,
    e.aliases,
    e.nameEn,
    e.nameZh,
    e.pinyin,
    e.initials,
    e.newMentions,
    e.newDocuments,
  ]);
  const r = rows.relations[0]!;
  expect(params.relations[0]!.slice(0, 4)).toEqual([r.sourceAt, r.targetAt, r.type, r.id]);
  const [doc, mentionRows] = params.mentions[0]!;
  expect(doc).toBe(rows.mentionGroups[0]!.doc);
  expect(mentionRows[0]![0]).toBe(rows.mentionGroups[0]!.rows[0]!.at);
  const [evDoc, evRows] = params.evidence[0]!;
  expect(evDoc).toBe(rows.evidence[0]!.doc);
  expect(evRows[0]!.slice(0, 2)).toEqual([
    rows.evidence[0]!.rows[0]!.relId,
    rows.evidence[0]!.rows[0]!.sentence,
  ]);
  // Pinyin keys are one per distinct name.
  expect(new Set(e.pinyin).size).toBe(e.pinyin.length);
});
