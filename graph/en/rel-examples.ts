import { between, type Placed, type SentenceContext } from './context';

/** Options for lists of named examples ("companies in X, such as A, B, also a maker of C, and D"). */
const EXAMPLE_OPTIONS = Object.freeze({
  /** A plural kind placed right before a place ("firms headquartered in the "). */
  kindsIn:
    /\b[a-z]+(?:ies|s)\s+(?:(?:based|located|headquartered|situated|registered)\s+)?in\s+(?:the\s+)?$/i,
  /** A kind of place ("cities in the "): its examples are places, not bodies. */
  placeKindsIn:
    /\b(?:cities|counties|districts|towns|townships|prefectures|villages)\s+(?:[a-z]+\s+)?in\s+(?:the\s+)?$/i,
  /** Text between that place and its examples (", such as the "). */
  suchAs:
    /^\s*,?\s*(?:such as|including|like|among them|namely|for example|for instance)\s+(?:the\s+)?$/i,
  /**
   * Gap between two examples: a comma or "and", with room for one name left unrecognised and for
   * a short lower-case description of the one before (", also a maker of home appliances, and ").
   */
  listGap:
    /^\s*(?:,\s*(?:also\s+)?(?:a|an|the|one of)\s+[a-z][\w -]{0,60}?)?(?:,|,?\s*and)\s*(?:the\s+)?(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*(?:,\s*(?:also\s+)?(?:a|an|the)\s+[a-z][\w -]{0,60}?)?(?:,|,?\s*and)\s*(?:the\s+)?)?$/,
  /**
   * The same gap where a member may be a unit named through its owner ("the zone's S&T bureau, ")
   * or a name may carry its owner ("…, the CAS's ").
   */
  ownedListGap:
    /^(?:['’]s\s+[\w&-]+(?:\s+[a-z-]+){0,2})?(?:\s*,\s*(?:the\s+)?[a-z]+['’]s\s+[\w&-]+(?:\s+[a-z-]+){0,2})?\s*(?:,|,?\s*and)\s*(?:the\s+)?(?:[A-Z][\w&.-]*['’]s\s+)?$/,
});

/** `first` and the mentions after it while each gap to the next passes one of `gaps`. */
function listed(ctx: SentenceContext, first: Placed, gaps: readonly RegExp[]): Placed[] {
  const out = [first];
  for (const x of ctx.mentions) {
    const last = out[out.length - 1] as Placed;
    if (x.start < last.end) continue;
    const gap = between(ctx, last.end, x.start);
    if (!gaps.some((g) => g.test(gap))) break;
    out.push(x);
  }
  return out;
}

/** `first` and the mentions listed after it as examples (commas, "and", short descriptions). */
export function exampleList(ctx: SentenceContext, first: Placed): Placed[] {
  return listed(ctx, first, [EXAMPLE_OPTIONS.listGap, EXAMPLE_OPTIONS.ownedListGap]);
}

/** True when the plural kind before `at` is placed in what follows ("brands based in "). */
export function kindsPlacedBefore(ctx: SentenceContext, at: number): boolean {
  return EXAMPLE_OPTIONS.kindsIn.test(between(ctx, ctx.start, at));
}

/** True when the kind before `at` is a kind of place ("cities in "). */
export function placeKindsBefore(ctx: SentenceContext, at: number): boolean {
  return EXAMPLE_OPTIONS.placeKindsIn.test(between(ctx, ctx.start, at));
}

/**
 * The examples named after `m` (", such as A, B, also a maker of X, and C"), in order; none when
 * no "such as" / "including" follows it.
 */
export function examplesAfter(ctx: SentenceContext, m: Placed): Placed[] {
  const first = ctx.mentions.find((x) => x.start >= m.end);
  if (!first || !EXAMPLE_OPTIONS.suchAs.test(between(ctx, m.end, first.start))) return [];
  return listed(ctx, first, [EXAMPLE_OPTIONS.listGap]);
}
