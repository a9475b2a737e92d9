import nlp from 'compromise';
import { memo } from '../memo';
import type { Candidate } from './mentions';
import {
  ABROAD,
  BODY_HEADS,
  BODY_PREFIXES,
  EVENT_WORDS,
  EXPERT_TITLES,
  GENERIC_WORDS,
  HEADLINE_VERBS,
  HEADS,
  PLACES,
  ROLE_WORDS,
  STOP_WORDS,
  SURNAMES,
  UNIVERSITY_TAILS,
  NAMED_UNIVERSITY_TAILS,
  type Head,
  LEADING_HEADS,
  NAME_PARTICLES,
} from './lexicon';
import { isCapitalized, type Token } from './tokens';
import { isStandingBody } from './bodies';

/** Options for organisation-name recognition. */
const ORG_OPTIONS = Object.freeze({
  /** Lower-case words allowed inside a name between capitalised words. */
  innerConnectors: new Set(['of', 'for', 'and', 'on']),
  /** Confidence of a name that ends with a known head. */
  headScore: 0.9,
  /** Heads that name a place even in lower case after a name ("Chengdu's Longquanyi district"),
   * and legal forms written in lower case ("Harwick Motors plc"). */
  lowerCaseHeads: new Set([
    'district',
    'county',
    'city',
    'province',
    'prefecture',
    'autonomous',
    'plc',
  ]),
  /** Lower-case level words left out of the name ("Taixing city" is the place Taixing). */
  levelWords: new Set(['city', 'province']),
  /** Confidence of a description ("the Research Institute"); above compromise's guess for the span. */
  descriptionScore: 0.65,
  /** Longest name, in tokens, that is believed. */
  maxTokens: 16,
  /** Most words between "and" and the head of a name joined across "and" ("Machinery and Electronics Group"). */
  maxAndRight: 3,
  /** Legal forms written after a comma ("Brennock Systems, Inc."): the comma is inside the name. */
  commaLegalHeads: new Set([
    'inc.',
    'inc',
    'llc',
    'ltd.',
    'ltd',
    'limited',
    'plc',
    'corp.',
    'gmbh',
    'ag',
  ]),
  /** Possessives that belong inside a name ("People's Government", "People's Hospital"). */
  namePossessives: new Set(['people']),
  /** Bodies of an organisation named before "of" it ("Standing Committee of the X Committee"). */
  bodyOf: /^(?:standing|executive|party) committee$/,
  /** Administrative place heads: "X District of Y" is a district inside the city Y. */
  adminHeads: new Set(['district', 'county', 'city', 'town', 'prefecture', 'province']),
  /** Last words of area heads a park or zone can lie in ("… Park of Qianwan New Area"). */
  areaHeads: new Set(['area', 'district', 'county']),
  /** Heads after which "of <place>" says where the body sits rather than naming it. */
  placeOfHeads: new Set(['government']),
  /** Types whose name may end with its city in brackets ("… Transfer (Chengdu)"). */
  placeSuffixTypes: new Set<string>(['Lab', 'Institute']),
  /** Heads of bodies inside an organisation, not annotated when a university head precedes them. */
  unitHeads: new Set(['council', 'office', 'department', 'school', 'faculty']),
  /** Types whose "X of <Place>" name is complete at the place (a university named after its city). */
  placeEndedTypes: new Set<string>(['University']),
  /** Indefinite articles before a place-headed title ("a National Central City"). */
  titleArticles: new Set(['a', 'an']),
  /** Words after a name that end its noun phrase (the name is not a modifier of a noun). */
  phraseEnders: new Set([
    'under',
    'to',
    'in',
    'of',
    'and',
    'with',
    'by',
    'for',
    'that',
    'which',
    'on',
    'at',
  ]),
});

function isPlaceAt(tokens: Token[], k: number): boolean {
  return PLACES.some((p) => p.every((w, j) => tokens[k + j]?.lower === w));
}

/**
 * "Chongqing Machinery and Electronics Group": a name runs across "and" when the word before it
 * is neither a head nor a place and one or two non-place words lead to the head at `head`.
 */
function joinsAcrossAnd(tokens: Token[], k: number, head: number): boolean {
  const left = tokens[k - 1];
  if (!left || headAt(tokens, k - 1) || isPlaceAt(tokens, k - 1)) return false;
  // "… Associations in Europe and Chinese Professionals Association": a region abroad ends a name.
  if (ABROAD.some((p) => p.length === 1 && p[0] === left.lower)) return false;
  // "between SCNU and Songshan Lake Laboratory": an all-capital short name is a name of its own.
  if (/^[A-Z]{2,}$/.test(left.text)) return false;
  const right = head - (k + 1);
  if (right < 1 || right > ORG_OPTIONS.maxAndRight) return false;
  for (let j = k + 1; j < head; j++) if (isPlaceAt(tokens, j) || headAt(tokens, j)) return false;
  // "…, Invispower and Cameraking Technology Co Ltd": one listed word before "and" is a name of its own.
  if (tokens[k - 2]?.text === ',' || (tokens[k - 2] === undefined && k - 1 === 0)) return false;
  // "Vice-Chancellor Jane Mbeki and X Group": a titled person before "and" is no part of a name.
  for (let j = k - 1; j >= 0 && isCapitalized(tokens[j]); j--) {
    const parts = (tokens[j] as Token).lower.split('-');
    if (parts.some((w) => ROLE_WORDS.has(w) || EXPERT_TITLES.has(w))) return false;
  }
  return true;
}

function headAt(tokens: Token[], i: number): Head | undefined {
  for (const head of HEADS) {
    if (head.tokens.every((t, k) => tokens[i + k]?.lower === t)) return head;
  }
  return undefined;
}

function isNameWord(t: Token | undefined): boolean {
  // "Guangzhou-based Sun Yat-sen University": where a body is based is no part of its name, nor
  // who backs it ("DIT-backed Trezur Ltd").
  if (t !== undefined && /-(?:based|backed|funded|sponsored|supported|financed)$/.test(t.lower))
    return false;
  return (
    isCapitalized(t) &&
    t !== undefined &&
    !STOP_WORDS.has(t.lower.replace(/\.$/, '')) &&
    // "NWAFU Will Jointly Build X Institute": a headline's capitalised verbs are no name words.
    !HEADLINE_VERBS.has(t.lower)
  );
}

/** Index of the first token of the name that ends just before `i` (i itself if none). */
function extendLeft(tokens: Token[], i: number): number {
  let first = i;
  let k = i - 1;
  /** Set once an "and" was crossed because an "of" sits further left ("X of Y and Z Institute"). */
  let andBeforeOf = false;
  while (k >= 0 && i - k < ORG_OPTIONS.maxTokens) {
    const t = tokens[k] as Token;
    // "Qingdao International Academician Park": a title right before the head names what the
    // place is for, inside the name.
    const titleBeforeHead =
      k === i - 1 && isCapitalized(t) && EXPERT_TITLES.has(t.lower) && isNameWord(tokens[k - 1]);
    if (isNameWord(t) || titleBeforeHead) {
      first = k;
      k--;
      continue;
    }
    // "Bao'an District People's Government": a possessive that is part of the name.
    if (
      t.lower === 's' &&
      /^['’]$/.test(tokens[k - 1]?.text ?? '') &&
      ORG_OPTIONS.namePossessives.has(tokens[k - 2]?.lower ?? '') &&
      isCapitalized(tokens[k - 2])
    ) {
      first = k - 2;
      k -= 3;
      continue;
    }
    // "Western (Chongqing) Science City": a capitalised word in brackets inside the name.
    if (
      t.text === ')' &&
      tokens[k - 2]?.text === '(' &&
      isNameWord(tokens[k - 1]) &&
      isNameWord(tokens[k - 3])
    ) {
      first = k - 3;
      k -= 4;
      continue;
    }
    // "Zhejiang Normal University (ZJNU) - Juhua Group Joint Laboratory": a joint lab named
    // after its partners runs left across the dash and the first partner's bracketed short form.
    // "Brennock Systems, Inc.": a legal form after a comma closes the name before it.
    if (
      t.text === ',' &&
      k === i - 1 &&
      ORG_OPTIONS.commaLegalHeads.has(tokens[i]?.lower ?? '') &&
      isNameWord(tokens[k - 1])
    ) {
      first = k - 1;
      k -= 2;
      continue;
    }
    // "Cambridge University - Nanjing Centre of …": a headed partner before the dash, too.
    if (
      (t.text === '-' || t.text === '–') &&
      (isJointName(tokens, first, i) || headAt(tokens, k - 1)?.type === 'University')
    ) {
      let j = k - 1;
      if (tokens[j]?.text === ')' && tokens[j - 2]?.text === '(' && isNameWord(tokens[j - 1]))
        j -= 3;
      if (isNameWord(tokens[j])) {
        first = j;
        k = j - 1;
        continue;
      }
    }
    // "the Establishment Meeting of X Alliance", "Opening Ceremony of X Institute": an event
    // named after what it is for is no part of that name.
    if (t.text === 'of' && EVENT_WORDS.has(tokens[k - 1]?.lower ?? '')) break;
    // "Maurice J. Zucrow Laboratories": a person's middle initial inside a name.
    if (
      t.text === '.' &&
      /^[A-Z]$/.test(tokens[k - 1]?.text ?? '') &&
      tokens[k - 1]?.end === t.start &&
      isNameWord(tokens[k - 2]) &&
      // "… by Group A. Tarmouth Lab": after a head or generic word the dot ends a sentence.
      !headAt(tokens, k - 2) &&
      !GENERIC_WORDS.has(tokens[k - 2]?.lower ?? '') &&
      k + 1 === first
    ) {
      first = k - 2;
      k -= 3;
      continue;
    }
    // "Investment Committee of Amer Group": the owner's name does not take in its body.
    if (t.text === 'of' && bodyEndsAt(tokens, k - 1) && ownedByOrganisation(tokens, k + 1)) break;
    // "Education Group of X University": nor does a university take in a group of it.
    if (
      t.text === 'of' &&
      headAt(tokens, k - 1)?.type === 'Company' &&
      ['University', 'Institute'].includes(headAt(tokens, i)?.type ?? '')
    )
      break;
    // "of"/"for" only continue a name whose left part is itself headed ("Ministry of Education
    // Key Laboratory"), never a person ("Wang Shilong of Chongqing University").
    // "Beacons of Excellence and Innovation Institute": the "of" that let "and" in is crossed too,
    // unless a person's name stands before it ("Feng Gencong of X Science and Technology Bureau").
    const leftHeaded =
      t.text !== 'of' && t.text !== 'for'
        ? true
        : headAt(tokens, k - 1) !== undefined ||
          (andBeforeOf &&
            ![1, 2].some(
              (d) => SURNAMES.has(tokens[k - d]?.lower ?? '') && isNameWord(tokens[k - d]),
            ));
    // "the support of Lanxi County for Qinghe University": no name runs left across "for" into a
    // county or city.
    if (
      t.text === 'for' &&
      ORG_OPTIONS.adminHeads.has(tokens[k - 1]?.lower ?? '') &&
      headAt(tokens, k - 1)?.type === 'District'
    )
      break;
    // "… Innovative Institute of University of South China": the university owning an institute
    // starts at its own head, so both names are found.
    if (
      t.text === 'of' &&
      k === i - 1 &&
      headAt(tokens, i)?.type === 'University' &&
      ['Lab', 'Institute'].includes(headAt(tokens, k - 1)?.type ?? '')
    )
      break;
    // "the Standing Committee of CPC X County Committee": the standing committee is a body of the
    // committee named after "of", which is the name.
    if (
      t.text === 'of' &&
      ORG_OPTIONS.bodyOf.test(`${tokens[k - 2]?.lower} ${tokens[k - 1]?.lower}`)
    )
      break;
    // "… Ecological Park of Qianwan New Area": the area's name does not take in the park before it.
    if (t.text === 'of' && headAt(tokens, k - 1)?.type === 'District' && areaRunAt(tokens, k + 1))
      break;
    // "Party Working Committee of New District", "People's Government of Zibo Municipality": a
    // place's name never takes in the body named before its "of" (that body has its own name).
    if (
      t.text === 'of' &&
      headAt(tokens, i)?.type === 'District' &&
      headAt(tokens, k - 1) !== undefined &&
      headAt(tokens, k - 1)?.type !== 'District'
    )
      break;
    // "Cangnan County of Wenzhou City": the city's name does not take in the county before it.
    if (
      t.text === 'of' &&
      ORG_OPTIONS.adminHeads.has(tokens[k - 1]?.lower ?? '') &&
      headAt(tokens, k - 1)?.type === 'District' &&
      adminRunAt(tokens, k + 1)
    )
      break;
    if (
      (t.text === '&' || ORG_OPTIONS.innerConnectors.has(t.text)) &&
      isNameWord(tokens[k - 1]) &&
      leftHeaded
    ) {
      if (t.text === 'and' && !sawOfLeft(tokens, k) && !joinsAcrossAnd(tokens, k, i)) break;
      // "X Institute of Y Sciences and Z University": the left part is a whole name already.
      // A unit before "and" ends there too, unless a unit or college follows ("School of A and
      // College of B" inside a university are left out together).
      const unitRight =
        ORG_OPTIONS.unitHeads.has(tokens[i]?.lower ?? '') || tokens[i]?.lower === 'college';
      if (
        t.text === 'and' &&
        (headedRunLeft(tokens, k, !unitRight) || fieldClosesBefore(tokens, k))
      )
        break;
      if (t.text === 'and') andBeforeOf = sawOfLeft(tokens, k);
      first = k - 1;
      k -= 2;
      continue;
    }
    break;
  }
  return first;
}

/**
 * True when the token at `last` ends a body's head: "Committee", "Department", or any head after
 * "Party" ("Party Group").
 */
function bodyEndsAt(tokens: Token[], last: number): boolean {
  const word = tokens[last]?.lower ?? '';
  if (BODY_HEADS.has(word)) return true;
  return headAt(tokens, last) !== undefined && BODY_PREFIXES.has(tokens[last - 1]?.lower ?? '');
}

/**
 * True when what follows "of" at k is an organisation rather than a place or a field: an
 * all-capital short name ("of NEU") or a run whose first head is no place ("of Amer Group").
 */
function ownedByOrganisation(tokens: Token[], k: number): boolean {
  const at = tokens[k]?.lower === 'the' ? k + 1 : k;
  const t = tokens[at];
  if (!t) return false;
  // "Chengdu Municipal Committee of CPC": the party itself owns no body; that is the committee's name.
  if (
    /^[A-Z]{2,8}$/.test(t.text) &&
    !isPlaceAt(tokens, at) &&
    !GENERIC_WORDS.has(t.lower) &&
    !isNameWord(tokens[at + 1])
  )
    return true;
  const type = runLastHeadType(tokens, at);
  return type !== undefined && type !== 'District';
}

/** True when what follows "of" at k is a place: a known one or a run whose first head is a place's. */
function placeOwnerAt(tokens: Token[], k: number): boolean {
  const at = tokens[k]?.lower === 'the' ? k + 1 : k;
  const type = runLastHeadType(tokens, at);
  return type === 'District' || (type === undefined && isPlaceAt(tokens, at));
}

/** Type of the last head in the capitalised run at k ("CPC Xiapu County Committee" → Other). */
function runLastHeadType(tokens: Token[], k: number): string | undefined {
  let type: string | undefined;
  for (let j = k; j < tokens.length && isNameWord(tokens[j]); j++) {
    const head = headAt(tokens, j);
    if (head) {
      type = head.type;
      j += head.tokens.length - 1;
    }
  }
  return type;
}

/**
 * "Harbin Institute of Technology": a place's name, then a university tail that closes the name,
 * is a university whatever its head; "Stevens Institute of Technology" is one after any name.
 */
function placeUniversity(tokens: Token[], from: number, head: number, to: number): boolean {
  if (from === head) return false;
  const words = tokens.slice(from, to).map((t) => t.lower);
  const namedTail = NAMED_UNIVERSITY_TAILS.some(
    (t) => t.length < words.length && t.every((w, j) => words[words.length - t.length + j] === w),
  );
  if (namedTail) return true;
  if (!isPlaceAt(tokens, from)) return false;
  const place = PLACES.find((p) => p.every((w, j) => tokens[from + j]?.lower === w)) ?? [];
  if (from + place.length !== head) return false;
  const rest = words.slice(head - from);
  return UNIVERSITY_TAILS.some((t) => t.length === rest.length && t.every((w, j) => rest[j] === w));
}

/**
 * "the first China University Scientific and Technological Achievements Fair": a name whose
 * capitalised run goes on to an event's last word is part of the event's title.
 */
function insideEventTitle(tokens: Token[], to: number): boolean {
  let j = to;
  while (isNameWord(tokens[j]) || (tokens[j]?.text === 'and' && isNameWord(tokens[j + 1]))) j++;
  return j > to && EVENT_WORDS.has(tokens[j - 1]?.lower ?? '');
}

/** True when the name from `first` up to the head at `head` says it is joint ("B Joint Laboratory"). */
function isJointName(tokens: Token[], first: number, head: number): boolean {
  for (let j = first; j < head; j++) if (tokens[j]?.lower === 'joint') return true;
  return false;
}

/** True when an "of"/"for" sits further left in the same capitalised run ("Institute of X and Y"). */
function sawOfLeft(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.text === 'of' || t.text === 'for') return isNameWord(tokens[j - 1]);
    if (!isNameWord(t) && t.text !== '&') return false;
  }
  return false;
}

/**
 * True when the name run ending just before "and" at k holds a head ("… Academy of Sciences") or,
 * with `units`, a unit's head ("Faculty of Engineering and X Group": the faculty is no part of
 * the group).
 */
function headedRunLeft(tokens: Token[], k: number, units = false): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (headAt(tokens, j) || (units && isCapitalized(t) && ORG_OPTIONS.unitHeads.has(t.lower)))
      return true;
    // "Instituto de X and Y University": a particle inside a name of another language.
    if (
      !isNameWord(t) &&
      t.text !== 'of' &&
      t.text !== 'for' &&
      t.text !== '&' &&
      !NAME_PARTICLES.has(t.text)
    )
      return false;
  }
  return false;
}

/**
 * True when the "and" at k follows the last field of a headed name's "of" tail ("X University of
 * Mining and Geology and …"): one field word, an "and", then name words back to "of" and a head.
 */
function fieldClosesBefore(tokens: Token[], k: number): boolean {
  if (!isNameWord(tokens[k - 1]) || headAt(tokens, k - 1) || tokens[k - 2]?.text !== 'and')
    return false;
  let j = k - 3;
  while (j >= 0 && isNameWord(tokens[j]) && !headAt(tokens, j)) j--;
  return j < k - 3 && tokens[j]?.text === 'of' && headAt(tokens, j - 1) !== undefined;
}

/**
 * True when the capitalised run starting at k contains a head ("Queensland University …"); the
 * run may hold inner "and"/"&" ("Suzhou Science and Technology Bureau").
 */
function headedRunAt(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if ((t.text === 'and' || t.text === '&') && j > k && isNameWord(tokens[j + 1])) continue;
    if (!isNameWord(t)) return false;
    if (headAt(tokens, j)) return true;
  }
  return false;
}

/** True when compromise knows the capitalised word as a city ("London", "Dublin"). */
const isCity = memo((word: string): boolean => nlp(word).has('#City'));

/**
 * "Imperial College London", "Trinity College Dublin": a college's name may close with its city,
 * when the city ends the capitalised run.
 */
function cityClosesCollege(tokens: Token[], k: number, head: Head): boolean {
  if (head.tokens[head.tokens.length - 1] !== 'college') return false;
  const t = tokens[k];
  if (!t || !isCapitalized(t) || isNameWord(tokens[k + 1]) || tokens[k + 1]?.text === '(')
    return false;
  return /^[A-Z][a-z]+$/.test(t.text) && !STOP_WORDS.has(t.lower) && isCity(t.text);
}

/** Index just after the "of …" tail that follows a head ("University of Science and Technology"). */
function extendRight(tokens: Token[], after: number, head: Head): number {
  let end = after;
  let k = after;
  // "Centre on Blockchain-driven Enterprise Innovation": "on" opens a tail like "of"/"for".
  // "Université Laval", "Universidad de X": a head of another language opens the name, and the
  // capitalised words and particles after it belong to it.
  const leading =
    LEADING_HEADS.has(head.tokens[head.tokens.length - 1] ?? '') &&
    (isNameWord(tokens[k]) ||
      (NAME_PARTICLES.has(tokens[k]?.lower ?? '') && isNameWord(tokens[k + 1])));
  const opensTail =
    leading ||
    tokens[k]?.text === 'of' ||
    tokens[k]?.text === 'for' ||
    (tokens[k]?.text === 'on' && isNameWord(tokens[k + 1]));
  // "Federation of Chinese Professional Associations in Europe": an overseas body's region.
  const abroad = head.type === 'Other' ? abroadAt(tokens, k) : 0;
  if (abroad > 0) return abroad;
  if (!opensTail && cityClosesCollege(tokens, k, head)) return k + 1;
  if (!opensTail) return bracketedPlace(tokens, end, head);
  // "the Bao'an District People's Government of Shenzhen": the place says where, not who.
  const last = head.tokens[head.tokens.length - 1] ?? '';
  // "the People's Government of Zibo Municipality": a body named by nothing but its head is named
  // by its place, which then belongs to the name.
  if (
    ORG_OPTIONS.placeOfHeads.has(last) &&
    isPlaceAt(tokens, k + 1) &&
    namedBeforeHead(tokens, after - head.tokens.length)
  )
    return end;
  // "Sino-Italian Ecological Park of Qianwan New Area": a park or zone "of" a named area is a
  // place inside that area, each a name of its own.
  if (head.type === 'District' && tokens[k]?.text === 'of' && areaRunAt(tokens, k + 1)) return end;
  // "the support of Lanxi County for Qinghe University": a county or city takes no "for" tail.
  if (head.type === 'District' && ORG_OPTIONS.adminHeads.has(last) && tokens[k]?.text === 'for')
    return end;
  // "Binjiang District of Hangzhou", "Cangnan County of Wenzhou City": a district or county of a
  // named city is a place inside it, each a name of its own.
  if (
    head.type === 'District' &&
    ORG_OPTIONS.adminHeads.has(last) &&
    tokens[k]?.text === 'of' &&
    (isPlaceAt(tokens, k + 1) || adminRunAt(tokens, k + 1))
  )
    return end;

  while (k < tokens.length && k - after < ORG_OPTIONS.maxTokens) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    // "the Qingdao R&D Center of LICP": an all-capital short name after "of" is the owner.
    if (
      (head.type === 'Lab' || head.type === 'Institute') &&
      t.text === 'of' &&
      /^[A-Z]{2,8}$/.test(next?.text ?? '') &&
      !isNameWord(tokens[k + 2])
    )
      break;
    // "Shenzhen Institute of Advanced Technology of the Chinese Academy of Sciences": a second
    // "of the" before a headed name gives the owner, a name of its own.
    if (t.text === 'of' && k > after && next?.lower === 'the' && headedRunAt(tokens, k + 2)) break;
    // "Center of the Continental Group": an article may follow "of" when a name follows it.
    if (t.text === 'of' && next?.lower === 'the' && isNameWord(tokens[k + 2])) {
      k += 3;
      end = k;
      continue;
    }
    // "Institute of Optics, Fine Mechanics and Physics": a list of fields closing with "and".
    if (t.text === ',' && k > after) {
      const listEnd = fieldListEnd(tokens, k);
      if (listEnd > 0) {
        k = listEnd;
        end = k;
        continue;
      }
    }
    // "University of Mining and Geology and X University": one field after "and", then a second
    // "and" before a headed name: the field closes this name, the headed name is the next one.
    if (
      t.text === 'and' &&
      isNameWord(next) &&
      !headAt(tokens, k + 1) &&
      tokens[k + 2]?.text === 'and' &&
      headedRunAt(tokens, k + 3)
    ) {
      end = k + 2;
      break;
    }
    // "… of Chinese Academy of Sciences and Queensland University": a second headed name
    // after "and" is a new organisation, not part of this one.
    if (t.text === 'and' && headedRunAt(tokens, k + 1)) break;
    // "the partnership between the Chinese Academy of Sciences and Shanxi": a place alone after
    // "and" is a partner of its own, not a field of the name.
    if (t.text === 'and' && isPlaceAt(tokens, k + 1) && placeRunEnds(tokens, k + 1)) break;
    // "X Committee and Minister of Y": a role after "and" starts a new phrase.
    if (t.text === 'and' && ROLE_WORDS.has(next?.lower ?? '')) break;
    if (
      (ORG_OPTIONS.innerConnectors.has(t.text) || t.text === '&' || NAME_PARTICLES.has(t.text)) &&
      isNameWord(next)
    ) {
      k += 2;
      end = k;
      continue;
    }
    // "Joint Research Center of A - B Laboratory": partners named with a dash.
    if (t.text === '-' && isNameWord(next) && headedRunAt(tokens, k + 1)) {
      k += 1;
      continue;
    }
    if (isNameWord(t)) {
      k++;
      end = k;
      continue;
    }
    break;
  }
  // "Department of Education of Guangxi Zhuang autonomous region": a place level written in lower
  // case after the place the body is "of" closes the name.
  const level = headAt(tokens, end);
  if (
    end > after &&
    level?.type === 'District' &&
    !isCapitalized(tokens[end]) &&
    ORG_OPTIONS.lowerCaseHeads.has(tokens[end]?.lower ?? '') &&
    tokens.slice(after, end).some((t) => t.text === 'of')
  )
    end += level.tokens.length;
  // Only a body of people abroad ("… Associations in Europe", "… Scholars in the UK") takes it.
  const abroadEnd =
    head.type === 'Other' && /s$/.test(tokens[end - 1]?.lower ?? '') ? abroadAt(tokens, end) : 0;
  if (abroadEnd > 0) return abroadEnd;
  return bracketedPlace(tokens, end, head);
}

/** True when a name word other than "People's" stands right before the head starting at `at`. */
function namedBeforeHead(tokens: Token[], at: number): boolean {
  const possessive =
    tokens[at - 1]?.lower === 's' &&
    /^['’]$/.test(tokens[at - 2]?.text ?? '') &&
    ORG_OPTIONS.namePossessives.has(tokens[at - 3]?.lower ?? '');
  return isNameWord(tokens[possessive ? at - 4 : at - 1]);
}

/** True when the known place at k is the whole capitalised run there ("… and Shanxi will"). */
function placeRunEnds(tokens: Token[], k: number): boolean {
  const place = PLACES.find((p) => p.every((w, j) => tokens[k + j]?.lower === w));
  return place !== undefined && !isNameWord(tokens[k + place.length]);
}

/** True when the capitalised run at k ends with an area head ("Qianwan New Area", "X District"). */
function areaRunAt(tokens: Token[], k: number): boolean {
  return placeRunEndsWith(tokens, k, ORG_OPTIONS.areaHeads);
}

/** True when the first head in the capitalised run at k is a place ending in one of `heads` and closes the run. */
function placeRunEndsWith(tokens: Token[], k: number, heads: ReadonlySet<string>): boolean {
  for (let j = k; j < tokens.length && isNameWord(tokens[j]); j++) {
    const head = headAt(tokens, j);
    if (!head) continue;
    const word = head.tokens[head.tokens.length - 1] ?? '';
    return (
      head.type === 'District' && heads.has(word) && !isNameWord(tokens[j + head.tokens.length])
    );
  }
  return false;
}

/** Index after "in <region abroad>" at k when the name ends there (list, clause or sentence end), else 0. */
function abroadAt(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== 'in') return 0;
  const region = ABROAD.find((p) => p.every((w, j) => tokens[k + 1 + j]?.lower === w));
  if (!region || !isCapitalized(tokens[k + region.length])) return 0;
  const after = tokens[k + 1 + region.length];
  return !after || !after.word || after.lower === 'and' ? k + 1 + region.length : 0;
}

/** True when the capitalised run at k ends with an administrative head ("Wenzhou City"). */
function adminRunAt(tokens: Token[], k: number): boolean {
  return placeRunEndsWith(tokens, k, ORG_OPTIONS.adminHeads);
}

/** Runs of name words with no head word from k; the index after the run (k if none). */
function headlessRun(tokens: Token[], k: number): number {
  let j = k;
  while (isNameWord(tokens[j]) && !headAt(tokens, j)) j++;
  return j;
}

/**
 * ", Fine Mechanics and Physics" after "Institute of Optics": comma-separated headless name runs
 * closed by "and" and a last run are more fields of the name. Returns the index after the list, or
 * 0 when the comma starts anything else (a list of names, an appositive).
 */
function fieldListEnd(tokens: Token[], comma: number): number {
  let k = comma;
  while (tokens[k]?.text === ',') {
    const runEnd = headlessRun(tokens, k + 1);
    if (runEnd === k + 1) return 0;
    k = runEnd;
    if (tokens[k]?.text === 'and') {
      const lastEnd = headlessRun(tokens, k + 1);
      const after = tokens[lastEnd];
      // "… and Physics under the Academy": the list ends where a phrase or the sentence goes on,
      // not before a verb ("… of Optics, Hefeng and Qinglan met" lists names).
      if (lastEnd === k + 1 || (after?.word && !ORG_OPTIONS.phraseEnders.has(after.lower)))
        return 0;
      return lastEnd;
    }
  }
  return 0;
}

/**
 * "Centre of International Technology Transfer (Chengdu)": a known place in brackets right after
 * a lab or institute name is part of the name (the branch's city), not an alias.
 */
function bracketedPlace(tokens: Token[], end: number, head: Head): number {
  if (!ORG_OPTIONS.placeSuffixTypes.has(head.type) || tokens[end]?.text !== '(') return end;
  const place = PLACES.find((p) => p.every((w, j) => tokens[end + 1 + j]?.lower === w));
  if (!place || !isCapitalized(tokens[end + 1])) return end;
  return tokens[end + 1 + place.length]?.text === ')' ? end + place.length + 2 : end;
}

/**
 * True when a head typed by ORG_OPTIONS.placeEndedTypes is followed by "of <Place>" and then more
 * name words holding another head: that later head, not this one, types the name.
 */
function namedAfterPlace(tokens: Token[], head: Head, headEnd: number, to: number): boolean {
  if (!ORG_OPTIONS.placeEndedTypes.has(head.type) || tokens[headEnd]?.text !== 'of') return false;
  const place = PLACES.find((p) => p.every((w, j) => tokens[headEnd + 1 + j]?.lower === w));
  if (!place) return false;
  const after = headEnd + 1 + place.length;
  if (!isNameWord(tokens[after])) return false;
  for (let j = after; j < to; j++) if (headAt(tokens, j)) return true;
  return false;
}

/**
 * "Lanxi University's College of Chemistry", "School of Materials and College of Chemistry": a
 * college or body named after a university's possessive, or right after a school's "of", is a
 * unit inside the university (not annotated).
 */
function insideUniversity(tokens: Token[], from: number, head: Head): boolean {
  if (head.type !== 'University' && head.type !== 'Other') return false;
  const before = tokens[from - 1];
  const last = head.tokens[head.tokens.length - 1] ?? '';
  const unit = BODY_HEADS.has(last) || ORG_OPTIONS.unitHeads.has(last);
  // "Mining Department of Kelan Bureau of Commerce": a bureau owning a department is no unit.
  if (
    before?.text === 'of' &&
    ORG_OPTIONS.unitHeads.has(tokens[from - 2]?.lower ?? '') &&
    (head.type === 'University' || unit)
  )
    return true;
  if (before?.lower !== 's' || !/^['’]$/.test(tokens[from - 2]?.text ?? '')) return false;
  if (headAt(tokens, from - 3)?.type === 'University') return true;
  // "NEU's External Liaison Department": a body after a short name's possessive is a unit of it.
  return head.type === 'Other' && unit && /^[A-Z]{2,8}$/.test(tokens[from - 3]?.text ?? '');
}

/**
 * "to become a National Central City.": a place-headed name after "a"/"an" that ends its noun
 * phrase is a title given to a place, not a place ("a Liangjiang New Area firm" stays a place).
 */
function isTitle(tokens: Token[], from: number, to: number): boolean {
  if (!ORG_OPTIONS.titleArticles.has(tokens[from - 1]?.lower ?? '')) return false;
  const next = tokens[to];
  return !next || !next.word || isCapitalized(next) || ORG_OPTIONS.phraseEnders.has(next.lower);
}

/** True when a known place follows at k, after an optional comma or "of" ("New District, Wuxi"). */
function placeAfter(tokens: Token[], k: number): boolean {
  const at = tokens[k]?.text === ',' || tokens[k]?.text === 'of' ? k + 1 : k;
  return isCapitalized(tokens[at]) && isPlaceAt(tokens, at);
}

/** Type of the first head in the capitalised run starting at k ("University of X" → University). */
function runHeadType(tokens: Token[], k: number): string | undefined {
  for (let j = k; j < tokens.length && isNameWord(tokens[j]); j++) {
    const head = headAt(tokens, j);
    if (head) return head.type;
  }
  return undefined;
}

/**
 * "the Department of Modern Mechanics of the University of X", "School of Y of Z University": a
 * unit named as belonging to a university is inside it (not annotated).
 */
function unitOfUniversity(tokens: Token[], i: number, headEnd: number, to: number): boolean {
  const first = tokens[i]?.lower ?? '';
  if (!ORG_OPTIONS.unitHeads.has(first) && first !== 'college') return false;
  for (let k = headEnd; k <= to && k < tokens.length; k++) {
    if (tokens[k]?.text !== 'of' || k === headEnd) continue;
    const owner = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    if (runHeadType(tokens, owner) === 'University') return true;
  }
  return false;
}

/** Names ending with a known head: "Chongqing University", "Changan Automobile Co., Ltd.". */
export function findOrganisations(tokens: Token[], text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = headAt(tokens, i);
    const first = tokens[i];
    if (!head || !first) continue;
    if (
      !isCapitalized(first) &&
      !(ORG_OPTIONS.lowerCaseHeads.has(first.lower) && isNameWord(tokens[i - 1]))
    ) {
      continue;
    }
    const headEnd = i + head.tokens.length;
    const from = extendLeft(tokens, i);
    const to = extendRight(tokens, headEnd, head);
    // "City University of Hong Kong Chengdu Research Institute": the university's name ends at its
    // place; a later head in the same run types the whole name (its own candidate covers it).
    if (namedAfterPlace(tokens, head, headEnd, to)) continue;
    // "SUSTech University Council": a body inside a university is not annotated.
    if (ORG_OPTIONS.unitHeads.has(first.lower) && headAt(tokens, i - 1)?.type === 'University')
      continue;
    if (insideUniversity(tokens, from, head)) continue;
    // "Standing Committee of the X Committee": a body of the organisation named after "of".
    // "Party Committee of the Autonomous Region" is the region's own body, a name.
    if (
      tokens[headEnd]?.text === 'of' &&
      ORG_OPTIONS.bodyOf.test(`${tokens[i - 1]?.lower} ${tokens[i]?.lower}`) &&
      !placeOwnerAt(tokens, headEnd + 1)
    )
      continue;
    if (unitOfUniversity(tokens, i, headEnd, to)) continue;
    if (to === headEnd && isStandingBody(tokens.slice(from, to).map((t) => t.text))) continue;
    // "the Education Group of Shandong Normal University": a group of a university or institute
    // is a body of it, no company.
    if (
      head.type === 'Company' &&
      tokens[headEnd]?.text === 'of' &&
      ['University', 'Institute'].includes(runLastHeadType(tokens, headEnd + 1) ?? '')
    )
      continue;
    // "Discipline Inspection Commission of NEU", "Party Group of the Ministry of Education": a body
    // of an organisation is part of it; the owner is found on its own.
    if (
      tokens[headEnd]?.text === 'of' &&
      bodyEndsAt(tokens, headEnd - 1) &&
      ownedByOrganisation(tokens, headEnd + 1)
    )
      continue;
    if (head.type === 'District' && isTitle(tokens, from, to)) continue;
    if (insideEventTitle(tokens, to)) continue;
    if (from === i && to === headEnd) continue;
    const start = (tokens[from] as Token).start;
    const level = !isCapitalized(first) && ORG_OPTIONS.levelWords.has(first.lower);
    if (level && to !== headEnd) continue;
    const end = (tokens[level ? i - 1 : to - 1] as Token).end;
    const surface = text.slice(start, end);
    const generic = tokens
      .slice(from, to)
      .every(
        (t) =>
          !t.word || GENERIC_WORDS.has(t.lower) || HEADS.some((h) => h.tokens.includes(t.lower)),
      );
    // "New District, Wuxi", "High-tech Zone of Nanchang": a capitalised generic place name with
    // its city right after is the name of that city's zone, not a description.
    const zoneOfPlace =
      head.type === 'District' && isCapitalized(tokens[from]) && placeAfter(tokens, level ? i : to);
    // "the Ministry of Science and Technology": a body named by its head and "of" its field is a
    // proper name, generic as its words are.
    const fieldBody = head.type === 'Other' && from === i && tokens[headEnd]?.text === 'of';
    const description = generic && !zoneOfPlace && !fieldBody;
    out.push({
      start: offset + start,
      end: offset + end,
      text: surface,
      name: surface.replace(/\s+/g, ' '),
      type: placeUniversity(tokens, from, i, to) ? 'University' : head.type,
      score: description ? ORG_OPTIONS.descriptionScore : ORG_OPTIONS.headScore,
      ...(description ? { description: true } : {}),
      // "Hunan province": the place is Hunan, and the text's way of writing it is kept as an alias.
      ...(level
        ? { alias: text.slice(start, (tokens[to - 1] as Token).end).replace(/\s+/g, ' ') }
        : {}),
    });
  }
  return out;
}
