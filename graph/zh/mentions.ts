import type { ZhMention } from './mention';
import { contains, overlaps } from './mention';
import { LEXICON } from './lexicon';

/** Kinds in order of trust when two candidate spans cross. */
const RANK: Readonly<Record<ZhMention['kind'], number>> = Object.freeze({
  name: 5,
  alias: 4,
  list: 3,
  brand: 3,
  place: 2,
  coref: 1,
  person: 0,
});

const ZONE_COMMITTEE_END = /(?:管委会|管理委员会)$/;
const GOVERNMENT_END = /(?:人民政府|政府)$/;
/** Short commission names (科委, 经信委) of a district or county. */
const COMMISSION_END = /[区县]..?委$/;

/** True when only a big place (with its level) stands in `outer` before `inner`. */
function placeHead(outer: ZhMention, inner: ZhMention): boolean {
  const head = outer.text.slice(0, inner.start - outer.start).replace(/[省市]$/, '');
  return head.length >= 2 && LEXICON.bigPlaces.has(head);
}

/** Inner names kept inside a longer one: they carry PART_OF (四川大学 in 四川大学王琪院士专家团队). */
function keepInner(outer: ZhMention, inner: ZhMention): boolean {
  if (inner.type === 'Person') return outer.type === 'ResearchTeam';
  // 泉州天津大学…研究院: a school's unit named with a place first (泉州) still holds the school.
  if (inner.start !== outer.start && !(inner.type === 'University' && placeHead(outer, inner)))
    return false;
  // 滨江工业园区管委会: the zone a committee runs is named inside its name.
  if (inner.type === 'District' && outer.type === 'Other') {
    if (ZONE_COMMITTEE_END.test(outer.text)) return inner.kind === 'name';
    // 寿光市人民政府: the place a government serves is itself an actor of the article.
    // 奉贤区科委: a district's commission names the district as an actor too.
    return (
      inner.kind === 'place' && (GOVERNMENT_END.test(outer.text) || COMMISSION_END.test(outer.text))
    );
  }
  if (inner.type !== 'University' && inner.type !== 'Institute') return false;
  // 重庆理工大学材料科学与工程学院: the university inside the name of one of its schools.
  if (outer.type === 'University')
    return inner.text.endsWith('大学') && outer.text.endsWith('学院');
  if (outer.type !== 'ResearchTeam' && outer.type !== 'Lab' && outer.type !== 'Institute')
    return false;
  // 重庆能源职业学院科技园: only a suffix follows, so the outer name is just that school's place.
  const rest = outer.text.slice(inner.text.length);
  return !LEXICON.suffixType.has(rest);
}

/** True when `m` lies inside a longer mention (used to pick top-level actors). */
export function isNested(m: ZhMention, all: readonly ZhMention[]): boolean {
  return all.some((o) => o !== m && contains(o, m) && o.end - o.start > m.end - m.start);
}

/**
 * Resolves overlapping candidates: a longer span swallows a shorter one inside it (except kept
 * inner names and persons in team names); crossing spans keep the more trusted kind.
 */
export function mergeMentions(cands: ZhMention[]): ZhMention[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ZhMention[] = [];
  for (const m of sorted) {
    let ok = true;
    for (let i = kept.length - 1; i >= 0; i--) {
      const k = kept[i] as ZhMention;
      if (k.end <= m.start && kept.length - i > 12) break;
      if (!overlaps(k, m)) continue;
      if (k.start === m.start && k.end === m.end) {
        if (RANK[m.kind] > RANK[k.kind]) kept[i] = m;
        ok = false;
        break;
      }
      if (contains(k, m)) {
        if (!keepInner(k, m)) ok = false;
        if (!ok) break;
        continue;
      }
      // Crossing spans: the more trusted (then longer) wins.
      if (RANK[m.kind] > RANK[k.kind]) {
        kept.splice(i, 1);
      } else {
        ok = false;
        break;
      }
    }
    if (ok) kept.push(m);
  }
  // Already in order: each kept mention comes after the earlier ones in the sorted input, a
  // replacement has the same span and a removal keeps the rest in place.
  return kept;
}

/**
 * 国际化新型专业技术研究院——苏州微光电子融合技术研究院: a lab or institute followed by a dash and
 * another of its type is a description of that name (apposition), not an organisation of its own.
 */
export function dropDescriptions(text: string, ms: ZhMention[]): ZhMention[] {
  const drop = new Set<ZhMention>();
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k] as ZhMention;
    if (a.type !== 'Lab' && a.type !== 'Institute') continue;
    if (text.charCodeAt(a.end) !== 0x2014 || text.charCodeAt(a.end + 1) !== 0x2014) continue;
    const b = ms.find((x, j) => j > k && x.start === a.end + 2);
    if (b && b.type === a.type) drop.add(a);
  }
  return drop.size === 0 ? ms : ms.filter((m) => !drop.has(m));
}
