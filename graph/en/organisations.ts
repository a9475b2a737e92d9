import type { Candidate } from './mentions';
import { GENERIC_WORDS, HEADS, type Head, STOP_WORDS } from './lexicon';
import { isCapitalized, type Token } from './tokens';

/** Options for organisation-name recognition. */
const ORG_OPTIONS = Object.freeze({
  /** Lower-case words allowed inside a name between capitalised words. */
  innerConnectors: new Set(['of', 'for', 'and', 'on']),
  /** Confidence of a name that ends with a known head. */
  headScore: 0.9,
  /** Heads that name a place even in lower case after a name ("Chengdu's Longquanyi district"). */
  lowerCaseHeads: new Set(['district', 'county']),
  /** Confidence of a description ("the Research Institute"); above compromise's guess for the span. */
  descriptionScore: 0.65,
  /** Longest name, in tokens, that is believed. */
  maxTokens: 16,
});

function headAt(tokens: Token[], i: number): Head | undefined {
  for (const head of HEADS) {
    if (head.tokens.every((t, k) => tokens[i + k]?.lower === t)) return head;
  }
  return undefined;
}

function isNameWord(t: Token | undefined): boolean {
  return isCapitalized(t) && t !== undefined && !STOP_WORDS.has(t.lower.replace(/\.$/, ''));
}

/** Index of the first token of the name that ends just before `i` (i itself if none). */
function extendLeft(tokens: Token[], i: number): number {
  let first = i;
  let k = i - 1;
  while (k >= 0 && i - k < ORG_OPTIONS.maxTokens) {
    const t = tokens[k] as Token;
    if (isNameWord(t)) {
      first = k;
      k--;
      continue;
    }
    // "Western (Chongqing) Science City": a capitalised word in brackets inside the name.
    if (
      t.text === ')' &&
      tokens[k - 2]?.text === '(' &&
      isNameWord(tokens[k - 1]) &&
      isNameWord(tokens[k - 3])
    ) {
      first = k - 3;
      k -= 4;
      continue;
    }
    // "of"/"for" only continue a name whose left part is itself headed ("Ministry of Education
    // Key Laboratory"), never a person ("Wang Shilong of Chongqing University").
    const leftHeaded =
      t.text !== 'of' && t.text !== 'for' ? true : headAt(tokens, k - 1) !== undefined;
    if (
      (t.text === '&' || ORG_OPTIONS.innerConnectors.has(t.text)) &&
      isNameWord(tokens[k - 1]) &&
      leftHeaded
    ) {
      if (t.text === 'and' && !sawOfLeft(tokens, k)) break;
      first = k - 1;
      k -= 2;
      continue;
    }
    break;
  }
  return first;
}

/** True when an "of"/"for" sits further left in the same capitalised run ("Institute of X and Y"). */
function sawOfLeft(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.text === 'of' || t.text === 'for') return isNameWord(tokens[j - 1]);
    if (!isNameWord(t) && t.text !== '&') return false;
  }
  return false;
}

/** Index just after the "of …" tail that follows a head ("University of Science and Technology"). */
function extendRight(tokens: Token[], after: number): number {
  let end = after;
  let k = after;
  if (tokens[k]?.text !== 'of' && tokens[k]?.text !== 'for') return end;

  while (k < tokens.length && k - after < ORG_OPTIONS.maxTokens) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    // "Center of the Continental Group": an article may follow "of" when a name follows it.
    if (t.text === 'of' && next?.lower === 'the' && isNameWord(tokens[k + 2])) {
      k += 3;
      end = k;
      continue;
    }
    if ((ORG_OPTIONS.innerConnectors.has(t.text) || t.text === '&') && isNameWord(next)) {
      k += 2;
      end = k;
      continue;
    }
    if (isNameWord(t)) {
      k++;
      end = k;
      continue;
    }
    break;
  }
  return end;
}

/** Names ending with a known head: "Chongqing University", "Changan Automobile Co., Ltd.". */
export function findOrganisations(tokens: Token[], text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = headAt(tokens, i);
    const first = tokens[i];
    if (!head || !first) continue;
    if (
      !isCapitalized(first) &&
      !(ORG_OPTIONS.lowerCaseHeads.has(first.lower) && isNameWord(tokens[i - 1]))
    ) {
      continue;
    }
    const headEnd = i + head.tokens.length;
    const from = extendLeft(tokens, i);
    const to = extendRight(tokens, headEnd);
    if (from === i && to === headEnd) continue;
    const start = (tokens[from] as Token).start;
    const end = (tokens[to - 1] as Token).end;
    const surface = text.slice(start, end);
    const generic = tokens
      .slice(from, to)
      .every(
        (t) =>
          !t.word || GENERIC_WORDS.has(t.lower) || HEADS.some((h) => h.tokens.includes(t.lower)),
      );
    out.push({
      start: offset + start,
      end: offset + end,
      text: surface,
      name: surface.replace(/\s+/g, ' '),
      type: head.type,
      score: generic ? ORG_OPTIONS.descriptionScore : ORG_OPTIONS.headScore,
      ...(generic ? { description: true } : {}),
    });
  }
  return out;
}
