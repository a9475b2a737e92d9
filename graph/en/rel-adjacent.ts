import { between, type FoundRelation, type Placed, type SentenceContext } from './context';

/** Options for relations stated by adjacency (located in, part of). */
const ADJACENT_OPTIONS = Object.freeze({
  /** Text between an entity and the District it sits in. */
  locatedGap:
    /^\s*,?\s*(?:(?:which|that) (?:is|was) )?(?:(?:a|an) [a-z][a-z -]{0,40}? )?(?:(?:located|based|headquartered|situated|settled|registered|sitting) )?(?:in|at) (?:the )?$/i,
  /** Text between a District and a larger District it belongs to ("Tongnan District of Chongqing"). */
  districtGap: /^\s*(?:,|of|in)\s*(?:the )?$/i,
  /** Text between a District and the entity it hosts ("Chongqing-based X", "Bishan's X"). */
  hostGap: /^(?:-based |['’]s )$/i,
  /** Text between a team (or industry college) and its university or institute. */
  partGap: /^\s*(?:,\s*)?(?:of|from|at|under|in) (?:the )?$/i,
  /** Text between a university and its team ("Chongqing University's team led by …"). */
  ownerGap: /^['’]s (?:research )?$/i,
  /** Lab names that are part of a school (industry college, co-built class). */
  collegeLab: /\b(college|class|school)$/i,
  /** Confidence of an adjacency relation. */
  confidence: 0.8,
});

function isPart(m: Placed): boolean {
  return (
    m.type === 'ResearchTeam' || (m.type === 'Lab' && ADJACENT_OPTIONS.collegeLab.test(m.name))
  );
}

function isOwner(m: Placed): boolean {
  return m.type === 'University' || m.type === 'Institute';
}

/** LOCATED_IN and PART_OF between neighbouring mentions. */
export function findAdjacent(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  const add = (type: FoundRelation['type'], source: Placed, target: Placed): void => {
    if (source.entity === target.entity) return;
    out.push({
      type,
      source: source.entity,
      target: target.entity,
      confidence: ADJACENT_OPTIONS.confidence,
    });
  };
  const ms = ctx.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i] as Placed;
    // A leader inside a team mention is skipped: the team is what touches the next mention.
    let j = i + 1;
    while (j < ms.length && (ms[j] as Placed).start < a.end) j++;
    const b = ms[j];
    if (!b) continue;
    const gap = between(ctx, a.end, b.start);
    if (b.type === 'District' && a.type !== 'Person') {
      if (
        a.type === 'District'
          ? ADJACENT_OPTIONS.districtGap.test(gap)
          : ADJACENT_OPTIONS.locatedGap.test(gap)
      ) {
        add('LOCATED_IN', a, b);
      }
    }
    if (a.type === 'District' && b.type !== 'Person' && ADJACENT_OPTIONS.hostGap.test(gap)) {
      add('LOCATED_IN', b, a);
    }
    if (isPart(a) && isOwner(b) && ADJACENT_OPTIONS.partGap.test(gap)) add('PART_OF', a, b);
    if (isOwner(a) && isPart(b) && ADJACENT_OPTIONS.ownerGap.test(gap)) add('PART_OF', b, a);
  }
  // "the team led by Professor X of Y University": the team mention ends at the leader's name.
  return out;
}
