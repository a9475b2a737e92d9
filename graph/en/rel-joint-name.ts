import type { FoundRelation, Placed, SentenceContext } from './context';
import { partnersInName } from './jointNames';

/** Options for co-building stated by a joint lab's name. */
const JOINT_NAME_REL_OPTIONS = Object.freeze({
  /** Types that can be a joint lab named after partners. */
  thingTypes: new Set(['Lab', 'Institute']),
  /** Types that can be a partner. */
  partnerTypes: new Set(['Company', 'University', 'Institute', 'Lab', 'Other', 'District']),
  /** Legal-form words a partner's name in a lab name may add to its usual name ("… Corporation"). */
  legalTail: /^\s+(?:corporation|corp\.?|company|co\.?|ltd\.?|limited|inc\.?|group)$/i,
  /** Confidence: the name says the partners, not how they built it. */
  confidence: 0.65,
});

/** "Juhua Group Corporation" in a lab's name is the "Juhua Group" named elsewhere (and the like). */
function byShortName(byName: ReadonlyMap<string, Placed>, partner: string): Placed | undefined {
  const lower = partner.toLowerCase();
  // "Cambridge University" in a lab's name is the "University of Cambridge" named elsewhere.
  const uni = /^(.+) university$/.exec(lower);
  const ofForm = uni ? byName.get(`university of ${uni[1] as string}`) : undefined;
  if (ofForm) return ofForm;
  for (const [name, m] of byName)
    if (
      m.type === 'Company' &&
      /\s/.test(name) &&
      lower.startsWith(name) &&
      JOINT_NAME_REL_OPTIONS.legalTail.test(lower.slice(name.length))
    )
      return m;
  return undefined;
}

/**
 * "Joint Research Center of A - B": each partner the name gives, found in the document as an
 * entity, co-builds the lab. Returns, per sentence index, the relations (at the lab's first mention).
 */
export function findJointNamePartners(contexts: readonly SentenceContext[]): FoundRelation[][] {
  const byName = new Map<string, Placed>();
  for (const c of contexts)
    for (const m of c.mentions)
      if (JOINT_NAME_REL_OPTIONS.partnerTypes.has(m.type) && !byName.has(m.name.toLowerCase()))
        byName.set(m.name.toLowerCase(), m);
  const seen = new Set<string>();
  return contexts.map((c) => {
    const out: FoundRelation[] = [];
    for (const m of c.mentions) {
      if (!JOINT_NAME_REL_OPTIONS.thingTypes.has(m.type) || seen.has(m.entity)) continue;
      seen.add(m.entity);
      for (const p of partnersInName(m.name)) {
        const partner = byName.get(p.toLowerCase()) ?? byShortName(byName, p);
        if (!partner || partner.entity === m.entity) continue;
        out.push({
          type: 'CO_BUILDS',
          source: partner.entity,
          target: m.entity,
          confidence: JOINT_NAME_REL_OPTIONS.confidence,
        });
      }
    }
    return out;
  });
}
