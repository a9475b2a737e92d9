import type { ZhMention } from './mention';
import { contains, overlaps } from './mention';
import { LEXICON } from './lexicon';
import { cutExact } from './segment';
import parkData from '../data/zh/parks.json';
import countyData from '../data/zh/counties.json';

/**
 * Science parks named X大学科技园 / X国家大学科技园. The head 大学科技园 says nothing of the owner:
 * with a university's name before it the park is that school's (Lab, the school named inside);
 * with a place before it (温州市国家大学科技园, 西青区大学科技园) it is the place's multi-school
 * park, an area (District).
 */
const HEADS: readonly string[] = parkData.heads;
/** Fields that, between a place and 大学, name a university (湖南|工业|大学 → 湖南工业大学). */
const FIELDS: ReadonlySet<string> = new Set(parkData.universityFields);
/** Nouns a park word may qualify (…大学科技园建设名单). */
const MODIFIED: readonly string[] = parkData.modifiedNouns;
/** Characters looked at before a head for the owner's name. */
const LOOK_BACK = 12;

/** The start of a university's name ending at `end` (a known one or one jieba reads), or -1. */
export function universityStart(
  text: string,
  end: number,
  floor: number,
  schools: readonly string[],
): number {
  for (const u of schools)
    if (end - u.length >= floor && text.startsWith(u, end - u.length)) return end - u.length;
  const from = Math.max(floor, end - LOOK_BACK);
  const toks = cutExact(text.slice(from, end));
  const last = toks[toks.length - 1];
  if (!last || !last.endsWith('大学')) return -1;
  if (last.length >= 4 && !LEXICON.districtCanonical.has(last.slice(0, -2)))
    return end - last.length;
  // 湖南|工业|大学: a field word between a place and 大学.
  const field = toks[toks.length - 2];
  const place = toks[toks.length - 3];
  if (last === '大学' && field && place && FIELDS.has(field) && isPlace(place))
    return end - 2 - field.length - place.length;
  return -1;
}

/** County-level places (GB/T 2260): bare cores and full names (西青, 西青区). */
const COUNTY_CORES: Readonly<Record<string, string>> = countyData.cores;
const COUNTY_NAMES: ReadonlySet<string> = new Set(Object.values(COUNTY_CORES));

/** Start of a place's name ending at `end` (温州市, 西青区, 西青), or -1. */
export function placeStart(text: string, end: number, floor: number): number {
  for (const n of [5, 4, 3, 2]) {
    if (end - n < floor) continue;
    const w = text.slice(end - n, end);
    if (COUNTY_NAMES.has(w) || w in COUNTY_CORES || isPlace(w)) return end - n;
  }
  return -1;
}

function isPlace(word: string): boolean {
  return (
    LEXICON.bigPlaces.has(word) ||
    LEXICON.bigPlaces.has(word.replace(/[省市]$/, '')) ||
    LEXICON.districtCanonical.has(word)
  );
}

/**
 * True when another scanner read a longer name over the park's (…国家大学科技园晋江分园) or a name
 * on the same span (an alias of a park named otherwise): that reading stands.
 */
function readOver(mentions: readonly ZhMention[], start: number, end: number): boolean {
  return mentions.some((m) => m.start <= start && m.end > end);
}

/** True when a mention of `type` already spans exactly [start, end). */
function sameSpan(
  mentions: readonly ZhMention[],
  start: number,
  end: number,
  type: string,
): boolean {
  return mentions.some((m) => m.start === start && m.end === end && m.type === type);
}

/** A new mention of a name found here. */
function named(text: string, start: number, end: number, type: ZhMention['type']): ZhMention {
  const t = text.slice(start, end);
  return { start, end, text: t, type, canonical: t, kind: 'name' };
}

/**
 * Re-reads every 大学科技园 name of the text with its owner and returns the mentions with the
 * park (and a school named inside it) in place of any span the other scanners read across it.
 */
export function scanParks(text: string, mentions: ZhMention[]): ZhMention[] {
  if (!text.includes('大学科技园')) return mentions;
  const schools = [
    ...new Set(
      mentions.filter((m) => m.type === 'University' && m.kind !== 'coref').map((m) => m.canonical),
    ),
  ].filter((u) => u.endsWith('大学'));
  const added: ZhMention[] = [];
  for (let i = text.indexOf('大学科技园'); i >= 0; i = text.indexOf('大学科技园', i + 1)) {
    const head = HEADS.find((h) => text.startsWith(h, i - (h.length - 5)));
    if (!head) continue;
    const headStart = i - (head.length - 5);
    const end = headStart + head.length;
    // 入选重庆市大学科技园建设名单: a category of parks, not a park.
    if (MODIFIED.some((w) => text.startsWith(w, end))) continue;
    const floor = Math.max(0, text.lastIndexOf('\n', headStart) + 1);
    // The school: its name ends where 科技园 starts (天津工业大学科技园) or before 国家.
    const uEnd = head === '大学科技园' ? i + 2 : headStart;
    const u = universityStart(text, uEnd, floor, schools);
    if (u >= 0 && u < uEnd - 2) {
      if (readOver(mentions, u, end)) continue;
      if (!sameSpan(mentions, u, end, 'Lab')) {
        const park = named(text, u, end, 'Lab');
        // 四川大学科技园 in an article naming 四川大学国家大学科技园: the short form of that park.
        const full = park.canonical.slice(0, -3) + '国家大学科技园';
        if (head === '大学科技园' && mentions.some((m) => m.canonical === full))
          park.canonical = full;
        added.push(park);
      }
      added.push(named(text, u, uEnd, 'University'));
      continue;
    }
    // The place: a District mention or a county's bare name right before the head.
    const place = mentions.find(
      (m) => m.type === 'District' && m.end === headStart && m.kind !== 'coref',
    );
    const p = place ? place.start : placeStart(text, headStart, floor);
    if (p >= 0 && !readOver(mentions, p, end) && !sameSpan(mentions, p, end, 'District'))
      added.push(named(text, p, end, 'District'));
  }
  if (added.length === 0) return mentions;
  const parks = added.filter((a) => a.type !== 'University');
  if (
    parks.length === 0 &&
    added.every((a) =>
      mentions.some((m) => m.start === a.start && m.end === a.end && m.type === a.type),
    )
  )
    return mentions;
  // Spans read across a park's name give way; names inside it (the place, the school) stay.
  const kept = mentions.filter(
    (m) => !parks.some((a) => overlaps(a, m) && !(contains(a, m) && m.end < a.end)),
  );
  for (const a of added)
    if (!kept.some((m) => m.start === a.start && m.end === a.end && m.type === a.type))
      kept.push(a);
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
