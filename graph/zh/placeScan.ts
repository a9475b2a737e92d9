import { LEXICON, BARE_DISTRICTS } from './lexicon';
import { Literals } from './literals';
import type { ZhMention } from './mention';
import { isNameChar } from './chars';

const names = [...LEXICON.districtCanonical.keys()].sort((a, b) => b.length - a.length);
/** County-level places, optionally followed by their level (区/县); zones come from suffixScan. */
const PLACES = new Literals(names);

/** Characters after a bare place that show it is part of another word (荣昌猪, 江北岸). */
const BARE_BLOCKERS = new Set('猪岸路街镇乡村江河湖山桥口站'.split(''));

/**
 * Finds districts and counties: 潼南区, 忠县, and bare 潼南 for places that are rarely ordinary
 * words. A place directly after another name character (渝西地区 → 西地) is skipped.
 */
export function scanPlaces(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  for (let p = PLACES.next(text, from, to); p;) {
    const m = p;
    const place = m.word;
    const level = text[m.index + place.length] === '区' || text[m.index + place.length] === '县';
    const whole = level ? text.slice(m.index, m.index + place.length + 1) : place;
    p = PLACES.next(text, m.index + whole.length, to);
    const canonical = LEXICON.districtCanonical.get(place) as string;
    const end = m.index + whole.length;
    if (level) {
      out.push({ start: m.index, end, text: whole, type: 'District', canonical, kind: 'place' });
      continue;
    }
    if (canonical === place) {
      // Names that already carry their level (忠县).
      out.push({ start: m.index, end, text: place, type: 'District', canonical, kind: 'place' });
      continue;
    }
    if (!BARE_DISTRICTS.has(place) || BARE_BLOCKERS.has(text[end] ?? '')) continue;
    const prev = text[m.index - 1];
    if (isNameChar(prev) && !LEXICON.bigPlaces.has(text.slice(m.index - 2, m.index))) {
      // Inside a longer word; a preceding city (重庆潼南) is fine.
      if (!'在到于和与、对从为让'.includes(prev as string)) continue;
    }
    out.push({ start: m.index, end, text: place, type: 'District', canonical, kind: 'place' });
  }
  return out;
}
