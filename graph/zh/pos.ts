import { readFileSync } from 'fs';
import { join, dirname } from 'path';

/** POS classes that never sit inside an organisation name (verbs, prepositions, adverbs…). */
const FUNCTION_POS = new Set([
  'v',
  'p',
  'c',
  'u',
  'd',
  'r',
  'm',
  'q',
  't',
  'f',
  'y',
  'e',
  'o',
  'mq',
  'ad',
  'vg',
  'vi',
  'vq',
  'tg',
  // Idioms (贯彻落实) are clauses, never parts of a name.
  'i',
]);

/** Options for reading jieba's dictionary. */
const POS_OPTIONS = Object.freeze({
  /** Frequency from which a two- or three-character word counts as everyday (资源, 合作). */
  commonFreq: 4000,
});

/** Two- and three-character everyday words that are not place names (资源 yes, 南沙 no). */
const commonWords = new Set<string>();

/** Multi-character jieba words tagged as verbs (冶炼, 运载): they may sit inside field names. */
const verbs = new Set<string>();

/** Multi-character jieba words with a function POS, read once from jieba's own dictionary. */
function loadFunctionWords(): Set<string> {
  const out = new Set<string>();
  // Set phrases (POS l) are often field terms (微生物, 生物科学); only those opening with a function
  // word (十分关心, 大力发展) are clauses.
  const phrases: string[] = [];
  const dictPath = join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt');
  const text = readFileSync(dictPath, 'utf8');
  // "word freq pos" per line, walked with indexOf: no array of 350 000 lines at start-up.
  for (let ls = 0; ls < text.length;) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const a = text.indexOf(' ', ls);
    const b = text.lastIndexOf(' ', le - 1);
    // Single characters are too ambiguous to stop a name.
    if (a >= 0 && a - ls > 1 && b > a && b < le) {
      const pos = text.slice(b + 1, le).trim();
      if (FUNCTION_POS.has(pos)) {
        out.add(text.slice(ls, a));
        if (pos === 'v') verbs.add(text.slice(ls, a));
      } else if (pos === 'l' && a - ls >= 4) phrases.push(text.slice(ls, a));
      if (a - ls <= 3 && pos !== 'ns' && Number(text.slice(a + 1, b)) >= POS_OPTIONS.commonFreq)
        commonWords.add(text.slice(ls, a));
    }
    ls = le + 1;
  }
  for (const p of phrases) if (out.has(p.slice(0, 2))) out.add(p);
  return out;
}

/** Loaded at module load (the library's only I/O). */
export const FUNCTION_WORDS: ReadonlySet<string> = loadFunctionWords();

/** Everyday two- and three-character words that are not place names (资源, 合作, 和平). */
export const COMMON_WORDS: ReadonlySet<string> = commonWords;

/** Multi-character verbs of jieba's dictionary (a subset of FUNCTION_WORDS). */
export const VERB_WORDS: ReadonlySet<string> = verbs;
