import type { Candidate } from './mentions';
import { SINGLE_HEADS } from './lexicon';
import { hasChinese } from './mask';

/** Options for names given in brackets after a mention. */
const ALIAS_OPTIONS = Object.freeze({
  /** A bracket right after a mention: "(CQU)", "(重庆大学)", "（重庆大学）". */
  bracket: /^\s*[(（]\s*([^()（）]{1,40}?)\s*[)）]/,
  /** An abbreviation worth looking for elsewhere in the text (two or more capitals). */
  abbreviation: /^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9&-]{1,11}$/,
  /** An explicit short form: '(hereinafter "X")', '(hereinafter referred to as X)'. */
  hereinafter:
    /^(?:hereinafter|hereafter)(?:\s+(?:referred to|called))?(?:\s+as)?\s*[:,]?\s*["“”']?\s*([^"“”']{2,40}?)\s*["“”']?$/i,
  /** A short name of two or three capitalised words ("ViRtech Centre"). */
  shortName: /^[A-Z][A-Za-z0-9&-]*(?: [A-Z][A-Za-z0-9&-]*){1,2}$/,
});

/**
 * "Centre for Virtual Reality Studies (ViRtech Centre)": a short name in brackets that ends with a
 * head word of the full name stands for it.
 */
function isShortName(alias: string, full: string): boolean {
  if (!ALIAS_OPTIONS.shortName.test(alias)) return false;
  const last = (alias.split(' ').pop() as string).toLowerCase();
  if (!SINGLE_HEADS.has(last)) return false;
  return full.toLowerCase().split(/\s+/).includes(last) && full.length > alias.length;
}

/** What a bracket after a mention says about it. */
export interface BracketAlias {
  /** The mention the bracket follows. */
  candidate: Candidate;
  /** The bracketed text. */
  alias: string;
  /** True for a Chinese name, false for an English abbreviation. */
  chinese: boolean;
}

/** Brackets that follow a mention and give its Chinese name or its abbreviation. */
export function findBracketAliases(text: string, candidates: Candidate[]): BracketAlias[] {
  const out: BracketAlias[] = [];
  for (const c of candidates) {
    if (c.type === 'Person') continue;
    const m = ALIAS_OPTIONS.bracket.exec(text.slice(c.end, c.end + 60));
    if (!m) continue;
    const bracketed = (m[1] as string).trim();
    const stated = ALIAS_OPTIONS.hereinafter.exec(bracketed);
    const alias = stated ? (stated[1] as string).trim() : bracketed;
    if (stated && !hasChinese(alias) && /^[A-Z]/.test(alias))
      out.push({ candidate: c, alias, chinese: false });
    else if (hasChinese(alias)) out.push({ candidate: c, alias, chinese: true });
    else if (ALIAS_OPTIONS.abbreviation.test(alias) || isShortName(alias, c.name))
      out.push({ candidate: c, alias, chinese: false });
  }
  return out;
}

/** Mentions of known abbreviations in a sentence, as candidates of the entity they abbreviate. */
export function findAbbreviations(
  sentence: string,
  offset: number,
  abbreviations: ReadonlyMap<string, Candidate>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const [abbr, full] of abbreviations) {
    const re = new RegExp(
      `(?<![A-Za-z0-9])${abbr.replace(/[-&.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`,
      'g',
    );
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      out.push({
        start: offset + m.index,
        end: offset + m.index + abbr.length,
        text: abbr,
        name: full.name,
        type: full.type,
        // Above compromise's guess for the same span, below a full name found by its head.
        score: 0.85,
      });
    }
  }
  return out;
}
