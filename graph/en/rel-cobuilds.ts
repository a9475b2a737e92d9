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
import { hedged, objectEnd } from './clause';
import clauseWords from '../data/en/clause-triggers.json';

/** Options for co-building patterns. */
const CO_BUILD_OPTIONS = Object.freeze({
  /** compromise patterns that state joint building outright. */
  jointPatterns: Object.freeze([
    ...['build', 'establish', 'found', 'construct', 'create', 'launch', 'develop', 'open'].map(
      (verb) => `jointly #Adverb? {${verb}}`,
    ),
    ...['inaugurate', 'operate', 'run', 'unveil', 'form', 'sponsor', 'initiate'].map(
      (v) => `jointly {${v}}`,
    ),
    'jointly {set} up',
    ...[
      'co-build',
      'co-establish',
      'co-found',
      'co-construct',
      'co-create',
      'co-sponsor',
      'co-develop',
    ].map((verb) => `{${verb}}`),
    'co-built',
    'co-established',
    'co-founded',
    'co-constructed',
    'joint construction',
    'jointly (promote|advance|push|accelerate) the {construction} of',
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
    ...['build', 'establish', 'found', 'unveil', 'inaugurate', 'launch', 'create', 'open'].map(
      (verb) => `{${verb}}`,
    ),
    '{set} up',
    'unveiling',
    'inauguration',
    'establishment',
    'founding',
    'construction',
  ]),
  /** An unnamed joint facility that two builders unveil ("a 'Joint Laboratory'"). */
  jointThing:
    /\bjoint\s+(?:research\s+|innovation\s+|r&d\s+)?(?:lab|laboratory|laboratories|center|centre|institute|platform|base)\b/i,
  /** An open bracket holding a lower-case role "… of" right before a mention ("(vice director of the"). */
  roleInBracket: /\(\s*[a-z][a-z -]*\s(?:of|at)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$/,
  /** An unnamed built thing after the verb, enough when "the two sides" build it. */
  anyThing:
    /^\s*(?:up\s+)?(?:a|an|the|new|joint)\s+(?:[\w-]+\s+){0,3}?(?:fund|platforms?|cent(?:er|re)s?|lab(?:oratory|oratories|s)?|bases?|institutes?|parks?|company|venture|hubs?|workstations?)\b/i,
  /** An unnamed facility as the object of a joint verb ("innovation platforms", "a joint lab"). */
  facilityObject: new RegExp(
    `^\\s*(?:up\\s+)?(?:(?:a|an|the|new|joint|more|two|three|four|five|several|\\d+)\\s+)?(?:[\\w&'’-]+\\s+){0,5}?(?:${clauseWords.builtNouns.join('|')}|university|universities)\\b`,
    'i',
  ),
  /** An unnamed built thing right after a building verb ("… to build three research institutes"). */
  anyThingAfterVerb:
    /^\s*(?:up\s+)?(?:a|an|the|new|joint|two|three|four|five|several)\s+(?:[\w-]+\s+){0,3}?(?:fund|platforms?|cent(?:er|re)s?|lab(?:oratory|oratories|s)?|bases?|institutes?|parks?)\b/i,
  /** Examples after a generic plural ("enterprises such as A and B"): named as examples, not partners. */
  examplesOf: /\b[a-z][a-z-]*s,?\s+(?:such as|including|like)\s/,
  /** An unnamed built thing said to come of cooperation ("The platform is the fruit of cooperation between "). */
  cooperationOfThing:
    /^(?:the|this|a|an)\s+(?:[\w-]+\s+){0,3}?(?:platform|cent(?:er|re)|base|lab|laboratory|institute|park|fund)\s+(?:is|was|will be)\s+(?:[\w-]+\s+){0,6}?(?:cooperation|partnership|collaboration)\s+between\s+(?:the\s+)?/i,
  /** An unnamed built thing described as two partners' work ("The institute, a collaboration between "). */
  unnamedJointAppositive:
    /^(?:the|this|a|an)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:platform|cent(?:er|re)|base|lab|laboratory|institute|park|fund)\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:collaboration|partnership|cooperation project|joint venture|joint project|joint effort)\s+(?:between|of|by)\s+(?:the\s+)?/i,
  /** Text after partners' possessive naming their joint thing ("'s joint lab, the "). */
  possessiveJoint:
    /^['’]s?\s+(?:new\s+)?joint(?:ly[- ]built)?\s+(?:[\w-]+\s+){0,2}?(?:lab|laboratory|cent(?:er|re)|institute|platform|venture|base|hub)\b/i,
  /** Text between that phrase and the thing's name (", the ", " called "). */
  possessiveJointName:
    /^\s*(?:,\s*|\s+)(?:the\s+|named\s+(?:the\s+)?|called\s+(?:the\s+)?)?["“]?$/i,
  /** Text after a named thing saying it came of partners' work ("… was launched as a joint effort between "). */
  namedOutcomeOf:
    /^\s*(?:is|was|will be|has been)\s+(?:(?:launched|set up|established|built|created)\s+as\s+)?(?:[\w-]+\s+){0,5}?(?:cooperation|partnership|collaboration|joint effort|joint venture|joint project|joint initiative)\s+(?:between|of|by)\s+(?:the\s+)?/i,
  /** An unnamed joint undertaking of two partners named next ("supporting a joint project between "). */
  jointBetween:
    /\b(?:a|an|the|their)\s+(?:new\s+)?joint\s+(?:[\w-]+\s+){0,2}?(?:project|venture|programme|program|lab|laboratory|cent(?:er|re)|institute|platform)\s+between\s+(?:the\s+)?/i,
  /** Text before a building noun that makes it backed rather than done ("supporting the construction"). */
  backedBuilding:
    /\b(?:support|supports|supported|supporting|help|helps|helped|helping|assist|assisting|promote|promoting|accelerate|accelerating|speed up|fund|funding|funds)\s+(?:the\s+)?$/i,
  /** "signed a memorandum on building the " right before a named built thing. */
  signedOnBuilding:
    /\bsigned\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:memorandum|agreement|contract|MoU)(?:\s+of\s+(?:cooperation|understanding))?\s+(?:on|for)\s+(?:(?:jointly\s+)?(?:building|constructing|establishing|setting up)|(?:the\s+)?(?:joint\s+)?(?:construction|establishment)\s+of)\s+(?:the\s+)?/i,
  /** Text between a built thing and its builders in an appositive ("X, a cluster built by "). */
  builtByAppositive:
    /^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:built|constructed|developed|set up|established|founded|launched|initiated|co-founded|co-built)\s+(?:(?:in|on)\s+[\w ,]{1,20}?\s+)?by\s+(?:the\s+)?$|^\s*(?:\([^()]{1,40}\)\s*)?(?:,|\s(?:--|—))\s*(?:(?:which|that)\s+(?:was|is|has been|were|are)\s+)?(?:jointly\s+)?(?:initiated|co-initiated|founded|co-founded|sponsored|co-sponsored)\s+(?:(?:in|on)\s+[\w ,]{1,20}?\s+)?(?:jointly\s+)?by\s+(?:the\s+)?$/i,
  /** Text between a built thing and its builder in an object relative clause ("X, which "). */
  objectRelative: /^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:which|that)\s+(?:the\s+)?$/i,
  /** Text after the builder(s) of that clause ("… established in 2012"). */
  relativeVerb:
    /^\s*(?:has\s+|had\s+|have\s+|will\s+)?(?:jointly\s+)?(?:established|set up|founded|built|launched|created|co-founded|co-built|co-established|initiated|builds?|establish(?:es)?|sets? up|launch(?:es)?|creates?|co-builds?|runs?|operates?)\b/i,
  /** A relative clause whose builder is a common noun ("…", which the university builds"). */
  unnamedRelativeBuilder:
    /^["”’]?\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:which|that)\s+(?:the|its|our|their|this)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:has\s+|had\s+|have\s+|will\s+)?(?:jointly\s+)?(?:established|set up|founded|built|launched|created|co-founded|co-built|co-established|builds?|establish(?:es)?|sets? up|launch(?:es)?|creates?|co-builds?|runs?|operates?)\b/i,
  /** Partners named after that verb ("… builds jointly with B"). */
  relativePartners: /^\s*(?:jointly\s+|together\s+)?with\s+(?:the\s+)?$/i,
  /** Verbs that found a company named right after them (not "launch", said of products). */
  foundingVerb:
    /^(?:found|founded|founds|establish|established|establishes|set up|sets up|co-founded)$/i,
  /** A generic built thing, then its name in apposition ("a research center, the "). */
  genericThenName:
    /^\s*(?:up\s+)?(?:a|an)\s+(?:new\s+)?(?:[a-z&-]+\s+){0,2}?(?:platform|cent(?:er|re)|lab|laboratory|institute|base|fund)\s*,\s*(?:the\s+|named\s+(?:the\s+)?|called\s+(?:the\s+)?)?["“]?$/i,
  /** Building verbs that complete a partner pattern. */
  buildVerbs:
    /\b(build|built|establish|established|set up|found|founded|launch|launched|create|created|construct|constructed|construction of|establishment of|develop|developed)\b/i,
  /** Confidence when "jointly build"/"co-build" is stated. */
  jointConfidence: 0.85,
  /** Confidence for "work with Y to build" and for a joint lab named with its partners. */
  partnerConfidence: 0.65,
  /** Types that can be the named thing being built. */
  thingTypes: new Set(['Lab', 'Institute', 'Fund']),
  /** Names of bodies typed Other that partners found together ("X Alliance", "Y Consortium"). */
  builtBody: new RegExp(`\\b(?:${clauseWords.builtBodies.join('|')})$`, 'i'),
  /** District names that are built things rather than places. */
  builtDistrict: /\b(park|zone|base|science city|sci-tech city|port|cluster)$/i,
  /** Text before a District that makes it the builder its government acts for ("the government of X"). */
  governmentOf: /\bgovernments?\s+of\s+(?:the\s+)?$/i,
  /** Text before a District that names it as one of the partner places ("with the counties of "). */
  placesOf:
    /\b(?:counties|cities|districts|prefectures|provinces|towns|townships|villages|city|county|district|prefecture|province|town)\s+of\s+$/i,
  /** The same after a location word ("in the city of "): still a location. */
  inPlacesOf: /\b(?:in|at|into|near|inside|from)\s+(?:the\s+)?(?:[a-z]+\s+)?[a-z]+\s+of\s+$/i,
  /** Text before a District that names where something is ("in North China's "). */
  inCountryOf: /\b(?:in|at|into|near|inside|from)\s+(?:the\s+)?(?:[A-Za-z]+\s+)?China['’]s\s+$/,
  /** Words before a District that mark it as a location, not a builder. */
  locationWords: new Set(['in', 'at', 'of', 'into', 'from', 'near']),
  /** Text before any organisation that marks it as the place of an event ("unveiled at the X"). */
  venueBefore: /\b(?:at|in|into|near|inside)\s+(?:the\s+)?$/i,
  /**
   * Text before a mention that makes it a description of the person or team named before it
   * ("Pan Wei, director of the X Lab", "(chairman of Y Group)", ", based at Z University").
   */
  appositive:
    /(?:,|\()\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:director|head|dean|president|chairman|chairwoman|chief|professor|secretary|engineer|researcher|fellow|member|leader|founder|academician)s?\s+(?:of|at|from)\s+(?:the\s+)?$|,\s*(?:who is\s+|which is\s+)?(?:based|located|headquartered)\s+(?:at|in)\s+(?:the\s+)?$/i,
  /** A fronted phrase naming backers, up to a mention in it ("With funding from A and "). */
  frontedBacker:
    /^(?:With|Thanks to|Backed by|Supported by|Funded by)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:(?:support|help|funding|funds|backing|assistance|investment|approval|guidance)\s+(?:of|from)\s+)?(?:the\s+)?(?:[^,;]*?\band\s+(?:the\s+)?)?$/,
  /** Text after a building verb that names partners of a passive subject ("set up in partnership with"). */
  passiveWith:
    /^\s*(?:jointly\s+)?(?:in (?:partnership|collaboration|cooperation) with|together with)\b/i,
  /** A partner named after the built thing ("…, in collaboration with Z", "… X (in Place) with Z"); case-sensitive so "with" must meet a capital. */
  collaborationWith:
    /^[^;]*?\b(?:[Ii]n (?:collaboration|partnership|cooperation) with|[Tt]ogether with|[Aa]long with|[Jj]ointly with)\b|^\s*,?\s*(?:in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?[Ww]ith\s+(?:the\s+)?(?=[A-Z])/,
  /** An auxiliary right before the verb: the clause is passive ("is set up", "was jointly built"). */
  auxiliaryBefore: /\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$/i,
  /** Text between a sole founder and its building verb ("X has officially established"). */
  subjectGap:
    /^\s*(?:\(?[^()]{0,30}\)\s*)?(?:(?:municipal\s+|district\s+|county\s+|city\s+)?government\s+)?(?:(?:has|have|had|will|is|are|was|were|also|officially|recently|formally|newly|successfully|first)\s+)*$/i,
  /** Text between a built thing and its builders: "X, a joint venture between A and B". */
  jointAppositive:
    /^\s*,?\s*(?:(?:is|was|as)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?joint(?:ly[- ]built)?\s+(?:[\w-]+\s+){0,2}?(?:venture|platform|lab|laboratory|center|centre|institute|project|base|initiative|effort)\s+(?:between|of|by|set up by|established by|built by)\s+(?:the\s+)?$|^\s*,?\s*(?:(?:is|was|as)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:partnership|collaboration)\s+(?:between|of)\s+(?:the\s+)?$/i,
  /** Text right before the object of a building verb ("after setting up the "). */
  /** A sentence opening with what its subject set up earlier ("For instance, after setting up the"). */
  openingBuilt:
    /^["“]?(?:[A-Z][a-z]+(?: [a-z]+)?,\s*)?(?:after|since|having)\s+(?:setting up|establishing|building|founding|launching|set up|established|built|founded|launched)\s+(?:the\s+|a\s+|an\s+)?/i,
  builtBefore:
    /\b(?:setting up|set up|establishing|established|building|built|founding|founded|launching|launched)\s+(?:the\s+|a\s+|an\s+)?$/i,
  /** Text after a building verb that makes it passive: "by", also after "together", "jointly" or a
   * short time phrase ("unveiled on Monday by", "set up in 2019 by"). */
  passiveBy:
    /^\s*(?:together\s+|jointly\s+)?(?:(?:on|in|last|this|early|late)\s+[\w ,]{1,25}?\s+|yesterday\s+|today\s+)?by\b/i,
  /** A second verb phrase joined by "and" ("… and push forward the development of"). */
  secondVerbPhrase:
    /,?\s+and\s+(?:will\s+|also\s+)?(?:push|promote|advance|accelerate|support|develop|upgrade|strengthen|deepen|expand|improve|help|speed)\b/i,
  /** Plural kind words and the entity types of the examples they introduce. */
  pluralKinds: Object.freeze([
    [/\b(?:universities|schools|colleges)\b/i, ['University']],
    [/\b(?:enterprises|companies|firms|corporations|groups|businesses)\b/i, ['Company']],
    [/\b(?:institutes|institutions|academies)\b/i, ['Institute', 'University']],
    [/\b(?:labs|laboratories|cent(?:er|re)s|platforms)\b/i, ['Lab']],
    [/\b(?:governments|departments|bureaus|authorities)\b/i, ['Other', 'District']],
  ] as const),
  /** The main verb after a passive participle phrase naming builders ("…, was unveiled at"). */
  mainVerbAfter: /,\s*(?:and\s+)?(?:was|were|is|are|has|have|had|will|would)\s/i,
  /** Phrases after which the named bodies approve or back the building rather than build. */
  backerCut:
    /\b(?:with the (?:approval|support|guidance|help|endorsement) of|under the (?:guidance|leadership|auspices|supervision) of|approved by|supported by|guided by)\b/i,
});

function isThing(m: Placed): boolean {
  return (
    CO_BUILD_OPTIONS.thingTypes.has(m.type) ||
    (m.type === 'Other' && CO_BUILD_OPTIONS.builtBody.test(m.name)) ||
    (m.type === 'District' && CO_BUILD_OPTIONS.builtDistrict.test(m.name))
  );
}

/** True when a mention only restates the one right before it in brackets ("X (Y Laboratory)"). */
function isBracketAlias(ctx: SentenceContext, m: Placed): boolean {
  // "at the X University (XU)": the short form of a venue is no builder either.
  const prev = ctx.mentions.filter((o) => o.end <= m.start).pop();
  return prev !== undefined && /^\s*[(（]\s*$/.test(between(ctx, prev.end, m.start));
}

/** True when a mention only says where the expert or team named before it works. */
function describesExpert(ctx: SentenceContext, m: Placed): boolean {
  const prev = ctx.mentions.filter((o) => o.end <= m.start && o.entity !== m.entity).pop();
  if (!prev || (prev.type !== 'Person' && prev.type !== 'ResearchTeam')) return false;
  return CO_BUILD_OPTIONS.appositive.test(between(ctx, prev.end, m.start));
}

function isBuilder(ctx: SentenceContext, m: Placed): boolean {
  if (!isActor(m)) return false;
  // "SIAT of the Chinese Academy of Sciences": the owner named after a builder is not one.
  if (isOwnerTail(ctx, m)) return false;
  const before = wordBefore(ctx, m);
  const head = between(ctx, ctx.start, m.start);
  if (
    m.type === 'District' &&
    CO_BUILD_OPTIONS.locationWords.has(before) &&
    !CO_BUILD_OPTIONS.governmentOf.test(head) &&
    !(CO_BUILD_OPTIONS.placesOf.test(head) && !CO_BUILD_OPTIONS.inPlacesOf.test(head))
  )
    return false;
  // "Guangzhou-based Sun Yat-sen University": the place only says where the builder is.
  if (m.type === 'District' && /^-based\b/i.test(ctx.text.slice(m.end - ctx.start))) return false;
  // "in North China's Shanxi province": a place named after the country's possessive is where.
  if (m.type === 'District' && CO_BUILD_OPTIONS.inCountryOf.test(head)) return false;
  if (CO_BUILD_OPTIONS.venueBefore.test(between(ctx, ctx.start, m.start))) return false;
  if (describesExpert(ctx, m)) return false;
  // "With funding from X, Y set up Z": a backer named in a fronted phrase builds nothing.
  if (CO_BUILD_OPTIONS.frontedBacker.test(between(ctx, ctx.start, m.start))) return false;
  if (isBracketAlias(ctx, m)) return false;
  // "Du Yingliu (chairman of Yingliu Group)": an affiliation in a person's bracket acts for no one.
  if (CO_BUILD_OPTIONS.roleInBracket.test(between(ctx, ctx.start, m.start))) return false;
  return true;
}

/** "after setting up the X Institute, …": the object of an earlier building verb is no builder. */
function isBuiltEarlier(ctx: SentenceContext, m: Placed): boolean {
  // Any mention of the entity counts: its bracketed short form ("(CityUSRI)") follows the name.
  return (
    isThing(m) &&
    ctx.mentions.some(
      (o) =>
        o.entity === m.entity &&
        CO_BUILD_OPTIONS.builtBefore.test(between(ctx, ctx.start, o.start)),
    )
  );
}

/**
 * Mentions up to where backers rather than builders start ("… with the approval of X"), examples
 * of what was built start ("… by schools and enterprises, including A and B") or the main verb of
 * the sentence takes over ("…, jointly set up by A and B, was unveiled at C").
 */
function beforeBackers(ctx: SentenceContext, ms: Placed[], from: number, to: number): Placed[] {
  const text = between(ctx, from, to);
  const cuts = [
    CO_BUILD_OPTIONS.backerCut.exec(text),
    CO_BUILD_OPTIONS.mainVerbAfter.exec(text),
  ].filter((c): c is RegExpExecArray => c !== null);
  const cut = cuts.length === 0 ? Infinity : Math.min(...cuts.map((c) => c.index));
  const examples = CO_BUILD_OPTIONS.examplesOf.exec(text);
  // Examples of a kind that is no kind of builder named ("… by schools and enterprises, including
  // the A Laboratory") are what was built; examples of "universities and enterprises" build.
  const kinds = examples ? kindsNamed(text.slice(0, examples.index + examples[0].length)) : null;
  return ms.filter(
    (m) =>
      m.start < from + cut &&
      (!examples || !kinds || m.start < from + examples.index || kinds.has(m.type)),
  );
}

/** Entity types of the plural kinds named in a phrase ("universities and enterprises"), or null. */
function kindsNamed(text: string): Set<string> | null {
  const out = new Set<string>();
  for (const [re, types] of CO_BUILD_OPTIONS.pluralKinds)
    if (re.test(text)) for (const t of types) out.add(t);
  return out.size > 0 ? out : null;
}

function uniqueEntities(ms: Placed[]): Placed[] {
  const seen = new Set<string>();
  return ms.filter((m) => !seen.has(m.entity) && seen.add(m.entity));
}

/**
 * CO_BUILDS edges: each builder to each thing; with no thing named, the first builder to each
 * other one, or every pair when `pairwise` (partners listed side by side as one subject).
 */
function edges(
  builders: Placed[],
  things: Placed[],
  confidence: number,
  pairwise = false,
): FoundRelation[] {
  const out: FoundRelation[] = [];
  const bs = uniqueEntities(builders);
  const ts = uniqueEntities(things).filter((t) => !bs.some((b) => b.entity === t.entity));
  if (ts.length > 0) {
    for (const b of bs) {
      for (const t of ts)
        out.push({ type: 'CO_BUILDS', source: b.entity, target: t.entity, confidence });
    }
  } else {
    for (const [i, a] of bs.entries()) {
      if (i > 0 && !pairwise) break;
      for (const b of bs.slice(i + 1))
        out.push({ type: 'CO_BUILDS', source: a.entity, target: b.entity, confidence });
    }
  }
  return out;
}

/**
 * "Jointly developed by A and B, X was inaugurated": a passive clause opening the sentence
 * describes the subject of the main clause, the first thing named after the comma.
 */
function frontedSubject(
  ctx: SentenceContext,
  clause: { start: number; end: number },
  triggerStart: number,
): Placed | undefined {
  if (clause.start !== ctx.start || !/^\s*(?:\w+\s+)?$/.test(between(ctx, ctx.start, triggerStart)))
    return undefined;
  const comma = between(ctx, triggerStart, clause.end).indexOf(',');
  if (comma < 0) return undefined;
  const at = triggerStart + comma;
  const next = ctx.mentions.find((m) => m.start > at);
  if (!next || !isThing(next) || next.type === 'District') return undefined;
  return /^,\s*(?:the\s+)?$/i.test(between(ctx, at, next.start)) ? next : undefined;
}

/**
 * "After setting up the X Institute (XI), the University signed …": the subject of the main
 * clause, first named right after the comma, built what the opening phrase sets up.
 */
function builtInOpening(ctx: SentenceContext): FoundRelation[] {
  const opening = CO_BUILD_OPTIONS.openingBuilt.exec(ctx.text);
  if (!opening) return [];
  const thing = ctx.mentions.find((m) => m.start >= ctx.start + opening[0].length);
  if (!thing || !isThing(thing) || thing.type === 'District') return [];
  const rest = ctx.text.slice(thing.end - ctx.start);
  const comma = /^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:the\s+)?/.exec(rest);
  if (!comma) return [];
  const subject = ctx.mentions.find(
    (m) =>
      m.start > thing.end && m.start <= thing.end + comma[0].length && m.entity !== thing.entity,
  );
  if (!subject || !isActor(subject) || subject.entity === thing.entity) return [];
  return edges([subject], [thing], CO_BUILD_OPTIONS.partnerConfidence);
}

/**
 * "A and B's joint lab, the X Lab, …": the partners of the possessive build the thing named after
 * it (or, with no name, build something together: one edge between them).
 */
function possessiveJoint(ctx: SentenceContext): FoundRelation[] {
  const ms = ctx.mentions;
  for (const [i, owner] of ms.entries()) {
    const rest = ctx.text.slice(owner.end - ctx.start);
    const joint = CO_BUILD_OPTIONS.possessiveJoint.exec(rest);
    if (!joint || !isActor(owner)) continue;
    const partners: Placed[] = [owner];
    for (const m of ms.slice(0, i).reverse()) {
      if (
        !/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(
          between(ctx, m.end, (partners[0] as Placed).start),
        )
      )
        break;
      partners.unshift(m);
    }
    const builders = partners.filter((p) => isActor(p));
    const after = owner.end + joint.index + joint[0].length;
    const thing = ms.find((m) => m.start >= after);
    const named =
      thing &&
      isThing(thing) &&
      thing.type !== 'District' &&
      CO_BUILD_OPTIONS.possessiveJointName.test(between(ctx, after, thing.start))
        ? [thing]
        : [];
    if (named.length > 0 || builders.length >= 2)
      return edges(builders, named, CO_BUILD_OPTIONS.partnerConfidence);
  }
  return [];
}

/** "X and Y jointly built Z", "Z was co-founded by X and Y", "X worked with Y to build Z". */
export function findCoBuilds(ctx: SentenceContext): FoundRelation[] {
  const found = statedCoBuilds(ctx);
  // "He expects the two universities to build a platform", "the idea of establishing an institute":
  // partners who only wish or discuss building an unnamed thing are no co-builders.
  if (!hedgedSentence(ctx)) return found;
  const things = new Set(ctx.mentions.filter(isThing).map((m) => m.entity));
  return found.filter((f) => things.has(f.target) || things.has(f.source));
}

/** True when every building verb of the sentence is only wished, urged or discussed. */
function hedgedSentence(ctx: SentenceContext): boolean {
  const verbs = findTriggers(ctx, CO_BUILD_OPTIONS.togetherPatterns);
  return verbs.length > 0 && verbs.every((v) => hedged(ctx, v.start));
}

function statedCoBuilds(ctx: SentenceContext): FoundRelation[] {
  // A relative clause or appositive naming the builders is the sentence's building statement.
  const relative = [
    ...builtInRelative(ctx),
    ...builtInAppositive(ctx),
    ...signedToBuild(ctx),
    ...possessiveJoint(ctx),
  ];
  return [...builtInOpening(ctx), ...(relative.length > 0 ? relative : findStatedCoBuilds(ctx))];
}

/** `first` and the mentions joined to it by commas or "and": "by A, B and the C". */
function listFrom(ctx: SentenceContext, first: Placed): Placed[] {
  const list = [first];
  for (const m of ctx.mentions.filter((x) => x.start >= first.end)) {
    const last = list[list.length - 1] as Placed;
    if (!/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(between(ctx, last.end, m.start))) break;
    list.push(m);
  }
  return list;
}

/**
 * "Huairou Science City, an innovation cluster built by ZDG", "the center, a key project set up
 * in 2009 by the X government": the builders named after "by" in an appositive built X.
 */
function builtInAppositive(ctx: SentenceContext): FoundRelation[] {
  const ms = ctx.mentions;
  for (const [i, thing] of ms.entries()) {
    if (thing.type === 'Person' || !isThing(thing)) continue;
    const first = ms.slice(i + 1).find((m) => m.start >= thing.end);
    if (!first || !CO_BUILD_OPTIONS.builtByAppositive.test(between(ctx, thing.end, first.start)))
      continue;
    const builders = listFrom(ctx, first);
    const actors = builders.filter((b) => isActor(b) && b.entity !== thing.entity);
    if (actors.length > 0) return edges(actors, [thing], CO_BUILD_OPTIONS.partnerConfidence);
  }
  return [];
}

/**
 * "Companies and the government of Baodi District signed a memorandum on building the X City":
 * the signers build the thing the agreement is about, however many are named.
 */
function signedToBuild(ctx: SentenceContext): FoundRelation[] {
  const m = CO_BUILD_OPTIONS.signedOnBuilding.exec(ctx.text);
  if (!m) return [];
  const signedAt = ctx.start + m.index;
  const thingFrom = signedAt + m[0].length;
  const thing = ctx.mentions.find((x) => x.start >= thingFrom);
  if (!thing || !isThing(thing) || !/^\s*$/.test(between(ctx, thingFrom, thing.start))) return [];
  const clause = clauseAround(ctx, signedAt);
  const builders = ctx.mentions.filter(
    (x) => x.start >= clause.start && x.end <= signedAt && isBuilder(ctx, x),
  );
  return builders.length > 0 ? edges(builders, [thing], CO_BUILD_OPTIONS.partnerConfidence) : [];
}

/** "The X Alliance, which the institute established in 2012, …": the relative clause's subject built X. */
function builtInRelative(ctx: SentenceContext): FoundRelation[] {
  const ms = ctx.mentions;
  for (const [i, thing] of ms.entries()) {
    if (thing.type === 'District' || thing.type === 'Person') continue;
    const first = ms.slice(i + 1).find((m) => m.start >= thing.end);
    // "the X Consortium", which the university builds jointly with B": the partner is named.
    const unnamed = CO_BUILD_OPTIONS.unnamedRelativeBuilder.exec(
      ctx.text.slice(thing.end - ctx.start),
    );
    if (unnamed) {
      const verbEnd = thing.end + unnamed[0].length;
      const partner = ms.find((m) => m.start >= verbEnd);
      if (partner && CO_BUILD_OPTIONS.relativePartners.test(between(ctx, verbEnd, partner.start))) {
        const actors = listFrom(ctx, partner).filter(
          (b) => isActor(b) && b.entity !== thing.entity,
        );
        if (actors.length > 0) return edges(actors, [thing], CO_BUILD_OPTIONS.partnerConfidence);
      }
    }
    if (!first || !CO_BUILD_OPTIONS.objectRelative.test(between(ctx, thing.end, first.start)))
      continue;
    const builders = listFrom(ctx, first);
    const last = builders[builders.length - 1] as Placed;
    const verb = CO_BUILD_OPTIONS.relativeVerb.exec(between(ctx, last.end, ctx.end));
    if (!verb) continue;
    // "X, which A builds jointly with B": B builds too.
    const verbEnd = last.end + verb.index + verb[0].length;
    const partner = ms.find((m) => m.start >= verbEnd);
    if (partner && CO_BUILD_OPTIONS.relativePartners.test(between(ctx, verbEnd, partner.start)))
      builders.push(...listFrom(ctx, partner));
    const actors = builders.filter((b) => isActor(b) && b.entity !== thing.entity);
    if (actors.length > 0) return edges(actors, [thing], CO_BUILD_OPTIONS.partnerConfidence);
  }
  return [];
}

/** Every build verb of a text, for the last one before a partner. */
const BUILD_VERBS_ALL = new RegExp(CO_BUILD_OPTIONS.buildVerbs.source, 'gi');

/**
 * "A will set up the X Center together with B, and the two will …": the partner comes after the
 * named thing the verb before it builds, so A and B build X (the partners end with the clause's
 * object, before a second clause).
 */
function builtBeforePartner(
  ctx: SentenceContext,
  trigger: { start: number; end: number },
  from: number,
): FoundRelation[] | null {
  if (
    !/^(?:together|along|jointly) with$/i.test(
      ctx.text.slice(trigger.start - ctx.start, trigger.end - ctx.start),
    )
  )
    return null;
  const head = between(ctx, from, trigger.start);
  const verbs = [...head.matchAll(BUILD_VERBS_ALL)];
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  const verbEnd = from + verb.index + verb[0].length;
  const things = ctx.mentions.filter(
    (m) => m.start >= verbEnd && m.end <= trigger.start && isThing(m) && m.type !== 'District',
  );
  const thing = things[0];
  if (
    !thing ||
    !/^\s*(?:up\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+|new\s+)*["“]?$/i.test(
      between(ctx, verbEnd, thing.start),
    )
  )
    return null;
  const subjects = ctx.mentions.filter(
    (m) => m.start >= from && m.end <= from + verb.index && isBuilder(ctx, m),
  );
  const end = objectEnd(ctx, trigger.end);
  const first = ctx.mentions.find((m) => m.start >= trigger.end && m.end <= end);
  if (!first || !/^\s*(?:the\s+)?$/i.test(between(ctx, trigger.end, first.start))) return null;
  const partners = listFrom(ctx, first).filter((m) => m.end <= end && isBuilder(ctx, m));
  if (subjects.length === 0 || partners.length === 0) return null;
  return edges([...subjects, ...partners], [thing], CO_BUILD_OPTIONS.partnerConfidence);
}

function findStatedCoBuilds(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const trigger of findTriggers(ctx, CO_BUILD_OPTIONS.jointPatterns)) {
    const clause = clauseAround(ctx, trigger.start);
    const inClause = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    const before = inClause.filter((m) => m.end <= trigger.start);
    const after = inClause.filter((m) => m.start >= trigger.end);
    const passive = CO_BUILD_OPTIONS.passiveBy.test(between(ctx, trigger.end, clause.end));
    if (passive) {
      // The built thing is the clause's subject: the first lab/institute/fund before the verb.
      const thing =
        before.find((m) => isThing(m) && m.type !== 'District') ??
        [...before].reverse().find((m) => isThing(m) && isBuilder(ctx, m)) ??
        frontedSubject(ctx, clause, trigger.start);
      const builders = beforeBackers(ctx, after, trigger.end, clause.end).filter(
        (m) => isBuilder(ctx, m) && m !== thing,
      );
      out.push(...edges(builders, thing ? [thing] : [], CO_BUILD_OPTIONS.jointConfidence));
      continue;
    }
    // "jointly build a supercomputer center … and push forward the development of X": when the
    // built thing is unnamed, what a second verb phrase names was not built here.
    const unnamedObject = CO_BUILD_OPTIONS.anyThingAfterVerb.test(
      between(ctx, trigger.end, clause.end),
    );
    const secondVerb = unnamedObject
      ? CO_BUILD_OPTIONS.secondVerbPhrase.exec(between(ctx, trigger.end, clause.end))
      : null;
    const objectEnd = secondVerb ? trigger.end + secondVerb.index : clause.end;
    const things = after.filter(
      (m) => m.end <= objectEnd && isThing(m) && (m.type !== 'District' || isBuilder(ctx, m)),
    );
    const withAt = between(ctx, trigger.end, clause.end).search(/\bwith\b/i);
    const partners =
      withAt < 0
        ? []
        : after.filter((m) => m.start >= trigger.end + withAt && isBuilder(ctx, m) && !isThing(m));
    const subjects = before.filter((m) => isBuilder(ctx, m) && !isBuiltEarlier(ctx, m));
    const built = things.filter((t) => !partners.includes(t));
    // "A and B will jointly develop new materials / launch activities / create a better future":
    // with nothing named, only an unnamed facility ("a platform", "innovation centers") is built.
    if (
      built.length === 0 &&
      // "X, co-built with Y, …": a facility named before the verb is what was built.
      !before.some((m) => isThing(m) && m.type !== 'District') &&
      !CO_BUILD_OPTIONS.facilityObject.test(between(ctx, trigger.end, clause.end))
    )
      continue;
    // "A, B, C and D will jointly build a park": partners listed as one subject pair up each.
    const listed =
      partners.length === 0 &&
      subjects.length >= 3 &&
      joinedSubjects(ctx, uniqueEntities(subjects));
    out.push(...edges([...subjects, ...partners], built, CO_BUILD_OPTIONS.jointConfidence, listed));
  }
  if (out.length > 0) return out;
  for (const trigger of findTriggers(ctx, CO_BUILD_OPTIONS.partnerPatterns)) {
    const clause = clauseAround(ctx, trigger.start);
    const rest = between(ctx, trigger.end, clause.end);
    const afterVerb = builtBeforePartner(ctx, trigger, clause.start);
    if (afterVerb) {
      out.push(...afterVerb);
      continue;
    }
    const verb = CO_BUILD_OPTIONS.buildVerbs.exec(rest);
    if (!verb) continue;
    // "signed an agreement with Y to build …" states co-building only of a named thing.
    // "work with Y to develop new drugs" builds nothing: "develop" needs a named thing too.
    const needsThing = /agreement/i.test(trigger.text) || /^develop/i.test(verb[0]);
    const verbAt = trigger.end + verb.index;
    const inClause = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    const subjects = inClause.filter(
      (m) => m.end <= trigger.start && isBuilder(ctx, m) && !isBuiltEarlier(ctx, m),
    );
    // "work with enterprises such as A and B to set up institutes": A and B are examples only.
    const examples = CO_BUILD_OPTIONS.examplesOf.exec(between(ctx, trigger.end, verbAt));
    const partners = inClause.filter(
      (m) =>
        m.start >= trigger.end &&
        m.end <= verbAt &&
        isBuilder(ctx, m) &&
        (!examples || m.start < trigger.end + examples.index),
    );
    // "teamed up with Y to set up Z Co.": a company right after the verb is what they set up.
    const firstAfter = inClause.find((m) => m.start >= verbAt + verb[0].length);
    const companyBuilt =
      firstAfter?.type === 'Company' &&
      /^\s*(?:the\s+|a\s+|an\s+)?$/i.test(between(ctx, verbAt + verb[0].length, firstAfter.start))
        ? [firstAfter]
        : [];
    const things = [...companyBuilt, ...inClause.filter((m) => m.start >= verbAt && isThing(m))];
    // "signed agreements with A, B and C to build three research institutes": an unnamed
    // built thing makes the signers partners (one edge between the subject and each).
    const unnamed = CO_BUILD_OPTIONS.anyThingAfterVerb.test(
      between(ctx, verbAt + verb[0].length, clause.end),
    );
    if (needsThing && things.length === 0 && !unnamed) continue;
    out.push(...edges([...subjects, ...partners], things, CO_BUILD_OPTIONS.partnerConfidence));
  }
  if (out.length > 0) return out;
  const appositive = findJointAppositive(ctx);
  if (appositive.length > 0) return appositive;
  const together = findTogether(ctx);
  return together.length > 0 ? together : cooperationBetween(ctx);
}

/**
 * "Qinglan University established the X Institute in Zibo": one builder right before the verb and
 * the built thing right after it (nothing else between) state building by a single founder.
 */
function soleFounder(
  ctx: SentenceContext,
  before: Placed[],
  after: Placed[],
  trigger: { start: number; end: number },
): FoundRelation[] | undefined {
  const subject = before[before.length - 1];
  const thing = after[0];
  // "Tsinghua University founded Tsinghua Holdings": a company named right after "founded".
  const company =
    thing?.type === 'Company' &&
    CO_BUILD_OPTIONS.foundingVerb.test(between(ctx, trigger.start, trigger.end)) &&
    /^\s*$/.test(between(ctx, trigger.end, thing.start));
  if (!subject || !thing || !isBuilder(ctx, subject) || !(isThing(thing) || company))
    return undefined;
  if (thing.type === 'District' && !CO_BUILD_OPTIONS.builtDistrict.test(thing.name))
    return undefined;
  if (!CO_BUILD_OPTIONS.subjectGap.test(between(ctx, subject.end, trigger.start))) return undefined;
  // "set up a research center, the X Center, in Y": the name may follow a generic appositive.
  if (
    !/^\s*(?:the|a|an)?\s*(?:new\s+)?["“]?$/i.test(between(ctx, trigger.end, thing.start)) &&
    !CO_BUILD_OPTIONS.genericThenName.test(between(ctx, trigger.end, thing.start))
  )
    return undefined;
  return edges([subject], [thing], CO_BUILD_OPTIONS.partnerConfidence);
}

/**
 * "X, a joint venture between A and B", "X is a joint platform of A and B": the list of
 * builders right after the appositive.
 */
function findJointAppositive(ctx: SentenceContext): FoundRelation[] {
  const ms = ctx.mentions;
  for (const [i, thing] of ms.entries()) {
    if (!isThing(thing) || thing.type === 'District') continue;
    const next = ms.slice(i + 1).find((m) => m.start >= thing.end);
    if (!next) continue;
    if (!CO_BUILD_OPTIONS.jointAppositive.test(between(ctx, thing.end, next.start))) continue;
    const list = [next];
    for (const m of ms.filter((x) => x.start > next.start)) {
      const last = list[list.length - 1] as Placed;
      if (!/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(between(ctx, last.end, m.start))) break;
      list.push(m);
    }
    const builders = list.filter((m) => isActor(m) && m.entity !== thing.entity);
    if (builders.length > 0) return edges(builders, [thing], CO_BUILD_OPTIONS.partnerConfidence);
  }
  return [];
}

/** The built thing named right after the verb and followed by "by" ("set up the X Lab by …"). */
function namedThenBy(ctx: SentenceContext, after: Placed[], from: number): Placed | undefined {
  const first = after[0];
  if (!first || !isThing(first) || first.type === 'District') return undefined;
  if (!/^\s*(?:of\s+)?(?:the\s+|a\s+|an\s+)?["“]?$/i.test(between(ctx, from, first.start)))
    return undefined;
  return /^["”]?\s*,?\s*by\b/i.test(between(ctx, first.end, ctx.end)) ? first : undefined;
}

/** True when the builders are one subject list opening their clause ("A, B and C …"). */
function joinedSubjects(ctx: SentenceContext, builders: Placed[]): boolean {
  if (builders.length < 2) return false;
  return builders.every(
    (b, i) =>
      i === 0 ||
      /^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(
        between(ctx, (builders[i - 1] as Placed).end, b.start),
      ),
  );
}

/**
 * "The new platform is the fruit of cooperation between A and B": an unnamed built thing said to
 * come of two partners' cooperation makes them co-builders (one edge between them).
 */
function cooperationBetween(ctx: SentenceContext): FoundRelation[] {
  // "The X Lab is the result of a partnership between A and B": the named subject is what they built.
  const subject = ctx.mentions[0];
  const named =
    subject &&
    isThing(subject) &&
    subject.type !== 'District' &&
    /^\s*(?:the\s+)?["“]?$/i.test(between(ctx, ctx.start, subject.start))
      ? CO_BUILD_OPTIONS.namedOutcomeOf.exec(ctx.text.slice(subject.end - ctx.start))
      : null;
  if (subject && named) {
    const first = ctx.mentions.find((x) => x.start >= subject.end + named[0].length);
    if (first && /^\s*$/.test(between(ctx, subject.end + named[0].length, first.start))) {
      const builders = listFrom(ctx, first).filter(
        (x) => isActor(x) && x.entity !== subject.entity,
      );
      if (builders.length > 0)
        return edges(builders, [subject], CO_BUILD_OPTIONS.partnerConfidence);
    }
  }
  const m =
    CO_BUILD_OPTIONS.cooperationOfThing.exec(ctx.text) ??
    CO_BUILD_OPTIONS.unnamedJointAppositive.exec(ctx.text) ??
    CO_BUILD_OPTIONS.jointBetween.exec(ctx.text);
  if (!m) return [];
  const from = ctx.start + m.index + m[0].length;
  const list: Placed[] = [];
  for (const x of ctx.mentions.filter((o) => o.start >= from)) {
    const gap = between(ctx, list.length ? (list[list.length - 1] as Placed).end : from, x.start);
    if (list.length ? !/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(gap) : !/^\s*$/.test(gap)) break;
    list.push(x);
  }
  const builders = list.filter((x) => isActor(x));
  return builders.length >= 2 ? edges(builders, [], CO_BUILD_OPTIONS.partnerConfidence) : [];
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
    // "A and B will keep supporting the construction of X": backing the building is support.
    if (CO_BUILD_OPTIONS.backedBuilding.test(between(ctx, clause.start, trigger.start))) continue;
    // "X was set up by A", "X is set up in partnership with A, B and C".
    const passive =
      CO_BUILD_OPTIONS.passiveBy.test(rest) ||
      (CO_BUILD_OPTIONS.passiveWith.test(rest) &&
        CO_BUILD_OPTIONS.auxiliaryBefore.test(between(ctx, clause.start, trigger.start)));
    const named = namedThenBy(ctx, after, trigger.end);
    if (named) {
      // "Setting up the X Lab by both parties", "the founding of X by A and B".
      const byWhom = beforeBackers(ctx, after, named.end, clause.end).filter(
        (m) => m.start > named.end && isBuilder(ctx, m),
      );
      if (byWhom.length > 0) return edges(byWhom, [named], CO_BUILD_OPTIONS.partnerConfidence);
    }
    const by = passive ? beforeBackers(ctx, after, trigger.end, clause.end) : before;
    const builders = uniqueEntities(by.filter((m) => isBuilder(ctx, m)));
    if (!passive && builders.length === 1) {
      // "X announced the launch of its Y Institute, in collaboration with Z": Z builds too.
      // "built X Science Park, an incubator, along with Y": a built place right after the verb.
      const made = after.find(
        (m) =>
          isThing(m) &&
          (m.type !== 'District' ||
            /^\s*(?:up\s+)?(?:the\s+)?$/i.test(between(ctx, trigger.end, m.start))),
      );
      const withAt = made
        ? CO_BUILD_OPTIONS.collaborationWith.exec(between(ctx, made.end, clause.end))
        : null;
      if (made && withAt) {
        const partners = after.filter(
          (m) =>
            m.start >= made.end + withAt.index &&
            isBuilder(ctx, m) &&
            m.entity !== made.entity &&
            // "in collaboration with the X Research Institute": an institute can be a partner.
            (!isThing(m) || m.type === 'Institute'),
        );
        if (partners.length > 0)
          return edges([...builders, ...partners], [made], CO_BUILD_OPTIONS.partnerConfidence);
      }
      const sole = soleFounder(ctx, before, after, trigger);
      if (sole) return sole;
    }
    // "X was founded by Y": one named founder of a named thing is enough in the passive.
    if (builders.length < (passive ? 1 : 2)) continue;
    const thing = passive
      ? [...before].reverse().find((m) => isThing(m) && m.type !== 'District')
      : after.find((m) => isThing(m) && m.type !== 'District');
    // "set up the X Lab and the Y Center": every thing of the list after the verb.
    const things = !thing
      ? []
      : passive
        ? [thing]
        : listFrom(ctx, thing).filter((m) => isThing(m) && m.type !== 'District');
    if (thing) return edges(builders, things, CO_BUILD_OPTIONS.partnerConfidence);
    // "The two sides will set up a fund": partners named together build an unnamed thing jointly.
    // "A and B signed an agreement to build a platform": so do subjects joined by "and".
    const sides =
      builders.every((b) => b.start === builders[0]?.start) || joinedSubjects(ctx, builders);
    // "A, B, C and D will jointly build a park": partners listed as one subject pair up each.
    if (
      !passive &&
      (CO_BUILD_OPTIONS.jointThing.test(rest) || (sides && CO_BUILD_OPTIONS.anyThing.test(rest)))
    )
      return edges(
        builders,
        [],
        CO_BUILD_OPTIONS.partnerConfidence,
        builders.length >= 3 && joinedSubjects(ctx, builders),
      );
  }
  return [];
}
