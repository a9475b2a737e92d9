import { LEXICON, suffixesEnding } from './lexicon';
import { FUNCTION_WORDS, VERB_WORDS } from './pos';
import { cutSpan } from './segment';
import { isNameChar } from './chars';
import { memo } from '../memo';

/** Options for finding the left edge of a name. */
const BOUNDARY_OPTIONS = Object.freeze({
  /** Longest name part looked at left of a suffix; longer spans are sentences, not names. */
  maxNameChars: 22,
  /** The wider window used once when a name fills the first one. */
  maxLongNameChars: 32,
  /** Longest field part left of 与/和 kept inside a name. */
  maxJoinedLeft: 12,
  /** The same when a school's name opens the left part (嘉兴学院G60科创走廊产业与创新研究院). */
  maxJoinedSchoolLeft: 16,
});

/** True when a jieba token can be part of an organisation name. */
/** Numeral + classifier tokens (四大, 两家, 三个) end a name: 石刻文创四大产业学院 is a count. */
const COUNT_RE = /^[一二两三四五六七八九十百千万几多数首]+[大个家项所批类种名位支只条期届]$/;

/** Ordinals (第十四, 第3): numbered units (…集团公司第十四研究所) carry them inside the name. */
const ORDINAL_RE = /^第[一二三四五六七八九十百零〇0-9]+$/;

/**
 * Answers of nameToken by token: scanners ask about the same jieba words again and again (有限公司,
 * 重庆), and the answer is five set lookups and two regexes. Tokens are a vocabulary, so the memo
 * is kept across documents, bounded like the other word memos.
 */
export const nameToken = memo(nameTokenOnce);

function nameTokenOnce(tok: string): boolean {
  if (LEXICON.stopTokens.has(tok) || COUNT_RE.test(tok)) return false;
  if (ORDINAL_RE.test(tok)) return true;
  if (
    LEXICON.nameTokens.has(tok) ||
    LEXICON.districtCanonical.has(tok) ||
    LEXICON.bigPlaces.has(tok)
  )
    return true;
  return !FUNCTION_WORDS.has(tok);
}

/**
 * 东昌府智慧文旅联合创新研究院: a stop word (联合) that sits inside a name when a field word
 * (创新, 研究) follows it; before anything else it ends the name (与A联合成立…).
 */
const INNER_STOP: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(LEXICON.innerStopTokens),
);

function innerWord(tok: string, next: string): boolean {
  const after = INNER_STOP.get(tok);
  return after !== undefined && after.some((w) => next.startsWith(w));
}

/**
 * 常州大成绿色镀膜科技有限公司: jieba tags a trade name that is a dictionary word (大成) as a verb;
 * between a place and the rest of a company name it is the trade name, unless it is a stop word.
 */
function tradeWord(tokens: readonly string[], k: number): boolean {
  const tok = tokens[k] as string;
  const before = tokens[k - 1];
  return (
    before !== undefined &&
    tok.length >= 2 &&
    !LEXICON.stopTokens.has(tok) &&
    (LEXICON.bigPlaces.has(before) || LEXICON.districtCanonical.has(before))
  );
}

/** True for a content word that may open or carry a field (稀土, 机械), not a verb or stop word. */
function fieldNoun(tok: string | undefined): boolean {
  return (
    tok !== undefined &&
    nameToken(tok) &&
    !VERB_WORDS.has(tok) &&
    !LEXICON.genericWords.has(tok) &&
    !LEXICON.honorifics.includes(tok) &&
    // 工作站吸纳…: a whole organisation word before the verb ends a name, it opens none.
    !LEXICON.suffixType.has(tok) &&
    (tok.length >= 2 || LEXICON.nameTokens.has(tok))
  );
}

/**
 * 稀土绿色冶炼分离联合实验室, 机械与运载工程学院: field names carry verbs (冶炼, 运载); a verb (or
 * two in a row) right after a field word or a joiner stays inside the name, unless it is a stop word.
 */
function fieldVerb(
  tokens: readonly string[],
  k: number,
  mode: FieldVerbs,
  text: string,
  end: number,
): boolean {
  const tok = tokens[k] as string;
  if (tok.length < 2 || !VERB_WORDS.has(tok) || LEXICON.stopTokens.has(tok)) return false;
  // 共享实验室: a generic verb makes a kind of platform, no field.
  if (LEXICON.genericWords.has(tok)) return false;
  let j = k - 1;
  const prev = tokens[j];
  if (prev !== undefined && VERB_WORDS.has(prev) && !LEXICON.stopTokens.has(prev)) j--;
  const head = tokens[j];
  if (head !== '与' && head !== '和' && !(mode === 'field' && fieldNoun(head))) return false;
  // 孵化基地创新平台: a verb opening a whole suffix (孵化基地) ends a name before another suffix.
  let at = end;
  for (let i = tokens.length - 1; i >= k; i--) at -= (tokens[i] as string).length;
  return !SUFFIXES_BY_START.some((x) => text.startsWith(x, at));
}

/** Suffixes at least four characters long that open with a verb (孵化基地, 转化中心). */
const SUFFIXES_BY_START: readonly string[] = LEXICON.suffixes
  .map((x) => x.text)
  .filter((x) => x.length >= 4);

/** How verbs inside field names are taken (see leftEdge). */
export type FieldVerbs = 'none' | 'joined' | 'field';

/** Geographic features that close a place name (青天湖, 白云山, 金沙江). */
const FEATURES = '湖山江河海湾岛峰岭泉溪';

/**
 * 青天湖研究院: jieba reads the name of a lake or hill (青天, a time word to it) apart from the
 * feature; a two-character word before a feature is that place's name unless it is a stop word.
 */
function featureName(tok: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    next.length === 1 &&
    FEATURES.includes(next) &&
    tok.length === 2 &&
    !LEXICON.stopTokens.has(tok)
  );
}

/** Chinese digits (a factory's number: 际华三五一三实业有限公司). */
const NUMERAL_TOKEN_RE = /^[〇零一二三四五六七八九]+$/;

/** Characters in the run of digit-only tokens around tokens[k] (三 | 五一 | 三 → 4), or 0. */
function numeralRun(tokens: readonly string[], k: number): number {
  if (!NUMERAL_TOKEN_RE.test(tokens[k] as string)) return 0;
  let n = 0;
  for (let j = k; j >= 0 && NUMERAL_TOKEN_RE.test(tokens[j] as string); j--)
    n += (tokens[j] as string).length;
  for (let j = k + 1; j < tokens.length && NUMERAL_TOKEN_RE.test(tokens[j] as string); j++)
    n += (tokens[j] as string).length;
  return n;
}

/** Words jieba splits into stop words (经开区 → 经 | 开 | 区) that are whole name words. */
const GLUE_WORDS: readonly string[] = LEXICON.glueWords;

/**
 * The tokens with every glue word that spans several of them (经 | 开 | 区) made one token. The
 * window is tested for each word first, so windows without one keep their shared array.
 */
function glued(window: string, tokens: readonly string[]): readonly string[] {
  let out = tokens;
  for (const w of GLUE_WORDS) {
    const at = window.indexOf(w);
    if (at < 0) continue;
    const merged: string[] = [];
    let p = 0;
    let acc = '';
    for (const tok of out) {
      const inside = p >= at && p + tok.length <= at + w.length;
      if (inside) {
        acc += tok;
        if (acc === w) {
          merged.push(acc);
          acc = '';
        }
      } else {
        if (acc !== '') merged.push(acc);
        acc = '';
        merged.push(tok);
      }
      p += tok.length;
    }
    if (acc !== '') merged.push(acc);
    out = merged;
  }
  return out;
}

/** Where a Latin code with digits (G60, A3) ends at `i`, the index of its first letter, or -1. */
function latinCodeStart(text: string, i: number): number {
  let k = i;
  while (k > 0 && text.charCodeAt(k - 1) >= 48 && text.charCodeAt(k - 1) <= 57) k--;
  if (k === i) return -1;
  let l = k;
  while (l > 0 && /[A-Za-z]/.test(text[l - 1] as string)) l--;
  return l < k ? l : -1;
}

/** Joiners that after a list mark open the next item's name (、和远气体…公司), not join two names. */
const JOINER_OPENERS: ReadonlySet<string> = new Set(['和', '同']);

/** Prepositions jieba may glue to the first characters of a name (由云杉 | 大学). */
const GLUED_PREPOSITIONS: ReadonlySet<string> = new Set(['由', '与', '被']);

/**
 * Walks left from `end` over tokens that can belong to a name and returns where the name starts.
 * Punctuation, digits and line ends are hard stops; verbs, prepositions and the stop list are
 * soft stops found by jieba on the window only (character scanning keeps this cheap).
 */
export function leftEdge(
  text: string,
  end: number,
  floor = 0,
  joinAnd = false,
  /** Company names: a dictionary word right after a place is the trade name (常州大成…公司). */
  tradeName = false,
  /** Verbs inside field names (冶炼, 运载): 'field' after a field word or joiner, 'joined' after
   * 与/和 only, 'none' elsewhere. */
  fieldVerbs: FieldVerbs = 'none',
  /** Longest name part looked at (widened once when a long name fills the window). */
  maxChars: number = BOUNDARY_OPTIONS.maxNameChars,
): number {
  let lo = end;
  const min = Math.max(floor, end - maxChars);
  for (;;) {
    while (lo > min && isNameChar(text[lo - 1])) lo--;
    // 嘉兴学院G60科创走廊…研究院: a letter-and-digit code sits inside a name.
    const code = lo > min ? latinCodeStart(text, lo) : -1;
    if (code < 0 || code < min) break;
    lo = code;
  }
  if (lo === end) return end;
  const tokens = glued(text.slice(lo, end), cutSpan(text, lo, end));
  let start = end;
  let k = tokens.length - 1;
  for (; k >= 0; k--) {
    const tok = tokens[k] as string;
    // 实验室由云杉大学…: jieba may glue a preposition to the next name (由云杉); the name starts after it.
    if (tok.length >= 3 && GLUED_PREPOSITIONS.has(tok[0] as string)) {
      start -= tok.length - 1;
      break;
    }
    if (
      !nameToken(tok) &&
      !(INNER_STOP.has(tok) && innerWord(tok, tokens[k + 1] ?? text.slice(end, end + 4))) &&
      !(tradeName && (tradeWord(tokens, k) || numeralRun(tokens, k) >= 3)) &&
      !featureName(tok, tokens[k + 1]) &&
      !(fieldVerbs !== 'none' && fieldVerb(tokens, k, fieldVerbs, text, end))
    ) {
      if (k === 0 && JOINER_OPENERS.has(tok) && text[start - 2] === '、' && start - 1 === lo)
        start -= 1;
      break;
    }
    start -= tok.length;
  }
  if (joinAnd && k > 0) return joinedStart(tokens, k, start, end, text);
  // 中国航天科技集团有限公司第一研究院第一〇二研究所: the walk ran to the window's edge inside a
  // run of name characters (前往 cut to 往); a wider window finds the real edge.
  if (
    k < 0 &&
    lo === min &&
    min > floor &&
    isNameChar(text[min - 1]) &&
    maxChars === BOUNDARY_OPTIONS.maxNameChars
  )
    return leftEdge(
      text,
      end,
      floor,
      joinAnd,
      tradeName,
      fieldVerbs,
      BOUNDARY_OPTIONS.maxLongNameChars,
    );
  return start;
}

/** Suffixes that start with a field word, so 与 right before them joins two fields. */
const FIELD_SUFFIX_RE = /^(转化中心|创新中心|研发中心|检测中心|工程中心|技术中心)/;

/** Conjunctions that may join two fields inside one name (材料科学与工程学院). */
const NAME_CONJUNCTIONS = new Set(['与', '和']);

function isPlaceToken(tok: string): boolean {
  if (LEXICON.bigPlaces.has(tok) || LEXICON.districtCanonical.has(tok)) return true;
  // 西安交通 (one jieba token) still opens with a city: 安康市与西安交通大学 is two names.
  for (let n = 2; n < tok.length && n <= 3; n++)
    if (LEXICON.bigPlaces.has(tok.slice(0, n))) return true;
  return false;
}

/**
 * 元泰科技与…: an industry word after a brand (an unknown word jieba cuts into single
 * characters) ends a company's short name; after a field word (海洋装备与智能制造…) it is a field.
 */
function brandBefore(left: string, industry: string): boolean {
  const brand = left.slice(0, left.length - industry.length);
  if (brand.length < 2) return true;
  return cutSpan(brand, 0, brand.length).some((t) => t.length === 1);
}

/**
 * 材料科学与工程学院, 笔电材料创新与智能制造研发中心: a 与/和 between two field words stays inside
 * the name when the left part is not itself a name (no organisation suffix or company word at its
 * end), the right part does not start with a place (元泰科技与四川轻化工大学 is two names), and the
 * left part starts after a clause edge or a word that ends names.
 */
function joinedStart(
  tokens: readonly string[],
  k: number,
  start: number,
  end: number,
  text: string,
): number {
  const conj = tokens[k] as string;
  if (!NAME_CONJUNCTIONS.has(conj)) return start;
  const right = tokens[k + 1];
  // 技术交叉与转化中心: the suffix itself is the right-hand field.
  if (right === undefined ? !FIELD_SUFFIX_RE.test(text.slice(end, end + 4)) : isPlaceToken(right))
    return start;
  if (right !== undefined && end - start < 2) return start;
  let x = start - conj.length;
  const xEnd = x;
  let j = k - 1;
  for (; j >= 0; j--) {
    const tok = tokens[j] as string;
    if (!nameToken(tok) || NAME_CONJUNCTIONS.has(tok)) break;
    x -= tok.length;
  }
  const left = text.slice(x, xEnd);
  // 上海大学高新材料与…基地: a school's name opening the left part makes it a field of a joint name.
  const schoolHead = /大学|学院/.test(left.slice(0, -2));
  const maxLeft = schoolHead
    ? BOUNDARY_OPTIONS.maxJoinedSchoolLeft
    : BOUNDARY_OPTIONS.maxJoinedLeft;
  if (left.length < 2 || left.length > maxLeft) return start;
  if (suffixesEnding(left).some((s) => left.endsWith(s.text))) return start;
  // 安康市与…, 绍兴县和…: a place with its level is a party, not a field.
  if (/[省市县区]$/.test(left)) return start;
  // 元泰科技与… is a company and a partner; 人工智能与… (one dictionary word) is a field.
  const oneWord = k - 1 - j === 1;
  // 山东大学（齐河）新材料与智能装备研究院: after a bracketed place the name goes on, so the
  // left part is a field, not a company.
  const afterBracket = text[x - 1] === '）' || text[x - 1] === ')';
  if (
    !oneWord &&
    !afterBracket &&
    !schoolHead &&
    LEXICON.companyIndustryWords.some((w) => left.endsWith(w) && brandBefore(left, w))
  )
    return start;
  // The left part must be complete: it starts at the window edge or right after a stop word.
  if (j < 0 && isNameChar(text[x - 1])) return start;
  return x;
}
