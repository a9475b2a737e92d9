import type {
  DocExtraction,
  DocumentInfo,
  Entity,
  ExtractOptions,
  Relation,
  SourceDocument,
} from '../types';
import { normalize } from '../normalize';
import { splitSentences } from '../sentences';
import { entityId, relationId, textHash } from '../ids';
import type { ZhMention } from './mention';
import { scanSuffixes } from './suffixScan';
import {
  scanPlaces,
  scanLevelledPlaces,
  scanBigPlaces,
  scanActingProvinces,
  scanAutonomous,
} from './placeScan';
import { mergeCountyZones, scanBareCounties } from './countyScan';
import { mergeContractions } from './abbrevMerge';
import { scanAdminChains, scanChainRepeats } from './adminChain';
import { scanBrands } from './brandScan';
import { scanAcademyUnits } from './academyScan';
import { scanLists } from './listScan';
import { scanPersons } from './personScan';
import { scanCoref, scanDefiniteTails } from './corefScan';
import { scanTailAnaphors } from './tailAnaphors';
import { scanGovAnaphors } from './govAnaphors';
import { scanAliases, scanDeclaredAliases, canonicalize } from './aliasScan';
import { dropDescriptions, isNested, mergeMentions } from './mentions';
import { scanPartners } from './partnerScan';
import { trimSchoolHeads } from './schoolHeads';
import { scanParks } from './parkScan';
import { scanLeadingOwners } from './ownerScan';
import { scanPersonRepeats } from './personRepeats';
import { scanJoinedCompanies } from './joinedCompanies';
import { applyGazetteer } from './gazetteerScan';
import { EMPTY_GAZETTEER, type Gazetteer } from '../gazetteer';
import type { SentenceCtx, ZhRelation } from './relContext';
import { coBuilds, jointNameBuilds, ledBuilds, partneredBuilds } from './relCoBuilds';
import { reliedBuilds } from './relRelied';
import { flexiblyIntroduces } from './relFlexible';
import { transfersTo } from './relTransfers';
import { supports } from './relSupports';
import { locatedIn, placedAt, sceneLocation } from './relLocated';
import { companyUnits, hostedBy, partOf } from './relPartOf';
import { clauseRelations, keepNew } from './relClause';
import { unitRelations } from './relUnits';
import { resolveOwnSchool } from './relOwnSchool';
import { fallbackRelations, keepFallback, roleBuilds, teamSchools } from './relFallback';
import { LEARNED_ZH, learnedRelations } from './relLearned';

/** Ranges of text that may hold actors: everything but layout blocks (bylines, captions). */
function contentRanges(
  length: number,
  layout: ReadonlyArray<[number, number]>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const [s, e] of [...layout].sort((a, b) => a[0] - b[0])) {
    if (s > at) out.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < length) out.push([at, length]);
  return out;
}

/** Finds all mentions of a normalised text: names, places, brands, lists, persons, aliases, coreference. */
export function findMentions(
  text: string,
  layout: ReadonlyArray<[number, number]>,
  softBreaks: readonly number[] = [],
  gazetteer: Gazetteer = EMPTY_GAZETTEER,
): ZhMention[] {
  const cands: ZhMention[] = [];
  const chained: ZhMention[] = [];
  const ranges = contentRanges(text.length, layout);
  for (const [from, to] of ranges) {
    // Paragraph by paragraph: names never cross a paragraph break.
    let p = from;
    let b = 0;
    while (p < to) {
      let q = text.indexOf('\n', p);
      if (q < 0 || q > to) q = to;
      let next = q + 1;
      // A heading space (soft break) ends a segment like a paragraph break does.
      while (b < softBreaks.length && (softBreaks[b] as number) <= p) b++;
      const soft = softBreaks[b];
      if (soft !== undefined && soft < q) {
        q = soft;
        next = soft;
      }
      cands.push(...scanSuffixes(text, p, q), ...scanPlaces(text, p, q), ...scanBrands(text, p, q));
      cands.push(...scanLevelledPlaces(text, p, q), ...scanBigPlaces(text, p, q));
      cands.push(...scanBareCounties(text, p, q), ...scanActingProvinces(text, p, q));
      cands.push(...scanAutonomous(text, p, q));
      cands.push(
        ...scanLists(text, p, q),
        ...scanPersons(text, p, q),
        ...scanAcademyUnits(text, p, q),
      );
      chained.push(...scanAdminChains(text, p, q));
      p = next;
    }
  }
  if (chained.length > 0) {
    const inContent = (i: number): boolean => ranges.some(([s, e]) => i >= s && i < e);
    cands.push(...chained, ...scanChainRepeats(text, chained, inContent));
  }
  let mentions = applyGazetteer(text, mergeMentions(cands), gazetteer, ranges);
  mentions = mergeMentions([...mentions, ...scanAliases(text, mentions, layout)]);
  mentions = mergeMentions([...mentions, ...scanDeclaredAliases(text, mentions)]);
  const partners = scanPartners(text, mentions);
  if (partners.length > 0) mentions = mergeMentions([...mentions, ...partners]);
  mentions = dropDescriptions(text, mentions);
  trimSchoolHeads(mentions);
  canonicalize(mentions, Math.max(0, text.indexOf('\n')));
  mergeCountyZones(mentions);
  mergeContractions(mentions);
  mentions = scanParks(text, mentions);
  mentions = scanJoinedCompanies(text, mentions);
  const owners = [...scanLeadingOwners(text, mentions), ...scanPersonRepeats(text, mentions)];
  if (owners.length > 0)
    mentions = [...mentions, ...owners].sort((a, b) => a.start - b.start || b.end - a.end);
  const coref = [...scanCoref(text, mentions), ...scanDefiniteTails(text, mentions)].filter(
    (c) => !mentions.some((m) => m.start < c.end && c.start < m.end),
  );
  // 该共同体 (read by the name it ends) and a bare 县政府 (the county named), where no name or
  // 该校/该中心 form took the place first.
  const taken = [...mentions, ...coref];
  const tails = [...scanTailAnaphors(text, mentions), ...scanGovAnaphors(text, mentions)].filter(
    (c) => !taken.some((m) => m.start < c.end && c.start < m.end),
  );
  return [...mentions, ...coref, ...tails].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Words that stand for parties named in an earlier sentence. */
const PARTY_WORDS = /双方|两校|两地|两院|三方/;

/** True when text[from, to) holds a paragraph break. */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** The District mentioned most often (first on ties): the article's own place. */
function mainPlace(mentions: readonly ZhMention[]): ZhMention | undefined {
  const counts = new Map<string, number>();
  let best: ZhMention | undefined;
  let bestN = 0;
  for (const m of mentions) {
    if (m.type !== 'District') continue;
    const n = (counts.get(m.canonical) ?? 0) + 1;
    counts.set(m.canonical, n);
    if (n > bestN) {
      best = m;
      bestN = n;
    }
  }
  return best;
}

/** Level endings stripped to get the core a name may carry (江宁区 → 江宁). */
const LEVEL_END_RE = /(?:高新技术产业开发区|经济技术开发区|高新区|开发区|新区|区|县)$/;

/** The cores of the document's districts and counties (江宁 → 江宁区), for places inside unit names. */
function districtCores(mentions: readonly ZhMention[]): Map<string, ZhMention> {
  const out = new Map<string, ZhMention>();
  for (const m of mentions) {
    // Cities are left out: a school's 深圳研究院 names its region more than its site.
    if (m.type !== 'District' || m.kind === 'coref' || m.canonical.endsWith('市')) continue;
    const core = m.canonical.replace(LEVEL_END_RE, '');
    if (core.length >= 2 && !out.has(core)) out.set(core, m);
  }
  return out;
}

/**
 * 四川大学江宁产业技术研究院 with 江宁区 in the article: a school's unit named after a place of the
 * article sits there (LOCATED_IN).
 */
function namedSite(ctx: SentenceCtx, cores: ReadonlyMap<string, ZhMention>): ZhRelation[] {
  const out: ZhRelation[] = [];
  for (const x of ctx.top) {
    if (x.type !== 'Lab' && x.type !== 'Institute') continue;
    const inner = ctx.all.find(
      (y) =>
        y !== x &&
        y.start === x.start &&
        y.end < x.end &&
        (y.type === 'University' || y.type === 'Institute'),
    );
    if (!inner) continue;
    const rest = x.canonical.slice(inner.canonical.length).replace(/^[（(]/, '');
    for (const n of [2, 3]) {
      const place = cores.get(rest.slice(0, n));
      if (place) {
        out.push({
          type: 'LOCATED_IN',
          source: x,
          target: place,
          sentence: ctx.sentence,
          confidence: 0.7,
        });
        break;
      }
    }
  }
  return out;
}

/** Runs every relation pattern sentence by sentence. */
function findRelations(
  text: string,
  mentions: ZhMention[],
  layout: ReadonlyArray<[number, number]>,
  learned: boolean,
): ZhRelation[] {
  // 我校/本校: one school, the article's own, before any tie is read.
  const ownSchool = resolveOwnSchool(text, mentions);
  const out: ZhRelation[] = [];
  // The general clause layer, kept apart so the sentence-shaped rules keep priority.
  const general: ZhRelation[] = [];
  // The permissive fallback layer, kept only where no other layer found the tie.
  const fallback: ZhRelation[] = [];
  // Every sentence read, for the learned layer that reads their pairs again after the rules.
  const read: SentenceCtx[] = [];
  // Names by canonical form, for joint names whose parties are named elsewhere.
  const named = new Map<string, ZhMention>();
  for (const m of mentions)
    if (m.kind !== 'coref' && !named.has(m.canonical)) named.set(m.canonical, m);
  const docPlace = mainPlace(mentions);
  const placeCores = districtCores(mentions);
  let mi = 0;
  for (const [from, to] of contentRanges(text.length, layout)) {
    let prev: SentenceCtx | null = null;
    for (const sentence of splitSentences(text, from, to)) {
      while (mi < mentions.length && (mentions[mi] as ZhMention).start < sentence.start) mi++;
      const all: ZhMention[] = [];
      for (
        let k = mi;
        k < mentions.length && (mentions[k] as ZhMention).start < sentence.end;
        k++
      ) {
        const m = mentions[k] as ZhMention;
        if (m.end <= sentence.end) all.push(m);
      }
      const top = all.length > 1 ? all.filter((m) => !isNested(m, all)) : all;
      // A paragraph break resets the carried-over subject.
      const last = prev;
      if (prev && hasBreak(text, prev.sentence.end, sentence.start)) prev = null;
      const ctx: SentenceCtx = { sentence, top, all, prev, last, docPlace, ownSchool };
      general.push(...clauseRelations(ctx, text), ...unitRelations(ctx, text));
      fallback.push(...fallbackRelations(ctx, named), ...roleBuilds(ctx, mentions, text));
      if (all.length === 0) {
        // 双方将共建…: a sentence without names may still build with the parties named before.
        if (PARTY_WORDS.test(sentence.text)) out.push(...coBuilds(ctx, text));
        // 陈文兴在会上讲话，…为绍兴县…提供支撑: a speaker's body supports the article's place.
        if (ctx.docPlace && sentence.text.includes('提供')) out.push(...supports(ctx, text));
      } else {
        const built = coBuilds(ctx, text);
        out.push(
          ...built,
          ...reliedBuilds(ctx, built),
          ...flexiblyIntroduces(ctx),
          ...transfersTo(ctx, text),
          ...supports(ctx, text),
          ...jointNameBuilds(ctx, named),
          ...ledBuilds(ctx, text),
          ...partneredBuilds(ctx, text),
        );
        out.push(...locatedIn(ctx, text), ...placedAt(ctx, text), ...partOf(ctx, text));
        out.push(...hostedBy(ctx, text));
        if (placeCores.size > 0) out.push(...namedSite(ctx, placeCores));
        out.push(...companyUnits(ctx, named));
        const builtTargets = built.filter((r) => r.confidence >= 0.9).map((r) => r.target);
        out.push(...sceneLocation(ctx, text, [...new Set(builtTargets)]));
      }
      read.push(ctx);
      prev = ctx;
    }
  }
  const found = [...out, ...keepNew(out, general)];
  const ruled = [...found, ...keepFallback(found, [...fallback, ...teamSchools(found, named)])];
  return [...ruled, ...learnedRelations(text, read, ruled, learned)];
}

/** Builds entities (one per type + canonical name) and relations with evidence. */
function assemble(
  docId: string,
  mentions: ZhMention[],
  rels: ZhRelation[],
): { entities: Entity[]; relations: Relation[] } {
  // One hash per distinct entity and relation key of the document, not one per mention.
  const ids = new Map<string, string>();
  const idOf = (type: ZhMention['type'], canonical: string): string => {
    const key = type + '|' + canonical;
    let id = ids.get(key);
    if (id === undefined) {
      id = entityId(type, canonical);
      ids.set(key, id);
    }
    return id;
  };
  const relIds = new Map<string, string>();
  const byKey = new Map<string, Entity>();
  for (const m of mentions) {
    const id = idOf(m.type, m.canonical);
    let e = byKey.get(id);
    if (!e) {
      e = { id, name: m.canonical, type: m.type, aliases: [m.canonical], mentions: [] };
      byKey.set(id, e);
    }
    if (m.kind !== 'coref' && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    e.mentions.push({ doc: docId, start: m.start, end: m.end, text: m.text });
  }
  const relByKey = new Map<string, Relation>();
  for (const r of rels) {
    const source = idOf(r.source.type, r.source.canonical);
    const target = idOf(r.target.type, r.target.canonical);
    if (source === target) continue;
    const relKey = r.type + '|' + source + '|' + target;
    let id = relIds.get(relKey);
    if (id === undefined) {
      id = relationId(r.type, source, target);
      relIds.set(relKey, id);
    }
    let rel = relByKey.get(id);
    if (!rel) {
      rel = { id, type: r.type, source, target, confidence: r.confidence, evidence: [] };
      relByKey.set(id, rel);
    }
    rel.confidence = Math.max(rel.confidence, r.confidence);
    const ev = {
      doc: docId,
      start: r.sentence.start,
      end: r.sentence.end,
      sentence: r.sentence.text,
    };
    if (!rel.evidence.some((x) => x.start === ev.start)) rel.evidence.push(ev);
  }
  return { entities: [...byKey.values()], relations: [...relByKey.values()] };
}

/** Options for reading lines a web page wrapped inside a sentence. */
const WRAP_OPTIONS = Object.freeze({
  /** Shortest line (characters) whose break before a Han character counts as a wrap: headings
   * and captions are shorter, wrapped paragraph lines longer. */
  minWrappedLine: 40,
});

/** True for a Han ideograph (not punctuation): a line ending in one stopped mid-sentence. */
function isHanCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * 城建与环\n境学院签署…: a long line that ends on a Han character and runs on into another is
 * one sentence the page wrapped. Returns the text with those breaks removed and, for each of its
 * positions, the position in `text` (one entry more for the end); null when nothing is wrapped.
 */
function unwrap(
  text: string,
  layout: ReadonlyArray<[number, number]>,
): { text: string; toOld: Int32Array } | null {
  const cuts: number[] = [];
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const long = i - lineStart >= WRAP_OPTIONS.minWrappedLine;
    if (
      long &&
      isHanCode(text.charCodeAt(i - 1)) &&
      isHanCode(text.charCodeAt(i + 1)) &&
      !layout.some(([s, e]) => i >= s && i < e)
    )
      cuts.push(i);
    lineStart = i + 1;
  }
  if (cuts.length === 0) return null;
  const toOld = new Int32Array(text.length - cuts.length + 1);
  let out = '';
  let from = 0;
  let at = 0;
  for (const c of [...cuts, text.length]) {
    out += text.slice(from, c);
    for (let k = from; k < c; k++) toOld[at++] = k;
    from = c + 1;
  }
  toOld[at] = text.length;
  return { text: out, toOld };
}

/** Position in the unwrapped text of each position of the original (its inverse map). */
function toNewMap(toOld: Int32Array, oldLength: number): Int32Array {
  const out = new Int32Array(oldLength + 1);
  let j = 0;
  for (let i = 0; i <= oldLength; i++) {
    while (j < toOld.length - 1 && (toOld[j] as number) < i) j++;
    out[i] = j;
  }
  return out;
}

/** Mentions and sentences found in the unwrapped text, pointed back at the original one. */
function rewrap(mentions: ZhMention[], rels: ZhRelation[], toOld: Int32Array): void {
  const back = (s: number, e: number): [number, number] => [
    toOld[s] as number,
    e > s ? (toOld[e - 1] as number) + 1 : (toOld[s] as number),
  ];
  for (const m of mentions) [m.start, m.end] = back(m.start, m.end);
  const done = new Set<object>();
  for (const r of rels) {
    if (done.has(r.sentence)) continue;
    done.add(r.sentence);
    [r.sentence.start, r.sentence.end] = back(r.sentence.start, r.sentence.end);
  }
}

/** The Chinese pipeline for one document. */
export function extractZh(doc: SourceDocument, options: ExtractOptions = {}): DocExtraction {
  const gazetteer = options.gazetteer ?? EMPTY_GAZETTEER;
  const learned = options.learnedRelations ?? LEARNED_ZH.enabled;
  const norm = normalize(doc.text);
  const text = norm.text;
  const id = doc.id;
  // Names and sentences are read over the page's wrapped lines joined again.
  const wrapped = unwrap(text, norm.layout);
  let mentions: ZhMention[];
  let rels: ZhRelation[];
  if (wrapped) {
    const toNew = toNewMap(wrapped.toOld, text.length);
    const at = (i: number): number => toNew[i] as number;
    const layout = norm.layout.map(([s, e]) => [at(s), at(e)] as [number, number]);
    mentions = findMentions(wrapped.text, layout, norm.softBreaks.map(at), gazetteer);
    rels = findRelations(wrapped.text, mentions, layout, learned);
    rewrap(mentions, rels, wrapped.toOld);
  } else {
    mentions = findMentions(text, norm.layout, norm.softBreaks, gazetteer);
    rels = findRelations(text, mentions, norm.layout, learned);
  }
  const { entities, relations } = assemble(id, mentions, rels);
  const document: DocumentInfo = {
    id,
    title:
      doc.title ?? text.slice(0, text.indexOf('\n') > 0 ? Math.min(text.indexOf('\n'), 60) : 60),
    lang: 'zh',
    hash: textHash(text),
    length: text.length,
  };
  if (doc.source !== undefined) document.source = doc.source;
  if (doc.date !== undefined) document.date = doc.date;
  return { document, normalizedText: text, entities, relations };
}
