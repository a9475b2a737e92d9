import { between, type FoundRelation, type Placed, type SentenceContext } from './context';
import { exampleList } from './rel-examples';

/** Options for "The alliance was initiated by 15 organisations, including A, B and C". */
const INITIATED_OPTIONS = Object.freeze({
  /** A sentence opening with a definite common noun built by named founders (group 1: the noun). */
  opening:
    /^(?:The|This)\s+(?:new\s+)?([a-z]+)\s+(?:was|were|has been|had been|is)\s+(?:jointly\s+)?(?:initiated|founded|co-founded|set up|established|launched|created|formed)\s+by\s+/,
  /** Founders given as examples of a kind ("15 organizations, including the "). */
  examplesOf:
    /^(?:the\s+)?(?:(?:more than|over|some|about)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a number of|dozens of)\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\s*,?\s*(?:including|such as|among them|like|namely)\s+(?:the\s+)?$/i,
  /** Nouns that name one another: "the centre" is the X Center. */
  sameHead: Object.freeze({ centre: 'center', center: 'center' } as Record<string, string>),
  /** Confidence: what is built is found by its head noun. */
  confidence: 0.6,
});

function head(word: string): string {
  const w = word.toLowerCase();
  return INITIATED_OPTIONS.sameHead[w] ?? w;
}

/**
 * "The alliance was initiated by 15 organizations, including A, B and C": the one body named
 * earlier whose name ends in that noun ("… Alliance") was built by the founders named. Returns,
 * per sentence index, the relations.
 */
export function findInitiatedBy(contexts: readonly SentenceContext[]): FoundRelation[][] {
  const seen = new Map<string, Placed>();
  return contexts.map((ctx) => {
    const out: FoundRelation[] = [];
    const opening = INITIATED_OPTIONS.opening.exec(ctx.text);
    if (opening) {
      const noun = head(opening[1] as string);
      const named = [...seen.values()].filter(
        (m) =>
          m.type !== 'Person' &&
          m.type !== 'District' &&
          head(m.name.split(/\s+/).pop() ?? '') === noun,
      );
      const thing = named.length === 1 ? named[0] : undefined;
      const at = ctx.start + opening[0].length;
      const first = ctx.mentions.find((m) => m.start >= at);
      const gap = first ? between(ctx, at, first.start) : '';
      if (thing && first && (/^(?:the\s+)?$/i.test(gap) || INITIATED_OPTIONS.examplesOf.test(gap)))
        for (const b of exampleList(ctx, first))
          if (b.type !== 'Person' && b.entity !== thing.entity)
            out.push({
              type: 'CO_BUILDS',
              source: b.entity,
              target: thing.entity,
              confidence: INITIATED_OPTIONS.confidence,
            });
    }
    for (const m of ctx.mentions) seen.set(m.entity, m);
    return out;
  });
}
