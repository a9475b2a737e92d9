import { between, type FoundRelation, type Placed, type SentenceContext } from './context';

/** Options for ties stated by a possessive ("Y's first research centre", "the building of Y's X"). */
const POSSESSIVE_OPTIONS = Object.freeze({
  /** Text between a lab or institute and its owner in an appositive (", the " / ") , "). */
  appositiveGap: /^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:the\s+)?$/i,
  /** Text after the owner: a possessive and a body noun ("'s first research centre"). */
  ownersUnit:
    /^['’]s?\s+(?:(?:first|second|third|new|newest|latest|own|only|main|flagship|largest|leading|overseas|international|national|joint)\s+)*(?:[a-z-]+\s+){0,2}?(?:lab|labs|laboratory|centre|center|institute|platform|base|unit|branch|campus|college|school|station|division|subsidiary|facility|hub)\b/,
  /** Text right before an owner whose thing is being built ("the construction of "). */
  buildingOf:
    /\b(?:building|construction|establishment|founding|setting up|set-up|launch)\s+of\s+(?:the\s+)?$/i,
  /** Text between that owner and the thing ("'s "). */
  possessive: /^['’]s?\s+(?:new\s+)?$/,
  /** Types that are parts (or built things) and types that own them. */
  partTypes: new Set(['Lab', 'Institute']),
  ownerTypes: new Set(['University', 'Institute', 'Company']),
  /** Built things named after a possessive (a named park or zone is built too). */
  builtPlace: /\b(?:park|zone|base|port|science city)$/i,
  /** Confidence of a tie read from a possessive. */
  confidence: 0.7,
});

function rel(type: FoundRelation['type'], source: Placed, target: Placed): FoundRelation {
  return {
    type,
    source: source.entity,
    target: target.entity,
    confidence: POSSESSIVE_OPTIONS.confidence,
  };
}

/** The next mention starting at or after `at`, if any. */
function nextFrom(ctx: SentenceContext, at: number): Placed | undefined {
  return ctx.mentions.find((m) => m.start >= at);
}

/**
 * "the X Centre, Y's first research centre outside Z": an appositive calling a lab or institute
 * the owner's unit makes it part of the owner. "the construction of Y's X Park": the owner builds
 * what is being built.
 */
export function findPossessives(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const part of ctx.mentions) {
    const owner = nextFrom(ctx, part.end);
    if (!owner || owner.entity === part.entity) continue;
    const rest = ctx.text.slice(owner.end - ctx.start);
    if (
      POSSESSIVE_OPTIONS.partTypes.has(part.type) &&
      POSSESSIVE_OPTIONS.ownerTypes.has(owner.type) &&
      POSSESSIVE_OPTIONS.appositiveGap.test(between(ctx, part.end, owner.start)) &&
      POSSESSIVE_OPTIONS.ownersUnit.test(rest)
    )
      out.push(rel('PART_OF', part, owner));
  }
  for (const owner of ctx.mentions) {
    if (!POSSESSIVE_OPTIONS.ownerTypes.has(owner.type)) continue;
    if (!POSSESSIVE_OPTIONS.buildingOf.test(between(ctx, ctx.start, owner.start))) continue;
    const thing = nextFrom(ctx, owner.end);
    if (!thing || thing.entity === owner.entity) continue;
    if (!POSSESSIVE_OPTIONS.possessive.test(between(ctx, owner.end, thing.start))) continue;
    const built =
      POSSESSIVE_OPTIONS.partTypes.has(thing.type) ||
      (thing.type === 'District' && POSSESSIVE_OPTIONS.builtPlace.test(thing.name));
    if (built) out.push(rel('CO_BUILDS', owner, thing));
  }
  return out;
}
