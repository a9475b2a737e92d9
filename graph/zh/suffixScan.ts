import type { EntityType } from '../ontology';
import { LEXICON, suffixesEnding } from './lexicon';
import { Literals } from './literals';
import { leftEdge, nameToken, type FieldVerbs } from './boundary';
import { isSpecificName } from './validate';
import type { ZhMention } from './mention';
import { isDigit, isNameChar } from './chars';
import { cutExact, cutSpan } from './segment';
import { FUNCTION_WORDS } from './pos';
import placeData from '../data/zh/places.json';
import { placeCoreAt } from './countyScan';

/** All suffixes, longest first, scanned over characters (not tokens). */
const SUFFIXES = new Literals(LEXICON.suffixes.map((s) => s.text));

/** Characters after a suffix that show it is part of a longer word (大学生, 公司法). */
const CONTINUATIONS: Readonly<Record<string, string>> = Object.freeze({
  大学: '生城堂',
  // 黄庆学院士: 学院 inside a name and 院士 (academician) after it, no school.
  学院: '路派士',
  公司: '法',
  集团: '军化',
  局: '面限势部',
  基金: '会',
  园区: '内',
  联合会: '商',
  // 创新区域, 开发区域: 区域 is a region word, not a zone name.
  新区: '域',
  开发区: '域',
  工业区: '域',
  // 分会场: a side venue of a meeting, not a branch body.
  分会: '场',
});

/** Types a count right after the name marks as generic (研究院50余家). */
function countFollows(text: string, at: number): boolean {
  // 有限责任公司2021年建立…: a year after the name starts a new phrase, not a count.
  if (/^\d{4}年/.test(text.slice(at, at + 5))) return false;
  // 中试基地4日正式建成: a day or month after the name is a date.
  if (/^\d{1,2}[日月]/.test(text.slice(at, at + 3))) return false;
  // 联盟所属12所高校: 所属/所在 are verbs, not the classifier 所; 研究所所长 is its director.
  if (/^所[属在长]/.test(text.slice(at, at + 2))) return false;
  return isDigit(text[at]) || /^[余多几数]?[家个所座]/.test(text.slice(at, at + 2));
}

/** Team words that say only what a team does, not whose it is (科研团队 = 团队). */
const GENERIC_TEAMS: ReadonlySet<string> = new Set([
  '科研团队',
  '研发团队',
  '创新团队',
  '专家团队',
]);

/** Bodies of several members, named by the fields they join (…技术与…创新联合体). */
const JOINT_BODIES: ReadonlySet<string> = new Set(['创新联合体', '联盟', '联合会']);

/** What follows a media centre in a byline or caption (讯, 记者, 供图). */
const BYLINE_AFTER_RE = /^(?:讯|记者|供图|图|报道|消息|通讯员)/;

/** True when the name part opens with a quality word (高水平, 一流). */
function descriptiveHead(text: string, start: number, at: number): boolean {
  const first = cutSpan(text, start, at)[0];
  return first !== undefined && LEXICON.descriptiveHeads.has(first);
}

/** Legal company forms (有限公司, 股份有限公司…): always one named firm. */
const LEGAL_FORM_RE = /(?:有限公司|有限责任公司|股份公司)$/;

/** Dashes that join two parties in one joint name (A大学-B集团研究院). */
const JOINT_DASHES = '-—－–';

/** A two- or three-character place with its level (临湘市, 德清县). */
const LEVELLED_PLACE_RE = /^[\u4e00-\u9fff]{2,3}[市县区]$/;

/** Organisation suffixes a joint name's first party or a bracketed place may follow. */
const PARTY_SUFFIX_TYPES = new Set<EntityType>(['University', 'Company', 'Institute']);

/**
 * Extends a name's start over a joint-name dash (西安交通大学-陕西有色金属集团产业创新研究院) or a
 * bracketed place inside the name (山东大学（齐河）新材料…研究院) when a party name sits before it.
 */
function extendOverJoin(text: string, start: number, from: number, type: EntityType): number {
  let at = start;
  // 南昌大学——砥石先进纤维材料联合研究中心: the second party's brand after the double dash may be a
  // word the left walk stops at (砥石); the joint name still opens with the first party.
  const brand = /——([\u4e00-\u9fff]{1,4})$/.exec(text.slice(Math.max(from, at - 6), at));
  if (brand && (type === 'Lab' || type === 'Institute')) at -= (brand[1] as string).length;
  if (
    at - 2 > from &&
    text[at - 1] === '—' &&
    text[at - 2] === '—' &&
    /(?:大学|学院|公司|集团)$/.test(text.slice(Math.max(from, at - 6), at - 2))
  ) {
    // 上海交通大学——宜宾市…创新中心: a school or firm and a double dash open a joint name (after
    // an institute, ——X研究院 describes it instead).
    at -= 2;
  } else if (at - 1 > from && JOINT_DASHES.includes(text[at - 1] ?? '')) {
    at -= 1;
  } else if (at - 1 > from && (text[at - 1] === '）' || text[at - 1] === ')')) {
    const open = Math.max(text.lastIndexOf('（', at - 1), text.lastIndexOf('(', at - 1));
    if (open < 0 || at - 1 - open > 7) return start;
    // 山东大学（齐河）…: after a party's name, a short bracketed word is the place of the branch,
    // even when the place list does not know it.
    const inner = text.slice(open + 1, at - 1);
    const place =
      placeInBrackets(text, open, at) === at - open ||
      (/^[\u4e00-\u9fff]{2,3}$/.test(inner) && !/简称|暂定|筹|下称/.test(inner));
    if (!place) return start;
    at = open;
  } else return start;
  const party = LEXICON.suffixes.find(
    (s) => PARTY_SUFFIX_TYPES.has(s.type) && text.startsWith(s.text, at - s.text.length),
  );
  if (!party) {
    if (type !== 'Lab' && type !== 'Institute') return start;
    if (text[at] === '（' || text[at] === '(') {
      // 上海交通大学云南（大理）研究院: a school or firm, a province and its city in brackets open
      // the name (the school's institute in that province and city).
      const p = provinceBefore(text, at, from);
      const owner =
        p < 0
          ? undefined
          : LEXICON.suffixes.find(
              (x) => PARTY_SUFFIX_TYPES.has(x.type) && text.startsWith(x.text, p - x.text.length),
            );
      if (owner) {
        const o = leftEdge(text, p - owner.text.length, from, false);
        if (o < p - owner.text.length) return o;
      }
    }
    const s = leftEdge(text, at, from, false);
    if (text[at] === '（' || text[at] === '(') {
      // 福建（泉州）先进制造技术研究院: a province with its city in brackets opens the name.
      const head = bigPlaceAt(text, s);
      return head.len > 0 && s + head.len === at ? s : start;
    }
    // “东农-龙豆…研发中心”: inside quotes, a short form of two to four characters opening them
    // is the first party.
    if (text[s - 1] === '“' && at - s >= 2 && at - s <= 4) return s;
    // 临湘市-上海大学…孵化基地: a city or county with its level may be the first party.
    return at - s >= 3 && at - s <= 4 && LEVELLED_PLACE_RE.test(text.slice(s, at)) ? s : start;
  }
  const s = leftEdge(text, at - party.text.length, from, false);
  return s < at - party.text.length ? s : start;
}

/** An organisation suffix and a conjunction inside a name part: two names joined (A大学和B集团). */
const JOINED_NAME_RE = new RegExp(
  `(?:大学|学院|研究院|研究所|有限公司|集团|人民政府|局|厅|${Object.keys(LEXICON.prefixAbbreviations).join('|')})(?:和|与|及|同)`,
  'g',
);

/** Acts between parties (支持, 助力, 引进…): a name starts after the last one inside its span. */
const ACT_WORDS_RE = new RegExp(
  [...LEXICON.triggers.supports, ...LEXICON.triggers.flexiblyIntroduces, '引进', '共建']
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** Where a name starts when its span holds an act word (…区大力支持江苏理工学院 → 江苏理工学院). */
function afterActWord(text: string, start: number, at: number): number {
  const part = text.slice(start, at);
  let cut = -1;
  ACT_WORDS_RE.lastIndex = 0;
  for (let m = ACT_WORDS_RE.exec(part); m; m = ACT_WORDS_RE.exec(part)) cut = m.index + m[0].length;
  if (cut < 0) return start;
  // 全力支持研究院: nothing left after the act word, so no name (the bare suffix refers back).
  return at - (start + cut) >= 2 ? start + cut : at;
}

/** A joiner anywhere in a name part: checked before the costlier name-and-joiner search. */
const JOINERS_IN = /[和与及同]/;

/** Where the last name of `text[start, at)` starts when a whole name and 和/与 come before it. */
function afterJoinedName(text: string, start: number, at: number): number {
  // The name before may end right before `start` (西安交通大学 | 和平高集团).
  const from = Math.max(0, start - 5);
  const part = text.slice(from, at);
  if (!JOINERS_IN.test(part)) return start;
  let cut = -1;
  JOINED_NAME_RE.lastIndex = 0;
  for (let m = JOINED_NAME_RE.exec(part); m; m = JOINED_NAME_RE.exec(part))
    cut = from + m.index + m[0].length;
  return cut > start && at - cut >= 2 ? cut : start;
}

/** An indefinite count (一家, 一所, 一个) and up to eight words of description before a name. */
const INDEFINITE_RE = /(?:^|[^第\d])一[家所个座](?:[\u4e00-\u9fff]{0,8}的)?$/;

/** True when an indefinite count stands right before `start` in its clause (一家新成立的…). */
function indefiniteBefore(text: string, start: number, from: number): boolean {
  return INDEFINITE_RE.test(text.slice(Math.max(from, start - 12), start));
}

/** Longest company name part after its opening place (湖北 + 三环锻造). */
const PLACE_HEADED_MAX = 10;

/**
 * 湖北三环锻造有限公司, 广东美的制冷设备有限公司: jieba tags trade names and trades (三环, 美的,
 * 锻造) as numerals or verbs, so the left walk stops short. A province or city a few words before
 * the suffix, with no stop word between, opens the company name.
 */
function placeHeadedStart(text: string, at: number, from: number): number {
  let lo = at;
  while (lo > Math.max(from, at - PLACE_HEADED_MAX - 6) && isNameChar(text[lo - 1])) lo--;
  if (lo === at) return at;
  const tokens = cutSpan(text, lo, at);
  let pos = at;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const tok = tokens[k] as string;
    if (bigPlaceToken(tok) && k < tokens.length - 1) {
      let headed = pos - tok.length;
      // 贵州六盘水凉都…公司: a province may head its city (two places, one opening).
      const up = tokens[k - 1];
      if (up !== undefined && bigPlaceToken(up)) headed -= up.length;
      return at - pos <= PLACE_HEADED_MAX && at - pos >= 2 ? headed : at;
    }
    // 四川省农和智创科技, 六盘水凉都猕猴桃: a one-character stop word (和, 都) right after another
    // single character sits inside an unknown trade name; after a word or the place (四川省和华为…)
    // it joins or ends names. 与及的在为是 always do.
    const inTrade =
      tok.length === 1 &&
      !'与及的在为是'.includes(tok) &&
      (tokens[k - 1] ?? '').length === 1 &&
      isNameChar(tokens[k - 1]);
    if (
      !inTrade &&
      (LEXICON.stopTokens.has(tok) || (tok.length === 1 && '和与及的在为是'.includes(tok)))
    )
      return at;
    pos -= tok.length;
  }
  return at;
}

/** A province or city token, its level optional (四川省, 六盘水). */
function bigPlaceToken(tok: string): boolean {
  return LEXICON.bigPlaces.has(/[省市]$/.test(tok) ? tok.slice(0, -1) : tok);
}

/**
 * True when the left walk stopped inside a run of single characters (凉 | 都 | 猕猴桃…): jieba
 * did not know the word there, so the trade name may go on to a place further left.
 */
function stoppedInUnknown(text: string, start: number, from: number): boolean {
  const lo = Math.max(from, start - 4);
  if (lo >= start || !isNameChar(text[start - 1])) return false;
  const toks = cutSpan(text, lo, start);
  const last = toks[toks.length - 1] as string;
  if (last.length !== 1 || '与及的在为是'.includes(last)) return false;
  // 农和 | 智创: a joiner stopped the walk; it counts only inside a run of single characters.
  return last !== '和' || (toks[toks.length - 2] ?? '').length === 1;
}

/** A province or city with its level opening a zone name (大连市金普新区, 江西省赣江新区). */
const ZONE_HEAD_RE = /^([\u4e00-\u9fff]{2,3}?)[省市]([\u4e00-\u9fff]{4,})$/;

/**
 * The canonical name of a zone named under its city or province: the zone's own name (金普新区),
 * so that later mentions without the city are the same place; the full form stays an alias.
 */
function zoneCore(name: string, type: EntityType): string {
  if (type !== 'District') return name;
  const m = ZONE_HEAD_RE.exec(name);
  if (!m || !LEXICON.bigPlaces.has(m[1] as string)) return name;
  const zone = m[2] as string;
  // 嘉兴市经济技术开发区: a bare zone word names no zone; the city without its level stays.
  if (LEXICON.stopPhrases.has(zone) || LEXICON.suffixType.get(zone) === 'District')
    return (m[1] as string) + zone;
  return zone;
}

/** A name without its last two characters (the campus word 校区). */
function part(name: string): string {
  return name.slice(0, -2);
}

/** True when a bracket opens in `name` and does not close there. */
function unclosedBracket(name: string): boolean {
  const open = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
  return open >= 0 && name.indexOf('）', open) < 0 && name.indexOf(')', open) < 0;
}

/** A place's party committee and government named together (兰考县委县政府 → 兰考县). */
const PARTY_AND_GOVERNMENT_RE = /^([\u4e00-\u9fff]{2,8}?([省市县区]))委\2(?:人民)?政府$/;

/** Chinese numerals before 大 make a count (三大核心园区), not a name. */
const NUMERALS = '一二两三四五六七八九十几';

/** Classifiers that follow a number (34个团队, 8家企业). */
const CLASSIFIERS = '个家所座项名位支批类';

/**
 * Where a branch name starts: before `at` sit a place of two or three characters and, before it,
 * a name with an organisation suffix (…技术转移中心 + 武进 + 分中心); else `at` itself.
 */
function branchStart(text: string, at: number, from: number): number {
  for (const placeLen of [2, 3]) {
    const parentEnd = at - placeLen;
    if (parentEnd <= from) continue;
    const parent = LEXICON.suffixes.find(
      (s) =>
        s.text.length >= 2 &&
        s.type !== 'District' &&
        text.startsWith(s.text, parentEnd - s.text.length),
    );
    if (!parent) continue;
    const s = leftEdge(text, parentEnd - parent.text.length, from, true);
    if (s < parentEnd - parent.text.length) return s;
  }
  return at;
}

/** Branch words a bracketed place may carry after a name (（常州基地）, （南通分院）). */
const BRANCH_WORDS: readonly string[] = ['基地', '分中心', '分院', '分部', '分园', '校区', '园区'];

/** Where a county's core of two or three characters ending at `at` starts (新建 of 新建经开区), or `at`. */
function coreBefore(text: string, at: number, from: number): number {
  for (const n of [3, 2]) {
    const s = at - n;
    if (s >= from && placeCoreAt(text, s) === n) return s;
  }
  return at;
}

/** Branch words after a platform's name and a place (…中心湖南中心, …研究院苏州分院). */
const BRANCH_TAILS: ReadonlySet<string> = new Set(['中心', '分中心', '分院', '分所', '基地']);

/**
 * Length of a place (two or three characters, its level optional) and a branch word right after
 * a platform's name, each a word of its own (湖南 | 中心); else 0.
 */
function branchAfter(text: string, at: number, to: number): number {
  const head = bigPlaceAt(text, at).len;
  if (head === 0) return 0;
  const toks = cutSpan(text, at + head, Math.min(to, at + head + 4));
  const tail = toks[0];
  if (tail === undefined || !BRANCH_TAILS.has(tail)) return 0;
  // The branch name must end there: a noun after it (中心城区) makes another phrase.
  const next = toks[1];
  const ends =
    next === undefined ||
    !isNameChar(next[0]) ||
    next.length === 1 ||
    FUNCTION_WORDS.has(next) ||
    LEXICON.stopTokens.has(next);
  return ends ? head + tail.length : 0;
}

/** Words a company name may hold in brackets besides a place (沈阳耘垦牧业（集团）有限公司). */
const BRACKETED_FORMS: ReadonlySet<string> = new Set(['集团', '控股', '中国', '国际']);

/**
 * 玮博杰生物材料（浙江）有限公司, 国科（浙江）新材料技术有限公司: a company name may hold its
 * registration place in brackets; the name goes on left of the bracket.
 */
function extendOverPlaceBracket(text: string, start: number, from: number): number {
  const close = text[start - 1];
  if (close !== '）' && close !== ')') return start;
  const open = Math.max(text.lastIndexOf('（', start - 1), text.lastIndexOf('(', start - 1));
  if (open <= from || start - open > 7) return start;
  const inner = text.slice(open + 1, start - 1);
  if (!BRACKETED_FORMS.has(inner) && placeInBrackets(text, open, start) !== start - open)
    return start;
  const s = leftEdge(text, open, from, false);
  return s < open ? s : start;
}

/** Bracket words that mark a note on the name, not a part of it (（筹）, （简称…）). */
const NOTE_IN_BRACKET_RE = /简称|暂定|筹|下称|以下/;

/**
 * 干果类水果（核桃）全程机械化科研基地: a platform name may gloss a word in brackets; the name goes
 * on left of the bracket when name words stand there.
 */
function extendOverGloss(text: string, start: number, from: number): number {
  const close = text[start - 1];
  if (close !== '）' && close !== ')') return start;
  const open = Math.max(text.lastIndexOf('（', start - 1), text.lastIndexOf('(', start - 1));
  if (open <= from || start - open > 6) return start;
  const inner = text.slice(open + 1, start - 1);
  if (!/^[\u4e00-\u9fff]{1,4}$/.test(inner) || NOTE_IN_BRACKET_RE.test(inner)) return start;
  const s = leftEdge(text, open, from, false);
  return open - s >= 2 ? s : start;
}

/** A word of two or more characters that is neither generic, a stop word nor a function word. */
function contentWord(tok: string): boolean {
  return (
    tok.length >= 2 &&
    !LEXICON.genericWords.has(tok) &&
    !LEXICON.stopTokens.has(tok) &&
    !FUNCTION_WORDS.has(tok)
  );
}

/** A content word, or two single characters in a row (an unknown word: 菌 | 菇). */
function hasContent(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as string;
    if (contentWord(t)) return true;
    const next = tokens[k + 1];
    if (t.length === 1 && next !== undefined && next.length === 1 && !LEXICON.stopTokens.has(t))
      if (!LEXICON.stopTokens.has(next)) return true;
  }
  return false;
}

/** Verbs before a quoted platform name (共建“食用菌良种繁育平台”). */
const QUOTED_BUILD_RE = /(?:共建|建设|建成|成立|组建|打造|搭建|设立)$/;
/** A quoted platform: name characters ending in a platform word. */
const QUOTED_PLATFORM_RE = /“([\u4e00-\u9fff]{2,18}?(?:平台|基地|中心))”/g;

/**
 * 共建“食用菌良种繁育平台”: a quoted name after a build verb ending in a platform word is a lab
 * even where its ending (繁育平台) is no suffix of the list.
 */
function scanQuotedPlatforms(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  const span = text.slice(from, to);
  if (span.indexOf('“') < 0) return out;
  QUOTED_PLATFORM_RE.lastIndex = 0;
  for (let m = QUOTED_PLATFORM_RE.exec(span); m; m = QUOTED_PLATFORM_RE.exec(span)) {
    const start = from + m.index + 1;
    if (!QUOTED_BUILD_RE.test(text.slice(Math.max(from, start - 3), start - 1))) continue;
    const name = m[1] as string;
    if (!isSpecificName(name, name.slice(-2), 'Lab')) continue;
    // Without a suffix to vouch for it, a quoted name needs a content word of its own
    // (食用菌), not only generic words, verbs and single characters (产学研用一体化, 乡村振兴).
    if (!hasContent(cutExact(name.slice(0, -2)))) continue;
    const end = start + name.length;
    out.push({ start, end, text: name, type: 'Lab', canonical: name, kind: 'name' });
  }
  return out;
}

/** A chain of two or more levelled places opening a name (浙江省绍兴市上虞区…): where it sits. */
const PLACE_CHAIN_RE =
  /^(?:[\u4e00-\u9fff]{2,3}省)?[\u4e00-\u9fff]{2,3}市(?:[\u4e00-\u9fff]{2,3}[区县])?/;

/**
 * 在浙江省绍兴市上虞区国科新材料中试基地: after 在/于, a name opened by a chain of two or more
 * levelled places is the name after the chain; the chain says where it is. Elsewhere the chain
 * may be part of an official name (重庆市合川区…技术创新中心).
 */
function afterPlaceChain(name: string): number {
  const m = PLACE_CHAIN_RE.exec(name);
  if (!m) return 0;
  const chain = m[0];
  const levels = (chain.match(/[省市区县]/g) ?? []).length;
  if (levels < 2 || name.length - chain.length < 4) return 0;
  const head = chain.slice(0, chain.search(/[省市]/));
  return LEXICON.bigPlaces.has(head) ? chain.length : 0;
}

/** True when text[start, at) is a body's name (…大学, …院, …所) and generic words after it. */
function bodyPeople(text: string, start: number, at: number): boolean {
  const toks = cutSpan(text, start, at);
  let k = toks.length;
  let p = at;
  while (k > 0) {
    const t = toks[k - 1] as string;
    if (!LEXICON.genericWords.has(t) || LEXICON.honorifics.includes(t)) break;
    p -= t.length;
    k--;
  }
  return k < toks.length && p - start >= 3 && /(?:大学|学院|院|所)$/.test(text.slice(start, p));
}

/** A personal name (surname + one or two characters) and a conjunction opening a team name. */
const PERSON_AND_RE = /^([\u4e00-\u9fff]{2,3})(?:及|和|与)/;

/** Where a team name starts when a listed person and 及/和 open its span. */
function afterListedPerson(text: string, start: number, at: number): number {
  const m = PERSON_AND_RE.exec(text.slice(start, at));
  if (!m || !LEXICON.surnames.has((m[1] as string)[0] as string)) return start;
  const rest = at - start - m[0].length;
  return rest >= 2 ? start + m[0].length : start;
}

/** Longest quoted name part looked at before a name's left edge. */
const QUOTED_NAME_MAX = 24;

/**
 * 共建“淄博绿色化工与功能材料省实验室”: a name that closes a quotation is the whole quoted text,
 * joined fields (与, 和) and all, when only Han characters stand between the quote and the name.
 */
function quotedStart(text: string, start: number, end: number, from: number): number {
  const close = text[end];
  if (close !== '”' && close !== '」') return start;
  // The quote is looked for in a bounded window only: no scan back over the whole text.
  const lo = Math.max(from, start - QUOTED_NAME_MAX);
  const win = text.slice(lo, start);
  const at = Math.max(win.lastIndexOf('“'), win.lastIndexOf('「'));
  if (at < 0) return start;
  const q = lo + at;
  if (q >= start - 1) return start;
  // “没有围墙的大学”: a quoted phrase with 的 describes something, it names nothing.
  const quoted = text.slice(q + 1, start);
  return /^[\u4e00-\u9fff]+$/.test(quoted) && !quoted.includes('的') ? q + 1 : start;
}

/** One-character words a trade name may hold (福建爱的电器, 顺心和中药材). */
const TRADE_JOINERS = '的和';

/**
 * 福建爱的电器有限公司, 岷县顺心和中药材有限公司: when the left walk stopped at 的/和 and what is
 * left is one dictionary word (电器, 中药材: a trade, no trade name), the trade name goes on left of
 * the joiner, unless a whole name or a generic word stands there (青川大学和…, 学校和…).
 */
function extendOverTradeJoiner(text: string, start: number, at: number, from: number): number {
  const j = start - 1;
  if (j <= from || !TRADE_JOINERS.includes(text[j] as string)) return start;
  const part = text.slice(start, at);
  if (part.length < 2 || part.length > 4 || cutExact(part).length !== 1) return start;
  const s = leftEdge(text, j, from, false, true);
  if (s >= j || j - s < 2 || j - s > 6) return start;
  const head = text.slice(s, j);
  if (LEXICON.genericWords.has(head) || LEXICON.stopPhrases.has(head)) return start;
  // 陕科大和…: a school's short form (…大, …院) is a name of its own.
  if (/[大院所校]$/.test(head) || suffixesEnding(head).some((x) => head.endsWith(x.text)))
    return start;
  return s;
}

/** Compass regions that open school names (华中科技大学, 西北工业大学, 东北大学). */
const COMPASS_REGIONS: ReadonlySet<string> = new Set([
  '华中',
  '华南',
  '华东',
  '华北',
  '西北',
  '西南',
  '东北',
  '中南',
]);

/** Where a province or city (云南, 山东省) ending at `at` starts, or -1. */
function provinceBefore(text: string, at: number, from: number): number {
  const level = text[at - 1] === '省' || text[at - 1] === '市' ? 1 : 0;
  for (const n of [3, 2]) {
    const p = at - level - n;
    if (p > from && LEXICON.bigPlaces.has(text.slice(p, at - level))) return p;
  }
  return -1;
}

/** A big place (泉州, 广东省) at `at`: its length with its level, or 0. */
function bigPlaceAt(text: string, at: number): { len: number; city: boolean } {
  for (const n of [3, 2]) {
    const w = text.slice(at, at + n);
    if (!LEXICON.bigPlaces.has(w)) continue;
    const level = text[at + n] === '省' || text[at + n] === '市' ? 1 : 0;
    return { len: n + level, city: CITY_NAMES.has(w) };
  }
  return { len: 0, city: false };
}

/** Cities (not provinces or regions) among the big places. */
const CITY_NAMES: ReadonlySet<string> = new Set(placeData.city);

/**
 * 长沙中国农科院麻类研究所, 泉州天津大学, 广东华中科技大学: a place before a national name (中国…)
 * or before a school named by another place is where it sits or a longer name's head, not the
 * name's first word. Returns how many characters to skip at `start`.
 */
function leadingPlace(text: string, start: number, at: number, type: EntityType): number {
  const head = bigPlaceAt(text, start);
  if (head.len === 0 || at - start - head.len < 2) return 0;
  const rest = start + head.len;
  if (text.startsWith('中国', rest) || text.startsWith('中科院', rest)) return head.len;
  if (type !== 'University' || text.slice(at, at + 2) !== '大学') return 0;
  // A city, then a school named by a place (泉州 + 天津大学); a province, then a school named by a
  // compass region (广东 + 华中科技大学). 山西大同大学 (province + city) keeps its name.
  if (head.city && bigPlaceAt(text, rest).len > 0) return head.len;
  if (COMPASS_REGIONS.has(text.slice(rest, rest + 2))) return head.len;
  return 0;
}

/** A zone opening a name part (宿州市经济开发区 + 安徽紫金…公司). */
const ZONE_OPENING_RE =
  /^[\u4e00-\u9fff]{2,8}?(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区|工业园区|产业园区|工业园|产业园|镇|乡|街道)/;

/**
 * 在宿州市经济开发区安徽紫金新材料科技股份有限公司: after 在/于, a zone opening a name is where it
 * sits; the name starts after the zone when four or more characters are left.
 */
function afterZone(part: string, minRest = 4): number {
  const m = ZONE_OPENING_RE.exec(part);
  if (!m || part.length - m[0].length < minRest) return 0;
  return m[0].length;
}

/** Township-level endings (樊口街道, 白马镇): places below a county, not zones. */
const TOWNSHIP_END_RE = /(?:街道|镇|乡)$/;

/** Length of a bracketed place right after a name (（深圳）, (广州)), or 0. */
function placeInBrackets(text: string, at: number, to: number, branches = false): number {
  const open = text[at];
  if (open !== '（' && open !== '(') return 0;
  const close = text.slice(at + 1, Math.min(to, at + 8)).search(/[）)]/);
  if (close < 2) return 0;
  let inner = text.slice(at + 1, at + 1 + close);
  // （常州基地）, （南通分院）: a place with a branch word names the branch of the name before.
  const branch = branches
    ? BRANCH_WORDS.find((w) => inner.endsWith(w) && inner.length - w.length >= 2)
    : undefined;
  if (branch) inner = inner.slice(0, inner.length - branch.length);
  const bare = /[省市区县]$/.test(inner) ? inner.slice(0, -1) : inner;
  const place =
    LEXICON.bigPlaces.has(inner) ||
    LEXICON.bigPlaces.has(bare) ||
    LEXICON.districtCanonical.has(inner) ||
    LEXICON.districtCanonical.has(bare);
  return place ? close + 2 : 0;
}

/**
 * Finds suffix-anchored names (…有限公司, …大学, …实验室, …团队) in [from, to). The left edge is
 * found per match by `leftEdge`, so boundaries follow characters, not jieba's merged tokens.
 */
/** True when an opening bracket （ or ( sits at `i`. */
function isOpen(text: string, i: number): boolean {
  return text[i] === '（' || text[i] === '(';
}

/** Closing brackets, found by the regex engine (no per-character loop in script). */
const CLOSE_RE = /[）)]/g;

/** Longest quoted name part before a bracketed place inside a platform name. */
const BRACKET_NAME_MAX = 24;

/** Lab suffixes split around a bracket (转化 +（鹤岗）+ 中心): head before, tail after it. */
const SPLIT_SUFFIXES: ReadonlyArray<{
  head: string;
  tail: string;
  type: EntityType;
  text: string;
}> = LEXICON.suffixes
  .filter((x) => x.type === 'Lab' && x.text.length >= 4)
  .map((x) => ({ head: x.text.slice(0, -2), tail: x.text.slice(-2), type: x.type, text: x.text }));

/**
 * 黑龙江大学技术转移与成果转化（鹤岗）中心: a place in brackets may sit inside a platform suffix
 * (转化中心); the name runs from its left edge over the bracket to the suffix's last word.
 */
function scanBracketedSuffixes(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  // The span is searched on its own: a search of the whole text would run past `to`.
  const span = text.slice(from, to);
  if (span.indexOf('）') < 0 && span.indexOf(')') < 0) return out;
  CLOSE_RE.lastIndex = 0;
  for (let c = CLOSE_RE.exec(span); c; c = CLOSE_RE.exec(span)) {
    const i = from + c.index;
    // The opening bracket 3 or 4 characters back: looked up there, not searched for.
    const open = isOpen(text, i - 3) ? i - 3 : isOpen(text, i - 4) ? i - 4 : -1;
    if (open <= from) continue;
    if (!/^[\u4e00-\u9fff]{2,3}$/.test(text.slice(open + 1, i))) continue;
    const split = SPLIT_SUFFIXES.find(
      (x) => text.startsWith(x.tail, i + 1) && text.startsWith(x.head, open - x.head.length),
    );
    if (!split) continue;
    // The head is a suffix word (转化, a verb to jieba): walk left from before it; a name in
    // quotes (“技术转移与成果转化（鹤岗）中心”) starts right after the quote mark.
    let start = leftEdge(text, open - split.head.length, from, true);
    const quote = text.lastIndexOf('“', open);
    if (
      quote >= from &&
      open - quote <= BRACKET_NAME_MAX &&
      /^[\u4e00-\u9fff]+$/.test(text.slice(quote + 1, open))
    )
      start = quote + 1;
    const end = i + 1 + split.tail.length;
    if (start >= open - split.head.length) continue;
    const part = text.slice(start, open - split.head.length);
    if (!isSpecificName(part + split.text, split.text, split.type)) continue;
    const name = text.slice(start, end);
    out.push({ start, end, text: name, type: split.type, canonical: name, kind: 'name' });
  }
  return out;
}

/**
 * 共建安徽省精准施肥平台, 共建省精准施肥平台: after a build verb, a province or city (or the bare
 * level) and a field of its own before 平台 name a platform, though 平台 alone is no suffix.
 */
const PLACED_PLATFORM_RE =
  /(?:共建|搭建|组建|建设|成立)((?:[\u4e00-\u9fff]{2,3}[省市]|[省市])([\u4e00-\u9fff]{2,8}?)平台)/g;

function scanPlacedPlatforms(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [];
  const span = text.slice(from, to);
  if (span.indexOf('平台') < 0) return out;
  PLACED_PLATFORM_RE.lastIndex = 0;
  for (let m = PLACED_PLATFORM_RE.exec(span); m; m = PLACED_PLATFORM_RE.exec(span)) {
    const name = m[1] as string;
    const field = m[2] as string;
    const head = name.slice(0, name.length - field.length - 2);
    // 共建省级平台, 共建市校合作平台: a level or a kind of tie names no platform.
    if (head.length > 1 && !LEXICON.bigPlaces.has(head.slice(0, -1))) continue;
    if (/^[级校县区内域]/.test(field)) continue;
    // 市场化运营平台: a bare level must be a word of its own (省 | 精准), not a word's start.
    if (head.length === 1 && cutExact(name)[0] !== head) continue;
    // A field word of its own (精准, 施肥: verbs count, as in field names), no generic word only.
    if (/[与和的及等]/.test(field)) continue;
    const toks = cutExact(field);
    if (!toks.some((t) => t.length >= 2 && !LEXICON.genericWords.has(t))) continue;
    const start = from + m.index + m[0].length - name.length;
    out.push({
      start,
      end: start + name.length,
      text: name,
      type: 'Lab',
      canonical: name,
      kind: 'name',
    });
  }
  return out;
}

export function scanSuffixes(text: string, from: number, to: number): ZhMention[] {
  const out: ZhMention[] = [
    ...scanBracketedSuffixes(text, from, to),
    ...scanQuotedPlatforms(text, from, to),
    ...scanPlacedPlatforms(text, from, to),
  ];
  for (
    let m = SUFFIXES.next(text, from, to);
    m;
    m = SUFFIXES.next(text, m.index + m.word.length, to)
  ) {
    const suffix = m.word;
    const end = m.index + suffix.length;
    const cont = CONTINUATIONS[suffix];
    // 学院派驻, 学院派出: 派 opens a verb there (to send), not the word 学院派 (an academic school).
    const sends = text[end] === '派' && '驻出遣往'.includes(text[end + 1] ?? '\n');
    if (cont && cont.includes(text[end] ?? '\n') && !sends) continue;
    // 学院 right before 科技园/路 etc. is resolved by the longer match that follows.
    let type = LEXICON.suffixType.get(suffix) as EntityType;
    // 重庆理工大学材科学院: a …学院 right after a university name is one of its schools.
    if (
      type === 'Institute' &&
      suffix.endsWith('学院') &&
      /大学[^\P{Script=Han}与和及同]{1,6}$/u.test(text.slice(Math.max(from, m.index - 12), m.index))
    )
      type = 'University';
    // 与/和 may join two fields inside names of schools, labs, institutes and teams.
    // 南沙与华中科技大学: a university is never named by two joined fields.
    // 元宇宙支撑技术与场景驱动创新联合体: joint bodies are named by joined fields too.
    const joinAnd =
      (type !== 'Company' && type !== 'District' && type !== 'Other' && suffix !== '大学') ||
      JOINT_BODIES.has(suffix);
    // 稀土绿色冶炼分离联合实验室: platform and institute fields carry verbs, and so do teams
    // named by their field (猕猴桃品种选育创新团队); school units only after 与 (机械与运载工程学院);
    // universities, firms and places take none.
    const verbs: FieldVerbs =
      type === 'Lab' || type === 'Institute' || (type === 'ResearchTeam' && suffix !== '团队')
        ? 'field'
        : type === 'University' && suffix !== '大学'
          ? 'joined'
          : 'none';
    let start = leftEdge(text, m.index, from, joinAnd, type === 'Company', verbs);
    // 西华大学技术转移中心武进分中心: a branch is its parent's name, a place, then 分中心/分园.
    if (suffix.startsWith('分')) start = Math.min(start, branchStart(text, m.index, from));
    // 34个团队, 8家高校: a classifier after a number starts a count, not a name.
    if (isDigit(text[start - 1]) && CLASSIFIERS.includes(text[start] ?? '\n')) continue;
    if (NUMERALS.includes(text[start - 1] ?? '\n') && text[start] === '大') continue;
    if (type !== 'District' && type !== 'Other') start = extendOverJoin(text, start, from, type);
    if (type === 'Lab') start = extendOverGloss(text, start, from);
    if (type === 'Company') {
      start = extendOverPlaceBracket(text, start, from);
      start = extendOverTradeJoiner(text, start, m.index, from);
      // Only where the left walk stopped inside a word: a complete name needs no second cut.
      if (
        (m.index - start < 3 && isNameChar(text[start - 1])) ||
        (LEGAL_FORM_RE.test(suffix) && stoppedInUnknown(text, start, from))
      )
        start = Math.min(start, placeHeadedStart(text, m.index, from));
    }
    // 西安交通大学和平高集团: jieba reads 和平 as one word; a whole name and 和 open no name.
    start = afterJoinedName(text, start, m.index);
    // 常州市武进区大力支持江苏理工学院: a relation word never sits inside a school or firm name.
    if (type === 'University' || type === 'Company' || type === 'Institute')
      start = afterActWord(text, start, m.index);
    if (
      type !== 'District' &&
      type !== 'Other' &&
      (text[start - 1] === '在' || text[start - 1] === '于')
    )
      start += afterPlaceChain(text.slice(start, m.index)) || afterZone(text.slice(start, m.index));
    if (type !== 'District' && type !== 'Other') start += leadingPlace(text, start, m.index, type);
    // 射洪经济开发区锂电高新材料产业园: a park named after the zone it lies in is a place of its
    // own; the zone is read too.
    // 南昌市新建经开区: a county's core is the zone's name even where it is also a verb (新建).
    if (type === 'District' && start > m.index - 3)
      start = Math.min(start, coreBefore(text, m.index, from));
    if (type === 'District') {
      const zone = afterZone(text.slice(start, m.index), 2);
      if (zone > 0) {
        const z = text.slice(start, start + zone);
        // 樊口街道宏泰产业园: a street or township is where the park is, no zone of its own.
        if (!TOWNSHIP_END_RE.test(z))
          out.push({
            start,
            end: start + zone,
            text: z,
            type,
            canonical: zoneCore(z, type),
            kind: 'name',
          });
        start += zone;
      }
    }
    if (type !== 'District' && type !== 'Other') start = quotedStart(text, start, end, from);
    // 鄂州市鄂城区人民政府·武汉工程大学共建…: a middle dot joins two parties; a school's name
    // starts after it (joint platforms keep both, see extendOverJoin).
    if (type === 'University') {
      const dot = text.lastIndexOf('·', m.index);
      if (dot >= start && m.index - dot > 2) start = dot + 1;
    }
    // 周吉学及环境工程材料团队: a person and 及 before a team name list the person, not the team.
    if (type === 'ResearchTeam') start = afterListedPerson(text, start, m.index);
    const name = text.slice(start, end);
    // …有限公司（南通分院）: a name never holds an unclosed bracket; the bracket is the company's.
    if (unclosedBracket(name)) continue;
    // 沈阳药科大学科研团队: a generic team word (科研团队, 研发团队) after a school is that school.
    const team = suffix === '团队' || GENERIC_TEAMS.has(suffix);
    if (suffix === '实验室' || suffix === '研究中心' || team) {
      // 重庆市畜牧科学院实验室: the lab of a named body is that body, not a named lab; 上海理工大学
      // 团队 (no leader named) is the school acting, not a named team.
      const part = text.slice(start, m.index);
      const inner = suffixesEnding(part).find(
        (s) =>
          part.endsWith(s.text) &&
          (team ? s.type === 'University' || s.type === 'Institute' : s.type !== 'Lab'),
      );
      // 中国科学院过程所高层次人才团队: a body, generic words and a team word name the body's
      // people, no team of its own (博士团队, 专家团队 with their honorific stay teams).
      if (team && !inner && bodyPeople(text, start, m.index)) continue;
      if (
        inner &&
        isSpecificName(
          part,
          inner.text,
          inner.type,
          cutSpan(text, start, m.index - inner.text.length),
        )
      ) {
        out.push({
          start,
          end: m.index,
          text: part,
          type: inner.type,
          canonical: part,
          kind: 'name',
        });
        continue;
      }
    }
    // 福州大学晋江校区, 南林大新校区: a campus is named after its school, in full or short
    // (过渡性校区, 学校望江校区 are not names).
    if (
      suffix === '校区' &&
      !/^[\u4e00-\u9fff]{2,12}(?:大学|学院|大)[\u4e00-\u9fff]{1,4}$/.test(part(name))
    )
      continue;
    if (!isSpecificName(name, suffix, type, cutSpan(text, start, m.index))) continue;
    // 是…一家新成立的荞麦食品开发公司: after 一家/一所 a name without a legal form describes
    // what something is (a kind), it names no one body.
    if (!LEGAL_FORM_RE.test(suffix) && type !== 'District' && indefiniteBefore(text, start, from))
      continue;
    // 打造…高水平人工智能创新平台: a quality word opening a platform describes it, names none.
    if ((type === 'Lab' || type === 'Institute') && descriptiveHead(text, start, m.index)) continue;
    // 射洪市融媒体中心讯: a media centre giving its byline is the source, not an actor.
    if (suffix === '融媒体中心' && BYLINE_AFTER_RE.test(text.slice(end, end + 2))) continue;
    // 锦州众友化工有限公司4家企业: a legal company form names one firm, so a count after it
    // ends the list it stands in, as does a count after a listed name (、A研究院2家).
    if (countFollows(text, end) && !LEGAL_FORM_RE.test(suffix) && text[start - 1] !== '、')
      continue;
    // 人工智能与数字经济实验室（深圳）, 研究院(广州): a place in brackets belongs to the name.
    // …有限公司（南通分院） is a unit of the company, not the company: branches only for others.
    let full = end + placeInBrackets(text, end, to, type !== 'Company');
    // 辽宁大学（鞍山）城市研究院: a name going on after the bracket is the longer name's.
    if (full > end && isNameChar(text[full])) {
      const next = cutSpan(text, full, Math.min(to, full + 4))[0];
      if (next !== undefined && nameToken(next)) full = end;
    }
    // 东南大学国家技术转移中心湖南中心: a platform's regional branch is the platform's name,
    // a place and a branch word.
    if (type === 'Lab' || type === 'Institute') full += branchAfter(text, full, to);
    const named = text.slice(start, full);
    // 兰考县委县政府, 陕西省委省政府: the party committee and government of a place together
    // stand for the place itself, as news uses them.
    const governed = type === 'Other' ? PARTY_AND_GOVERNMENT_RE.exec(named) : null;
    out.push({
      start,
      end: full,
      text: named,
      type: governed ? 'District' : type,
      canonical: governed ? (governed[1] as string) : zoneCore(named, type),
      kind: 'name',
    });
  }
  return out;
}
