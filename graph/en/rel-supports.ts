import {
  between,
  clauseAround,
  findTriggers,
  type FoundRelation,
  isActor,
  type Placed,
  type SentenceContext,
  wordBefore,
} from './context';
import { hedged } from './clause';

/** Options for support of a named company or lab. */
const SUPPORT_OPTIONS = Object.freeze({
  /** compromise patterns for helping or supporting. */
  patterns: Object.freeze([
    '{help}',
    '{support}',
    '{assist}',
    '{empower}',
    '{aid}',
    '{provide} #Adjective? #Noun? (service|services|consulting|guidance) (for|to)',
    '{serve}',
    '(funded|financed|sponsored)',
    '{invest}',
    '{enable}',
    '{recommend} .{0,3} (experts|talents|professionals|scientists|specialists|engineers)',
    '{donate}',
    '{provide} .{0,4} (funding|funds|subsidies|financing) (for|to)',
  ]),
  /** Providing help of a kind to someone ("offers technical services to", "provide talent and technology for"). */
  provided:
    /\b(?:provide|provides|provided|providing|offer|offers|offered|offering)\s+(?:[\w-]+\s+){0,4}?(?:support|services|technology|technologies|talents?|expertise|solutions|assistance|training|guidance|consulting|consultancy|advice)\s+(?:for|to)\b/gi,
  /** Types that can be supported (the issue: a named company or lab). */
  targetTypes: new Set(['Company', 'Lab']),
  /** Types supported only when named right after the verb ("keep supporting X University"). */
  directTypes: new Set(['University', 'Institute']),
  /** Text between the verb and such a direct object. */
  directGap:
    /^\s*(?:(?:for|to)\s+)?(?:the\s+)?(?:(?:construction|development|building|establishment|operation)\s+of\s+(?:the\s+)?)?$/i,
  /** Reporting verbs: what follows is said by the names before them, not done by them. */
  reporting:
    /\b(?:said|says|added|noted|stressed|hoped|hopes|pointed out|believes|believed)\b(?:\s+that\b)?/gi,
  /** Text between "invest" and what is invested in ("invested 100 million yuan in the "). */
  investGap: /^\s*(?:[\w.,$¥-]+\s+){0,4}?in\s+(?:the\s+)?$/i,
  /** Text between "by" and the first backer ("the", "two major institutions, "). */
  byGap: /^(?:the\s+)?(?:(?:[a-z\d-]+\s+){0,3}[a-z]+s\s*,\s*(?:the\s+)?)?$/i,
  /** Text between a receiver and "support" it received ("had received strong "). */
  received:
    /^\s*,?\s*(?:has|have|had|will)?\s*(?:also\s+)?(?:received|receives|receive|got|gained|won|enjoyed|obtained)\s+(?:[a-z]+,?\s+(?:and\s+)?){0,6}$/i,
  /** "… thanked " before the supporter. */
  thankedFor:
    /\b(?:thanked|thanks|thanking|expressed (?:his|her|their) gratitude to)\s+(?:the\s+)?/i,
  /** Text after the thanked supporter: "for its (strong) support", "for its concern for and support". */
  forSupport:
    /^\s*(?:\([^()]*\)\s*)?for\s+(?:its|their|the)\s+(?:[a-z-]+\s+){0,4}?(?:support|help|assistance)(?:\s+and\s+help)?\b/i,
  /** Text between a giver and the one given support ("will give the "). */
  giveBefore:
    /\b(?:give|gives|gave|giving|given|provide|provides|provided|providing|offer|offers|offered|offering|lend|lends|lent)\s+(?:the\s+)?$/i,
  /** Text after the one given support ("strong support", "full financial and policy support"). */
  supportAfter: /^\s*(?:[a-z-]+\s+){0,3}?(?:support|backing|help|assistance)\b/i,
  /** Text before a company that made something ("the motor developed by "). */
  madeBy:
    /\b(?:developed|designed|made|produced|built|created|invented|manufactured)\s+by\s+(?:the\s+)?$/i,
  /** Text between that company and an expert it worked with (" in partnership with Prof. "). */
  withExpert:
    /^\s*,?\s*(?:in\s+(?:partnership|collaboration|cooperation)\s+with|together with|jointly with|with the help of)\s+(?:(?:Professor|Prof\.|Dr\.?|Academician)\s+)?$/i,
  /** Text between "services to" and who is served ("the", "local companies such as "). */
  servedGap:
    /^\s*(?:the\s+)?(?:local\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:companies|enterprises|firms|businesses|manufacturers)\s*,?\s*(?:such as|including|like)\s+(?:the\s+)?)?$/i,
  /** Text between "donate" and who receives the gift ("equipment worth $8 million to the "). */
  donatedTo: /^\s*(?:[\w$¥€£.,-]+\s+){0,6}?to\s+(?:the\s+)?$/i,
  /** Text right before a support verb saying the support goes on ("will keep supporting"). */
  continuing:
    /\b(?:keep|keeps|continue|continues|continue to|continues to|go on|goes on|further)\s+(?:to\s+)?$/i,
  /** Confidence of a support relation. */
  confidence: 0.7,
});

/**
 * True when support at `at` is only hoped for or urged ("hoped the ministry would support X"),
 * not when it goes on ("hopes that X will keep supporting Y": the support is there already).
 */
function wished(ctx: SentenceContext, at: number): boolean {
  return (
    hedged(ctx, at) &&
    !SUPPORT_OPTIONS.continuing.test(between(ctx, clauseAround(ctx, at).start, at))
  );
}

function isTarget(m: Placed): boolean {
  return SUPPORT_OPTIONS.targetTypes.has(m.type);
}

const LIST_GAP = /^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i;

/** The mentions listed with `first` after it ("A, B and C"), `first` included. */
function listFrom(ctx: SentenceContext, first: Placed, ms: readonly Placed[]): Placed[] {
  const list = [first];
  for (const m of ms.filter((x) => x.start >= first.end)) {
    if (!LIST_GAP.test(between(ctx, (list[list.length - 1] as Placed).end, m.start))) break;
    list.push(m);
  }
  return list;
}

/** The mentions listed before `last` ("A, B and" before C), `last` left out. */
function listBefore(ctx: SentenceContext, last: Placed, ms: readonly Placed[]): Placed[] {
  const list: Placed[] = [];
  let next = last;
  for (const m of ms.filter((x) => x.end <= last.start).reverse()) {
    if (!LIST_GAP.test(between(ctx, m.end, next.start))) break;
    list.unshift(m);
    next = m;
  }
  return list;
}

/** True when m is listed after another mention that "by" governs ("by A and B"). */
function listedAfterBy(ctx: SentenceContext, m: Placed, ms: readonly Placed[]): boolean {
  const before = listBefore(ctx, m, ms);
  const first = before[0];
  return first !== undefined && /\bby\s+(?:the\s+)?$/i.test(between(ctx, ctx.start, first.start));
}

/**
 * "The new park will be supported by Tianjin University and Nankai University": the backers
 * listed after "by" support the subject named before the passive verb.
 */
function passiveSupport(
  ctx: SentenceContext,
  clause: { start: number; end: number },
  trigger: { start: number; end: number; text: string },
  inClause: Placed[],
): FoundRelation[] {
  if (!/^(?:supported|backed|funded|sponsored|financed)$/i.test(trigger.text)) return [];
  // "will be supported by", and the reduced "a platform supported by": "by" makes it passive.
  const by = /^\s*by\s+/i.exec(between(ctx, trigger.end, clause.end));
  if (!by) return [];
  // "The lab will be run by A and funded by B": the agent of an earlier passive is not its subject.
  const target = [...inClause]
    .reverse()
    .find(
      (m) =>
        m.end <= trigger.start &&
        isActor(m) &&
        !/\bby\s+(?:the\s+)?$/i.test(between(ctx, clause.start, m.start)) &&
        !listedAfterBy(ctx, m, inClause),
    );
  if (!target) return [];
  // "by two major institutions, A and B": the list after a describing phrase.
  const rest = inClause.filter((m) => m.start >= trigger.end + by[0].length);
  const first = rest[0];
  if (!first || !SUPPORT_OPTIONS.byGap.test(between(ctx, trigger.end + by[0].length, first.start)))
    return [];
  const sources = [first];
  for (const m of rest.slice(1)) {
    const last = sources[sources.length - 1] as Placed;
    if (!/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(between(ctx, last.end, m.start))) break;
    sources.push(m);
  }
  return sources
    .filter((m) => isActor(m) && m.entity !== target.entity)
    .map((m) => ({
      type: 'SUPPORTS' as const,
      source: m.entity,
      target: target.entity,
      confidence: SUPPORT_OPTIONS.confidence,
    }));
}

/**
 * "Tian, director of the X Bureau, thanked UJN for its support and help to Zhangqiu City's
 * innovation": the thanked body supports what follows "to"/"of", else the thanker's body.
 */
function thankedForSupport(ctx: SentenceContext): FoundRelation[] {
  const m = SUPPORT_OPTIONS.thankedFor.exec(ctx.text);
  if (!m) return [];
  const thankedAt = ctx.start + m.index;
  const afterThanks = ctx.start + m.index + m[0].length;
  const source = ctx.mentions.find((x) => x.start >= afterThanks && isActor(x));
  if (!source) return [];
  const rest = between(ctx, source.end, ctx.end);
  const forSupport = SUPPORT_OPTIONS.forSupport.exec(rest);
  if (!forSupport) return [];
  const supportEnd = source.end + forSupport.index + forSupport[0].length;
  const named = ctx.mentions.find(
    (x) =>
      x.start >= supportEnd &&
      isActor(x) &&
      /^\s*(?:and\s+help\s+)?(?:to|of|for)\s+(?:the\s+)?$/i.test(between(ctx, supportEnd, x.start)),
  );
  const thanker = [...ctx.mentions].reverse().find((x) => x.end <= thankedAt && isActor(x));
  const target = named ?? thanker;
  if (!target || target.entity === source.entity) return [];
  return [
    {
      type: 'SUPPORTS',
      source: source.entity,
      target: target.entity,
      confidence: SUPPORT_OPTIONS.confidence,
    },
  ];
}

/**
 * "the motor developed by X Co. in partnership with Li Ping, a professor at Y": an expert who works
 * with a company on its product supports the company.
 */
function expertPartner(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const [i, company] of ctx.mentions.entries()) {
    if (company.type !== 'Company') continue;
    if (!SUPPORT_OPTIONS.madeBy.test(between(ctx, ctx.start, company.start))) continue;
    const expert = ctx.mentions.slice(i + 1).find((m) => m.start >= company.end);
    if (
      expert?.type === 'Person' &&
      SUPPORT_OPTIONS.withExpert.test(between(ctx, company.end, expert.start))
    )
      out.push({
        type: 'SUPPORTS',
        source: expert.entity,
        target: company.entity,
        confidence: SUPPORT_OPTIONS.confidence,
      });
  }
  return out;
}

/** "Nanchang will give the institute strong support": the giver supports whom it gives it. */
function givenSupport(ctx: SentenceContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const target of ctx.mentions) {
    if (!isActor(target) || target.type === 'District') continue;
    const head = between(ctx, ctx.start, target.start);
    const give = SUPPORT_OPTIONS.giveBefore.exec(head);
    if (!give || !SUPPORT_OPTIONS.supportAfter.test(between(ctx, target.end, ctx.end))) continue;
    const givenAt = ctx.start + give.index;
    // "He hoped the ministry would give X more support": wished, not given.
    if (wished(ctx, givenAt)) continue;
    const clause = clauseAround(ctx, givenAt);
    const source = [...ctx.mentions]
      .reverse()
      .find((m) => m.start >= clause.start && m.end <= givenAt && isActor(m));
    if (source && source.entity !== target.entity)
      out.push({
        type: 'SUPPORTS',
        source: source.entity,
        target: target.entity,
        confidence: SUPPORT_OPTIONS.confidence,
      });
  }
  return out;
}

/** "X helped/supported Y", "X provided technical support to Y", "with the support of X, Y …". */
export function findSupports(ctx: SentenceContext): FoundRelation[] {
  const thanked = thankedForSupport(ctx);
  if (thanked.length > 0) return thanked;
  const partnered = expertPartner(ctx);
  if (partnered.length > 0) return partnered;
  const given = givenSupport(ctx);
  if (given.length > 0) return given;
  const out: FoundRelation[] = [];
  const found = findTriggers(ctx, SUPPORT_OPTIONS.patterns);
  // compromise does not backtrack into "provide talent and technology for": a regex reads it.
  for (const m of ctx.text.matchAll(SUPPORT_OPTIONS.provided)) {
    const start = ctx.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (!found.some((t) => t.start < end && start < t.end)) found.push({ start, end, text: m[0] });
  }
  for (const trigger of found.sort((a, b) => a.start - b.start)) {
    // "He urged the academy to help X", "hoped it would support Y": asked for, not given.
    if (wished(ctx, trigger.start)) continue;
    const clause = clauseAround(ctx, trigger.start);
    const inClause = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    const after = inClause.filter((m) => m.start >= trigger.end);
    let source: Placed | undefined;
    let target: Placed | undefined;
    const passive = passiveSupport(ctx, clause, trigger, inClause);
    if (passive.length > 0) {
      out.push(...passive);
      continue;
    }
    // "X is funded by the Y agency and Z": a passive whose backers were not read stays unread,
    // never turned round into X supporting Z.
    if (/ed$/i.test(trigger.text) && /^\s*by\b/i.test(between(ctx, trigger.end, clause.end)))
      continue;
    // "support of X", "support and approval from X": the giver follows.
    if (/^\s*(?:(?:and|,)\s*[a-z]+\s+)?(of|from)\b/i.test(between(ctx, trigger.end, clause.end))) {
      source = after.find(isActor);
      target = after.find((m) => m !== source && m.start > (source?.end ?? 0) && isTarget(m));
      // "X had received strong support from A and B": the receiver is named before.
      if (source && !target) {
        const receiver = [...inClause]
          .reverse()
          .find(
            (m) =>
              m.end <= trigger.start &&
              (isTarget(m) || SUPPORT_OPTIONS.directTypes.has(m.type)) &&
              SUPPORT_OPTIONS.received.test(between(ctx, m.end, trigger.start)),
          );
        if (receiver) {
          for (const s of listFrom(ctx, source, inClause))
            if (isActor(s) && s.entity !== receiver.entity)
              out.push({
                type: 'SUPPORTS',
                source: s.entity,
                target: receiver.entity,
                confidence: SUPPORT_OPTIONS.confidence,
              });
          continue;
        }
      }
    } else {
      // "Xu, secretary of the X Committee, said the district would support Z": what is reported
      // has its own subject; names before the reporting verb do not support.
      const head = between(ctx, clause.start, trigger.start);
      let reported = -1;
      for (const r of head.matchAll(SUPPORT_OPTIONS.reporting)) reported = r.index + r[0].length;
      const from = clause.start + Math.max(0, reported);
      // "X would work with Y and support Z": the partner after "with" is not who supports.
      source = [...inClause]
        .reverse()
        .find(
          (m) =>
            m.start >= from &&
            m.end <= trigger.start &&
            isActor(m) &&
            wordBefore(ctx, m) !== 'with',
        );
      // "invested in X": only what the money goes into is supported.
      const invest = /^invest/i.test(trigger.text);
      target = after.find((m) => {
        const gap = between(ctx, trigger.end, m.start);
        if (invest)
          return (
            m.type !== 'Person' && m.type !== 'District' && SUPPORT_OPTIONS.investGap.test(gap)
          );
        // "help Keqiao build a textile cluster": a place helped to do something.
        const helpedPlace =
          m.type === 'District' &&
          /^help/i.test(trigger.text) &&
          /^\s*(?:the\s+)?$/i.test(gap) &&
          /^\s+[a-z]+\b/.test(between(ctx, m.end, ctx.end));
        // "offers services to X": the one served is named right after "to"/"for".
        if (/\b(?:to|for)$/i.test(trigger.text) && !SUPPORT_OPTIONS.servedGap.test(gap))
          return false;
        // "donated equipment worth $8 million to X": who receives the gift.
        if (/^donat/i.test(trigger.text))
          return (
            m.type !== 'Person' && m.type !== 'District' && SUPPORT_OPTIONS.donatedTo.test(gap)
          );
        return (
          isTarget(m) ||
          helpedPlace ||
          (SUPPORT_OPTIONS.directTypes.has(m.type) && SUPPORT_OPTIONS.directGap.test(gap))
        );
      });
    }
    if (!source || !target || source.entity === target.entity) continue;
    // "The X government and the Y government will keep supporting Z": every listed supporter;
    // "… services to A, B and C": every listed company or lab of the same kind.
    const supported = target;
    const targets = listFrom(ctx, target, inClause).filter(
      (m) => m === supported || (m.type === supported.type && isTarget(m)),
    );
    for (const s of [...listBefore(ctx, source, inClause), source])
      for (const t of targets)
        if (isActor(s) && s.entity !== t.entity)
          out.push({
            type: 'SUPPORTS',
            source: s.entity,
            target: t.entity,
            confidence: SUPPORT_OPTIONS.confidence,
          });
  }
  return out;
}
