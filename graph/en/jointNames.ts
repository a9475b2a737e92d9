import type { EntityType } from '../ontology';
import { HEADS, PLACE_KEYS } from './lexicon';

/** Options for joint labs named after their partners. */
const JOINT_NAME_OPTIONS = Object.freeze({
  /** "Joint Research Center of A - B": partners after "of", split by a dash. */
  ofPartners:
    /^Joint (?:[A-Z][a-z&]+ ){0,2}(?:Center|Centre|Laboratory|Lab|Institute|Platform) of (?:the )?(.+?) [-–] (?:the )?(.+)$/,
  /** "A - B Joint Laboratory": partners before the joint head, split by a dash. */
  namedPartners:
    /^(.+?) [-–] (.+?) Joint (?:[A-Z][a-z&]+ ){0,2}(?:Center|Centre|Laboratory|Lab|Institute|Platform)$/,
  /** "Cambridge University - Nanjing Centre of …": a university and a place before the head. */
  universityPartner:
    /^(.+? University) [-–] ([A-Z][\w'’]+) (?:[A-Z][\w&]* ){0,2}?(?:Center|Centre|Laboratory|Lab|Institute|Platform)\b/,
  /** Longest partner name taken, in words. */
  maxWords: 6,
});

/** A partner named in a joint lab's name, with the short form bracketed after it, if any. */
export interface NamedPartner {
  name: string;
  short?: string;
}

/** The partners a joint lab's name gives, with their bracketed short forms ("A (SA) - B Joint Lab"). */
export function partnerForms(name: string): NamedPartner[] {
  const m =
    JOINT_NAME_OPTIONS.ofPartners.exec(name) ??
    JOINT_NAME_OPTIONS.namedPartners.exec(name) ??
    JOINT_NAME_OPTIONS.universityPartner.exec(name);
  if (!m) return [];
  const out: NamedPartner[] = [];
  for (const raw of [m[1] as string, m[2] as string]) {
    // "Zhejiang Normal University (ZJNU)": the partner is named without its bracketed short form.
    const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(raw);
    const partner = bracket ? (bracket[1] as string) : raw;
    if (partner.split(/\s+/).length > JOINT_NAME_OPTIONS.maxWords || !/^[A-Z]/.test(partner))
      continue;
    out.push(bracket ? { name: partner, short: bracket[2] as string } : { name: partner });
  }
  return out;
}

/** The partners a joint lab's name gives ("Joint Research Center of A - B" → [A, B]). */
export function partnersInName(name: string): string[] {
  return partnerForms(name).map((p) => p.name);
}

/** The type signalled by the head a partner's name ends with ("… University" → University). */
export function headTypeOf(name: string): EntityType | undefined {
  const words = name.toLowerCase().split(/\s+/);
  return HEADS.find(
    (h) =>
      h.tokens.length <= words.length &&
      h.tokens.every((t, j) => words[words.length - h.tokens.length + j] === t),
  )?.type;
}

/** True when a partner name ends in no organisation head and is no known place: a bare company name. */
export function isHeadlessName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2) return false;
  if (PLACE_KEYS.has(words.join(' '))) return false;
  return !HEADS.some(
    (h) =>
      h.tokens.length <= words.length &&
      h.tokens.every((t, j) => words[words.length - h.tokens.length + j] === t),
  );
}
