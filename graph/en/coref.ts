import type { EntityType } from '../ontology';
import type { Placed, SentenceContext } from './context';
import { PROVINCES } from './lexicon';
import { headWord } from './coref-heads';
import relNouns from '../data/en/rel-nouns.json';

/** Head words of bodies that have members (alliance, consortium …). */
const MEMBER_BODIES: ReadonlySet<string> = new Set(relNouns.memberBodies);

/** Options for phrases that stand for entities named earlier ("the two sides", "It"). */
const COREF_OPTIONS = Object.freeze({
  /** Plural heads of group phrases ("the five universities") and the type they refer to. */
  groupHeads: Object.freeze({
    universities: 'University',
    companies: 'Company',
    enterprises: 'Company',
    institutes: 'Institute',
    laboratories: 'Lab',
    labs: 'Lab',
  }) as Readonly<Record<string, EntityType>>,
  /** Number words of group phrases. */
  numbers: Object.freeze(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']),
  /** Singular heads of definite noun phrases ("the institute") and the types they may refer to. */
  definiteHeads: Object.freeze({
    institute: ['Institute'],
    center: ['Lab', 'Institute'],
    centre: ['Lab', 'Institute'],
    laboratory: ['Lab'],
    lab: ['Lab'],
    platform: ['Lab', 'Institute'],
    station: ['Lab'],
    workstation: ['Lab'],
    university: ['University'],
    company: ['Company'],
    group: ['Company'],
    district: ['District'],
    county: ['District'],
    province: ['District'],
    zone: ['District'],
    area: ['District'],
    park: ['District'],
    city: ['District'],
  }) as Readonly<Record<string, readonly EntityType[]>>,
  /** Place names that are not cities ("… District", "… Province", "… Park"). */
  notCity: /\b(?:district|county|province|zone|park|area|town|township|village|region)$/i,
  /** Types a sentence-initial "It" may stand for (the thing being talked about). */
  itTypes: new Set<EntityType>(['Lab', 'Institute', 'Company', 'University', 'Fund']),
  /** Place heads: "the district" refers only to a place named "… District", anywhere before. */
  placeHeads: new Set(['district', 'county', 'zone', 'park', 'province', 'area']),
  /** Types of things built rather than builders, left out of "the two sides" when that leaves two. */
  builtTypes: new Set<EntityType>(['Lab', 'Institute', 'Fund']),
  /** Words allowed between "the" and the head of a definite phrase ("the joint laboratory"). */
  definiteModifiers: Object.freeze(['joint', 'new', 'research']),
  /** An indefinite description and its tail ("a new research institute for marine science"). */
  describedPhrase:
    /^(?:a|an|its|their)\s+((?:[a-z][\w&-]*\s+){0,6}?(?:institute|center|centre|laboratory|lab|platform)(?:\s+(?:for|of|on)(?:\s+(?:[a-z][\w&-]*|and)){1,6})?)\b/i,
  /** Sentences an antecedent is looked for back. */
  maxSentences: 4,
});

const NUM = COREF_OPTIONS.numbers.join('|');
const GROUP_RE = new RegExp(
  `\\b(?:the|these|those|all)\\s+(?:(${NUM}|\\d+)\\s+)?(${Object.keys(COREF_OPTIONS.groupHeads).join('|')})\\b`,
  'gi',
);
/** "the two sides", and a bare "the two"/"they" as the subject of what the partners will do. */
const SIDES_RE =
  /\b(?:the two sides|both sides|both parties|the two parties|the two partners)\b|\bthe two(?=\s+(?:will|would|agreed|also|plan|planned|jointly)\b)|(?<=^|(?:agreement|deal|plan),\s)they(?=\s+(?:will|would|agreed|also|plan|jointly)\b)/gi;
const DEFINITE_RE = new RegExp(
  `\\bthe\\s+(?:(?:${COREF_OPTIONS.definiteModifiers.join('|')})\\s+)?(${Object.keys(COREF_OPTIONS.definiteHeads).join('|')})\\b(?!\\s+(?:of|and)\\b)`,
  'gi',
);
const IT_RE = /^(?:It|Its)\b/;

function numberOf(word: string | undefined): number | null {
  if (!word) return null;
  const k = COREF_OPTIONS.numbers.indexOf(word.toLowerCase());
  return k >= 0 ? k + 2 : Number(word);
}

function overlapsAny(ms: readonly Placed[], s: number, e: number): boolean {
  return ms.some((m) => m.start < e && s < m.end);
}

function distinct(ms: readonly Placed[]): Placed[] {
  const seen = new Set<string>();
  return ms.filter((m) => !seen.has(m.entity) && seen.add(m.entity));
}

/** True for a body with members ("… Alliance", "… Consortium"), typed Other but a thing "It" is. */
function isMemberBody(m: Placed): boolean {
  return m.type === 'Other' && MEMBER_BODIES.has(headWord(m.name));
}

/**
 * The first lab, institute, company, university, fund or body with members named in a sentence
 * (its subject).
 */
function subjectOf(ms: readonly Placed[]): Placed | undefined {
  return ms.find((m) => COREF_OPTIONS.itTypes.has(m.type) || isMemberBody(m));
}

function at(ms: readonly Placed[], start: number, end: number): Placed[] {
  return ms.map((m) => ({ ...m, start, end }));
}

const INDEFINITE_RE = new RegExp(
  `\\b(?:a|an|its|their)\\s+(?:[a-z][\\w&-]*\\s+){0,6}?(${Object.keys(COREF_OPTIONS.definiteHeads).join('|')})\\b`,
  'gi',
);

/**
 * "X is setting up a joint research institute in Y. The Z Institute is …": an unnamed thing
 * introduced with "a" is the thing of that kind named first in the next sentence.
 */
/**
 * "a nanotechnology and nanofabrication research institute" when the article names the "CAS Suzhou
 * Nanotechnology and Nanofabrication Research Institute": the one built thing whose name holds
 * the whole described phrase (article dropped; an "of"/"for" tail of up to six words included).
 */
function namedHolding(
  contexts: readonly SentenceContext[],
  phraseOnward: string,
  types: readonly EntityType[],
): Placed | undefined {
  const phrase = COREF_OPTIONS.describedPhrase.exec(phraseOnward);
  if (!phrase) return undefined;
  const words = (phrase[1] as string).toLowerCase().trim().replace(/\s+/g, ' ');
  if (words.split(' ').length < 2) return undefined;
  const found = distinct(
    contexts.flatMap((c) =>
      c.mentions.filter(
        (x) =>
          types.includes(x.type) &&
          COREF_OPTIONS.builtTypes.has(x.type) &&
          x.name.toLowerCase().replace(/\s+/g, ' ').endsWith(words),
      ),
    ),
  );
  return found.length === 1 ? found[0] : undefined;
}

function addForwardReferences(contexts: SentenceContext[]): void {
  for (let i = 0; i + 1 < contexts.length; i++) {
    const ctx = contexts[i] as SentenceContext;
    const next = contexts[i + 1] as SentenceContext;
    const extra: Placed[] = [];
    INDEFINITE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = INDEFINITE_RE.exec(ctx.text)) !== null) {
      const s = ctx.start + m.index;
      const e = s + m[0].length;
      if (overlapsAny(ctx.mentions, s, e)) continue;
      // "its International Research Institute" names a thing; "its research institute" does not.
      if (/^(?:its|their)\s+[a-z]/i.test(m[0]) && !/^\w+\s+[A-Z]/.test(m[0])) continue;
      const types = COREF_OPTIONS.definiteHeads[(m[1] as string).toLowerCase()] ?? [];
      const sameType = ctx.mentions.some((x) => types.includes(x.type));
      const named = next.mentions.find((x) => types.includes(x.type));
      // only the sentence's opening name: "The Z Institute is …"
      const opening =
        !sameType &&
        named !== undefined &&
        COREF_OPTIONS.builtTypes.has(named.type) &&
        /^\s*(?:the\s+)?["“]?$/i.test(next.text.slice(0, named.start - next.start));
      const ante = opening ? named : namedHolding(contexts, ctx.text.slice(m.index), types);
      if (ante) extra.push({ ...ante, start: s, end: e });
    }
    if (extra.length > 0)
      ctx.mentions = [...ctx.mentions, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

/**
 * Adds mentions for phrases that refer back to named entities, so relation patterns see them:
 * "the five universities" → the last enumeration of five universities; "the two sides" → the
 * last two actors named together; "It" opening a sentence and "the institute"/"the center" →
 * the last lab, institute or company named. Mutates and re-sorts each context's mentions.
 */
export function addCoreferences(contexts: SentenceContext[]): void {
  addForwardReferences(contexts);
  /** Enumerations seen so far, by type (several same-type names in one sentence). */
  const groups = new Map<EntityType, Placed[]>();
  let pair: Placed[] = [];
  const recent: Placed[][] = [];
  const seenPlaces: Placed[] = [];
  /** Every lab, institute, company, university or fund named so far. */
  const seenThings: Placed[] = [];
  for (const ctx of contexts) {
    const named = ctx.mentions;
    const extra: Placed[] = [];
    const rel = (i: number): number => ctx.start + i;
    let m: RegExpExecArray | null;
    GROUP_RE.lastIndex = 0;
    while ((m = GROUP_RE.exec(ctx.text)) !== null) {
      const s = rel(m.index);
      const e = s + m[0].length;
      if (overlapsAny(named, s, e)) continue;
      const type = COREF_OPTIONS.groupHeads[(m[2] as string).toLowerCase()] as EntityType;
      const group = groups.get(type);
      const n = numberOf(m[1]);
      if (!group || (n !== null && group.length !== n)) continue;
      extra.push(...at(group, s, e));
    }
    SIDES_RE.lastIndex = 0;
    while ((m = SIDES_RE.exec(ctx.text)) !== null) {
      const s = rel(m.index);
      if (pair.length === 2 && !overlapsAny(named, s, s + m[0].length))
        extra.push(...at(pair, s, s + m[0].length));
    }
    const previous = recent.flat();
    // "the institute": the last name holding "Institute", then the only one named so far, then
    // the last of its type, then the only one of its type.
    // With a head word, only names holding it ("the institute" → "… Institute").
    const holds = (p: Placed, head?: string): boolean =>
      !head || new RegExp(`\\b${head}\\b`, 'i').test(p.name);
    const lastOf = (
      types: readonly EntityType[],
      head?: string,
      byHead = false,
    ): Placed | undefined =>
      [...previous].reverse().find((p) => types.includes(p.type) && (!byHead || holds(p, head)));
    const onlyOf = (types: readonly EntityType[], head?: string): Placed | undefined => {
      const found = distinct(seenThings.filter((p) => types.includes(p.type) && holds(p, head)));
      return found.length === 1 ? found[0] : undefined;
    };
    DEFINITE_RE.lastIndex = 0;
    while ((m = DEFINITE_RE.exec(ctx.text)) !== null) {
      const s = rel(m.index);
      const e = s + m[0].length;
      if (overlapsAny(named, s, e) || overlapsAny(extra, s, e)) continue;
      const head = (m[1] as string).toLowerCase();
      const types = COREF_OPTIONS.definiteHeads[head] ?? [];
      if (head === 'city') {
        // "the city" is the last place named that is neither a province nor a lower level.
        const ante = [...seenPlaces, ...named.filter((x) => x.start < s)]
          .reverse()
          .find(
            (x) =>
              x.type === 'District' &&
              !COREF_OPTIONS.notCity.test(x.name) &&
              !PROVINCES.has(x.name.toLowerCase()),
          );
        if (ante) extra.push({ ...ante, start: s, end: e });
        continue;
      }
      if (COREF_OPTIONS.placeHeads.has(head)) {
        // "the district" is the last place whose name ends with that word, however far back.
        const ending = new RegExp(`\\b${head}$`, 'i');
        const ante = [...seenPlaces, ...named.filter((x) => x.start < s)]
          .reverse()
          .find(
            (x) =>
              x.type === 'District' &&
              (ending.test(x.name) || (head === 'province' && PROVINCES.has(x.name.toLowerCase()))),
          );
        if (ante) extra.push({ ...ante, start: s, end: e });
        continue;
      }
      // A name of that type earlier in the sentence: the phrase refers to it only across a clause
      // boundary ("X Institute was unveiled; the institute was built by …").
      const earlier = [...named].reverse().find((x) => x.start < s && types.includes(x.type));
      if (earlier && !ctx.text.slice(earlier.end - ctx.start, m.index).includes(';')) continue;
      // Beyond the window, the only entity of that type named so far ("the lab" in a long story).
      const ante =
        earlier ??
        lastOf(types, head, true) ??
        onlyOf(types, head) ??
        lastOf(types) ??
        onlyOf(types);
      if (ante) extra.push({ ...ante, start: s, end: e });
    }
    const it = IT_RE.exec(ctx.text);
    if (it) {
      // A sentence-initial "It" continues the previous sentence's subject: its first named thing.
      const ante = subjectOf(recent[recent.length - 1] ?? []) ?? lastOf([...COREF_OPTIONS.itTypes]);
      if (ante) extra.push({ ...ante, start: ctx.start, end: ctx.start + it[0].length });
    }
    // Remember this sentence's names for later sentences.
    const actors = distinct(named.filter((x) => x.type !== 'Person'));
    const byType = new Map<EntityType, Placed[]>();
    for (const a of actors) byType.set(a.type, [...(byType.get(a.type) ?? []), a]);
    for (const [type, list] of byType) if (list.length >= 2) groups.set(type, list);
    const partners = actors.filter((x) => x.type !== 'District' || actors.length === 2);
    // "A and B jointly built the X Lab. The two sides …": the two who act, not what they built.
    const actingPartners = partners.filter((x) => !COREF_OPTIONS.builtTypes.has(x.type));
    if (partners.length === 2) pair = partners;
    else if (actingPartners.length === 2) pair = actingPartners;
    recent.push(named);
    seenPlaces.push(...named.filter((x) => x.type === 'District'));
    seenThings.push(...named.filter((x) => COREF_OPTIONS.itTypes.has(x.type)));
    if (recent.length > COREF_OPTIONS.maxSentences) recent.shift();
    if (extra.length > 0) {
      ctx.mentions = [...named, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
    }
  }
}
