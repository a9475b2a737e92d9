import { entityId } from '../ids';
import type { Entity } from '../types';
import { findAcronyms } from './acronyms';
import { findAbbreviations, findBracketAliases } from './aliases';
import { findAppositiveCompanies } from './appositiveOrgs';
import { findCompromiseOrganisations } from './compromiseOrgs';
import { type Candidate, resolveOverlaps } from './mentions';
import { findOrganisations } from './organisations';
import { findPeople } from './people';
import { findPlaces } from './places';
import { learnPlaces } from './learnedPlaces';
import { findGovernments } from './governments';
import type { EnglishSentence } from './sentences';
import { tokenize } from './tokens';
import { GENERIC_WORDS, PLACES } from './lexicon';

/** Entities of a document and, per sentence, the mentions kept in it. */
export interface RecognisedEntities {
  entities: Entity[];
  /** Kept candidates of each sentence (same order as the sentences), with their entity id. */
  perSentence: Array<Array<Candidate & { entity: string }>>;
}

function canonical(name: string): string {
  return name
    .replace(/^(the|a|an)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key of a name: Districts ignore a trailing level word ("Zibo City" = "Zibo"). */
function keyOf(type: Entity['type'], name: string): string {
  const base =
    type === 'District'
      ? name.replace(/\s+(district|county|city|province)$/i, '')
      : type === 'Company'
        ? // "Sony (China) Co." = "Sony (China) Co., Ltd.": the legal suffix is no part of the key.
          name.replace(/(?<=\S)(?:\s*,?\s*(?:co\.?|ltd\.?|limited|inc\.?|corp\.?|company))+$/i, '')
        : name.replace(/\bpeople['’]s\s+/i, '');
  return `${type}|${base.toLowerCase()}`;
}

/** The latest named entity a description refers back to ("the Research Institute"). */
function referent(
  byKey: Map<string, Entity>,
  type: Entity['type'],
  description: string,
): Entity | undefined {
  const tail = ` ${description.toLowerCase()}`;
  return [...byKey.values()]
    .reverse()
    .find((e) => e.type === type && ` ${e.name.toLowerCase()}`.endsWith(tail));
}

function rawCandidates(s: EnglishSentence, learned: readonly string[][]): Candidate[] {
  const tokens = tokenize(s.text);
  return [
    ...findOrganisations(tokens, s.text, s.start),
    ...findPlaces(tokens, s.text, s.start, learned),
    ...findGovernments(s.text, s.start),
    ...findPeople(tokens, s.text, s.start),
    ...findCompromiseOrganisations(s.text, s.start),
    ...findAppositiveCompanies(s.text, s.start),
  ];
}

/**
 * "Wuxi Research Institute" after "SJTU-Wuxi Research Institute": a later name that ends the only
 * longer name of its type after a hyphen or space is a short form of it, not a new entity.
 */
function mergeShortForms(
  byKey: Map<string, Entity>,
  perSentence: Array<Array<Candidate & { entity: string }>>,
): void {
  const all = [...byKey.entries()];
  for (const [key, short] of all) {
    if (short.type === 'District' || short.type === 'Person' || !/\s/.test(short.name)) continue;
    const tail = short.name.toLowerCase();
    const longer = all.filter(
      ([, e]) =>
        e !== short &&
        e.type === short.type &&
        e.name.length > short.name.length &&
        (e.name.toLowerCase().endsWith(`-${tail}`) ||
          expandsAbbreviation(short.name, e.name) ||
          sharesDistinctiveWord(short.name, e.name) ||
          // "A - B Laboratory" names partner B, it is no longer form of B
          (e.name.toLowerCase().endsWith(` ${tail}`) &&
            !/[-–—]\s*$/.test(e.name.slice(0, e.name.length - tail.length - 1)))),
    );
    if (longer.length !== 1) continue;
    const full = (longer[0] as [string, Entity])[1];
    for (const a of short.aliases) if (!full.aliases.includes(a)) full.aliases.push(a);
    full.mentions.push(...short.mentions);
    for (const list of perSentence)
      for (const c of list) if (c.entity === short.id) c.entity = full.id;
    byKey.delete(key);
  }
}

/**
 * True when `short` abbreviates the words of `long` in order, each word giving a non-empty
 * prefix and every word used ("CityU" ~ "City University", "SJTU" ~ "Shanghai Jiao Tong University").
 */
function abbreviates(short: string, long: string): boolean {
  const words = long.toLowerCase().split(/\s+/);
  const s = short.toLowerCase();
  const fits = (at: number, w: number): boolean => {
    if (w === words.length) return at === s.length;
    const word = words[w] as string;
    for (let n = Math.min(word.length, s.length - at); n >= 1; n--)
      if (word.startsWith(s.slice(at, at + n)) && fits(at + n, w + 1)) return true;
    return false;
  };
  return words.length > 1 && !/\s/.test(short) && fits(0, 0);
}

/**
 * "CityU Chengdu Research Institute" after "City University of Hong Kong Chengdu Research
 * Institute": a name whose first word abbreviates the part of a longer name before its " of "
 * tail, the rest being the same, is that name.
 */
function expandsAbbreviation(short: string, long: string): boolean {
  const space = short.indexOf(' ');
  if (space < 0) return false;
  const rest = short.slice(space);
  if (!long.endsWith(rest) || long.length === short.length) return false;
  const prefix = long.slice(0, long.length - rest.length);
  return abbreviates(short.slice(0, space), prefix.split(/\s+of\s+/i)[0] as string);
}

/**
 * "Yingliu Group" after "Anhui Yingliu Electromechanical Group": a two-word name (a word that is
 * no place or generic word, then a head) is a short form of a longer name holding that word and
 * ending with the same head.
 */
function sharesDistinctiveWord(short: string, long: string): boolean {
  const words = short.split(/\s+/);
  if (words.length !== 2) return false;
  const [word, head] = words as [string, string];
  if (!/^[A-Z][a-z]+$/.test(word) || GENERIC_WORDS.has(word.toLowerCase())) return false;
  if (PLACES.some((p) => p.length === 1 && p[0] === word.toLowerCase())) return false;
  const longWords = long.split(/\s+/);
  const last = longWords[longWords.length - 1] ?? '';
  return (
    longWords.length > 2 &&
    last.toLowerCase() === head.toLowerCase() &&
    longWords.slice(0, -1).includes(word)
  );
}

/** Finds entity mentions sentence by sentence and groups them into document entities. */
export function recogniseEntities(
  docId: string,
  text: string,
  sentences: EnglishSentence[],
): RecognisedEntities {
  const learned = learnPlaces(text);
  const first = sentences.map((s) => resolveOverlaps(rawCandidates(s, learned)));
  const brackets = findBracketAliases(text, first.flat());
  const abbreviations = new Map<string, Candidate>();
  const chineseNames = new Map<string, string>();
  for (const b of brackets) {
    const key = keyOf(b.candidate.type, canonical(b.candidate.name));
    if (b.chinese) chineseNames.set(key, b.alias);
    else if (!abbreviations.has(b.alias)) abbreviations.set(b.alias, b.candidate);
  }
  const acronyms = findAcronyms(sentences, new Set(abbreviations.keys()), first.flat());
  const kept = sentences.map((s, i) => {
    const extra = acronyms[i] ?? [];
    if (abbreviations.size === 0 && extra.length === 0) return first[i] as Candidate[];
    return resolveOverlaps([
      ...rawCandidates(s, learned),
      ...findAbbreviations(s.text, s.start, abbreviations),
      ...extra,
    ]);
  });
  const byKey = new Map<string, Entity>();
  const perSentence = kept.map((cands) =>
    cands.flatMap((c) => {
      const name = canonical(c.name);
      const key = keyOf(c.type, name);
      let entity = c.description ? referent(byKey, c.type, name) : byKey.get(key);
      if (c.description && !entity) return [];
      if (!entity) {
        entity = {
          id: entityId(c.type, name),
          name,
          type: c.type,
          aliases: [name],
          mentions: [],
          names: { en: name },
        };
        byKey.set(key, entity);
      }
      const surface = canonical(c.text);
      if (!entity.aliases.includes(surface)) entity.aliases.push(surface);
      entity.mentions.push({ doc: docId, start: c.start, end: c.end, text: c.text });
      return [{ ...c, entity: entity.id }];
    }),
  );
  mergeShortForms(byKey, perSentence);
  for (const [abbr, full] of abbreviations) {
    const entity = byKey.get(keyOf(full.type, canonical(full.name)));
    if (entity && !entity.aliases.includes(abbr)) entity.aliases.push(abbr);
  }
  for (const [key, zh] of chineseNames) {
    const entity = byKey.get(key);
    if (!entity) continue;
    entity.names = { ...entity.names, zh };
    if (!entity.aliases.includes(zh)) entity.aliases.push(zh);
  }
  return { entities: [...byKey.values()], perSentence };
}
