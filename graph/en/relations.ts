import { relationId } from '../ids';
import type { Relation } from '../types';
import type { FoundRelation, SentenceContext } from './context';
import { findAdjacent } from './rel-adjacent';
import { findCoBuilds } from './rel-cobuilds';
import { findIntroductions } from './rel-introduces';
import { findSupports } from './rel-supports';
import { findHoused } from './rel-houses';
import { findJointNamePartners } from './rel-joint-name';
import { findOwnersByName } from './rel-owner';
import { findTransfers } from './rel-transfers';
import { findCarriedTransfers } from './rel-carried-transfer';
import { findAgreementBetween, findAgreementBuilds } from './rel-agreement';
import { findJointOutcomes } from './rel-joint-outcome';
import { findClauseRelations } from './rel-clause';
import { findPossessives } from './rel-possessive';
import { findInitiatedBy } from './rel-initiated';
import { findBasedKindsNext, findLocalExamples } from './rel-local';
import { findMemberships } from './rel-members';
import { findBackers } from './rel-backers';
import { findAppositions } from './rel-apposition';
import { withoutAppositives } from './appositiveView';
import { findPartnershipBuilds } from './rel-partnership';
import { findLearned, LEARNED_EN } from './rel-learned';

/** Every relation pattern, run on each sentence. */
const FINDERS = Object.freeze([
  findCoBuilds,
  findIntroductions,
  findTransfers,
  findSupports,
  findAdjacent,
  findPossessives,
  findAgreementBetween,
  findMemberships,
  findBackers,
  findAppositions,
  findPartnershipBuilds,
]);

/**
 * Party committees, district governments and bureaus and commissions act for the
 * organisation or place they are named after ("CPC X Committee", "X District People's
 * Government", "X Bureau of Science and Technology").
 */
const ACTING_FOR =
  /^(?:(?:the\s+)?(?:CPC|Communist Party)\b.*\bCommittee|.+\bCommittee of (?:the )?(?:CPC|Communist Party of China)|.+\b(?:District|County|Municipal|City|Provincial) (?:People['’]s )?Government|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? Government|(?:the\s+)?(?:People['’]s\s+)?Government\s+of\s+.+|.+\b(?:Bureau|Commission)(?:\s+of\s+.+)?)$/i;

/**
 * A party committee named after an organisation or place acts for it when it
 * builds or supports something: "CPC Bishan District Committee" → Bishan, "CPC X University Committee" → X
 * University (the name found in the document that starts first in the body's name, the longest
 * of those: "People's Government of Heshan District of Linfen City" acts for Heshan).
 */
function actingFor(contexts: readonly SentenceContext[]): Map<string, string> {
  const named = new Map<string, { name: string; type: string }>();
  for (const c of contexts) for (const m of c.mentions) named.set(m.entity, m);
  const out = new Map<string, string>();
  for (const [id, m] of named) {
    if (m.type !== 'Other' || !ACTING_FOR.test(m.name)) continue;
    let best: [string, string, number] | null = null;
    for (const [other, o] of named) {
      if (other === id || o.type === 'Other' || o.type === 'Person') continue;
      // "Shuangliu Government" acts for "Shuangliu County": a place matches without its level word.
      const name =
        o.type === 'District'
          ? o.name.replace(/\s+(?:district|county|city|province)$/i, '')
          : o.name;
      const at = m.name.search(
        new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'),
      );
      if (at < 0) continue;
      if (!best || at < best[2] || (at === best[2] && name.length > best[1].length))
        best = [other, name, at];
    }
    if (best) out.set(id, best[0]);
  }
  return out;
}

/**
 * The place kept inside "the X district government" lets the government act for X; the patterns
 * see the government alone, so the pair does not count as two partners.
 */
function withoutNestedPlaces(ctx: SentenceContext): SentenceContext {
  const nested = (m: SentenceContext['mentions'][number]): boolean =>
    m.type === 'District' &&
    ctx.mentions.some((o) => o !== m && o.type === 'Other' && o.start <= m.start && m.end <= o.end);
  return ctx.mentions.some(nested)
    ? { ...ctx, mentions: ctx.mentions.filter((m) => !nested(m)) }
    : ctx;
}

/**
 * "the People's Government of Heshan District of Linfen City": the places kept inside a body's
 * name tie to each other as adjacent places do (Heshan District lies in Linfen City), though the
 * patterns otherwise see the body alone.
 */
function nestedPlaceTies(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const body of ctx.mentions) {
    if (body.type !== 'Other') continue;
    const places = ctx.mentions.filter(
      (m) => m.type === 'District' && body.start <= m.start && m.end <= body.end,
    );
    if (places.length < 2) continue;
    out.push(...findAdjacent({ ...ctx, mentions: places }).filter((f) => f.type === 'LOCATED_IN'));
  }
  return out;
}

/** Runs all relation patterns and merges repeats into one relation with several evidences. */
export function extractRelations(
  docId: string,
  contexts: SentenceContext[],
  learned: boolean = LEARNED_EN.enabled,
): Relation[] {
  const byId = new Map<string, Relation>();
  const proxies = actingFor(contexts);
  const byName = findOwnersByName(contexts);
  const housed = findHoused(contexts);
  const jointNamed = findJointNamePartners(contexts);
  const carried = findCarriedTransfers(contexts);
  const agreed = findAgreementBuilds(contexts);
  const outcomes = findJointOutcomes(contexts);
  const local = findLocalExamples(contexts);
  const basedNext = findBasedKindsNext(contexts);
  const initiated = findInitiatedBy(contexts);
  /** Adds a found relation (proxies applied), unless its type+pair is among `blocked`. */
  const add = (f: FoundRelation, ctx: SentenceContext, blocked?: ReadonlySet<string>): void => {
    if (f.type === 'CO_BUILDS' || f.type === 'LOCATED_IN' || f.type === 'SUPPORTS')
      f.source = proxies.get(f.source) ?? f.source;
    // "the university and the X municipal government will co-build …": partners, either end.
    if (f.type === 'CO_BUILDS' || f.type === 'SUPPORTS')
      f.target = proxies.get(f.target) ?? f.target;
    if (f.source === f.target) return;
    const id = relationId(f.type, f.source, f.target);
    if (
      blocked &&
      (blocked.has(id) ||
        (f.type === 'CO_BUILDS' && blocked.has(relationId(f.type, f.target, f.source))))
    )
      return;
    const evidence = { doc: docId, start: ctx.start, end: ctx.end, sentence: ctx.text };
    const existing = byId.get(id);
    if (!existing) {
      byId.set(id, {
        id,
        type: f.type,
        source: f.source,
        target: f.target,
        confidence: f.confidence,
        evidence: [evidence],
      });
      return;
    }
    existing.confidence = Math.max(existing.confidence, f.confidence);
    if (!existing.evidence.some((e) => e.start === evidence.start))
      existing.evidence.push(evidence);
  };
  for (const [i, ctx] of contexts.entries()) {
    const named = [
      ...(byName[i] ?? []),
      ...(housed[i] ?? []),
      ...(jointNamed[i] ?? []),
      ...(carried[i] ?? []),
      ...(agreed[i] ?? []),
      ...(outcomes[i] ?? []),
      ...(local[i] ?? []),
      ...(basedNext[i] ?? []),
      ...(initiated[i] ?? []),
      ...nestedPlaceTies(ctx),
    ];
    if (ctx.mentions.length < 2 && named.length === 0) continue;
    const own = withoutNestedPlaces(ctx);
    for (const f of [...named, ...FINDERS.flatMap((find) => find(own))]) add(f, ctx);
    // "A, the arm of B, and C built …": the coordination read again without the appositive.
    const plain = withoutAppositives(own);
    if (plain) for (const f of FINDERS.flatMap((find) => find(plain))) add(f, ctx);
  }
  // The broad clause layer fills in only type+pairs that no specific pattern found in the document.
  const before = new Set(byId.keys());
  for (const ctx of contexts) {
    if (ctx.mentions.length < 2) continue;
    for (const f of findClauseRelations(withoutNestedPlaces(ctx))) add(f, ctx, before);
  }
  // The learned layer reads pairs that no layer above tied, at a confidence under theirs.
  for (const { found, ctx } of findLearned(contexts, byId.values(), learned)) add(found, ctx);
  return [...byId.values()];
}
