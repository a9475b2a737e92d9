import words from '../data/en/clause-triggers.json';
import type { RelationType } from '../ontology';
import {
  canBeSubject,
  clauseStart,
  findWords,
  hedged,
  inflections,
  listAfter,
  objectEnd,
  passiveBy,
  phraseRegex,
  subjectRun,
} from './clause';
import { between, type FoundRelation, isActor, type Placed, type SentenceContext } from './context';

const BUILT = words.builtNouns.join('|');
const PLACE_HEADS = words.placeHeads.join('|');

/** The trigger verb regexes once built (verbRegexes). */
let VERBS:
  | Readonly<Record<'build' | 'support' | 'provide' | 'introduce' | 'transfer' | 'located', RegExp>>
  | undefined;

/**
 * The trigger verbs in every inflection compromise gives, built on first use: conjugating them
 * costs ~175 ms, which a process that reads no English (or not yet) should not pay at start-up.
 */
function verbRegexes() {
  return (VERBS ??= Object.freeze({
    /** Building verbs, every inflection ("found" alone is left out: it is also "find"). */
    build: phraseRegex(inflections(words.buildVerbs).filter((f) => f !== 'found')),
    /** Support verbs ("help", "empowers", "serving"). */
    support: phraseRegex(inflections(words.supportVerbs)),
    /** Verbs that give something to a beneficiary ("provide … for B", "offer B …"). */
    provide: phraseRegex(inflections(words.provideVerbs)),
    /** Verbs that bring in experts or teams. */
    introduce: phraseRegex(inflections(words.introduceVerbs)),
    /** Verbs that pass results on ("transfer … to", "licensed … to", "commercialised in"). */
    transfer: phraseRegex(inflections(words.transferVerbs)),
    /** Participles that place something ("located", "based", "headquartered", "settled"). */
    located: phraseRegex(inflections(words.locatedVerbs, ['PastTense'])),
  }));
}

/** Options for the broad clause-level layer, run where no specific pattern found the pair. */
const CLAUSE_OPTIONS = Object.freeze({
  /** Phrases that make the mention before them a part of the one after ("part of", "affiliated to"). */
  partOf: phraseRegex(words.partOfPhrases),
  /** Words in a clause that make building a joint act. */
  joint: new RegExp(
    `\\b(?:${words.jointMarkers.map((w) => w.replace(/-$/, '-\\w')).join('|')})`,
    'i',
  ),
  /** An unnamed built thing right after a building verb ("an innovation consortium"). */
  unnamedThing: new RegExp(
    `^\\s*(?:up\\s+)?(?:a|an|the|new|joint|two|three|four|five|several|\\d+)\\s+(?:[\\w&-]+\\s+){0,4}?(?:${BUILT})\\b`,
    'i',
  ),
  /** Text between a verb and the named thing it builds ("a research center, the "). */
  directObject:
    /^\s*(?:up\s+)?(?:(?:a|an|the|its|their|new|joint)\s+)*(?:[a-z&-]+\s+){0,3}?(?:,\s*(?:the\s+|named\s+(?:the\s+)?|called\s+(?:the\s+)?)?)?["“]?$/,
  /** Words that may stand in that text only if they are no preposition. */
  prepositionIn: /\b(?:in|at|for|to|with|by|of|from|on|into|under|and|or)\b/i,
  /** Text right before a building verb that makes the building backed, not done. */
  backed:
    /\b(?:support|supports|supported|supporting|help|helps|helped|helping|assist|assisting|promote|promoting|accelerate|accelerating|speed up|fund|funding)\s+(?:the\s+)?(?:(?:construction|establishment|building)\s+of\s+)?$/i,
  /** Text before a participle that leaves its doer open (", supporting", "while helping"). */
  looseParticiple: /(?:,|\b(?:while|when|by|thus|thereby|in))\s*$/i,
  /** Text right before a support verb saying the support goes on ("will keep supporting"). */
  continuing: /\b(?:keep|keeps|continue|continues|go on|goes on|further)\s+(?:to\s+)?$/i,
  /** Text between a support verb and who is supported ("the development of", "local"). */
  supportedGap:
    /^\s*(?:(?:the|its|their|local)\s+)?(?:(?:high-quality\s+|economic\s+|industrial\s+|sustainable\s+)?(?:development|construction|growth|transformation|upgrading|revitali[sz]ation|needs|building|work)\s+(?:of|in)\s+(?:the\s+)?)?$/i,
  /** A support noun and the preposition naming who benefits ("support for ", "services to "). */
  benefitFor: new RegExp(
    `\\b(?:${words.supportNouns.join('|')})\\s+(?:and\\s+[a-z]+\\s+)?(?:for|to)\\s+(?:the\\s+)?(?:(?:development|construction|growth)\\s+of\\s+(?:the\\s+)?)?$`,
    'i',
  ),
  /** A sum of money given to the beneficiary ("gave $5m to ", "awarded a £2 million grant to "). */
  moneyTo:
    /^\s*(?:(?:a|an|another|the)\s+)?(?:(?:US|S|A|HK|NZ)?[$£€¥]\s?\d[\d.,]*\s*(?:m|bn|k|million|billion)?|\d[\d.,]*\s*(?:million|billion)\s+(?:yuan|dollars|euros|pounds|rupees|won|yen))\s+(?:[a-z-]+\s+){0,2}?(?:to|for)\s+(?:the\s+)?$/i,
  /** "support" used as a noun ("its support for", "strong support to"). */
  supportNoun:
    /^\s*(?:for|to)\s+(?:the\s+)?(?:(?:development|construction|growth)\s+of\s+(?:the\s+)?)?$/i,
  /** Text between the verb and the beneficiary of a double object ("offer " B "more …"). */
  doubleObject: /^\s*(?:the\s+)?$/,
  /** What a double object gives: a support noun within a few words ("more practical platforms"). */
  givenThing: new RegExp(`^\\s+(?:[\\w-]+\\s+){0,4}?(?:${words.supportNouns.join('|')})\\b`, 'i'),
  /** Results that can be transferred, named in the clause ("patents", "technology"). */
  resultNoun: new RegExp(`\\b(?:${words.resultNouns.join('|')})\\b`, 'i'),
  /** Prepositions naming where results go (to a company; in a place). */
  transferTo: /\b(?:to|into)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?$/i,
  transferIn: /\b(?:in|at|to|into)\s+(?:the\s+)?$/i,
  /** Text between a located participle and the place ("in the ", "at "). */
  locatedIn:
    /^\s+(?:in|at|within|inside)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central|eastern|western|northern|southern)(?:\s+part)?\s+of\s+(?:the\s+)?)?(?:(?:[A-Z][a-z]+\s+)?China['’]s\s+)?$/i,
  /** Text between what is located and the participle ("X, ", "A and B, both "). */
  locatedGap:
    /^\s*,?\s*(?:(?:which|that|who)\s+)?(?:(?:is|are|was|were|will be|has been|have been|both|all|also|now|currently|each|being)\s+)*$/i,
  /** A lower-case noun right before a participle ("firms located"): no verb word, no adverb. */
  nounBefore:
    /(?:^|[^\w-])(?!(?:is|are|was|were|be|been|being|also|now|both|all|each|which|that|who|and|or|to|still|then|itself|themselves)\b)[a-z][a-z-]*(?<!ly)\s+$/,
  /** Text before a mention that makes it an agent or partner ("set up by ", "together with "). */
  agentBefore: /\b(?:by|with)\s+(?:the\s+)?$/i,
  /** Text from that phrase to the main verb (", is "): no relative pronoun, so not its own clause. */
  mainVerbGap: /^\s*,\s*(?:is|are|was|were|will be|has been|have been)\s/i,
  /** A place described as a part of a larger one ("X is one of the earliest developed areas of Y"). */
  placeOf: new RegExp(
    `^\\s*(?:,\\s*)?(?:is|was|remains|lies)\\s+(?:also\\s+|now\\s+)?(?:(?:one|some)\\s+of\\s+)?(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,5}?(?:${PLACE_HEADS})\\s+(?:of|in)\\s+(?:the\\s+)?(?:(?:[A-Za-z]+\\s+)?China['’]s\\s+)?$`,
    'i',
  ),
  /** Text between a place and one inside it named by its level and possessive ("Lanxi city's "). */
  placePossessive: /^\s+(?:city|province|county|prefecture|municipality)['’]s\s+$/i,
  /** A fronted backer of the main clause's subject ("With the strong support of "). */
  frontedSupport:
    /^(?:With|Thanks to|Backed by|Supported by)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:(?:support|help|funding|backing|assistance)\s+(?:of|from)\s+)?(?:the\s+)?$/,
  /** A ceremony that opens a facility on site ("foundation stone", "unveiling", "inauguration"). */
  openingCeremony:
    /\b(?:foundation[- ]stone|groundbreaking|ground-breaking|unveil(?:s|ed|ing)?|inaugurat(?:e|es|ed|ing|ion)|opening|plaque|nameplate)\b/i,
  /** Text right before the place a ceremony was held in ("was held in ", "on 24 May in "). */
  heldIn: /\b(?:held|hosted|took place|ceremony)\b[^;]{0,40}?\b(?:in|at)\s+(?:the\s+)?$/i,
  /** A support noun naming its giver next ("the concern and support of ", "help from "). */
  supportOf: /\b(?:support|help|assistance|backing|funding)\s+(?:of|from)\s+(?:the\s+)?$/i,
  /** Text between that giver and who benefits (" for the development of higher education in "). */
  supportFor:
    /^\s+(?:for|to)\s+(?:the\s+)?(?:(?:development|construction|growth)\s+of\s+(?:[a-z-]+\s+){0,4}?(?:in\s+)?(?:the\s+)?)?$/i,
  /** Text between a part and its owner phrase ("X, ", "X is ", "X, which is a "). */
  partGap:
    /^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|are|was|were|also|now|as|being|has been)\s+)*(?:(?:a|an)\s+)?$/i,
  /** A relative clause between the main subject and its verb (", which was set up in 2004, is "). */
  relativeThenMain:
    /\s*,\s*(?:which|that)\s+[^,;()]{1,80}?(?:\([^()]{0,40}\)[^,;()]{0,40}?)?,\s*(?:is|was|are|were|has been|remains)\s+(?:also\s+|now\s+|still\s+)?(?:(?:a|an)\s+)?$/i,
  /** Types that can be built. */
  thingTypes: new Set(['Lab', 'Institute', 'Fund']),
  /** Place names that are built things (parks, zones). */
  builtDistrict: /\b(park|zone|base|science city|sci-tech city|port|cluster|city)$/i,
  /** Types that can be part of another body, and the types that own parts. */
  partTypes: new Set(['Lab', 'Institute', 'Company', 'ResearchTeam']),
  ownerTypes: new Set(['University', 'Institute', 'Company', 'Other']),
  /** Confidence of a relation found by clause roles only. */
  confidence: 0.55,
});

function isThing(m: Placed): boolean {
  return (
    CLAUSE_OPTIONS.thingTypes.has(m.type) ||
    (m.type === 'District' && CLAUSE_OPTIONS.builtDistrict.test(m.name))
  );
}

function unique(ms: readonly Placed[]): Placed[] {
  const seen = new Set<string>();
  return ms.filter((m) => !seen.has(m.entity) && seen.add(m.entity));
}

function rel(type: RelationType, source: Placed, target: Placed): FoundRelation {
  return {
    type,
    source: source.entity,
    target: target.entity,
    confidence: CLAUSE_OPTIONS.confidence,
  };
}

/** The first mention starting at or after `at` and before `end`. */
function firstFrom(ctx: SentenceContext, at: number, end: number): Placed | undefined {
  return ctx.mentions.find((m) => m.start >= at && m.end <= end);
}

/** The named thing(s) a verb builds: the list right after it ("set up the A Lab and the B Center"). */
function builtObjects(ctx: SentenceContext, at: number, end: number): Placed[] {
  const first = firstFrom(ctx, at, end);
  if (!first) return [];
  const gap = between(ctx, at, first.start);
  if (!CLAUSE_OPTIONS.directObject.test(gap)) return [];
  // "set up a branch in X": a lower-case preposition before the name makes it no object.
  if (CLAUSE_OPTIONS.prepositionIn.test(gap.replace(/^\s*up\b/i, ''))) return [];
  return listAfter(ctx, first, end).filter(isThing);
}

/** Partners named with "with" between the subject and the end of the clause. */
function withPartners(ctx: SentenceContext, from: number, end: number): Placed[] {
  const out: Placed[] = [];
  for (const m of ctx.mentions) {
    if (m.start < from || m.end > end || out.includes(m) || !isActor(m)) continue;
    if (!/\bwith\s+(?:the\s+)?$/i.test(between(ctx, from, m.start))) continue;
    out.push(...listAfter(ctx, m, end).filter((x) => isActor(x) && !out.includes(x)));
  }
  return out;
}

function coBuildEdges(builders: Placed[], things: Placed[]): FoundRelation[] {
  const bs = unique(builders).filter((b) => !things.some((t) => t.entity === b.entity));
  const ts = unique(things);
  if (ts.length > 0) return bs.flatMap((b) => ts.map((t) => rel('CO_BUILDS', b, t)));
  const [first, ...rest] = bs;
  return first ? rest.map((o) => rel('CO_BUILDS', first, o)) : [];
}

/** "A and B will jointly build X", "X was set up by A with B", "A partnered with B to build X". */
function coBuilds(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const t of findWords(ctx, verbRegexes().build)) {
    if (hedged(ctx, t.start)) continue;
    const from = clauseStart(ctx, t.start);
    if (CLAUSE_OPTIONS.backed.test(between(ctx, from, t.start))) continue;
    const end = objectEnd(ctx, t.end);
    const by = passiveBy(ctx, t.end);
    if (by !== null) {
      const first = firstFrom(ctx, by, end);
      if (!first || !/^\s*$/.test(between(ctx, by, first.start))) continue;
      const builders = listAfter(ctx, first, end).filter(isActor);
      const thing = [...ctx.mentions]
        .reverse()
        .find((m) => m.end <= t.start && m.start >= from && isThing(m));
      if (thing) out.push(...coBuildEdges(builders, [thing]));
      continue;
    }
    const subjects = subjectRun(ctx, t.start).filter((m) => !isThing(m) || m.type === 'Institute');
    // Partners stand after the subject ("A, together with B, set up …", "A set up X with B").
    const last = subjects[subjects.length - 1];
    if (!last) continue;
    const partners = withPartners(ctx, last.end, end);
    const builders = unique([...subjects, ...partners]);
    // A named thing after the verb is left to the specific patterns: clause roles alone
    // mistook what was built there more often than they found it.
    if (builtObjects(ctx, t.end, end).length > 0) continue;
    const joint =
      CLAUSE_OPTIONS.joint.test(between(ctx, from, end)) || t.text.toLowerCase().startsWith('co-');
    if (builders.length >= 2 && joint && CLAUSE_OPTIONS.unnamedThing.test(between(ctx, t.end, end)))
      out.push(...coBuildEdges(builders, []));
  }
  return out;
}

/** "A supports B", "A will provide support for B", "A offers B platforms", "B is backed by A". */
function supports(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const t of findWords(ctx, verbRegexes().support)) {
    // "…, supporting the transformation of X", "while giving …": whose act it is stays open.
    if (CLAUSE_OPTIONS.looseParticiple.test(between(ctx, ctx.start, t.start))) continue;
    // "He hoped the ministry would support X": wished, not done ("keep supporting" goes on).
    if (hedged(ctx, t.start) && !CLAUSE_OPTIONS.continuing.test(between(ctx, ctx.start, t.start)))
      continue;
    const end = objectEnd(ctx, t.end);
    const by = passiveBy(ctx, t.end);
    if (by !== null) {
      const first = firstFrom(ctx, by, end);
      if (!first || !/^\s*$/.test(between(ctx, by, first.start))) continue;
      const targets = subjectRun(ctx, t.start);
      for (const s of listAfter(ctx, first, end).filter(isActor))
        for (const b of targets) out.push(rel('SUPPORTS', s, b));
      continue;
    }
    const next = firstFrom(ctx, t.end, end);
    if (!next || !isActor(next)) continue;
    const gap = between(ctx, t.end, next.start);
    const direct = CLAUSE_OPTIONS.supportedGap.test(gap);
    const noun = /^support$/i.test(t.text) && CLAUSE_OPTIONS.supportNoun.test(gap);
    if (!direct && !noun) continue;
    for (const s of subjectRun(ctx, t.start).filter(isActor))
      for (const b of listAfter(ctx, next, end).filter(isActor)) out.push(rel('SUPPORTS', s, b));
  }
  // "With the support of A (and B), S built …": the backers support the main clause's subject.
  const backers = ctx.mentions.filter((m) =>
    CLAUSE_OPTIONS.frontedSupport.test(between(ctx, ctx.start, m.start)),
  );
  const firstBacker = backers[0];
  if (firstBacker) {
    // The backers run up to the comma that ends the opening phrase.
    const comma = ctx.text.indexOf(',', firstBacker.end - ctx.start);
    const list = listAfter(ctx, firstBacker, ctx.end).filter(
      (m) => isActor(m) && (comma < 0 || m.end <= ctx.start + comma),
    );
    const subject = comma < 0 ? undefined : firstFrom(ctx, ctx.start + comma, ctx.end);
    if (
      subject &&
      isActor(subject) &&
      /^,\s*(?:the\s+)?$/i.test(between(ctx, ctx.start + comma, subject.start))
    )
      for (const b of list) if (b.entity !== subject.entity) out.push(rel('SUPPORTS', b, subject));
  }
  // "thanked A for the concern and support of B for (the development of) C": B supports C.
  for (const [i, giver] of ctx.mentions.entries()) {
    if (!isActor(giver) || !CLAUSE_OPTIONS.supportOf.test(between(ctx, ctx.start, giver.start)))
      continue;
    const taker = ctx.mentions.slice(i + 1).find((m) => m.start >= giver.end);
    if (taker && isActor(taker) && taker.entity !== giver.entity)
      if (CLAUSE_OPTIONS.supportFor.test(between(ctx, giver.end, taker.start)))
        out.push(rel('SUPPORTS', giver, taker));
  }
  for (const t of findWords(ctx, verbRegexes().provide)) {
    if (CLAUSE_OPTIONS.looseParticiple.test(between(ctx, ctx.start, t.start))) continue;
    if (hedged(ctx, t.start)) continue;
    const end = objectEnd(ctx, t.end);
    const sources = subjectRun(ctx, t.start).filter(isActor);
    if (sources.length === 0) continue;
    const first = firstFrom(ctx, t.end, end);
    if (!first || !isActor(first)) continue;
    const gap = between(ctx, t.end, first.start);
    const beneficiary =
      CLAUSE_OPTIONS.benefitFor.test(gap) ||
      CLAUSE_OPTIONS.moneyTo.test(gap) ||
      (CLAUSE_OPTIONS.doubleObject.test(gap) &&
        CLAUSE_OPTIONS.givenThing.test(ctx.text.slice(first.end - ctx.start)));
    if (!beneficiary) continue;
    for (const s of sources)
      for (const b of listAfter(ctx, first, end).filter(isActor)) out.push(rel('SUPPORTS', s, b));
  }
  return out;
}

/** "X District has recruited (part-time) experts such as Y", "Z was introduced by X". */
function introductions(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const t of findWords(ctx, verbRegexes().introduce)) {
    if (hedged(ctx, t.start)) continue;
    const end = objectEnd(ctx, t.end);
    const by = passiveBy(ctx, t.end);
    const people = (m: Placed): boolean => m.type === 'Person' || m.type === 'ResearchTeam';
    if (by !== null) {
      const source = firstFrom(ctx, by, end);
      if (!source || !isActor(source)) continue;
      for (const p of subjectRun(ctx, t.start).length
        ? ctx.mentions.filter(
            (m) => people(m) && m.end <= t.start && m.start >= clauseStart(ctx, t.start),
          )
        : [])
        out.push(rel('FLEXIBLY_INTRODUCES', source, p));
      continue;
    }
    const sources = subjectRun(ctx, t.start).filter(isActor);
    const found = ctx.mentions.filter((m) => m.start >= t.end && m.end <= end && people(m));
    // "a team … led by Professor W": the team is introduced, not its leader again.
    const targets = found.filter(
      (p) =>
        p.type !== 'Person' ||
        !found.some((o) => o.type === 'ResearchTeam' && o.name.includes(p.name)),
    );
    for (const s of sources) for (const p of targets) out.push(rel('FLEXIBLY_INTRODUCES', s, p));
  }
  return out;
}

/** The owner of a subject noun phrase ("the patents of X", "X's technology") before `at`. */
function ownerInSubject(ctx: SentenceContext, at: number): Placed | undefined {
  const from = clauseStart(ctx, at);
  return ctx.mentions.find(
    (m) =>
      m.start >= from &&
      m.end <= at &&
      isActor(m) &&
      (/\bof\s+(?:the\s+)?$/i.test(between(ctx, from, m.start)) ||
        /^['’]s?\s/.test(ctx.text.slice(m.end - ctx.start))),
  );
}

/** "X transferred its patents to Y", "results of X were licensed to Y", "commercialised in Y". */
function transfers(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const t of findWords(ctx, verbRegexes().transfer)) {
    if (hedged(ctx, t.start)) continue;
    const end = objectEnd(ctx, t.end);
    const by = passiveBy(ctx, t.end);
    const subject = subjectRun(ctx, t.start).filter(isActor);
    const byWhom = by !== null ? firstFrom(ctx, by, end) : undefined;
    const sources = byWhom
      ? [byWhom]
      : subject.length > 0
        ? subject
        : [ownerInSubject(ctx, t.start)].filter((m): m is Placed => m !== undefined);
    // "sold robots to X" is trade: only results (patents, technology) are transferred.
    if (!CLAUSE_OPTIONS.resultNoun.test(between(ctx, clauseStart(ctx, t.start), end))) continue;
    const place = /^(?:commerciali|industriali)/i.test(t.text);
    const target = ctx.mentions.find(
      (m) =>
        m.start >= t.end &&
        m.end <= end &&
        isActor(m) &&
        (place ? CLAUSE_OPTIONS.transferIn : CLAUSE_OPTIONS.transferTo).test(
          between(ctx, t.end, m.start),
        ),
    );
    if (!target) continue;
    for (const s of sources)
      if (s.entity !== target.entity) out.push(rel('TRANSFERS_TO', s, target));
  }
  return out;
}

/** The mentions right before `at` joined into one list ("A and B, both "). */
function listBefore(ctx: SentenceContext, at: number, gap: RegExp): Placed[] {
  const before = ctx.mentions.filter((m) => m.end <= at);
  const last = before[before.length - 1];
  if (!last || !gap.test(between(ctx, last.end, at))) return [];
  const out = before.filter((m) => m.start === last.start);
  for (const m of [...before].reverse()) {
    const first = out[0] as Placed;
    if (m.end > first.start) continue;
    const gap = between(ctx, m.end, first.start);
    // "Yunnan University (YNU) and the X government, both located in …": a bracketed short form.
    if (m.entity === first.entity && /^\s*\(\s*$/.test(gap)) {
      out[0] = m;
      continue;
    }
    if (!/^\s*\)?\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(gap)) break;
    out.unshift(m);
  }
  return out;
}

/** "X, located in Y", "A and B, both based in Y", "X is headquartered in Y's Z Park", "X is an area of Y". */
function located(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const t of findWords(ctx, verbRegexes().located)) {
    let place = ctx.mentions.find(
      (m) =>
        m.start >= t.end &&
        m.type === 'District' &&
        CLAUSE_OPTIONS.locatedIn.test(between(ctx, t.end, m.start)),
    );
    if (!place) continue;
    // "in Shandong's Weihai city": the place after the possessive is where it is.
    for (let next = firstFrom(ctx, place.end, ctx.end); next && next.type === 'District';) {
      if (!/^['’]s\s+$/.test(between(ctx, place.end, next.start))) break;
      place = next;
      next = firstFrom(ctx, place.end, ctx.end);
    }
    const near = listBefore(ctx, t.start, CLAUSE_OPTIONS.locatedGap);
    // "X, set up by A together with B, is located in Y": the agent or partner of a phrase
    // between the subject and its verb is not what is located.
    const governed =
      near[0] !== undefined &&
      CLAUSE_OPTIONS.agentBefore.test(between(ctx, ctx.start, near[0].start)) &&
      CLAUSE_OPTIONS.mainVerbGap.test(between(ctx, (near[near.length - 1] as Placed).end, t.start));
    // "transferred to enterprises located in Y": a bare noun right before the participle is
    // what is located, not the clause's subject.
    const nounLocated =
      near.length === 0 && CLAUSE_OPTIONS.nounBefore.test(between(ctx, ctx.start, t.start));
    const sources =
      near.length > 0 && !governed ? near : nounLocated ? [] : subjectRun(ctx, t.start);
    for (const s of sources)
      if (s.type !== 'Person' && s.entity !== place.entity) out.push(rel('LOCATED_IN', s, place));
  }
  for (const [i, a] of ctx.mentions.entries()) {
    const inner = ctx.mentions.slice(i + 1).find((m) => m.start >= a.end);
    if (
      a.type === 'District' &&
      inner?.type === 'District' &&
      inner.entity !== a.entity &&
      CLAUSE_OPTIONS.placePossessive.test(between(ctx, a.end, inner.start))
    )
      out.push(rel('LOCATED_IN', inner, a));
    if (a.type !== 'District' || !canBeSubject(ctx, a, ctx.start)) continue;
    const b = ctx.mentions.slice(i + 1).find((m) => m.start >= a.end);
    if (b?.type !== 'District' || b.entity === a.entity) continue;
    if (CLAUSE_OPTIONS.placeOf.test(between(ctx, a.end, b.start)))
      out.push(rel('LOCATED_IN', a, b));
  }
  return out;
}

/**
 * "A held a ceremony in Y to lay the foundation stone of X", "the ceremony unveiling X was held in
 * Y": a facility opened on site is where its ceremony was held.
 */
function openedAt(ctx: SentenceContext): FoundRelation[] {
  // A signing may be held anywhere: only a ceremony that opens something on site places it.
  if (
    !/\bceremony\b/i.test(ctx.text) ||
    /\bsign(?:s|ed|ing)?\b/i.test(ctx.text) ||
    !CLAUSE_OPTIONS.openingCeremony.test(ctx.text)
  )
    return [];
  const places = ctx.mentions.filter(
    (m) => m.type === 'District' && CLAUSE_OPTIONS.heldIn.test(between(ctx, ctx.start, m.start)),
  );
  const place = places[0];
  if (
    !place ||
    places.some(
      (p) => p.entity !== place.entity && !/^\s*(?:,|in)\s*/.test(between(ctx, place.end, p.start)),
    )
  )
    return [];
  const opening = CLAUSE_OPTIONS.openingCeremony.exec(ctx.text) as RegExpExecArray;
  const thing = ctx.mentions.find(
    (m) =>
      m.start >= ctx.start + opening.index &&
      isThing(m) &&
      m.type !== 'District' &&
      /^\s*(?:of\s+|for\s+)?(?:the\s+)?(?:new\s+)?["“]?$/i.test(
        between(ctx, ctx.start + opening.index + opening[0].length, m.start).replace(
          /^\s*(?:stone|ceremony)(?:\s+(?:of|for))?/i,
          '',
        ),
      ),
  );
  return thing ? [rel('LOCATED_IN', thing, place)] : [];
}

/** "X is part of Y", "X, affiliated to Y", "X, a subsidiary of Y". */
function partsOf(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const t of findWords(ctx, CLAUSE_OPTIONS.partOf)) {
    const owner = firstFrom(ctx, t.end, ctx.end);
    if (!owner || !CLAUSE_OPTIONS.ownerTypes.has(owner.type)) continue;
    if (!/^\s*(?:the\s+)?$/i.test(between(ctx, t.end, owner.start))) continue;
    // "building the lab is part of Y's strategy": a part of what Y owns, not of Y.
    if (/^['’]s?\s/.test(ctx.text.slice(owner.end - ctx.start))) continue;
    // "X, which was founded in 1999 as Y, is held by Z": the main clause's subject is the part.
    const relative = CLAUSE_OPTIONS.relativeThenMain.exec(between(ctx, ctx.start, t.start));
    const parts = relative
      ? ctx.mentions.filter((m) => m.end === ctx.start + relative.index).slice(0, 1)
      : listBefore(ctx, t.start, CLAUSE_OPTIONS.partGap);
    // "held by" is a holding of shares: only a company is held.
    const held = /^held\b/i.test(t.text);
    for (const part of parts)
      if (
        CLAUSE_OPTIONS.partTypes.has(part.type) &&
        (!held || part.type === 'Company') &&
        part.entity !== owner.entity
      )
        out.push(rel('PART_OF', part, owner));
  }
  return out;
}

/**
 * The broad layer: relations read from clause roles (subject, object, partner) around a trigger
 * word. The caller keeps one only when no specific pattern found that type for the pair.
 */
export function findClauseRelations(ctx: SentenceContext): FoundRelation[] {
  if (ctx.mentions.length < 2) return [];
  return [
    ...coBuilds(ctx),
    ...supports(ctx),
    ...introductions(ctx),
    ...transfers(ctx),
    ...located(ctx),
    ...partsOf(ctx),
    ...openedAt(ctx),
  ].filter((f) => f.source !== f.target);
}
