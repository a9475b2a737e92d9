import { extract, makeDocument } from '../graph/index';
import { ValidationError } from '../graph/errors';
import type { ExtractionResult } from '../graph/types';
import { titleOf } from './articleTitle';
import { loadExtraction, type LoadOptions, type LoadSummary } from './loader';

/** An article as a user hands it over (CLI file, API body, UI paste). */
export interface ArticleInput {
  text: string;
  title?: string;
  date?: string;
  source?: string;
  lang?: 'zh' | 'en';
}

/** Extracts without writing anything (the UI's preview, `innochain extract`). */
export function extractArticles(articles: readonly ArticleInput[]): ExtractionResult {
  const docs = articles.map((a, i) => {
    if (a.text.trim().length === 0) {
      throw new ValidationError(`Article ${a.title ?? i + 1} is empty`);
    }
    return makeDocument(a.text, {
      title: a.title ?? titleOf(a.text),
      date: a.date,
      source: a.source,
      lang: a.lang,
    });
  });
  return extract(docs);
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
