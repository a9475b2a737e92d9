import type { ZhMention } from './mention';
import {
  abbreviationFirsts,
  companyCore,
  isAbbreviation,
  isCompanyShortForm,
  isPlaceDropped,
  stripPlaces,
} from './shortForms';
import { LEXICON } from './lexicon';
import { leftEdge } from './boundary';

/** Options for finding short forms of names already seen in the document. */
const ALIAS_OPTIONS = Object.freeze({
  /** Shortest company short form searched for in running text (平伟汽车). */
  minCompanyShort: 4,
});

function covered(spans: readonly ZhMention[], s: number, e: number): boolean {
  return spans.some((m) => m.start < e && s < m.end);
}

/**
 * Adds mentions of short forms of the document's full names: company cores and their prefixes
 * (平伟汽车 for 重庆平伟汽车系统有限公司), and abbreviations of institutes (市畜科院).
 */
export function scanAliases(
  text: string,
  mentions: readonly ZhMention[],
  layout: ReadonlyArray<[number, number]>,
): ZhMention[] {
  const out: ZhMention[] = [];
  // Characters already inside a mention: one array read per character instead of a scan of
  // every mention per candidate.
  const taken = new Uint8Array(text.length + 1);
  const take = (s: number, e: number): void => {
    for (let k = s; k < e; k++) taken[k] = 1;
  };
  const isTaken = (s: number, e: number): boolean => {
    for (let k = Math.max(0, s); k < e; k++) if (taken[k] === 1) return true;
    return false;
  };
  for (const m of mentions) take(m.start, m.end);
  const inLayout = (i: number): boolean => layout.some(([s, e]) => i >= s && i < e);
  const seen = new Set<string>();
  for (const m of mentions) {
    if (seen.has(m.type + m.canonical) || m.kind === 'coref') continue;
    seen.add(m.type + m.canonical);
    if (m.type === 'Company') {
      const core = companyCore(m.canonical);
      const seed = core.slice(0, Math.min(core.length, ALIAS_OPTIONS.minCompanyShort));
      if (core.length < ALIAS_OPTIONS.minCompanyShort || LEXICON.genericWords.has(seed)) continue;
      for (let i = text.indexOf(seed); i >= 0; i = text.indexOf(seed, i + 1)) {
        let e = i + seed.length;
        while (e - i < core.length && text[e] === core[e - i]) e++;
        if (isTaken(i, e) || inLayout(i)) continue;
        // The short form must start a name (完成平伟汽车), not sit inside a phrase (变桨齿轮箱).
        let s = i;
        const edge = leftEdge(text, i, Math.max(0, i - 12));
        if (edge < i) {
          if (!LEXICON.bigPlaces.has(text.slice(edge, i))) continue;
          s = edge;
        }
        const a: ZhMention = {
          start: s,
          end: e,
          text: text.slice(s, e),
          type: 'Company',
          canonical: m.canonical,
          kind: 'alias',
        };
        out.push(a);
        take(a.start, a.end);
      }
    } else if (
      (m.type === 'Institute' || m.type === 'University') &&
      // 山东建筑大学 is shortened to …大 (see below), never to a word ending in 学 (建筑学科).
      !m.canonical.endsWith('大学')
    ) {
      // Abbreviations end with the same character and start with the first after the place.
      const last = m.canonical[m.canonical.length - 1] as string;
      const firsts = abbreviationFirsts(m.canonical);
      for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1)) {
        // The last character already inside a name (研究院 of a named institute): every length
        // below is taken.
        if (taken[i] === 1) continue;
        for (let len = 5; len >= 3; len--) {
          const s = i + 1 - len;
          if (s < 0) continue;
          // An abbreviation starts like the name without its place (cheap test first).
          if (!firsts.includes(text[s] as string)) continue;
          if (isTaken(s, i + 1) || inLayout(s)) continue;
          const cand = text.slice(s, i + 1);
          if (isAbbreviation(cand, m.canonical)) {
            const a: ZhMention = {
              start: s,
              end: i + 1,
              text: cand,
              type: m.type,
              canonical: m.canonical,
              kind: 'alias',
            };
            out.push(a);
            take(a.start, a.end);
            break;
          }
        }
      }
    }
  }
  // University short forms may cover a bare place a place scanner read into them (与湖南农大):
  // the longer alias wins when mentions are merged.
  const byName = new Uint8Array(text.length + 1);
  for (const m of mentions) if (m.kind !== 'place') byName.fill(1, m.start, m.end);
  for (const a of out) byName.fill(1, a.start, a.end);
  const isNamed = (s: number, e: number): boolean => {
    for (let k = Math.max(0, s); k < e; k++) if (byName[k] === 1) return true;
    return false;
  };
  const takeNamed = (s: number, e: number): void => {
    byName.fill(1, s, e);
    take(s, e);
  };
  const slots: ShortSlots = { isTaken: isNamed, take: takeNamed, inLayout };
  out.push(...scanTwoCharUniversities(text, mentions, slots));
  out.push(...scanFieldShorts(text, mentions, slots));
  out.push(...scanPlaceSchoolShorts(text, slots));
  return out;
}

/** A field character and 大 closing a school's short form (农大, 师大, 科大). */
const FIELD_DA_RE = /[农科工师医财交矿药林理]大/g;

/**
 * 河南农大, 云南师大: a province or city and a field's short form standing alone name a school
 * even when its full name is not in the article (one named in full was read above).
 */
function scanPlaceSchoolShorts(text: string, slots: ShortSlots): ZhMention[] {
  const out: ZhMention[] = [];
  const shorts = new Set<string>();
  FIELD_DA_RE.lastIndex = 0;
  for (let m = FIELD_DA_RE.exec(text); m; m = FIELD_DA_RE.exec(text)) {
    const at = m.index;
    const place = [3, 2].find((n) => LEXICON.bigPlaces.has(text.slice(at - n, at)));
    if (place !== undefined) shorts.add(text.slice(at - place, at + 2));
  }
  // The same tests as other short forms: standing alone, not claimed by a longer name.
  for (const short of shorts) out.push(...standaloneShorts(text, short, short, slots));
  return out;
}

/** Where a university short form may stand: spans already named, claiming one, page layout. */
interface ShortSlots {
  isTaken: (s: number, e: number) => boolean;
  take: (s: number, e: number) => void;
  inLayout: (i: number) => boolean;
}

/** Characters around a two-character university short form (与川大合作, “川大”, 川大的). */
const SHORT_BEFORE = new Set('与和同在对向、“，。：；,;:'.split(''));
const SHORT_AFTER = new Set('与和同在的将等共签联携、”，。：；,;:'.split(''));

/**
 * 川大 for 四川大学, 浙大 for 浙江大学: a four-character university name ending in 大学 is
 * shortened to one character of its first part plus 大 — the second when the first part is a
 * province or city (四川 → 川), else the first. Only standalone uses count: 重大项目 is not one.
 */
function scanTwoCharUniversities(
  text: string,
  mentions: readonly ZhMention[],
  slots: ShortSlots,
): ZhMention[] {
  const out: ZhMention[] = [];
  // Short form → the universities it may stand for; one that fits two names is left alone.
  const owners = new Map<string, Set<string>>();
  for (const m of mentions) {
    const name = m.canonical;
    if (m.type !== 'University' || name.length !== 4 || !name.endsWith('大学')) continue;
    // 浙江大学 → 浙大, 江苏大学 → 江大, 四川大学 → 川大: a province may be named by either
    // character; a city or other place by its first.
    const firsts = LEXICON.bigPlaces.has(name.slice(0, 2)) ? [name[0], name[1]] : [name[0]];
    for (const f of firsts) {
      const short = (f as string) + '大';
      const set = owners.get(short);
      if (set) set.add(name);
      else owners.set(short, new Set([name]));
    }
  }
  for (const [short, names] of owners)
    if (names.size === 1)
      out.push(...standaloneShorts(text, short, [...names][0] as string, slots));
  return out;
}

/** Characters after a three- or four-character short form that make it part of a place name. */
const LONG_SHORT_BLOCK = new Set('楼路街门园院区馆站'.split(''));

/** Mentions of `short` for `name` where it stands alone (与川大合作, “川大”, 川大的). */
function standaloneShorts(
  text: string,
  short: string,
  name: string,
  slots: ShortSlots,
): ZhMention[] {
  const out: ZhMention[] = [];
  const n = short.length;
  for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + 1)) {
    const before = text[i - 1];
    const after = text[i + n];
    if (before !== undefined && !SHORT_BEFORE.has(before)) continue;
    // Three or more characters (湖南农大合作) are rarely a word's start: only a following
    // place word (西工大楼, 北师大路) makes them part of another name.
    if (after !== undefined && !SHORT_AFTER.has(after) && (n < 3 || LONG_SHORT_BLOCK.has(after)))
      continue;
    if (slots.isTaken(i, i + n) || slots.inLayout(i)) continue;
    out.push({
      start: i,
      end: i + n,
      text: short,
      type: 'University',
      canonical: name,
      kind: 'alias',
    });
    slots.take(i, i + n);
  }
  return out;
}

/**
 * 西北工业大学 → 西工大, 北京师范大学 → 北师大, 西南交通大学 → 西南交大: a university named by a
 * place of two or three characters and a two-character field is shortened to the place's first
 * character (or the whole two-character place) + the field's first character + 大.
 */
function scanFieldShorts(
  text: string,
  mentions: readonly ZhMention[],
  slots: ShortSlots,
): ZhMention[] {
  const out: ZhMention[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    const name = m.canonical;
    if (m.type !== 'University' || seen.has(name)) continue;
    seen.add(name);
    for (const short of fieldShorts(name)) out.push(...standaloneShorts(text, short, name, slots));
  }
  return out;
}

/** The field short forms of a university's name (南京林业大学 → 南林大, 南京林大), if any. */
export function fieldShorts(name: string): string[] {
  if (!name.endsWith('大学')) return [];
  const placeLen = name.length - 4;
  if (placeLen !== 2 && placeLen !== 3) return [];
  const field = name[placeLen] as string;
  const shorts = [name[0] + field + '大'];
  if (placeLen === 2) shorts.push(name.slice(0, 2) + field + '大');
  // 四川农业大学 → 川农大: a province may be named by its second character, as in 川大.
  if (placeLen === 2 && LEXICON.bigPlaces.has(name.slice(0, 2)))
    shorts.push(name[1] + field + '大');
  // 湖南农业大学 → 湘农大: or by its one-character short name.
  const provShort = LEXICON.provinceShort[name.slice(0, placeLen)];
  if (provShort !== undefined) shorts.push(provShort + field + '大');
  return shorts;
}

/** 重庆大学产业技术研究院（以下简称“产研院”）: an explicit short form for the name before it. */
export function scanDeclaredAliases(text: string, mentions: readonly ZhMention[]): ZhMention[] {
  const out: ZhMention[] = [];
  // （以下简称“产研院”）, （暂定名，简称“中科院深理工”）
  const re =
    /[（(](?:[^（）()，,]{1,8}[，,])?(?:以下)?简称[：:]?[“"]?([\u4e00-\u9fffA-Za-z]{2,10})[”"]?[）)，,]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const owner = mentions.filter((x) => x.end === m!.index && x.kind !== 'coref')[0];
    if (!owner) continue;
    const short = m[1] as string;
    for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + 1)) {
      if (covered(mentions, i, i + short.length) || covered(out, i, i + short.length)) continue;
      out.push({
        start: i,
        end: i + short.length,
        text: short,
        type: owner.type,
        canonical: owner.canonical,
        kind: 'alias',
      });
    }
  }
  return out;
}

/** Prefix abbreviations (中科院 → 中国科学院), from the lexicon. */
const PREFIX_ABBREVIATIONS: ReadonlyArray<[string, string]> = Object.entries(
  LEXICON.prefixAbbreviations,
);

/** Autonomous regions, short name → full name (新疆 → 新疆维吾尔自治区). */
const REGION_FULL: ReadonlyArray<[string, string]> = Object.entries(LEXICON.regionFull);

/** The name without one leading city or province and its level (深圳市光明区… → 光明区…). */
function withoutCity(n: string): string {
  for (let len = 2; len <= 3; len++)
    if (LEXICON.bigPlaces.has(n.slice(0, len)) && '省市'.includes(n[len] ?? '#'))
      return n.slice(len + 1);
  return n;
}

/** Long zone level words and their short forms (经济技术开发区 → 经开区), from the lexicon. */
const ZONE_SHORT: ReadonlyArray<[string, string]> = Object.entries(LEXICON.zoneShortForms);

/**
 * One key for the names of one zone: 国家 and a city's level dropped, the zone word shortened
 * (国家井冈山经济技术开发区, 井冈山经开区 → 井冈山经开区).
 */
function zoneKey(name: string): string {
  let n = name.startsWith('国家') && name.length > 5 ? name.slice(2) : name;
  for (const [long, short] of ZONE_SHORT)
    if (n.endsWith(long)) {
      n = n.slice(0, n.length - long.length) + short;
      break;
    }
  for (const len of [2, 3])
    if (n[len] === '市' && LEXICON.bigPlaces.has(n.slice(0, len)) && n.length > len + 3)
      return n.slice(0, len) + n.slice(len + 1);
  return n;
}

/** Points short-form mentions (平伟汽车, 市畜科院) at the longest full name of the same type. */
export function canonicalize(
  mentions: ZhMention[],
  /** Where the title line ends: short names in it may come before the full name. */
  titleEnd = 0,
): void {
  // Each mention's type|canonical key, made once: the loops below look it up again and again.
  const mentionKeys = mentions.map((m) => m.type + '|' + m.canonical);
  const names = new Map<string, string[]>();
  const listed = new Set<string>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as ZhMention;
    const key = mentionKeys[k] as string;
    if (m.kind === 'coref' || listed.has(key)) continue;
    listed.add(key);
    const list = names.get(m.type);
    if (list) list.push(m.canonical);
    else names.set(m.type, [m.canonical]);
  }
  const target = new Map<string, string>();
  for (const [type, list] of names) {
    if (type !== 'Company' && type !== 'Institute' && type !== 'University') continue;
    // Longer names indexed by the first character a short form of them must start with; each
    // bucket keeps the longest-first order, so the first match is the one a full scan finds.
    const byLen = [...list].sort((a, b) => b.length - a.length);
    const index = new Map<string, string[]>();
    for (const l of byLen) {
      const keys = type === 'Company' ? [companyCore(l)[0] ?? ''] : abbreviationFirsts(l);
      for (const k of keys) {
        const bucket = index.get(k);
        if (bucket) bucket.push(l);
        else index.set(k, [l]);
      }
    }
    for (const short of list) {
      const key = type === 'Company' ? (companyCore(short)[0] ?? '') : (short[0] ?? '');
      const long = index
        .get(key)
        ?.find((l) =>
          type === 'Company' ? isCompanyShortForm(short, l) : isAbbreviation(short, l),
        );
      if (long) target.set(type + '|' + short, long);
    }
  }
  // 井冈山经开区 → 国家井冈山经济技术开发区: a zone under its short level word or without 国家.
  const districtList = names.get('District') ?? [];
  const districts = new Set(districtList);
  const zones = new Map<string, string[]>();
  const keys = districtList.map(zoneKey);
  districtList.forEach((n, i) => {
    const key = keys[i] as string;
    const list = zones.get(key);
    if (list) list.push(n);
    else zones.set(key, [n]);
  });
  districtList.forEach((n, i) => {
    const key = keys[i] as string;
    const same = zones.get(key) ?? [];
    if (same.length < 2 && !(key !== n && districts.has(key))) return;
    let long: string | undefined;
    for (const x of same) if (x.length > (long ?? n).length) long = x;
    if (long !== undefined && !target.has('District|' + n)) target.set('District|' + n, long);
  });
  // 三都县, 三都 → 三都水族自治县: an autonomous county named by its core is the same county.
  for (const full of districtList) {
    if (!full.endsWith('自治县') && !full.endsWith('自治旗')) continue;
    for (const n of districtList) {
      if (n === full || target.has('District|' + n)) continue;
      const core = n.endsWith('县') || n.endsWith('旗') ? n.slice(0, -1) : n;
      if (core.length >= 2 && full.startsWith(core) && n.length < full.length)
        target.set('District|' + n, full);
    }
  }
  // 新疆 → 新疆维吾尔自治区: an autonomous region named short and in full is one place.
  for (const [short, full] of REGION_FULL)
    if (districts.has(short) && districts.has(full) && !target.has('District|' + short))
      target.set('District|' + short, full);
  // 井冈山技工学校 → 吉安市井冈山技工学校: an organisation named again without its city.
  for (const type of ['University', 'Institute', 'Company', 'Lab'] as const) {
    const list = names.get(type) ?? [];
    for (const short of list) {
      if (target.has(type + '|' + short)) continue;
      const longs = list.filter((l) => isPlaceDropped(short, l));
      if (longs.length === 1) target.set(type + '|' + short, longs[0] as string);
    }
  }
  // 绍兴县 … 常驻绍兴: a bare city name in a text about its namesake county is that county.
  // It reads District names only: once per document, not once per name of the loop below.
  for (const n of districtList) {
    if (!n.endsWith('市') || target.has('District|' + n)) continue;
    const base = n.slice(0, -1);
    const county = districtList.find((x) => x === base + '县' || x === base + '区');
    if (county) target.set('District|' + n, county);
  }
  // 重庆两江新区 → 两江新区, 自贡市政府 → 自贡市人民政府: a district named with its city, a
  // government named without 人民.
  for (const type of ['District', 'Other'] as const) {
    const set = new Set(names.get(type) ?? []);
    for (const n of set) {
      const full =
        type === 'District'
          ? stripPlaces(n)
          : n.endsWith('市政府') || n.endsWith('区政府') || n.endsWith('县政府')
            ? n.slice(0, -2) + '人民政府'
            : n;
      // 深圳市光明区人民政府 → 光明区人民政府: a government named with its city.
      if (type === 'Other' && full === n) {
        const bare = withoutCity(n);
        if (bare !== n && set.has(bare) && !LEXICON.stopPhrases.has(bare))
          if (!target.has(type + '|' + n)) target.set(type + '|' + n, bare);
        continue;
      }
      if (full === n || !set.has(full)) continue;
      // 常州高新区 … 高新区: a bare generic zone is the short form of the one named zone, not
      // the other way round.
      if (LEXICON.stopPhrases.has(full)) {
        const named = [...set].filter((x) => x !== full && stripPlaces(x) === full);
        if (named.length === 1 && !target.has(type + '|' + full))
          target.set(type + '|' + full, named[0] as string);
      } else if (!target.has(type + '|' + n)) target.set(type + '|' + n, full);
    }
  }
  // 中科院深圳理工大学 → 中国科学院深圳理工大学: common prefix abbreviations of the same name.
  for (const [type, list] of names) {
    const set = new Set(list);
    for (const n of list) {
      for (const [short, long] of PREFIX_ABBREVIATIONS) {
        if (!n.startsWith(short)) continue;
        const full = long + n.slice(short.length);
        if (set.has(full) && !target.has(type + '|' + n)) target.set(type + '|' + n, full);
      }
    }
  }
  // 深圳研究院 → 南开大学深圳研究院: a unit named without the university or institute it
  // belongs to, when exactly one full name of the document is that parent plus the short name.
  const parents = new Set([...(names.get('University') ?? []), ...(names.get('Institute') ?? [])]);
  for (const type of ['Institute', 'Lab'] as const) {
    const list = names.get(type) ?? [];
    const present = new Set(list);
    // Short name → the full names that are a parent plus it (indexed over each name's prefixes).
    const fulls = new Map<string, string[]>();
    for (const l of list) {
      for (let k = 2; k <= l.length - 2; k++) {
        const short = l.slice(k);
        if (!present.has(short) || !parents.has(l.slice(0, k))) continue;
        const f = fulls.get(short);
        if (f) f.push(l);
        else fulls.set(short, [l]);
      }
    }
    for (const [short, longs] of fulls) {
      if (longs.length === 1 && !target.has(type + '|' + short))
        target.set(type + '|' + short, longs[0] as string);
    }
  }
  // 辽宁大学（鞍山）城市研究院 → 辽宁大学鞍山城市研究院: brackets around a place change no name.
  for (const [type, list] of names) {
    const plain = new Set(list.filter((n) => !/[（）()]/.test(n)));
    for (const n of list) {
      if (!/[（）()]/.test(n) || target.has(type + '|' + n)) continue;
      const bare = n.replace(/[（）()]/g, '');
      if (!plain.has(bare)) continue;
      // An abbreviation rule may have pointed the plain name at the bracketed one: undo that.
      if (target.get(type + '|' + bare) === n) target.delete(type + '|' + bare);
      target.set(type + '|' + n, bare);
    }
    // 山东建筑大学产学研基地（烟台） = 山东建筑大学烟台产学研基地: the place may stand before the
    // platform word instead of in brackets after it.
    for (const n of list) {
      const b = /[（(]([\u4e00-\u9fff]{2,3})[）)]$/.exec(n);
      if (!b || target.has(type + '|' + n)) continue;
      const place = b[1] as string;
      const bare = n.slice(0, b.index);
      const moved = list.find(
        (x) => x !== n && !/[（()）]/.test(x) && x.includes(place) && x.replace(place, '') === bare,
      );
      if (moved !== undefined) target.set(type + '|' + moved, n);
    }
  }
  // 新材料中试基地 → 国科新材料中试基地: a lab or institute named again without its first word
  // is the one longer name of the document that ends with it.
  // A shorter name used in the body before the longer one is another unit (精密铸造…中心 built
  // in 2023年2月, 不锈钢精密铸造…中心 in 2023年7月), not its short form.
  const first = new Map<string, number>();
  mentions.forEach((m, k) => {
    const key = mentionKeys[k] as string;
    if (m.kind !== 'coref' && !first.has(key)) first.set(key, m.start);
  });
  // Only a field word opening the longer name (不锈钢) makes another unit: a place opening it
  // (六盘水市农业科学研究院 after 科学研究院) names where the same unit is.
  const earlier = (type: string, short: string, long: string): boolean => {
    const a = first.get(type + '|' + short) ?? 0;
    if (a < titleEnd || a >= (first.get(type + '|' + long) ?? 0)) return false;
    const head = long.slice(0, long.length - short.length);
    return !LEXICON.bigPlaces.has(head.slice(0, 2)) && !LEXICON.bigPlaces.has(head.slice(0, 3));
  };
  for (const type of ['Institute', 'Lab'] as const) {
    const list = names.get(type) ?? [];
    for (const short of list) {
      if (target.has(type + '|' + short)) continue;
      const longs = list.filter(
        (l) =>
          l.length > short.length &&
          l.endsWith(short) &&
          !target.has(type + '|' + l) &&
          !earlier(type, short, l),
      );
      if (longs.length === 1) target.set(type + '|' + short, longs[0] as string);
    }
  }
  // 重庆理工大学材料科学与工程学院 → 材料科学与工程学院 when the school is also named on its own.
  const unis = names.get('University') ?? [];
  const universities = unis.filter((x) => x.endsWith('大学'));
  const schools = unis.filter((x) => x.endsWith('学院'));
  for (const n of unis) {
    const u = universities.find((x) => x !== n && n.startsWith(x));
    if (!u) continue;
    const rest = n.slice(u.length);
    const school = schools.find((x) => x !== n && (x === rest || isAbbreviation(rest, x)));
    if (school && !target.has('University|' + n)) target.set('University|' + n, school);
  }
  // 南林大新校区, 南京林大新校区 → 南京林业大学新校区: a campus named after its school's short form.
  for (const n of unis) {
    if (!n.endsWith('校区') || target.has('University|' + n)) continue;
    for (const u of universities) {
      const s = [u, ...fieldShorts(u)].find((x) => n.startsWith(x) && n.length - x.length >= 3);
      if (s === undefined) continue;
      if (s !== u) target.set('University|' + n, u + n.slice(s.length));
      break;
    }
  }
  if (target.size === 0) return;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as ZhMention;
    // The key made above: canonicals change only here, each mention's once.
    let c = target.get(mentionKeys[k] as string);
    for (let hops = 0; c !== undefined && hops < 4; hops++) {
      m.canonical = c;
      c = target.get(m.type + '|' + c);
    }
  }
}
