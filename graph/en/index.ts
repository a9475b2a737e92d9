import { documentId, textHash } from '../ids';
import type { DocExtraction, ExtractOptions, SourceDocument } from '../types';
import type { SentenceContext } from './context';
import { recogniseEntities } from './entities';
import { normalizeEnglish } from './normalize';
import { extractRelations } from './relations';
import { addCoreferences } from './coref';
import { addHeadReferences } from './coref-heads';
import { splitEnglishSentences } from './sentences';
import { EMPTY_GAZETTEER } from '../gazetteer';
import { LEARNED_EN } from './rel-learned';

export { normalizeEnglish } from './normalize';
export { splitEnglishSentences } from './sentences';

/** Options for English documents. */
const EN_OPTIONS = Object.freeze({
  /** Longest title taken from the first line when the document has none. */
  maxTitle: 120,
});

/**
 * The English pipeline: minimal normalisation, compromise sentence splitting, organisation /
 * place / expert recognition and relation patterns. Offsets refer to `normalizedText`.
 */
export function extractEnglishDocument(
  doc: SourceDocument,
  options: ExtractOptions = {},
): DocExtraction {
  const gazetteer = options.gazetteer ?? EMPTY_GAZETTEER;
  const { text } = normalizeEnglish(doc.text);
  const id = doc.id || documentId(text);
  const sentences = splitEnglishSentences(text);
  const { entities, perSentence } = recogniseEntities(id, text, sentences, gazetteer);
  const contexts: SentenceContext[] = sentences.map((s, i) => ({
    text: s.text,
    start: s.start,
    end: s.end,
    mentions: (perSentence[i] ?? []).map((c) => ({
      entity: c.entity,
      type: c.type,
      name: c.name,
      start: c.start,
      end: c.end,
    })),
  }));
  addCoreferences(contexts);
  addHeadReferences(contexts);
  const relations = extractRelations(id, contexts, options.learnedRelations ?? LEARNED_EN.enabled);
  const firstLine = text.split('\n')[0] ?? '';
  return {
    document: {
      id,
      title: doc.title ?? firstLine.slice(0, EN_OPTIONS.maxTitle),
      ...(doc.source !== undefined ? { source: doc.source } : {}),
      ...(doc.date !== undefined ? { date: doc.date } : {}),
      lang: 'en',
      hash: textHash(text),
      length: text.length,
    },
    normalizedText: text,
    entities,
    relations,
  };
}
