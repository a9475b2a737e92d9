import { extract, makeDocument } from '../graph/index';
import { ValidationError } from '../graph/errors';
import type { ExtractionResult, SourceDocument } from '../graph/types';
import { titleOf } from './articleTitle';
import { loadExtraction, type LoadOptions, type LoadSummary } from './loader';
import { processGazetteer } from '../runtime/gazetteer';

/** An article as a user hands it over (CLI file, API body, UI paste). */
export interface ArticleInput {
  text: string;
  title?: string;
  date?: string;
  source?: string;
  lang?: 'zh' | 'en';
}

/**
 * Extracts without writing anything (the UI's preview, `innochain extract`). Articles are taken
 * one at a time, so a lazy iterable (files read as they are reached) holds one text at a time.
 */
export function extractArticles(articles: Iterable<ArticleInput>): ExtractionResult {
  return extract(asDocuments(articles), { gazetteer: processGazetteer() });
}

function* asDocuments(articles: Iterable<ArticleInput>): Generator<SourceDocument> {
  let index = 0;
  for (const a of articles) {
    index += 1;
    if (a.text.trim().length === 0) {
      throw new ValidationError(`Article ${a.title ?? index} is empty`);
    }
    yield makeDocument(a.text, {
      title: a.title ?? titleOf(a.text),
      date: a.date,
      source: a.source,
      lang: a.lang,
    });
  }
}

/** Extracts and stores articles through the one load path. */
export async function ingestArticles(
  articles: readonly ArticleInput[],
  options: LoadOptions = {},
): Promise<{ extraction: ExtractionResult; summary: LoadSummary }> {
  const extraction = extractArticles(articles);
  const summary = await loadExtraction(extraction, options);
  return { extraction, summary };
}
