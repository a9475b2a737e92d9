import type { FoundRelation, Placed, SentenceContext } from './context';

/** Options for parts named after their owner. */
const OWNER_OPTIONS = Object.freeze({
  /** Types that can be part of a university or institute by their name. */
  partTypes: new Set(['Lab', 'Institute']),
  /** Types that own such parts. */
  ownerTypes: new Set(['University', 'Institute']),
  /** Confidence of a part stated by its name ("X Institute of Y University"). */
  confidence: 0.8,
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "Lyuliang Institute of Industrial Technology of Taiyuan University of Technology": a lab or
 * institute whose name ends with "of <a university named in the document>" is part of it.
 * Returns, per sentence index, the relations stated by the names in that sentence.
 */
export function findOwnersByName(contexts: readonly SentenceContext[]): FoundRelation[][] {
  const owners = new Map<string, Placed>();
  for (const c of contexts)
    for (const m of c.mentions) if (OWNER_OPTIONS.ownerTypes.has(m.type)) owners.set(m.entity, m);
  const seen = new Set<string>();
  return contexts.map((c) => {
    const out: FoundRelation[] = [];
    for (const m of c.mentions) {
      if (!OWNER_OPTIONS.partTypes.has(m.type) || seen.has(m.entity)) continue;
      for (const o of owners.values()) {
        if (o.entity === m.entity || o.name.length >= m.name.length) continue;
        if (!new RegExp(`\\sof\\s+(?:the\\s+)?${escape(o.name)}$`, 'i').test(m.name)) continue;
        seen.add(m.entity);
        out.push({
          type: 'PART_OF',
          source: m.entity,
          target: o.entity,
          confidence: OWNER_OPTIONS.confidence,
        });
      }
    }
    return out;
  });
}
