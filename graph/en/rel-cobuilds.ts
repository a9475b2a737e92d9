import {
  between,
  clauseAround,
  findTriggers,
  type FoundRelation,
  isActor,
  isOwnerTail,
  type Placed,
  type SentenceContext,
  wordBefore,
} from './context';

/** Options for co-building patterns. */
const CO_BUILD_OPTIONS = Object.freeze({
  /** compromise patterns that state joint building outright. */
  jointPatterns: Object.freeze([
    ...['build', 'establish', 'found', 'construct', 'create', 'launch', 'develop', 'open'].map(
      (verb) => `jointly #Adverb? {${verb}}`,
    ),
    ...['inaugurate', 'operate', 'run', 'unveil', 'form', 'sponsor'].map((v) => `jointly {${v}}`),
    'jointly {set} up',
    ...['co-build', 'co-establish', 'co-found', 'co-construct', 'co-create', 'co-sponsor'].map(
      (verb) => `{${verb}}`,
    ),
    'co-built',
    'co-established',
    'co-founded',
    'co-constructed',
    'joint construction',
  ]),
  /** compromise patterns naming a partner, then a building verb must follow in the clause. */
  partnerPatterns: Object.freeze([
    '{join} hands with',
    '{team} up with',
    '{partner} with',
    '{cooperate} with',
    '{collaborate} with',
    'together with',
    'in cooperation with',
    'in partnership with',
    'in collaboration with',
    '{work} with',
    'agreement with',
    'agreements with',
  ]),
  /** compromise patterns of building verbs that state joint building when two builders act together. */
  togetherPatterns: Object.freeze([
    ...['build', 'establish', 'found', 'unveil', 'inaugurate', 'launch', 'create'].map(
      (verb) => `{${verb}}`,
    ),
    '{set} up',
    'unveiling',
    'inauguration',
  ]),
  /** An unnamed joint facility that two builders unveil ("a 'Joint Laboratory'"). */
  jointThing:
    /\bjoint\s+(?:research\s+|innovation\s+|r&d\s+)?(?:lab|laboratory|laboratories|center|centre|institute|platform|base)\b/i,
  /** Building verbs that complete a partner pattern. */
  buildVerbs:
    /\b(build|built|establish|established|set up|found|founded|launch|launched|create|created|construct|constructed|construction of|establishment of)\b/i,
  /** Confidence when "jointly build"/"co-build" is stated. */
  jointConfidence: 0.85,
  /** Confidence for "work with Y to build" and for a joint lab named with its partners. */
  partnerConfidence: 0.65,
  /** Types that can be the named thing being built. */
  thingTypes: new Set(['Lab', 'Institute', 'Fund']),
  /** District names that are built things rather than places. */
  builtDistrict: /\b(park|zone|base|science city)$/i,
  /** Words before a District that mark it as a location, not a builder. */
  locationWords: new Set(['in', 'at', 'of', 'into', 'from', 'near']),
});

function isThing(m: Placed): boolean {
  return (
    CO_BUILD_OPTIONS.thingTypes.has(m.type) ||
    (m.type === 'District' && CO_BUILD_OPTIONS.builtDistrict.test(m.name))
  );
}

function isBuilder(ctx: SentenceContext, m: Placed): boolean {
  if (!isActor(m)) return false;
  // "SIAT of the Chinese Academy of Sciences": the owner named after a builder is not one.
  if (isOwnerTail(ctx, m)) return false;
  if (m.type === 'District' && CO_BUILD_OPTIONS.locationWords.has(wordBefore(ctx, m))) return false;
  return true;
}

function uniqueEntities(ms: Placed[]): Placed[] {
  const seen = new Set<string>();
  return ms.filter((m) => !seen.has(m.entity) && seen.add(m.entity));
}

function edges(builders: Placed[], things: Placed[], confidence: number): FoundRelation[] {
  const out: FoundRelation[] = [];
  const bs = uniqueEntities(builders);
  const ts = uniqueEntities(things).filter((t) => !bs.some((b) => b.entity === t.entity));
  if (ts.length > 0) {
    for (const b of bs) {
      for (const t of ts)
        out.push({ type: 'CO_BUILDS', source: b.entity, target: t.entity, confidence });
    }
  } else {
    const [first, ...rest] = bs;
    for (const other of first ? rest : []) {
      out.push({ type: 'CO_BUILDS', source: first!.entity, target: other.entity, confidence });
    }
  }
  return out;
}

/** "X and Y jointly built Z", "Z was co-founded by X and Y", "X worked with Y to build Z". */
export function findCoBuilds(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const trigger of findTriggers(ctx, CO_BUILD_OPTIONS.jointPatterns)) {
    const clause = clauseAround(ctx, trigger.start);
    const inClause = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    const before = inClause.filter((m) => m.end <= trigger.start);
    const after = inClause.filter((m) => m.start >= trigger.end);
    const passive = /^\s*by\b/i.test(between(ctx, trigger.end, clause.end));
    if (passive) {
      // The built thing is the clause's subject: the first lab/institute/fund before the verb.
      const thing =
        before.find((m) => isThing(m) && m.type !== 'District') ??
        [...before].reverse().find((m) => isThing(m) && isBuilder(ctx, m));
      const builders = after.filter((m) => isBuilder(ctx, m) && m !== thing);
      out.push(...edges(builders, thing ? [thing] : [], CO_BUILD_OPTIONS.jointConfidence));
      continue;
    }
    const things = after.filter((m) => isThing(m) && (m.type !== 'District' || isBuilder(ctx, m)));
    const withAt = between(ctx, trigger.end, clause.end).search(/\bwith\b/i);
    const partners =
      withAt < 0
        ? []
        : after.filter((m) => m.start >= trigger.end + withAt && isBuilder(ctx, m) && !isThing(m));
    const subjects = before.filter((m) => isBuilder(ctx, m));
    out.push(
      ...edges(
        [...subjects, ...partners],
        things.filter((t) => !partners.includes(t)),
        CO_BUILD_OPTIONS.jointConfidence,
      ),
    );
  }
  if (out.length > 0) return out;
  for (const trigger of findTriggers(ctx, CO_BUILD_OPTIONS.partnerPatterns)) {
    const clause = clauseAround(ctx, trigger.start);
    const rest = between(ctx, trigger.end, clause.end);
    const verb = CO_BUILD_OPTIONS.buildVerbs.exec(rest);
    if (!verb) continue;
    // "signed an agreement with Y to build …" states co-building only of a named thing.
    const needsThing = /agreement/i.test(trigger.text);
    const verbAt = trigger.end + verb.index;
    const inClause = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    const subjects = inClause.filter((m) => m.end <= trigger.start && isBuilder(ctx, m));
    const partners = inClause.filter(
      (m) => m.start >= trigger.end && m.end <= verbAt && isBuilder(ctx, m),
    );
    const things = inClause.filter((m) => m.start >= verbAt && isThing(m));
    if (needsThing && things.length === 0) continue;
    out.push(...edges([...subjects, ...partners], things, CO_BUILD_OPTIONS.partnerConfidence));
  }
  if (out.length > 0) return out;
  return findTogether(ctx);
}

/**
 * "A and B unveiled the X Lab", "A and B held … the unveiling of a 'Joint Laboratory'",
 * "X was established by A and B": a building verb with two or more builders named together.
 */
function findTogether(ctx: SentenceContext): FoundRelation[] {
  for (const trigger of findTriggers(ctx, CO_BUILD_OPTIONS.togetherPatterns)) {
    const clause = clauseAround(ctx, trigger.start);
    const inClause = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    const before = inClause.filter((m) => m.end <= trigger.start);
    const after = inClause.filter((m) => m.start >= trigger.end);
    const rest = between(ctx, trigger.end, clause.end);
    const passive = /^\s*by\b/i.test(rest);
    const builders = uniqueEntities((passive ? after : before).filter((m) => isBuilder(ctx, m)));
    if (builders.length < 2) continue;
    const thing = passive
      ? [...before].reverse().find((m) => isThing(m) && m.type !== 'District')
      : after.find((m) => isThing(m) && m.type !== 'District');
    if (thing) return edges(builders, [thing], CO_BUILD_OPTIONS.partnerConfidence);
    if (!passive && CO_BUILD_OPTIONS.jointThing.test(rest))
      return edges(builders, [], CO_BUILD_OPTIONS.partnerConfidence);
  }
  return [];
}
