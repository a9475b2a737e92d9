import { cypher } from '../cypher/registry';
import type { EntityType } from '../graph/ontology';
import { normalizePinyinQuery } from './pinyinKeys';
import type { ManagedTransaction } from 'neo4j-driver';
import { readTx } from './session';

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
 * Scores of the pinyin tiers of search-pinyin.cypher: the whole pinyin of a name ranks just
 * under an exact name, whole initials next; prefixes and pinyin inside a name below any name
 * match. Index = tier.
 */
const PINYIN_TIER_SCORES: readonly number[] = [20, 35, 40, 85, 90];

interface Row {
  id: string;
  name: string;
  type: string;
  aliases: string[] | null;
  nameEn: string | null;
  documentCount: number | null;
}

/**
 * Up to `wanted` full-text candidates of the requested types, best Lucene score first: the best
 * `wanted` hits, or with a type filter the best `wanted` of those types among a deep read.
 */
async function fullTextRows(
  tx: ManagedTransaction,
  query: string,
  types: EntityType[] | undefined,
  wanted: number,
): Promise<(Row & { score: number })[]> {
  const res = await tx.run(cypher('queries/search-fulltext'), {
    query,
    types: types ?? null,
    inner: types
      ? Math.min(wanted * SEARCH_DEFAULTS.typedDepth, SEARCH_DEFAULTS.maxTypedHits)
      : wanted,
    limit: wanted,
  });
  return res.records.map((r) => ({
    ...(r.get('entity') as Row),
    score: r.get('score') as number,
  }));
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
  const latin = normalizePinyinQuery(text);
  return readTx(async (tx) => {
    const hits = new Map<string, SearchHit>();
    const add = (row: Row, score: number, match: SearchHit['match']): void => {
      const prev = hits.get(row.id);
      if (prev && prev.score >= score) return;
      hits.set(row.id, {
        id: row.id,
        name: row.name,
        type: row.type,
        aliases: row.aliases ?? [],
        ...(row.nameEn ? { nameEn: row.nameEn } : {}),
        score,
        match,
      });
    };
    // The pinyin query is sent first and read last: both travel in one round trip.
    const pinyinRun =
      latin.length >= 2 && /^[a-z0-9\s]+$/i.test(text)
        ? tx.run(cypher('queries/search-pinyin'), {
            pinyin: latin,
            types: types ?? null,
            limit,
          })
        : undefined;
    const escaped = escapeLucene(text);
    if (escaped.trim().length > 0) {
      for (const row of await fullTextRows(
        tx,
        escaped,
        types,
        limit * SEARCH_DEFAULTS.candidates,
      )) {
        const exact = row.name === text || row.nameEn?.toLowerCase() === text.toLowerCase();
        const inName =
          row.name.includes(text) || (row.nameEn ?? '').toLowerCase().includes(text.toLowerCase());
        const score =
          (exact ? 100 : inName ? 50 : 0) + row.score + Math.min(row.documentCount ?? 0, 10) * 0.01;
        add(row, score, inName || exact ? 'name' : 'alias');
      }
    }
    if (pinyinRun) {
      for (const r of (await pinyinRun).records) {
        const row = r.get('entity') as Row;
        const tier = r.get('tier') as number;
        add(row, PINYIN_TIER_SCORES[tier] ?? 0, tier === 3 || tier === 1 ? 'initials' : 'pinyin');
      }
    }
    return [...hits.values()]
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
      .slice(0, limit);
  });
}
