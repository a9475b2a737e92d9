import { extract, extractDocument } from '../../graph/index';
import { resolveDocuments } from '../../graph/resolve';
import { normalize } from '../../graph/normalize';
import type { DocExtraction, Entity, SourceDocument } from '../../graph/types';

/** One company entity in a document of its own. */
function companyDoc(doc: string, name: string): DocExtraction {
  const entity: Entity = {
    id: `${doc}_${name}`,
    name,
    type: 'Company',
    aliases: [name],
    mentions: [{ doc, start: 0, end: name.length, text: name }],
  };
  return {
    document: { id: doc, title: name, lang: 'zh', hash: doc, length: name.length },
    normalizedText: name,
    entities: [entity],
    relations: [],
  };
}

/** Distinct made-up company names (no real organisation): 甲乙…-based trade names. */
function fillerNames(n: number): string[] {
  const chars = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳未申酉戌亥';
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const a = chars[i % chars.length] as string;
    const b = chars[Math.floor(i / chars.length) % chars.length] as string;
    const c = chars[Math.floor(i / chars.length ** 2) % chars.length] as string;
    out.push(`${a}${b}${c}精工科技有限公司`);
  }
  return out;
}

describe('cross-document resolution at scale', () => {
  it('still joins a company short form when thousands of other companies are present', () => {
    const docs = [
      companyDoc('d_full', '重庆泓岩汽车系统有限公司'),
      ...fillerNames(2500).map((name, i) => companyDoc(`d_${i}`, name)),
      companyDoc('d_short', '泓岩汽车'),
    ];
    const result = resolveDocuments(docs);
    const full = result.entities.find((e) => e.name === '重庆泓岩汽车系统有限公司');
    expect(full?.aliases).toContain('泓岩汽车');
    expect(result.entities.some((e) => e.name === '泓岩汽车')).toBe(false);
    expect(result.entities).toHaveLength(2501);
  });

  it('keeps each evidence sentence once when the same relation comes from many documents', () => {
    const text = '重庆大学与潼南区共建重庆泓岩新材料研究院。';
    const docs: SourceDocument[] = Array.from({ length: 3 }, (_, i) => ({ id: `d${i}`, text }));
    const once = extractDocument({ id: 'd0', text });
    const merged = extract([...docs, { id: 'd0b', text }]);
    for (const r of merged.relations) {
      const keys = r.evidence.map((e) => `${e.doc}|${e.start}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(r.evidence.length).toBe(4 * r.evidence.filter((e) => e.doc === 'd0').length);
    }
    expect(merged.relations.length).toBeGreaterThan(0);
    expect(merged.relations.length).toBe(once.relations.length);
  });
});

describe('extract over an iterable', () => {
  const texts = [
    '重庆大学与潼南区人民政府签署合作协议，共建重庆泓岩新材料研究院。',
    '泓岩新材料研究院将柔性引进四川大学王琪院士专家团队。',
  ];

  it('gives the same result for a generator as for an array', () => {
    const docs = texts.map((text, i) => ({ id: `g${i}`, text }));
    function* lazily(): Generator<SourceDocument> {
      for (const d of docs) yield d;
    }
    expect(extract(lazily())).toEqual(extract(docs));
  });

  it('rejects a duplicate id coming from a generator', () => {
    function* twice(): Generator<SourceDocument> {
      yield { id: 'same', text: texts[0] as string };
      yield { id: 'same', text: texts[1] as string };
    }
    expect(() => extract(twice())).toThrow('duplicate document id');
  });

  it('rejects what is not a list of documents', () => {
    expect(() => extract(42 as unknown as SourceDocument[])).toThrow('expects an array');
  });
});

describe('normalisation of doubled layout lines', () => {
  it('undoes a doubled byline and keeps offsets into the raw text', () => {
    const raw = '正文第一段。\n\n潼南区融媒体中心记者潼南区融媒体中心记者\n\n正文第二段。';
    const norm = normalize(raw);
    expect(norm.text).toBe('正文第一段。\n潼南区融媒体中心记者\n正文第二段。');
    const at = norm.text.indexOf('记者');
    expect(raw.slice(norm.offsets[at], (norm.offsets[at] as number) + 2)).toBe('记者');
  });
});
