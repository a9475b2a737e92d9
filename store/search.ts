import { cypher } from '../cypher/registry';
import type { EntityType } from '../graph/ontology';
import { normalizePinyinQuery } from './pinyinKeys';
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

interface Row {
  id: string;
  name: string;
  type: string;
  aliases: string[] | null;
  nameEn: string | null;
  documentCount: number | null;
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
    const escaped = escapeLucene(text);
    if (escaped.trim().length > 0) {
      const ft = await tx.run(cypher('queries/search-fulltext'), {
        query: escaped,
        types: types ?? null,
        limit: limit * 3,
      });
      for (const r of ft.records) {
        const row = r.get('entity') as Row;
        const raw = r.get('score') as number;
        const exact = row.name === text || row.nameEn?.toLowerCase() === text.toLowerCase();
        const inName =
          row.name.includes(text) || (row.nameEn ?? '').toLowerCase().includes(text.toLowerCase());
        const score =
          (exact ? 100 : inName ? 50 : 0) + raw + Math.min(row.documentCount ?? 0, 10) * 0.01;
        add(row, score, inName || exact ? 'name' : 'alias');
      }
    }
    if (latin.length >= 2 && /^[a-z0-9\s]+$/i.test(text)) {
      const py = await tx.run(cypher('queries/search-pinyin'), {
        pinyin: latin,
        initialsPrefix: '|' + latin,
        types: types ?? null,
        limit: limit * 3,
      });
      for (const r of py.records) {
        const row = r.get('entity') as Row;
        const byInitials = r.get('byInitials') as boolean;
        const prefix = r.get('pinyinPrefix') as boolean;
        add(
          row,
          (prefix ? 40 : 20) + (byInitials ? 5 : 0),
          byInitials && !prefix ? 'initials' : 'pinyin',
        );
      }
    }
    return [...hits.values()]
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
      .slice(0, limit);
  });
}
