import words from '../data/en/clause-triggers.json';
import { between, type FoundRelation, type Placed, type SentenceContext } from './context';

const KINDS = words.exampleKinds.join('|');

/** Options for organisations placed by "local" or "home to" (a place named as the topic). */
const LOCAL_OPTIONS = Object.freeze({
  /**
   * "(its) local (high-tech) enterprises, including " (group 1) or "X is home to (more than 30
   * firms, including) ", right before the examples.
   */
  localOrHome: new RegExp(
    `\\b(local)\\s+(?:[a-z-]+\\s+){0,3}?(?:${KINDS})\\s*,?\\s*(?:such as|including|like|among them|namely|for example)\\s+(?:the\\s+)?|\\b(?:is|are|was|has been|has long been|remains)\\s+(?:also\\s+|now\\s+)?home\\s+to\\s+(?:(?:[\\w-]+\\s+){0,5}?(?:${KINDS})\\s*,?\\s*(?:such as|including|like|among them)\\s+)?(?:the\\s+)?`,
    'gi',
  ),
  /** Gap between members of the list of examples (one unrecognised name may stand in it). */
  listGap:
    /^\s*(?:,|,?\s*and)\s*(?:the\s+)?(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}\s*(?:,|,?\s*and)\s*(?:the\s+)?)?$/,
  /** Text before the first recognised example: nothing, or one unrecognised name and a comma. */
  unnamedFirst: /^(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}\s*(?:,|,?\s*and)\s*(?:the\s+)?)?$/,
  /** Words before a place that make it where something happens ("in Hunan province"). */
  locationWords: new Set(words.locationWords),
  /** Confidence: the place is read from the sentence's topic, not from adjacency. */
  confidence: 0.6,
});

/**
 * The examples: the mentions from `at` on joined by commas and "and" (a name left unrecognised
 * may stand between two of them, or first: "including Sany Heavy Industry, A and B").
 */
function examplesFrom(ctx: SentenceContext, at: number): Placed[] {
  const first = ctx.mentions.find((m) => m.start >= at);
  if (!first || !LOCAL_OPTIONS.unnamedFirst.test(between(ctx, at, first.start))) return [];
  const out = [first];
  for (const m of ctx.mentions) {
    const last = out[out.length - 1] as Placed;
    if (m.start < last.end) continue;
    if (!LOCAL_OPTIONS.listGap.test(between(ctx, last.end, m.start))) break;
    out.push(m);
  }
  return out.filter((m) => m.type !== 'Person' && m.type !== 'District');
}

/** The word right before a mention, lower-cased. */
function wordBefore(ctx: SentenceContext, m: Placed): string {
  const w = /([A-Za-z]+)\s*$/.exec(between(ctx, ctx.start, m.start).replace(/\s*the\s*$/i, ' '));
  return w ? (w[1] as string).toLowerCase() : '';
}

/** The place a sentence is about before `at`: the last one not named as where something is. */
function topicPlace(ctx: SentenceContext, at: number): Placed | undefined {
  return ctx.mentions
    .filter(
      (m) =>
        m.type === 'District' &&
        m.end <= at &&
        !LOCAL_OPTIONS.locationWords.has(wordBefore(ctx, m)) &&
        !/^-based\b/i.test(ctx.text.slice(m.end - ctx.start)),
    )
    .pop();
}

/**
 * "The city of X … granted the title to ten local enterprises, including A, B and C", "the X
 * government and its local firms such as A": the examples lie in the place the sentence is about.
 * "X is home to A and B": they lie in X. Sees places nested in government names (run on the
 * sentence as recognised). Returns, per sentence index, the relations.
 */
export function findLocalExamples(contexts: readonly SentenceContext[]): FoundRelation[][] {
  return contexts.map((ctx) => {
    const out: FoundRelation[] = [];
    if (!/\b(?:local|home)\b/i.test(ctx.text)) return out;
    for (const hit of ctx.text.matchAll(LOCAL_OPTIONS.localOrHome)) {
      const home = hit[1] === undefined;
      const at = ctx.start + hit.index + hit[0].length;
      let place = topicPlace(ctx, ctx.start + hit.index);
      // "Zhuzhou, Hunan province, is home to X": the first place of a comma chain is the subject.
      for (let k = place ? ctx.mentions.indexOf(place) - 1 : -1; home && k >= 0; k--) {
        const prev = ctx.mentions[k] as Placed;
        if (
          prev.type !== 'District' ||
          !/^\s*,\s*$/.test(between(ctx, prev.end, (place as Placed).start))
        )
          break;
        place = prev;
      }
      if (!place) continue;
      for (const e of examplesFrom(ctx, at))
        if (e.entity !== place.entity)
          out.push({
            type: 'LOCATED_IN',
            source: e.entity,
            target: place.entity,
            confidence: LOCAL_OPTIONS.confidence,
          });
    }
    return out;
  });
}

/** Plural kinds after "X-based" and the entity types of their members. */
const BASED_KINDS: readonly (readonly [RegExp, readonly string[]])[] = Object.freeze([
  [/^(?:universities|colleges)$/i, ['University']],
  [/^(?:companies|enterprises|firms|businesses|manufacturers|startups)$/i, ['Company']],
  [/^(?:institutes|institutions|research institutes)$/i, ['Institute', 'University']],
]);

/**
 * "… signed agreements with a number of Wuhan-based universities. The companies reached
 * agreements with A, B and C": when the sentence names no example of "X-based <kind>s", the
 * first list of two or more of that kind in the next sentence lies in X. Returns, per sentence
 * index, the relations.
 */
export function findBasedKindsNext(contexts: readonly SentenceContext[]): FoundRelation[][] {
  const out: FoundRelation[][] = contexts.map(() => []);
  for (const [i, ctx] of contexts.entries()) {
    const next = contexts[i + 1];
    if (!next || !/-based\s/i.test(ctx.text)) continue;
    for (const place of ctx.mentions) {
      if (place.type !== 'District') continue;
      const kind = /^-based\s+((?:[a-z-]+\s+){0,2}?)([a-z]+)\b/i.exec(
        ctx.text.slice(place.end - ctx.start),
      );
      const types = kind ? BASED_KINDS.find(([re]) => re.test(kind[2] as string))?.[1] : undefined;
      if (!kind || !types) continue;
      // Examples named in the same sentence are placed by the adjacency patterns.
      if (ctx.mentions.some((m) => m.start > place.end && types.includes(m.type))) continue;
      const list = firstList(next, types);
      for (const m of list)
        out[i + 1]?.push({
          type: 'LOCATED_IN',
          source: m.entity,
          target: place.entity,
          confidence: LOCAL_OPTIONS.confidence,
        });
    }
  }
  return out;
}

/** The first run of two or more mentions of the types joined by commas and "and". */
function firstList(ctx: SentenceContext, types: readonly string[]): Placed[] {
  for (const [k, first] of ctx.mentions.entries()) {
    if (!types.includes(first.type)) continue;
    const run = [first];
    for (const m of ctx.mentions.slice(k + 1)) {
      const last = run[run.length - 1] as Placed;
      if (m.start < last.end) continue;
      if (!/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(between(ctx, last.end, m.start))) break;
      run.push(m);
    }
    const members = run.filter((m) => types.includes(m.type));
    if (members.length >= 2) return members;
  }
  return [];
}
