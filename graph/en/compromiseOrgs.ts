import nlp from 'compromise';
import type { Candidate } from './mentions';
import { parseSentence } from './parse';
import { isStandingBody } from './bodies';
import {
  BODY_HEADS,
  EVENT_WORDS,
  GENERIC_WORDS,
  TOPIC_WORDS,
  HEADLINE_VERBS,
  HEADS,
  SINGLE_HEADS,
  ROLE_WORDS,
  STOP_WORDS,
} from './lexicon';

/** Options for organisations that only compromise recognises (no head word of ours). */
const COMPROMISE_OPTIONS = Object.freeze({
  /** Confidence of a compromise-only organisation. */
  score: 0.6,
  /** Shortest accepted name, in characters (drops stray initials). */
  minLength: 3,
  /** Last words of units inside an organisation, which are not annotated (offices, schools). */
  unitWords: new Set(['office', 'school', 'department', 'division', 'faculty', 'council']),
  /** Text before a name that makes it the source of a report ("according to", "reported by"). */
  sourceBefore:
    /\b(?:according to|reported by|told|(?:posted|published) (?:on|by))\s+(?:the\s+)?$|^\s*by\s+$|\b(?:author|authors|editor|reporter|writer)s?\s*:\s*$/i,
  /** A byline ("Author: Zhang Lin & Zouchun"): what it names wrote the report, no actor. */
  byline: /^\s*(?:authors?|editors?|reporters?|writers?|by)\s*:/i,
  /** Text after a name that makes it the source of a report ("… reported"). */
  sourceAfter: /^\s*(?:reported|reports|said in a report)\b/i,
});

function isHeadWord(word: string): boolean {
  return SINGLE_HEADS.has(word);
}

/** True when "A and B" joins two names: B ends with a head, A is an acronym or ends with a head. */
function joinsTwoNames(surface: string): boolean {
  const parts = surface.split(/\s+(?:and|&)\s+/);
  if (parts.length !== 2) return false;
  const [left, right] = parts as [string, string];
  const lastOf = (p: string): string => p.toLowerCase().split(/\s+/).pop() ?? '';
  if (!isHeadWord(lastOf(right)) || right.split(/\s+/).length < 2) return false;
  return /^[A-Z]{2,8}$/.test(left) || isHeadWord(lastOf(left));
}

const verbCache = new Map<string, boolean>();

/** True when compromise reads the word, alone and in lower case, as a present-tense verb ("negotiates"). */
function isPresentVerb(word: string): boolean {
  const lower = word.toLowerCase();
  let verb = verbCache.get(lower);
  if (verb === undefined) {
    verb = nlp(lower).has('^#PresentTense$');
    verbCache.set(lower, verb);
  }
  return verb;
}

/** Offset of a capitalised present-tense verb right after a head word inside the name, else -1. */
function headlineVerbAfterHead(surface: string): number {
  const words = [...surface.matchAll(/\S+/g)];
  for (let k = 1; k + 1 < words.length; k++) {
    const next = words[k + 1] as RegExpMatchArray;
    if (isHeadWord((words[k] as RegExpMatchArray)[0].toLowerCase()) && isPresentVerb(next[0]))
      return next.index ?? -1;
  }
  return -1;
}

/** The lower-cased word after `lead` in `surface`. */
function nextWordOf(surface: string, lead: string): string {
  return (/^[A-Za-z]+/.exec(surface.slice(lead.length))?.[0] ?? '').toLowerCase();
}

interface OffsetJson {
  text: string;
  offset?: { start: number; length: number };
}

/**
 * Organisations found by compromise's `organizations()` (e.g. "Huawei", "Changan Automobile"),
 * typed by their last word when it is a head, else Company. The sentence is masked first, so compromise never sees Chinese.
 */
export function findCompromiseOrganisations(sentence: string, offset: number): Candidate[] {
  const found = parseSentence(sentence).organizations().json({ offset: true }) as OffsetJson[];
  const out: Candidate[] = [];
  for (const org of found) {
    if (!org.offset) continue;
    let start = org.offset.start;
    let end = start + org.offset.length;
    let surface = sentence.slice(start, end);
    const lead = /^(the|a|an)\s+/i.exec(surface);
    if (lead) {
      start += lead[0].length;
      surface = surface.slice(lead[0].length);
    }
    // "SHANGHAI - On Tuesday Corning Inc": a dateline and sentence-opening words are no part of it.
    for (;;) {
      const opening =
        /^[A-Z][A-Z .]{2,}\s*(?:--?|—|,)\s+/.exec(surface) ??
        /^([A-Za-z]+)\s+(?=[A-Z])/.exec(surface);
      if (!opening) break;
      if (opening[1] !== undefined && !STOP_WORDS.has(opening[1].toLowerCase())) break;
      // "General Electric", "General Mills": "General" opens a company's name unless a role
      // follows it ("General Manager Li").
      const after = nextWordOf(surface, opening[0]);
      if (opening[1] === 'General' && !ROLE_WORDS.has(after) && !STOP_WORDS.has(after)) break;
      start += opening[0].length;
      surface = surface.slice(opening[0].length);
    }
    // A bracket ends the name: what follows is an alias ("(CQU)", a masked Chinese name).
    const bracket = surface.search(/[(（]/);
    if (bracket > 0) {
      end = start + bracket;
      surface = surface.slice(0, bracket);
    }
    // "Yingliu Group)": a closing bracket with no opening one inside ends an aside, not the name.
    const trail = (surface.includes('(') ? /[\s.,;:'’"\]]+$/ : /[\s.,;:'’")）\]]+$/).exec(surface);
    if (trail) {
      end -= trail[0].length;
      surface = surface.slice(0, surface.length - trail[0].length);
    }
    if (surface.length < COMPROMISE_OPTIONS.minLength || !/^[A-Z]/.test(surface)) continue;
    if (STOP_WORDS.has(surface.toLowerCase())) continue;
    // "Changan Automobile company": trailing common nouns are left out of the name, and what ends in
    // a lower-case compound ("University-government partnership") is no name at all.
    const common = /(?:\s+[a-z][\w-]*)+$/.exec(surface);
    if (common && !common[0].trim().split(/\s+/).some(isHeadWord)) {
      end -= common[0].length;
      surface = surface.slice(0, surface.length - common[0].length);
    }
    // '"Double First-Class" university': a quotation mark inside closes a quoted title; the
    // name, if any, is what follows it.
    const quote = Math.max(
      surface.lastIndexOf('"'),
      surface.lastIndexOf('”'),
      surface.lastIndexOf('“'),
    );
    if (quote >= 0) {
      const rest = surface.slice(quote + 1);
      const lead = rest.length - rest.trimStart().length;
      start += quote + 1 + lead;
      surface = rest.trimStart();
      if (surface.length < COMPROMISE_OPTIONS.minLength || !/^[A-Z]/.test(surface)) continue;
    }
    // "Pilarbio Group Negotiates School-Enterprise Cooperation": a headline's capitalised verb
    // after a head ends the name there.
    const verbAt = headlineVerbAfterHead(surface);
    if (verbAt > 0) {
      surface = surface.slice(0, verbAt).trimEnd();
      end = start + surface.length;
    }
    if (/-[a-z][\w]*$/.test(surface) || /['’]s?$/.test(surface) || /-$/.test(surface)) continue;
    // "according to China Daily", "Global Times reported": a news source, not an actor.
    if (
      COMPROMISE_OPTIONS.byline.test(sentence) ||
      COMPROMISE_OPTIONS.sourceBefore.test(sentence.slice(0, start)) ||
      COMPROMISE_OPTIONS.sourceAfter.test(sentence.slice(end))
    )
      continue;
    // "Lyuliang's development", "China & Singapore": a possessive phrase or places joined, no name.
    if (/['’]s\s+[a-z]/.test(surface) || /^[A-Z][a-z]+ (?:&|and) [A-Z][a-z]+$/.test(surface))
      continue;
    // "Chengdu's Shuangliu International": a possessive opening belongs to the sentence, not a name.
    if (/^[A-Z][a-z]+['’]s\s/.test(surface)) continue;
    // "Lanxi University's College": what follows an owner's possessive is a unit of the owner, and
    // the owner is found by the head-word rules.
    if (/(?<!\bPeople)['’]s\s/.test(surface)) continue;
    // "the Chinese Academy of Sciences' Institute": the same after a plural possessive.
    if (/s['’]\s/.test(surface)) continue;
    // "SCNU and Songshan Lake Materials Laboratory": an acronym or a headed name joined by "and"
    // to a headed name is two names, each found on its own.
    if (joinsTwoNames(surface)) continue;
    // "Government-University cooperation": a compound of head and generic words names no one.
    if (
      /-/.test(surface) &&
      surface
        .toLowerCase()
        .split(/[\s-]+/)
        .every((w) => GENERIC_WORDS.has(w) || isHeadWord(w))
    )
      continue;
    // "the Border Education Enhancement Project": a name whose capitalised run goes on past it is
    // a fragment of a longer title.
    const after = /^\s+([A-Z][a-z]+)/.exec(sentence.slice(end));
    if (
      after &&
      !STOP_WORDS.has((after[1] as string).toLowerCase()) &&
      !ROLE_WORDS.has((after[1] as string).toLowerCase())
    )
      continue;
    // A comma inside means compromise ran two names of a list together.
    if (/,(?! ?Ltd)/.test(surface)) continue;
    const words = surface.toLowerCase().split(/\s+/);
    // "NWAFU Will Jointly Build Wuzhong … Institute": a headline's capitalised verbs join no name;
    // the names on either side are found by the head-word rules.
    if (words.slice(1).some((w) => HEADLINE_VERBS.has(w))) continue;
    const last = words[words.length - 1] ?? '';
    // "Chinese institutes", "Australian universities": a plural head in lower case is a kind of
    // body, no name.
    if (/\s[a-z][\w-]*s$/.test(surface) && isHeadWord(last)) continue;
    // "an MBO college", "a Dutch company": a lower-case head after "a/an" is a kind, no name.
    if (
      /\s[a-z][\w-]*$/.test(surface) &&
      isHeadWord(last) &&
      /\ban?\s+$/i.test(sentence.slice(0, start))
    )
      continue;
    // A unit inside an organisation ("Industry-University-Research Office") is not annotated.
    if (COMPROMISE_OPTIONS.unitWords.has(last)) continue;
    // "Investment Committee of X": a body named "of" something is left to the head-word rules,
    // which tell a place's body (kept) from an organisation's (part of it).
    if (BODY_HEADS.has(last) && /^\s+of\s/.test(sentence.slice(end))) continue;
    // "Education Group of X University": any headed name going on with "of" and a name is read
    // whole by the head-word rules.
    if (isHeadWord(last) && /^\s+of\s+(?:the\s+)?[A-Z]/.test(sentence.slice(end))) continue;
    if (isStandingBody(surface.split(/\s+/))) continue;
    // "International Conference", "Achievements Fair": an event, no actor.
    if (EVENT_WORDS.has(last)) continue;
    // "ASEAN": a lone all-capital word is left to the short-form rules, which ask for evidence.
    if (/^[A-Z]{2,8}$/.test(surface)) continue;
    // Only generic and head words ("Joint Laboratory"): a description, not a name.
    if (words.every((w) => GENERIC_WORDS.has(w) || isHeadWord(w))) continue;
    // "Big Data", "Artificial Intelligence": a field of technology, no organisation.
    if (words.every((w) => TOPIC_WORDS.has(w) || GENERIC_WORDS.has(w))) continue;
    // Starting with a head ("District People's Government of …"): a fragment of a longer name.
    if (isHeadWord(words[0] ?? '')) continue;
    // "Stanford Research Institute International": the last head word inside types the name.
    const innerHead = [...words]
      .reverse()
      .map((w) => HEADS.find((h) => h.tokens.length === 1 && h.tokens[0] === w))
      .find((h) => h !== undefined && h.type !== 'District');
    const head = HEADS.find((h) => h.tokens.length === 1 && h.tokens[0] === last) ?? innerHead;
    out.push({
      start: offset + start,
      end: offset + end,
      text: surface,
      name: surface,
      type: head?.type ?? 'Company',
      score: COMPROMISE_OPTIONS.score,
    });
  }
  return out;
}
