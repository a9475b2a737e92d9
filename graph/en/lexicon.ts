import type { EntityType } from '../ontology';
import { isEntityType } from '../ontology';
import headsFile from '../data/en/org-heads.json';
import wordsFile from '../data/en/name-words.json';
import placesFile from '../data/en/places.json';
import { tokenize } from './tokens';

/** A head: the lower-cased token sequence that ends an organisation name, and its type. */
export interface Head {
  tokens: string[];
  type: EntityType;
}

function loadHeads(): Head[] {
  const heads: Head[] = [];
  for (const [phrase, type] of Object.entries(headsFile.heads)) {
    if (!isEntityType(type)) throw new Error(`org-heads.json: unknown type ${type} for ${phrase}`);
    heads.push({ tokens: tokenize(phrase).map((t) => t.lower), type });
  }
  // Longest first, so "co., ltd." wins over "co." and "industry college" over "college".
  return heads.sort((a, b) => b.tokens.length - a.tokens.length);
}

/** Organisation heads, longest first. */
export const HEADS: readonly Head[] = Object.freeze(loadHeads());

/** Heads of one word ("university", "lab"), lower case: a set, so a word is tested in one lookup. */
export const SINGLE_HEADS: ReadonlySet<string> = new Set(
  HEADS.filter((h) => h.tokens.length === 1).map((h) => h.tokens[0] as string),
);

/** Fields of technology written with capitals ("Big Data"), lower case. */
export const TOPIC_WORDS: ReadonlySet<string> = new Set(wordsFile.topicWords);

/** Heads of other languages that open a name ("Universidad de X"), lower case. */
export const LEADING_HEADS: ReadonlySet<string> = new Set(headsFile.leadingHeads);

/** Last words of bodies inside an organisation ("… Committee of X Group"). */
export const BODY_HEADS: ReadonlySet<string> = new Set(headsFile.bodyHeads);

/** Tails that make a place's institute a university ("… Institute of Technology"), as token lists. */
export const UNIVERSITY_TAILS: readonly string[][] = Object.freeze(
  headsFile.universityTails.map((t) => tokenize(t).map((x) => x.lower)),
);

/** Tails that make any named institute a university ("Stevens Institute of Technology"). */
export const NAMED_UNIVERSITY_TAILS: readonly string[][] = Object.freeze(
  headsFile.namedUniversityTails.map((t) => tokenize(t).map((x) => x.lower)),
);

/** Words that make any head after them a body ("Party Group"). */
export const BODY_PREFIXES: ReadonlySet<string> = new Set(headsFile.bodyPrefixes);

/** Plural nouns for companies that may open a list of them ("enterprises, including …"). */
export const COMPANY_NOUNS: readonly string[] = Object.freeze([...wordsFile.companyNouns]);

/** Last words of events' titles ("Fair", "Forum"). */
export const EVENT_WORDS: ReadonlySet<string> = new Set(wordsFile.eventWords);

/** Words that open a list of examples ("including", "such as"). */
export const LIST_OPENERS: readonly string[] = Object.freeze([...wordsFile.listOpeners]);

/** Capitalised words that never belong to a name (sentence starters, titles, months). */
export const STOP_WORDS: ReadonlySet<string> = new Set(wordsFile.stopWords);

/** Capitalised headline verbs ("Will", "Jointly", "Build") that no name runs across. */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(wordsFile.headlineVerbs);

/** Words that, with head words alone, make a description ("the Research Institute"), not a name. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(wordsFile.genericWords);

/** Role and title words ("Governor", "Mayor") that are never place names, even before "of X province". */
export const ROLE_WORDS: ReadonlySet<string> = new Set(wordsFile.roleWords);

/** Lower-case particles inside foreign names ("Rio de Janeiro"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(wordsFile.nameParticles);

/** Titles that introduce a named expert (Professor, Dr., Academician). */
export const EXPERT_TITLES: ReadonlySet<string> = new Set(wordsFile.expertTitles);

/** Chinese surnames in pinyin: a capitalised surname before a place name makes a person ("Da Yiwu"). */
export const SURNAMES: ReadonlySet<string> = new Set(wordsFile.surnames);

/** Known Chinese places as lower-cased token sequences, longest first. */
export const PLACES: readonly string[][] = Object.freeze(
  [...new Set(placesFile.places)]
    .map((p) => tokenize(p).map((t) => t.lower))
    .sort((a, b) => b.length - a.length),
);

/** Known places as keys (their lower-cased words joined by one space): one lookup per test. */
export const PLACE_KEYS: ReadonlySet<string> = new Set(PLACES.map((p) => p.join(' ')));

/** Provinces and autonomous regions, lower-cased: "the city" never refers to them. */
export const PROVINCES: ReadonlySet<string> = new Set(
  placesFile.provinces.map((p) => p.toLowerCase()),
);

/** Regions abroad that may end an overseas body's name after "in", lower-cased token sequences. */
export const ABROAD: readonly string[][] = Object.freeze(
  placesFile.abroad.map((p) => tokenize(p).map((t) => t.lower)),
);
