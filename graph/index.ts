import type { DocExtraction, ExtractOptions, ExtractionResult, SourceDocument } from './types';
import { detectLanguage } from './lang';
import { normalize } from './normalize';
import { documentId } from './ids';
import { ValidationError } from './errors';
import { extractZh } from './zh/pipeline';
import { startDocument } from './zh/segment';
import { resolveDocuments } from './resolve';
import { extractEnglishDocument } from './en/index';

export { ValidationError } from './errors';
export { normalize, toOriginal } from './normalize';
export { detectLanguage } from './lang';
export { parseGazetteer, EMPTY_GAZETTEER, type Gazetteer } from './gazetteer';
export type { ExtractOptions } from './types';

/** Builds a SourceDocument; the id defaults to 'd_' + sha256(normalised text). */
export function makeDocument(
  text: string,
  meta: Partial<Omit<SourceDocument, 'text'>> = {},
): SourceDocument {
  if (typeof text !== 'string') throw new ValidationError('document text must be a string');
  const doc: SourceDocument = { ...meta, id: meta.id ?? documentId(normalize(text).text), text };
  return doc;
}

function checkDocument(doc: SourceDocument): void {
  if (!doc || typeof doc.text !== 'string')
    throw new ValidationError('document text must be a string', { id: doc?.id });
  if (typeof doc.id !== 'string' || doc.id.length === 0)
    throw new ValidationError('document id is required');
}

/** Extracts one document with the pipeline of its language. */
export function extractDocument(doc: SourceDocument, options: ExtractOptions = {}): DocExtraction {
  checkDocument(doc);
  const lang = doc.lang ?? detectLanguage(doc.text);
  if (lang === 'zh') {
    startDocument();
    return extractZh(doc, options);
  }
  return extractEnglishDocument({ ...doc, lang }, options);
}

/**
 * Extracts several documents and merges them into one result with cross-document resolution.
 * Any iterable works: a generator that reads one file at a time keeps only one text in memory,
 * since each document's text is dropped once it is extracted (an array is checked up front).
 */
export function extract(
  docs: Iterable<SourceDocument>,
  options: ExtractOptions = {},
): ExtractionResult {
  if (
    docs === null ||
    typeof docs !== 'object' ||
    typeof (docs as Partial<Iterable<SourceDocument>>)[Symbol.iterator] !== 'function'
  )
    throw new ValidationError('extract expects an array of documents');
  const ids = new Set<string>();
  const seen = (d: SourceDocument): void => {
    checkDocument(d);
    if (ids.has(d.id)) throw new ValidationError('duplicate document id', { id: d.id });
    ids.add(d.id);
  };
  if (Array.isArray(docs)) docs.forEach(seen);
  const out: DocExtraction[] = [];
  for (const d of docs) {
    if (!Array.isArray(docs)) seen(d);
    const { document, entities, relations } = extractDocument(d, options);
    out.push({ document, entities, relations, normalizedText: '' });
  }
  return resolveDocuments(out);
}
