import { isProperSingleName } from './singleNames';
import { typedAsOwner } from './branchType';
import { foldSubunits } from './subunits';
import { sameCompanyCore } from './companySuffix';
import { entityId } from '../ids';
import type { Entity } from '../types';
import { abbreviates } from './abbreviates';
import { findAcronyms, findMixedCaseForms } from './acronyms';
import { findSurnameReferences } from './surnames';
import { headTypeOf, isHeadlessName, partnerForms } from './jointNames';
import { findAbbreviations, findBracketAliases } from './aliases';
import { findAppositiveCompanies } from './appositiveOrgs';
import { findAppositiveLabs } from './appositiveLabs';
import { findListedCompanies } from './listedCompanies';
import { findCompromiseOrganisations } from './compromiseOrgs';
import { companyShortForms } from './companyShortForms';
import { bracketedPlaceInName, type Candidate, resolveOverlaps } from './mentions';
import { findOrganisations } from './organisations';
import { findPeople } from './people';
import { findPlaces } from './places';
import { learnPlaces } from './learnedPlaces';
import { refineWithLearnedOrganisations } from './learnedOrgs';
import { withGazetteer } from './gazetteerCandidates';
import { EMPTY_GAZETTEER, type Gazetteer } from '../gazetteer';
import { findGovernments } from './governments';
import { findCoordinatedNames } from './coordinatedNames';
import { findBackedNames } from './backedNames';
import { findActingNames } from './actingNames';
import { headlineRunFilter } from './headline';
import type { EnglishSentence } from './sentences';
import { tokenize } from './tokens';
import { GENERIC_WORDS, HEADS, PLACE_KEYS, STOP_WORDS } from './lexicon';

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
      ? autonomousKey(name).replace(
          /\s+(district|county|city|province|municipality|new area)$/i,
          '',
        )
      : type === 'Company'
        ? // "Sony (China) Co." = "Sony (China) Co., Ltd.": the legal suffix is no part of the key.
          // "Can-lu Biotech" = "Can Lu Biotech": a hyphen inside a company name is spelling only.
          name
            .replace(/(?<=\S)(?:\s*,?\s*(?:co\.?|ltd\.?|limited|inc\.?|corp\.?|company))+$/i, '')
            .replace(/(?<=\w)-(?=\w)/g, ' ')
        : governmentKey(name.replace(/\bpeople['’]s\s+/i, ''));
  return `${type}|${base.toLowerCase()}`;
}

/** True when the lower-cased words are a known place. */
function isKnownPlace(words: readonly string[]): boolean {
  return PLACE_KEYS.has(words.join(' '));
}

/**
 * "Xinjiang Uygur Autonomous Region" = "Xinjiang": an autonomous region's key is its place, with
 * the people's name before "autonomous" left out when the place is known without it.
 */
function autonomousKey(name: string): string {
  const m = /^(.+?)\s+autonomous\s+(?:region|prefecture)$/i.exec(name);
  if (!m) return name;
  const words = (m[1] as string).split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  if (!isKnownPlace(lower) && words.length > 1 && isKnownPlace(lower.slice(0, -1)))
    return words.slice(0, -1).join(' ');
  return m[1] as string;
}

/**
 * "Government of Zibo Municipality" = "Zibo Municipal Government" = "Zibo government": a local
 * government's key is its place, whichever way the level is written.
 */
function governmentKey(name: string): string {
  const level = '(?:municipality|municipal|city|county|district|province|provincial)';
  const of = new RegExp(`^government of (?:the )?(.+?)(?: ${level})?$`, 'i').exec(name);
  if (of) return `${of[1] as string} government`;
  const before = new RegExp(`^(.+?) ${level} government$`, 'i').exec(name);
  return before ? `${before[1] as string} government` : name;
}

/** "X Co. Ltd." ending a sentence is also written "X Co. Ltd": the spelling without the last dot. */
function undottedSuffix(type: Entity['type'], name: string): string | undefined {
  return type === 'Company' && /\b(?:ltd|co|inc|corp)\.$/i.test(name)
    ? name.slice(0, -1)
    : undefined;
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
    ...findAppositiveLabs(s.text, s.start),
    ...findListedCompanies(s.text, s.start),
  ];
}

/**
 * "Wuxi Research Institute" after "SJTU-Wuxi Research Institute": a later name that ends the only
 * longer name of its type after a hyphen or space is a short form of it, not a new entity.
 */
/** "Cambridge University" → "university of cambridge" (the "University of X" form, lower case). */
function ofForm(name: string): string {
  const m = /^(.+) University$/i.exec(name);
  return m ? `university of ${(m[1] as string).toLowerCase()}` : '';
}

function mergeShortForms(
  byKey: Map<string, Entity>,
  perSentence: Array<Array<Candidate & { entity: string }>>,
): void {
  const all = [...byKey.entries()];
  for (const [key, short] of all) {
    if (short.type === 'District' || short.type === 'Person') continue;
    const oneWord = !/\s/.test(short.name);
    const tail = short.name.toLowerCase();
    const longer = all.filter(
      ([, e]) =>
        e !== short &&
        e.type === short.type &&
        e.name.length > short.name.length &&
        (dropsBracketedPlace(short.name, e.name) ||
          (short.type === 'Company' && sameCompanyCore(short.name, e.name)) ||
          // "Cambridge University" is the "University of Cambridge" named in the same article.
          (short.type === 'University' && e.name.toLowerCase() === ofForm(short.name)) ||
          (!oneWord && e.name.toLowerCase().endsWith(`-${tail}`)) ||
          (!oneWord && expandsAbbreviation(short.name, e.name)) ||
          (!oneWord && sharesDistinctiveWord(short.name, e.name)) ||
          (!oneWord && short.type === 'Company' && opensCompanyCore(short.name, e.name)) ||
          (!oneWord && dropsOwner(short.name, e.name)) ||
          // "A - B Laboratory" names partner B, it is no longer form of B
          // "X Branch of the Y Center" names its owner Y: it is no longer form of Y.
          (!oneWord &&
            e.name.toLowerCase().endsWith(` ${tail}`) &&
            !/(?:[-–—]|\bof(?:\s+the)?)\s*$/i.test(
              e.name.slice(0, e.name.length - tail.length - 1),
            ))),
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
 * "Sony" beside "Sony (China) Co.": a bare name is the same company as the one longer name that
 * adds only a bracketed place or country (and a legal suffix) to it.
 */
function dropsBracketedPlace(short: string, long: string): boolean {
  const m =
    /^(.+?)\s*\(([A-Z][A-Za-z'’ -]{1,30})\)(?:\s*,?\s*(?:co\.?|ltd\.?|limited|inc\.?|corp\.?|company))*$/i.exec(
      long,
    );
  return (
    m !== null &&
    /^[A-Z]/.test(m[2] as string) &&
    (m[1] as string).toLowerCase() === short.toLowerCase()
  );
}

/** A company name with a bracketed place and a legal suffix: "Sony (China) Co., Ltd.". */
const BRACKETED_PLACE =
  /^([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}?)\s*\(([A-Z][A-Za-z'’ -]{1,30})\)((?:\s*,?\s*(?:[Cc]o\.?|[Ll]td\.?|[Ll]imited|[Ii]nc\.?|[Cc]orp\.?|[Cc]ompany|CO\.?|LTD\.?))*)$/;

/**
 * "Sony (China)" and "Sony" for "Sony (China) Co., Ltd.": the forms the text uses again without the
 * legal suffix or the place, each kept only when one company gives it.
 */
function bracketedPlaceForms(candidates: readonly Candidate[]): Map<string, Candidate> {
  const forms = new Map<string, Candidate | null>();
  const offer = (form: string, c: Candidate): void => {
    const had = forms.get(form);
    forms.set(form, had === undefined || had?.name === c.name ? c : null);
  };
  for (const c of candidates) {
    if (c.type !== 'Company') continue;
    const m = BRACKETED_PLACE.exec(c.name);
    if (!m) continue;
    const bare = m[1] as string;
    if (STOP_WORDS.has(bare.toLowerCase()) || GENERIC_WORDS.has(bare.toLowerCase())) continue;
    if (m[3]) offer(`${bare} (${m[2] as string})`, c);
    offer(bare, c);
  }
  const out = new Map<string, Candidate>();
  for (const [form, c] of forms) if (c) out.set(form, c);
  return out;
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

/** Lower-cased words of a name without generic words ("Baotou Rare Earth R&D Center" → baotou rare earth center). */
function distinctiveWords(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !GENERIC_WORDS.has(w))
    .join(' ');
}

/**
 * "Taiyuan Energy Materials Institute" and "Baotou Rare Earth Center" beside "Taiyuan Energy
 * Materials Institute of the University of X" and "Baotou Rare Earth R&D Center of the Chinese
 * Academy of Sciences": a name that leaves out the owner after "of" (and generic words) is the
 * same organisation.
 */
function dropsOwner(short: string, long: string): boolean {
  const of = /\s+of\s+(?:the\s+)?[A-Z]/.exec(long);
  if (!of || /\sof\s/i.test(short)) return false;
  // "University of Science and Technology": the "of" must give an owner, a name with a head.
  const owner = long
    .slice(of.index + of[0].length - 1)
    .toLowerCase()
    .split(/\s+/);
  if (!owner.some((w) => HEADS.some((h) => h.tokens[h.tokens.length - 1] === w))) return false;
  const own = long.slice(0, of.index);
  if (!/\s/.test(own)) return false;
  const core = distinctiveWords(own);
  return core.includes(' ') && core === distinctiveWords(short);
}

/**
 * "Xintong Pharmaceutical" beside "Xi'an Xintong Pharmaceutical Research Co. LTD": a company
 * named by the words that follow the place opening a longer company name is that company.
 */
function opensCompanyCore(short: string, long: string): boolean {
  const words = short.toLowerCase().split(/\s+/);
  const longWords = long.toLowerCase().split(/\s+/);
  let at = 0;
  while (at < longWords.length && PLACE_KEYS.has(longWords[at] as string)) at++;
  return (
    at > 0 && longWords.length > at + words.length && words.every((w, k) => longWords[at + k] === w)
  );
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
  if (PLACE_KEYS.has(word.toLowerCase())) return false;
  const longWords = long.split(/\s+/);
  const last = longWords[longWords.length - 1] ?? '';
  return (
    longWords.length > 2 &&
    last.toLowerCase() === head.toLowerCase() &&
    longWords.slice(0, -1).includes(word)
  );
}

/**
 * "SUTD" guessed to be a company where another entity of the text goes by that short form (the
 * Singapore University of Technology and Design): the entity that has it as an alias.
 */
function mergeBareAcronyms(
  byKey: Map<string, Entity>,
  perSentence: Array<Array<Candidate & { entity: string }>>,
): void {
  const owner = new Map<string, Entity | null>();
  for (const e of byKey.values())
    for (const a of e.aliases)
      if (/^[A-Z]{2,8}$/.test(a) && a !== e.name) owner.set(a, owner.has(a) ? null : e);
  for (const [key, bare] of [...byKey]) {
    const full = owner.get(bare.name);
    if (!full || full === bare) continue;
    full.mentions.push(...bare.mentions);
    for (const list of perSentence)
      for (const c of list) if (c.entity === bare.id) c.entity = full.id;
    byKey.delete(key);
  }
}

/**
 * Finds entity mentions sentence by sentence and groups them into document entities; the learned
 * organisation layer then applies the uses its data file turns on (none: the rules' entities as they are).
 */
export function recogniseEntities(
  docId: string,
  text: string,
  sentences: EnglishSentence[],
  gazetteer: Gazetteer = EMPTY_GAZETTEER,
): RecognisedEntities {
  return refineWithLearnedOrganisations(
    docId,
    text,
    sentences,
    recogniseRuleEntities(docId, text, sentences, gazetteer),
  );
}

/**
 * The rules' entities (with the user's confirmed names), before the learned organisation layer
 * (training reads these).
 */
export function recogniseRuleEntities(
  docId: string,
  text: string,
  sentences: EnglishSentence[],
  gazetteer: Gazetteer = EMPTY_GAZETTEER,
): RecognisedEntities {
  const learned = learnPlaces(text);
  // Names a title-case headline glued to its words are dropped from every sentence's list.
  const inBody = headlineRunFilter(text);
  const named = (list: Candidate[]): Candidate[] => (inBody ? list.filter(inBody) : list);
  const first = sentences.map((s) =>
    named(withGazetteer(resolveOverlaps(rawCandidates(s, learned)), text, s, gazetteer)),
  );
  const brackets = findBracketAliases(text, first.flat());
  const abbreviations = new Map<string, Candidate>();
  const chineseNames = new Map<string, string>();
  for (const b of brackets) {
    const key = keyOf(b.candidate.type, canonical(b.candidate.name));
    if (b.chinese) chineseNames.set(key, b.alias);
    else if (!abbreviations.has(b.alias)) abbreviations.set(b.alias, b.candidate);
  }
  // "Joint Research Center of A - B": a partner named without a head word is a company; one
  // named with a head ("A University (AU) - B Joint Lab") is of its head's type, with its short form.
  for (const c of first.flat()) {
    if (c.type !== 'Lab' && c.type !== 'Institute') continue;
    for (const p of partnerForms(c.name)) {
      const headType = headTypeOf(p.name);
      const type = isHeadlessName(p.name) ? 'Company' : headType;
      if (!type || type === 'District') continue;
      const partner: Candidate = { ...c, name: p.name, text: p.name, type };
      if (!abbreviations.has(p.name)) abbreviations.set(p.name, partner);
      if (p.short) abbreviations.set(p.short, partner);
    }
  }
  // "Zhanjiang Nongken, a company …": a company named without a head word, found once, is the
  // same company wherever its name recurs (otherwise "Zhanjiang" alone would read as a place).
  /** First words of longer names ("Tata" of "Tata Industries"), so a one-word short form stays one. */
  const firstWords = new Set(
    first.flat().flatMap((o) => (/\s/.test(o.name) ? [o.name.split(/\s+/)[0] as string] : [])),
  );
  for (const c of first.flat())
    if (
      c.type === 'Company' &&
      (isHeadlessName(c.name) ||
        (isProperSingleName(c.name, text) &&
          // "Tata" beside "Tata Industries" is that company's short form, merged later.
          !firstWords.has(c.name))) &&
      !abbreviations.has(c.name)
    )
      abbreviations.set(c.name, c);
  for (const [short, full] of bracketedPlaceForms(first.flat()))
    if (!abbreviations.has(short)) abbreviations.set(short, full);
  for (const [short, full] of companyShortForms(text, first.flat()))
    if (!abbreviations.has(short)) abbreviations.set(short, full);
  const acronyms = findAcronyms(sentences, new Set(abbreviations.keys()), first.flat());
  const mixed = findMixedCaseForms(sentences, new Set(abbreviations.keys()), first.flat());
  const surnames = findSurnameReferences(sentences, first.flat());
  // Short forms the acronym layers tied to a longer name are no names of their own.
  const shortForms = new Set([...acronyms.flat(), ...mixed.flat()].map((c) => c.text));
  for (const [name, c] of [
    ...findCoordinatedNames(sentences, first, text),
    ...findBackedNames(sentences, text),
    ...findActingNames(sentences, text, first.flat()),
  ])
    if (!abbreviations.has(name) && !shortForms.has(name)) abbreviations.set(name, c);
  const kept = sentences.map((s, i) => {
    const extra = [...(acronyms[i] ?? []), ...(mixed[i] ?? []), ...(surnames[i] ?? [])];
    if (abbreviations.size === 0 && extra.length === 0) return first[i] as Candidate[];
    return named(
      withGazetteer(
        resolveOverlaps([
          ...rawCandidates(s, learned),
          ...findAbbreviations(s.text, s.start, abbreviations),
          ...extra,
        ]),
        text,
        s,
        gazetteer,
      ),
    );
  });
  const byKey = new Map<string, Entity>();
  const perSentence = kept.map((cands) =>
    cands.map(typedAsOwner).flatMap((c) => {
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
      if (c.alias && !entity.aliases.includes(c.alias)) entity.aliases.push(c.alias);
      const undotted = undottedSuffix(c.type, surface);
      if (undotted && !entity.aliases.includes(undotted)) entity.aliases.push(undotted);
      entity.mentions.push({ doc: docId, start: c.start, end: c.end, text: c.text });
      // "Institute of X (Yixing) is also set up at Y": the branch's city names a place, but the
      // sentence's ties are the institute's, so the place takes no part in them.
      if (cands.some((k) => bracketedPlaceInName(c, k))) return [];
      return [{ ...c, entity: entity.id }];
    }),
  );
  mergeShortForms(byKey, perSentence);
  for (const [abbr, full] of abbreviations) {
    const entity = byKey.get(keyOf(full.type, canonical(full.name)));
    // A bracketed short name found on its own by its head is the same entity.
    const own = /\s/.test(abbr) ? byKey.get(keyOf(full.type, canonical(abbr))) : undefined;
    if (entity && own && own !== entity) {
      for (const a of own.aliases) if (!entity.aliases.includes(a)) entity.aliases.push(a);
      entity.mentions.push(...own.mentions);
      for (const list of perSentence)
        for (const c of list) if (c.entity === own.id) c.entity = entity.id;
      byKey.delete(keyOf(full.type, canonical(abbr)));
    }
    if (entity && !entity.aliases.includes(abbr)) entity.aliases.push(abbr);
  }
  mergeBareAcronyms(byKey, perSentence);
  for (const [key, zh] of chineseNames) {
    const entity = byKey.get(key);
    if (!entity) continue;
    entity.names = { ...entity.names, zh };
    if (!entity.aliases.includes(zh)) entity.aliases.push(zh);
  }
  return { entities: foldSubunits(text, [...byKey.values()], perSentence), perSentence };
}
