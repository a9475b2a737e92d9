import { cypher } from '../cypher/registry';
import type { EntityType } from '../graph/ontology';
import { normalizePinyinQuery } from './pinyinKeys';
import { readQuery } from './session';

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  nameEn?: string;
  score: number;
  match: 'name' | 'alias' | 'pinyin' | 'initials';
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lucene's operator words: only upper case and as whole terms (lower case reads as a term). */
const LUCENE_OPERATOR_WORD = /(^|\s)(AND|OR|NOT)(?=\s|$)/g;

/** Escapes a user's text so Lucene reads it as literal terms, never as query syntax. */
export function escapeLucene(text: string): string {
  return text
    .replace(LUCENE_SPECIAL, (c) => `\\${c}`)
    .replace(
      LUCENE_OPERATOR_WORD,
      (_m, space: string, word: string) => `${space}${word.toLowerCase()}`,
    );
}

/** Search tuning. */
export const SEARCH_DEFAULTS = Object.freeze({
  /** Full-text candidates read per requested result, re-ranked here (exact and in-name first). */
  candidates: 3,
  /**
   * Full-text hits read for a type-filtered search, as a multiple of the candidates wanted: the
   * index knows no types, so a rare type among many better-scoring hits of other types needs a
   * deep read. One deep read, filtered lazily, costs about as much as a shallow one (Lucene
   * scores every match either way) and saves reading again.
   */
  typedDepth: 100,
  /** Deepest full-text read of a type-filtered search, whatever the limit. */
  maxTypedHits: 5_000,
});

/**
 * Scores of the pinyin tiers of search-latin.cypher: the whole pinyin of a name ranks just
 * under an exact name, whole initials next; prefixes and pinyin inside a name below any name
 * match. Index = tier.
 */
const PINYIN_TIER_SCORES: readonly number[] = [20, 35, 40, 85, 90];

/** A candidate row: [id, name, type, aliases, nameEn, documentCount, Lucene score or pinyin tier]. */
type Row = [string, string, string, string[] | null, string | null, number | null, number];

/**
 * Full-text and pinyin candidates, one query either way (one round trip): a latin query is
 * also read as pinyin or initials (search-latin.cypher), any other only through the full-text
 * index (search-fulltext.cypher). Text left empty by escaping finds nothing.
 */
async function candidates(
  text: string,
  types: EntityType[] | undefined,
  limit: number,
): Promise<{ fullText: Row[]; pinyin: Row[] }> {
  const escaped = escapeLucene(text);
  if (escaped.trim().length === 0) return { fullText: [], pinyin: [] };
  const wanted = limit * SEARCH_DEFAULTS.candidates;
  const params = {
    query: escaped,
    types: types ?? null,
    inner: types
      ? Math.min(wanted * SEARCH_DEFAULTS.typedDepth, SEARCH_DEFAULTS.maxTypedHits)
      : wanted,
    limit: wanted,
  };
  const latin = normalizePinyinQuery(text);
  if (latin.length >= 2 && /^[a-z0-9\s]+$/i.test(text)) {
    const [record] = await readQuery(cypher('queries/search-latin'), {
      ...params,
      pinyin: latin,
      pinyinLimit: limit,
    });
    return {
      fullText: (record?.get('text') as Row[] | undefined) ?? [],
      pinyin: (record?.get('pinyin') as Row[] | undefined) ?? [],
    };
  }
  const records = await readQuery(cypher('queries/search-fulltext'), params);
  return { fullText: records.map((r) => r.get('row') as Row), pinyin: [] };
}

/**
 * Ranked search over names and aliases (full-text, Chinese via the cjk analyzer) and over
 * pinyin and initials. Exact and prefix matches rank first, then full-text score.
 */
export async function searchEntities(
  q: string,
  types: EntityType[] | undefined,
  limit: number,
): Promise<SearchHit[]> {
  const text = q.trim();
  const { fullText, pinyin } = await candidates(text, types, limit);
  const hits = new Map<string, SearchHit>();
  const add = (row: Row, score: number, match: SearchHit['match']): void => {
    const [id, name, type, aliases, nameEn] = row;
    const prev = hits.get(id);
    if (prev && prev.score >= score) return;
    hits.set(id, {
      id,
      name,
      type,
      aliases: aliases ?? [],
      ...(nameEn ? { nameEn } : {}),
      score,
      match,
    });
  };
  const lower = text.toLowerCase();
  for (const row of fullText) {
    const [, name, , , nameEn, documentCount, luceneScore] = row;
    const exact = name === text || nameEn?.toLowerCase() === lower;
    const inName = name.includes(text) || (nameEn ?? '').toLowerCase().includes(lower);
    const score =
      (exact ? 100 : inName ? 50 : 0) + luceneScore + Math.min(documentCount ?? 0, 10) * 0.01;
    add(row, score, inName || exact ? 'name' : 'alias');
  }
  for (const row of pinyin) {
    const tier = row[6];
    add(row, PINYIN_TIER_SCORES[tier] ?? 0, tier === 3 || tier === 1 ? 'initials' : 'pinyin');
  }
  return [...hits.values()]
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit);
}
