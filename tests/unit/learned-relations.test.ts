/**
 * The learned relation layers (graph/zh/relLearned.ts, graph/en/rel-learned.ts) on invented
 * sentences: they read shapes no rule reads, stay quiet on near misses, only fill pairs the
 * rules left untied, and stay below the rules' confidence.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { extractDocument } from '../../graph/index';
import { normalize } from '../../graph/normalize';
import { splitSentences } from '../../graph/sentences';
import { findMentions } from '../../graph/zh/pipeline';
import { isNested } from '../../graph/zh/mentions';
import { startDocument } from '../../graph/zh/segment';
import { LEARNED_ZH, readPairs } from '../../graph/zh/relLearned';
import { LEARNED_EN } from '../../graph/en/rel-learned';
import type { ZhRelation } from '../../graph/zh/relContext';
import {
  asRelationModel,
  bucket,
  LEARNED_CONFIDENCE,
  learnedConfidence,
  pairLabel,
  readLabel,
} from '../../graph/learn/relationLayer';
import { ModelFormatError, NONE } from '../../graph/learn/linearModel';

/** Lowest confidence any rule layer gives (relFallback's carried subject). */
const LOWEST_RULE_CONFIDENCE = 0.49;

/** The Chinese layer's reading of a text, as the pipeline would hand it the sentences. */
function zhPairs(raw: string, ruled: ZhRelation[] = []): ZhRelation[] {
  startDocument();
  const { text, layout, softBreaks } = normalize(raw);
  const mentions = findMentions(text, layout, softBreaks);
  const sentences = splitSentences(text).map((sentence) => {
    const all = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    return { sentence, top: all.filter((m) => !isNested(m, all)) };
  });
  return readPairs(text, sentences, ruled);
}

const show = (r: ZhRelation): string => `${r.type} ${r.source.canonical} -> ${r.target.canonical}`;

/** Relations of an English text with their endpoint names. */
function enRelations(
  text: string,
  learnedRelations = false,
): Array<{ type: string; ends: string[]; confidence: number }> {
  const out = extractDocument({ id: 'invented', text, lang: 'en' }, { learnedRelations });
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations.map((r) => ({
    type: r.type,
    ends: [name.get(r.source)!, name.get(r.target)!],
    confidence: r.confidence,
  }));
}

describe('learned relation layer (Chinese)', () => {
  // 坐落 without 于/在: no rule's trigger word, but the model reads the site.
  const TEAMED = '墨川先进材料研究院坐落墨川县高新区。';

  it('reads a sentence shape no rule reads: a bare 坐落 before the site', () => {
    const rules = extractDocument({ id: 'invented', text: TEAMED, lang: 'zh' });
    expect(rules.relations).toEqual([]);
    expect(zhPairs(TEAMED).map(show)).toEqual(['LOCATED_IN 墨川先进材料研究院 -> 墨川县高新区']);
  });

  it('stays quiet on a list of attendees (a near miss: names side by side, no tie)', () => {
    expect(zhPairs('出席会议的有青岚大学、松岩科技有限公司等单位代表。')).toEqual([]);
    expect(zhPairs('青岚大学的学生在墨川县参观了松岩科技有限公司。')).toEqual([]);
  });

  it('reads only pairs that no earlier layer tied, in any type or direction', () => {
    const first = zhPairs(TEAMED);
    const tie = first.find((r) => r.target.canonical === '墨川县高新区')!;
    const ruled: ZhRelation[] = [
      { ...tie, type: 'SUPPORTS', source: tie.target, target: tie.source, confidence: 0.8 },
    ];
    const again = zhPairs(TEAMED, ruled);
    expect(again.map(show)).not.toContain(show(tie));
  });

  it('gives confidences under the lowest rule confidence, one tie per entity pair', () => {
    const found = zhPairs(TEAMED);
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) {
      expect(r.confidence).toBeGreaterThanOrEqual(LEARNED_CONFIDENCE.low);
      expect(r.confidence).toBeLessThan(LOWEST_RULE_CONFIDENCE);
      expect(r.sentence.text).toBe(TEAMED);
    }
    const pairs = found.map((r) => [r.source.canonical, r.target.canonical].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('is off in the pipeline by default (it lowered held-out F1) and on when asked', () => {
    expect(LEARNED_ZH.enabled).toBe(false);
    expect(extractDocument({ id: 'invented', text: TEAMED, lang: 'zh' }).relations).toEqual([]);
    const out = extractDocument(
      { id: 'invented', text: TEAMED, lang: 'zh' },
      { learnedRelations: true },
    );
    expect(out.relations.map((r) => r.type)).toEqual(['LOCATED_IN']);
    expect(out.relations[0]!.evidence[0]!.sentence).toBe(TEAMED);
  });

  it('reads the same ties every time', () => {
    expect(zhPairs(TEAMED).map(show)).toEqual(zhPairs(TEAMED).map(show));
  });
});

describe('learned relation layer (English)', () => {
  const TEAMED =
    'Mochuan County and Qinglan University teamed up, and the Mochuan Advanced Materials Institute was born from that partnership.';

  it('is off by default: the rules alone read nothing here', () => {
    expect(LEARNED_EN.enabled).toBe(false);
    expect(enRelations(TEAMED)).toEqual([]);
  });

  describe('switched on (ExtractOptions.learnedRelations)', () => {
    it('reads a sentence shape no rule reads, at a confidence under the rules', () => {
      const found = enRelations(TEAMED, true);
      const built = found.find(
        (r) =>
          r.type === 'CO_BUILDS' &&
          r.ends.includes('Qinglan University') &&
          r.ends.includes('Mochuan Advanced Materials Institute'),
      );
      expect(built).toBeDefined();
      // Every tie here is the layer's: no rule reads "teamed up … was born from".
      for (const r of found) {
        expect(r.confidence).toBeGreaterThanOrEqual(LEARNED_CONFIDENCE.low);
        expect(r.confidence).toBeLessThanOrEqual(LEARNED_CONFIDENCE.high);
      }
    });

    it('stays quiet on a visit (a near miss: two bodies in one sentence, no tie)', () => {
      expect(
        enRelations(
          'Students of Qinglan University visited Songyan Technology Co., Ltd. last week.',
          true,
        ),
      ).toEqual([]);
    });

    it('leaves a tie the rules found to the rules (same confidence as without the layer)', () => {
      const found = enRelations(
        'Qinglan University and Songyan Technology Co., Ltd. jointly established the Mochuan Battery Laboratory.',
        true,
      );
      const lab = found.filter((r) => r.ends.includes('Mochuan Battery Laboratory'));
      expect(lab.length).toBeGreaterThan(0);
      for (const r of lab) expect(r.confidence).toBeGreaterThanOrEqual(LOWEST_RULE_CONFIDENCE);
    });

    it('gives the same output every time', () => {
      const a = extractDocument({ id: 'x', text: TEAMED, lang: 'en' }, { learnedRelations: true });
      const b = extractDocument({ id: 'x', text: TEAMED, lang: 'en' }, { learnedRelations: true });
      expect(b.relations).toEqual(a.relations);
    });
  });
});

describe('learned relation models (data files)', () => {
  for (const lang of ['zh', 'en']) {
    const file = join(__dirname, '..', '..', 'graph', 'data', 'learned', `${lang}-relations.json`);
    const raw = readFileSync(file, 'utf8');
    const data = JSON.parse(raw) as Record<string, unknown>;

    it(`${lang}: loads as a relation model with readable labels and type pairs`, () => {
      const model = asRelationModel(data);
      expect(model.labels).toContain(NONE);
      expect(model.labels.length).toBeGreaterThan(2);
      for (const label of model.labels.filter((l) => l !== NONE))
        expect(readLabel(label)).not.toBeNull();
      expect(model.threshold).toBeGreaterThan(0);
      expect(model.threshold).toBeLessThan(1);
      expect(model.pairTypes.length).toBeGreaterThan(0);
      expect(Object.keys(model.weights).length).toBeGreaterThan(100);
      for (const vector of Object.values(model.weights))
        expect(vector).toHaveLength(model.labels.length);
    });

    it(`${lang}: is written with sorted keys (a retrain diffs cleanly)`, () => {
      expect(Object.keys(data)).toEqual(Object.keys(data).sort());
      const features = Object.keys(data.weights as object);
      expect(features).toEqual([...features].sort());
    });
  }

  it('rejects a model without threshold, type pairs or with an unknown label', () => {
    const base = { version: 1, labels: ['CO_BUILDS>', NONE], bias: [0, 0], weights: {} };
    expect(() => asRelationModel({ ...base, pairTypes: ['A>B'] })).toThrow(ModelFormatError);
    expect(() => asRelationModel({ ...base, threshold: 0.5 })).toThrow(ModelFormatError);
    expect(() =>
      asRelationModel({ ...base, labels: ['MARRIES>', NONE], threshold: 0.5, pairTypes: [] }),
    ).toThrow(ModelFormatError);
    expect(asRelationModel({ ...base, threshold: 0.5, pairTypes: [] }).threshold).toBe(0.5);
  });
});

describe('learned relation helpers', () => {
  it('labels a pair by type and direction in text order, and reads the label back', () => {
    expect(pairLabel('SUPPORTS', true)).toBe('SUPPORTS>');
    expect(pairLabel('SUPPORTS', false)).toBe('SUPPORTS<');
    expect(readLabel('LOCATED_IN<')).toEqual({ type: 'LOCATED_IN', firstIsSource: false });
    expect(readLabel(NONE)).toBeNull();
  });

  it('scales probabilities above the threshold into the learned band, monotonically', () => {
    const t = 0.8;
    const at = [0.8, 0.85, 0.9, 0.99, 1].map((p) => learnedConfidence(p, t));
    expect(at[0]).toBe(LEARNED_CONFIDENCE.low);
    expect(at[at.length - 1]).toBe(LEARNED_CONFIDENCE.high);
    for (let i = 1; i < at.length; i++) expect(at[i]!).toBeGreaterThanOrEqual(at[i - 1]!);
    expect(LEARNED_CONFIDENCE.high).toBeLessThan(LOWEST_RULE_CONFIDENCE);
  });

  it('buckets counts so distances generalise', () => {
    expect([0, 1, 2, 3, 4, 5, 8, 9, 16, 17, 40].map(bucket)).toEqual([
      '0',
      '1',
      '2',
      '3-4',
      '3-4',
      '5-8',
      '5-8',
      '9-16',
      '9-16',
      '17-32',
      '33-64',
    ]);
  });
});
