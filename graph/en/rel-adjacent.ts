import {
  between,
  type FoundRelation,
  type Placed,
  type SentenceContext,
  wordBefore,
} from './context';
import { examplesAfter, kindsPlacedBefore, placeKindsBefore } from './rel-examples';

/** Options for relations stated by adjacency (located in, part of). */
const ADJACENT_OPTIONS = Object.freeze({
  /** Text between an entity and the District it sits in. */
  locatedGap:
    /^\s*,?\s*(?:(?:a|an|the|China['’]s) [a-z][a-z -]{0,40}?,\s*)?(?:(?:which|that) )?(?:(?:is|was|are|were|will be|has been|have been)\s+(?:also\s+|now\s+)?)?(?:(?:a|an|the|one of the) [a-z][a-z -]{0,40}? )?(?:(?:located|based|headquartered|situated|settled|registered|sitting|lies|sits|(?:set up|established|founded|built|launched|opened)(?: in \d{4})?) )?(?:in|at) (?:(?:a|an|the) (?:[a-z-]+ ){0,3}?(?:zone|park|area|district|county|town|part) of )?(?:the )?(?:local )?$/i,
  /** Text ending where a newly opened entity opened ("… was inaugurated on July 16 in X"). */
  openedBefore:
    /\b(?:launched|inaugurated|unveiled|opened|open|established|set up|founded|built|put into operation)(?: on [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?)? in (?:(?:a|an|the) [a-z][a-z -]{0,30}? (?:of|in) )?(?:the )?$/i,
  /** Text between the last of a list of entities and where they settled ("…, have settled in X"). */
  settledGap:
    /^\s*,?\s*(?:(?:have |has |had )?(?:settled|moved|registered) (?:down )?in (?:the )?|(?:also |both |each )*(?:have|has|had|run|runs|opened) (?:a |an |its |their |new )?(?:[a-z]+ )?(?:campus|campuses|branch|branches|headquarters|offices?|bases?) in (?:the )?)$/i,
  /** A ceremony that opens something ("the founding ceremony of", "the unveiling ceremony of"). */
  ceremonyOf:
    /\b(?:founding|unveiling|inauguration|opening|launch|launching|establishment|groundbreaking|ground-breaking|foundation[- ]stone(?:[- ]laying)?|plaque[- ]unveiling|nameplate[- ]unveiling)\s+ceremony\s+(?:of|for)\s+(?:the\s+)?/i,
  /** Text between what the ceremony opened and the place it was held in. */
  heldIn:
    /^["”]?\s*(?:was|were|is)\s+(?:\w+ly\s+)?held\s+(?:(?:on|at)\s+[^,;]{1,40}?\s+)?in\s+(?:the\s+)?$/i,
  /** A sentence opening with where its subject sits ("Located in Y, the X …"). */
  frontedPlace: /^(?:Located|Based|Situated|Headquartered|Sitting)\s+(?:in|at)\s+(?:the\s+)?/,
  /** Text between a District and a larger District it belongs to ("Tongnan District of Chongqing"). */
  districtGap:
    /^\s*(?:(?:city|county|district|town|province)\s*)?(?:,\s*)?(?:(?:(?:which|that) )?(?:is|was|lies|sits|forms|formed|makes up)\s+(?:(?:located|situated)\s+)?)?(?:(?:a|an) (?:[a-z-]+ ){0,2}?(?:city|county|district|town|province|region|area|zone) )?(?:of|in|administered by|under(?: the jurisdiction of)?|part of|(?:the )?(?:provincial )?capital(?: city)? of)\s+(?:the )?(?:(?:city|province|county|prefecture|region|municipality|state) of (?:the )?)?(?:(?:[A-Za-z]+ )?China['’]s |(?:(?:north|south)?(?:east|west)(?:ern)?|northern|southern|central) )?$|^\s*,\s*$|^\s*,\s*(?:(?:north|south)?(?:east|west)(?:ern)?\s+|northern\s+|southern\s+|central\s+|north\s+|south\s+)?China['’]s\s+$|^\s*,?\s*(?:(?:which\s+)?(?:is|lies)\s+)?(?:in\s+)?(?:the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central|eastern|western|northern|southern)(?:\s+part)?\s+of\s+(?:the\s+)?$/i,
  /** Text between a District and the entity it hosts ("Chongqing-based X", "Bishan's X"). */
  hostGap:
    /^(?:-based (?:[a-z]+ ){0,3}?(?:(?:such as|including|like) )?(?:the )?|['’]s |\s+(?:[a-z-]+\s+){0,2}?(?:companies|enterprises|firms)\s*,?\s*(?:such as|including|like)\s+(?:the\s+)?)$/i,
  /** Text between a team (or industry college) and its university or institute. */
  partGap: /^\s*(?:,\s*)?(?:of|from|at|under|in) (?:the )?$/i,
  /** Text between a lab or institute and the university or institute hosting it. */
  hostedGap:
    /^\s*,\s*(?:(?:which|that) is\s+)?(?:based|housed|hosted|located) (?:at|in) (?:the )?$|^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|are|were|will be)\s+)?(?:hosted|housed)\s+by\s+(?:the\s+)?$|^\s*(?:is|was|are|were) (?:also )?(?:set up|established|based|housed|located) (?:at|in|within) (?:the )?$|^\s*,?\s*(?:(?:which|that) is\s+|(?:is|was|are|were)\s+)?affiliated (?:to|with) (?:the )?$|^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|will be)\s+(?:(?!jointly\b|co-)[a-z]+\s+){0,5}?(?:managed|run|operated|administered)\s+(?:(?:directly|solely|wholly|entirely)\s+)?by (?:the )?$/i,
  /** Text between a lab or institute and the body it belongs to ("X, under the Y", "X of Y"). */
  ownedGap:
    /^\s*(?:(?:,\s*(?:which is\s+)?|\s+)under|\s+of)\s+(?:the\s+)?$|^\s*,\s*(?:an?\s+)?(?:(?!joint\b|partnership\b|collaboration\b|cooperation\b)[a-z-]+\s+){0,3}(?:under|of)\s+(?:the\s+)?$|^\s+(?:is|was|are|were)\s+(?:(?:a|an|one of the)\s+(?:(?!joint\b)[a-z-]+\s+){0,2}(?:platforms?|labs?|laborator(?:y|ies)|cent(?:er|re)s?|institutes?|bases?|units?|branch(?:es)?|divisions?)\s+(?:under|of)|(?:also\s+)?(?:a\s+)?part\s+of)\s+(?:the\s+)?$/i,
  /** Text between a company and the group it belongs to ("is a company affiliated to"). */
  subsidiaryGap:
    /^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|as)?\s*(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?)?(?:affiliated (?:to|with)|(?:company|firm|enterprise|subsidiary) (?:of|under)|subsidiary of)\s+(?:the\s+)?$/i,
  /** Text between an organisation and the place it moves or settles into. */
  movedGap:
    /^\s*,?\s*(?:[a-z]+\s+){0,4}?(?:mov(?:e|es|ed|ing) (?:its|their) (?:headquarters|head office|base|registered office) to|mov(?:e|es|ed|ing) into|relocat(?:e|es|ed|ing) (?:to|into)|settl(?:e|es|ed|ing) (?:down )?in(?:to)?|land(?:s|ed)? in)\s+(?:the\s+)?$/i,
  /** Text between a university and its team ("Chongqing University's team led by …"). */
  ownerGap: /^['’]s (?:research )?$/i,
  /** Text between an academy or university and its institute or lab ("the Academy's X Institute"). */
  possessiveGap: /^['’]s?\s+(?:new\s+)?$/,
  /** Text ending where building work began, before the place ("Construction has started in "). */
  workStartedIn:
    /\b(?:construction|building work|work|ground)\s+(?:has\s+|have\s+|had\s+|was\s+)?(?:officially\s+)?(?:started|begun|began|kicked off|broken|got under way)\s+in\s+(?:the\s+)?$/i,
  /** Text between that place and what is being built there ("… on the "). */
  workOn: /^\s+on\s+(?:the\s+|a\s+|an\s+)?(?:construction\s+of\s+(?:the\s+|a\s+|an\s+)?)?$/i,
  /** Verbs of an event held with a partner ("signed a deal with X in Y"). */
  eventVerb: /\b(?:sign(?:s|ed|ing)?|met|meets|meeting|held|holds|inked|visited|talks)\b/i,
  /** Lab names that are part of a school (industry college, co-built class). */
  collegeLab: /\b(college|class|school)$/i,
  /** Text between a District and the list of Districts it is made of ("X, which consists of A and B"). */
  consistsGap:
    /^\s*,?\s*(?:(?:which|that)\s+)?(?:consists of|consisting of|comprises|comprising|(?:is\s+)?made up of|includes|including|covers|covering)\s+(?:the\s+)?$/i,
  /** Text ending where the main clause's subject sits ("X, which …, is located in "). */
  subjectLocated:
    /,\s*(?:is|was|are|were|will be|has been)\s+(?:also\s+|now\s+)?(?:located|based|situated|headquartered)\s+(?:in|at)\s+(?:the\s+)?$|,\s*(?:will|has|have|had|is|are|was|were)\s+(?:[a-z]+\s+){0,3}?(?:mov(?:e|ed|ing) into|relocat(?:e|ed|ing) (?:to|into)|settl(?:e|ed|ing) (?:down )?in)\s+(?:the\s+)?$/i,
  /** Text from an agent to the main verb's place (", is located in "). */
  mainVerbGap: /^\s*,\s*(?:is|are|was|were|will be|has been|have been)\s/i,
  /** Text between the last recognised place of a list, one more name, and where all lie. */
  lastUnnamedIn: /^\s*,?\s*and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+in\s+(?:the\s+)?$/,
  /** Text between a body and the expert it employs ("'s Professor "). */
  expertOf: /^['’]s?\s+(?:(?:Professor|Prof\.|Academician|Dr\.?|Researcher)\s+)+$/,
  /** Text between a lab and the university it sits at ("(XL) at the ", ", a lab at "). */
  labAt:
    /^\s*\)?\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:lab|laboratory|laboratories|cent(?:er|re)|institute|platform)\s+)?at\s+(?:the\s+)?$/i,
  /** Text between a body and the centre or hub it opened or sits in ("was launched at the "). */
  openedInsideGap:
    /^\s*,?\s*(?:(?:which|that)\s+)?(?:has been|have been|was|were|is|are|will be)\s+(?:officially\s+|formally\s+)?(?:launched|opened|unveiled|inaugurated|set up|established|located|housed|based)\s+(?:at|in|inside|within)\s+(?:the\s+)?$/i,
  /**
   * An expert's appositive before the body he works at (", a senior researcher at the "); not
   * "academician" or "fellow" of an academy, an honour rather than a post.
   */
  expertAt:
    /^\s*,\s*(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:professor|researcher|scientist|lecturer|scholar|expert)\s+(?:at|of|from|with)\s+(?:the\s+)?$/i,
  /** Lab names that hold other bodies (centres, hubs, incubators, campuses). */
  hostingLab: /\b(?:cent(?:er|re)|hub|incubator|campus)$/i,
  /** Text between a body and the centre it sits at (" at the ", ", inside the "). */
  atGap: /^\s*,?\s*(?:at|inside|within)\s+(?:the\s+)?$/i,
  /** Ranks of administrative level words, lowest first (a lower one lies in a higher one). */
  levelRanks: Object.freeze({
    town: 1,
    township: 1,
    district: 2,
    county: 2,
    city: 3,
    prefecture: 3,
    province: 4,
    region: 4,
  }) as Readonly<Record<string, number>>,
  /** Confidence of an adjacency relation. */
  confidence: 0.8,
});

function isPart(m: Placed): boolean {
  return (
    m.type === 'ResearchTeam' || (m.type === 'Lab' && ADJACENT_OPTIONS.collegeLab.test(m.name))
  );
}

/** Bodies an expert works at. */
function isEmployer(m: Placed): boolean {
  return (
    m.type === 'University' || m.type === 'Institute' || m.type === 'Lab' || m.type === 'Company'
  );
}

function isOwner(m: Placed): boolean {
  return m.type === 'University' || m.type === 'Institute';
}

/** The mentions of a list ("A, B and C") whose last member is mention i, same type, in order. */
function listEndingAt(ctx: SentenceContext, i: number): Placed[] {
  const ms = ctx.mentions;
  const out = [ms[i] as Placed];
  for (let k = i - 1; k >= 0; k--) {
    const m = ms[k] as Placed;
    const next = out[0] as Placed;
    if (m.type !== next.type || !/^\s*(?:,|,?\s*and)\s*$/.test(between(ctx, m.end, next.start)))
      break;
    out.unshift(m);
  }
  return out;
}

/** True when mention i or j sits in a list ("A, B and C") with a neighbour outside the pair. */
function inList(ctx: SentenceContext, i: number, j: number): boolean {
  const ms = ctx.mentions;
  const listGap = /^\s*(?:,|,?\s*(?:and|or))\s*(?:the\s+)?$/i;
  const prev = ms
    .slice(0, i)
    .reverse()
    .find((m) => m.end <= (ms[i] as Placed).start);
  const next = ms.slice(j + 1).find((m) => m.start >= (ms[j] as Placed).end);
  return (
    (prev !== undefined && listGap.test(between(ctx, prev.end, (ms[i] as Placed).start))) ||
    (next !== undefined && listGap.test(between(ctx, (ms[j] as Placed).end, next.start)))
  );
}

/**
 * True when mentions i and j stand in a run joined by commas and "and"/"or" that holds an "and"
 * or "or" and three places or more ("Hubei Province, Yichang City, Zhijiang County and X"): the
 * commas list side by side, while "Gangzha district, Nantong, and Y" names one place in the next.
 */
function inAndList(ctx: SentenceContext, i: number, j: number): boolean {
  const ms = ctx.mentions;
  const joined = /^\s*(?:,|,?\s*(?:and|or))\s*(?:the\s+)?$/i;
  const conj = /\b(?:and|or)\b/i;
  let and = false;
  let places = 2;
  let last = ms[j] as Placed;
  for (const m of ms.slice(j + 1)) {
    if (m.start < last.end) continue;
    const gap = between(ctx, last.end, m.start);
    if (!joined.test(gap)) {
      // "…, Changde and Yangzhong in …": the list goes on with a name left unrecognised.
      and ||= /^\s*,?\s*(?:and|or)\s+[A-Z]/.test(gap);
      break;
    }
    and ||= conj.test(gap);
    if (m.type === 'District') places++;
    last = m;
  }
  let first = ms[i] as Placed;
  for (const m of ms.slice(0, i).reverse()) {
    if (m.end > first.start) continue;
    const gap = between(ctx, m.end, first.start);
    if (!joined.test(gap)) break;
    and ||= conj.test(gap);
    if (m.type === 'District') places++;
    first = m;
  }
  return and && places >= 3;
}

/** Rank of a place's level word: a district or county lies in a city, a city in a province. */
function levelRank(m: Placed): number | undefined {
  const word = /\b(\w+)$/.exec(m.name)?.[1]?.toLowerCase() ?? '';
  return ADJACENT_OPTIONS.levelRanks[word];
}

/** True when the second place names a higher level than the first ("X District, Y City"). */
function risingLevels(a: Placed, b: Placed): boolean {
  const ra = levelRank(a);
  const rb = levelRank(b);
  return ra !== undefined && rb !== undefined && ra < rb;
}

/** Place names that are built things (parks, zones, ports), which ceremonies can open. */
const BUILT_PLACE = /\b(?:park|zone|port|science city|base|cluster)$/i;

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
    // "the Institute of X (IX) of the Y": the bracketed short form of the first name is read as
    // part of it, and the gap starts after the bracket. Not before a comma: "X, under the Y (YA),
    // will move into Z" and "A (AA), B and C" go on with a parenthesis or a list.
    let aEnd = a.end;
    const short = ms[j];
    if (
      short?.entity === a.entity &&
      /^\s*\(\s*$/.test(between(ctx, a.end, short.start)) &&
      /^\s*\)\s*[^\s,]/.test(ctx.text.slice(short.end - ctx.start))
    ) {
      aEnd = short.end + (ctx.text.slice(short.end - ctx.start).indexOf(')') + 1);
      j++;
    }
    const b = ms[j];
    if (!b) continue;
    const gap = between(ctx, aEnd, b.start);
    if (b.type === 'District' && a.type !== 'Person') {
      // "A, B and C" lists places side by side: a bare comma locates only outside a list.
      const after = ms.find((m) => m.start >= b.end);
      const listed =
        a.type === 'District' &&
        /^\s*,\s*$/.test(gap) &&
        // "Hekou District, Dongying City, Shandong Province": levels rising is an address.
        !risingLevels(a, b) &&
        ((after?.type === 'District' &&
          /^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(between(ctx, b.end, after.start))) ||
          inAndList(ctx, i, j));
      // "Hefeng Co., Ltd., a Suzhou-based robot maker" / "X is a Suzhou-based firm": it is there.
      const basedAppositive =
        a.type !== 'District' &&
        /^\s*(?:,|(?:is|was|as))\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}$/i.test(gap) &&
        /^-based\b/i.test(ctx.text.slice(b.end - ctx.start));
      // "X was set up by A in Y": the agent of a passive is not what sits in Y; nor is the agent
      // or partner of a phrase before the main verb ("X, set up by A with B, is located in Y").
      const agent =
        a.type !== 'District' &&
        (wordBefore(ctx, a) === 'by' ||
          (['by', 'with'].includes(wordBefore(ctx, a)) && ADJACENT_OPTIONS.mainVerbGap.test(gap)));
      // "signed a deal with X in Beijing": where the signing happened, not where X is.
      const eventPlace =
        a.type !== 'District' &&
        wordBefore(ctx, a) === 'with' &&
        /^\s+in\s+(?:the\s+)?$/i.test(gap) &&
        ADJACENT_OPTIONS.eventVerb.test(between(ctx, ctx.start, a.start));
      // "A, Guangzhou-based B": the place says where B is, not where A is.
      const basedPlace = !basedAppositive && /^-based\b/i.test(ctx.text.slice(b.end - ctx.start));
      if (
        !listed &&
        !agent &&
        !basedPlace &&
        !eventPlace &&
        (basedAppositive ||
          (a.type === 'District'
            ? // "… in Hunan Province, of Xinyi city in Jiangsu": ", of" starts the next list item.
              (ADJACENT_OPTIONS.districtGap.test(gap) && !/^\s*,\s*of\s/i.test(gap)) ||
              // "X Industrial Park, a key platform … in Nantong City": a built place sits in Y.
              (BUILT_PLACE.test(a.name) && ADJACENT_OPTIONS.locatedGap.test(gap))
            : ADJACENT_OPTIONS.locatedGap.test(gap)))
      ) {
        // "set up in Shandong's Weihai city": the place named inside the first is where it is.
        const inner = ms.find((m) => m.start >= b.end);
        // "the park lies in Jiujiang City's Lianxi district": a built place too.
        const nested =
          (a.type !== 'District' || BUILT_PLACE.test(a.name)) &&
          inner?.type === 'District' &&
          /^['’]s\s+$/.test(between(ctx, b.end, inner.start));
        add('LOCATED_IN', a, nested ? inner : b);
        // "the counties of A, B and C in X province": every place of the list lies in X.
        if (a.type === 'District' && /^\s*in\s/i.test(gap))
          for (const m of listEndingAt(ctx, i)) add('LOCATED_IN', m, b);
      } else if (a.type === 'District' && ADJACENT_OPTIONS.lastUnnamedIn.test(gap)) {
        // "the cities of A, B and Yangzhong in Hunan Province": the last name went unrecognised.
        for (const m of listEndingAt(ctx, i)) add('LOCATED_IN', m, b);
      } else if (a.type !== 'District' && ADJACENT_OPTIONS.settledGap.test(gap)) {
        // "A, B and C have settled in X": every member of the list ending at A settled there.
        for (const m of listEndingAt(ctx, i)) add('LOCATED_IN', m, b);
      }
    }
    if (a.type === 'District' && b.type !== 'Person' && ADJACENT_OPTIONS.hostGap.test(gap)) {
      add('LOCATED_IN', b, a);
      // "Guangzhou-based enterprises such as A and B": every member of the list.
      if (/such as|including|like/i.test(gap)) {
        let last = b;
        for (const m of ms.filter((x) => x.start >= b.end)) {
          if (!/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(between(ctx, last.end, m.start))) break;
          if (m.type !== 'Person' && m.type !== 'District') add('LOCATED_IN', m, a);
          last = m;
        }
      }
    }
    if (isPart(a) && isOwner(b) && ADJACENT_OPTIONS.partGap.test(gap)) add('PART_OF', a, b);
    if (
      (a.type === 'Lab' || a.type === 'Institute') &&
      isOwner(b) &&
      ADJACENT_OPTIONS.hostedGap.test(gap)
    )
      add('PART_OF', a, b);
    if (isOwner(a) && isPart(b) && ADJACENT_OPTIONS.ownerGap.test(gap)) add('PART_OF', b, a);
    // "the Chinese Academy of Sciences' Lanxi Institute of Ceramics": the owner's own institute.
    if (
      isOwner(a) &&
      (b.type === 'Lab' || b.type === 'Institute') &&
      !isPart(b) &&
      ADJACENT_OPTIONS.possessiveGap.test(gap)
    )
      add('PART_OF', b, a);
    // "X, under the Chinese Academy of Sciences", "the Qingdao R&D Center of LICP".
    if (
      (a.type === 'Lab' || a.type === 'Institute') &&
      isOwner(b) &&
      ADJACENT_OPTIONS.ownedGap.test(gap)
    )
      add('PART_OF', a, b);
    // "the Wuxi Research Institute of Applied Technology, Tsinghua University": a university
    // named after a bare comma, with no list around the pair, owns the institute (the Chinese
    // way of naming a university's institute).
    if (
      (a.type === 'Lab' || a.type === 'Institute') &&
      b.type === 'University' &&
      /^\s*,\s*$/.test(gap) &&
      !inList(ctx, i, j)
    )
      add('PART_OF', a, b);
    // "Academician Zhu Ming of Qinling University", "Qinling University's Professor Zhu Ming": an
    // expert named with the body he works at (only without a comma: "X, president of Y" is a role).
    // "Professor X from Y University", "X, a researcher at Y University": likewise.
    if (
      a.type === 'Person' &&
      isEmployer(b) &&
      (/^\s+(?:of|from)\s+(?:the\s+)?$/i.test(gap) || ADJACENT_OPTIONS.expertAt.test(gap))
    )
      add('PART_OF', a, b);
    if (
      isEmployer(a) &&
      a.type !== 'Lab' &&
      b.type === 'Person' &&
      ADJACENT_OPTIONS.expertOf.test(gap)
    )
      add('PART_OF', b, a);
    // "The X Lab (XL) at the Y University", "X, a lab at Y University": the university's own lab;
    // "the X Lab at the Y Institute of Z" likewise the institute's.
    if (
      (a.type === 'Lab' || a.type === 'Institute') &&
      isOwner(b) &&
      ADJACENT_OPTIONS.labAt.test(gap) &&
      !/\bjoint\b/i.test(a.name)
    )
      add('PART_OF', a, b);
    // "The X Workstation has been launched at the Y Innovation Center": it sits in the centre.
    // "The X Lab, at the Y Innovation Centre": a centre, hub or campus holds what sits at it.
    if (
      (a.type === 'Lab' || a.type === 'Institute' || a.type === 'Company') &&
      b.type === 'Lab' &&
      (ADJACENT_OPTIONS.openedInsideGap.test(gap) ||
        (ADJACENT_OPTIONS.hostingLab.test(b.name) && ADJACENT_OPTIONS.atGap.test(gap)))
    )
      add('LOCATED_IN', a, b);
    // "Zhanjiang Nongken is a company affiliated to Guangdong Nongken Group".
    if (a.type === 'Company' && b.type === 'Company' && ADJACENT_OPTIONS.subsidiaryGap.test(gap))
      add('PART_OF', a, b);
    // "X will soon start moving into Huairou Science City": where it moves, it sits.
    if (
      b.type === 'District' &&
      a.type !== 'Person' &&
      a.type !== 'District' &&
      ADJACENT_OPTIONS.movedGap.test(gap)
    )
      add('LOCATED_IN', a, b);
  }
  // "institutions in the province, such as A and B": every example lies in the place.
  for (const place of ms) {
    if (place.type !== 'District' || !kindsPlacedBefore(ctx, place.start)) continue;
    // "cities in Sichuan, such as A and B": places are examples when the kind is a place kind;
    // "…, among them the X Co and the Y Industrial Park": a built place is an example too.
    const placeKind = placeKindsBefore(ctx, place.start);
    for (const m of examplesAfter(ctx, place))
      if (m.type !== 'Person' && (m.type !== 'District' || placeKind || BUILT_PLACE.test(m.name)))
        add('LOCATED_IN', m, place);
  }
  // "Qiantang New Area, which consists of A and B": every listed place lies in the first.
  for (const [i, whole] of ms.entries()) {
    const first = ms[i + 1];
    if (whole.type !== 'District' || first?.type !== 'District') continue;
    if (!ADJACENT_OPTIONS.consistsGap.test(between(ctx, whole.end, first.start))) continue;
    let last = first;
    add('LOCATED_IN', first, whole);
    for (const m of ms.slice(i + 2)) {
      if (m.type !== 'District') break;
      if (!/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(between(ctx, last.end, m.start))) break;
      add('LOCATED_IN', m, whole);
      last = m;
    }
  }
  // "The X Institute, which A and B set up in 2018, is located in Y": the opening subject is in Y.
  const subject = ms[0];
  if (
    subject &&
    subject.type !== 'Person' &&
    /^\s*(?:the\s+)?["“]?$/i.test(between(ctx, ctx.start, subject.start))
  ) {
    for (const b of ms) {
      if (b.type !== 'District' || b.start <= subject.end || b.entity === subject.entity) continue;
      if (ADJACENT_OPTIONS.subjectLocated.test(between(ctx, subject.end, b.start)))
        add('LOCATED_IN', subject, b);
    }
  }
  // "Located in Y, the X Institute covers …": the fronted place is the subject's.
  const fronted = ADJACENT_OPTIONS.frontedPlace.exec(ctx.text);
  if (fronted) {
    const place = ms.find((m) => m.type === 'District' && m.start - ctx.start >= fronted[0].length);
    const comma = place ? ctx.text.indexOf(',', place.end - ctx.start) : -1;
    const subject =
      place && comma >= 0
        ? ms.find((m) => m.start - ctx.start > comma && m.type !== 'Person')
        : undefined;
    if (
      place &&
      subject &&
      /^\s*(?:the\s+)?$/i.test(ctx.text.slice(comma + 1, subject.start - ctx.start))
    )
      add('LOCATED_IN', subject, place);
  }
  // "Construction has started in X District on the Y Center": Y is being built in X.
  for (const [i, b] of ms.entries()) {
    if (b.type !== 'District') continue;
    if (!ADJACENT_OPTIONS.workStartedIn.test(between(ctx, ctx.start, b.start))) continue;
    const thing = ms.slice(i + 1).find((m) => m.start >= b.end);
    if (
      thing &&
      thing.type !== 'Person' &&
      thing.type !== 'District' &&
      ADJACENT_OPTIONS.workOn.test(between(ctx, b.end, thing.start))
    )
      add('LOCATED_IN', thing, b);
  }
  // "The founding ceremony of the X Institute was held in Y": X is in Y.
  for (const b of ms) {
    if (b.type !== 'District') continue;
    const head = between(ctx, ctx.start, b.start);
    const cer = ADJACENT_OPTIONS.ceremonyOf.exec(head);
    if (!cer) continue;
    const subject = ms.find(
      (m) =>
        m.start >= ctx.start + cer.index &&
        m.end <= b.start &&
        // "the groundbreaking ceremony for X Innovation Port": a built place may be the subject.
        (m.type !== 'District' || BUILT_PLACE.test(m.name)) &&
        m.type !== 'Person',
    );
    const last = [...ms].reverse().find((m) => m.end <= b.start);
    if (subject && last && ADJACENT_OPTIONS.heldIn.test(between(ctx, last.end, b.start)))
      add('LOCATED_IN', subject, b);
  }
  // "The X Lab, one of …, was inaugurated on July 16 in Y": the subject opened in the place.
  for (const b of ms) {
    if (b.type !== 'District') continue;
    const head = between(ctx, ctx.start, b.start);
    if (!ADJACENT_OPTIONS.openedBefore.test(head)) continue;
    const subject = ms.find(
      (m) => m.end <= b.start && m.type !== 'District' && m.type !== 'Person',
    );
    if (subject && !/;/.test(between(ctx, subject.end, b.start))) add('LOCATED_IN', subject, b);
  }
  return out;
}
