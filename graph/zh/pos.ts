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
]);

/** Multi-character jieba words with a function POS, read once from jieba's own dictionary. */
function loadFunctionWords(): Set<string> {
  const out = new Set<string>();
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
      if (FUNCTION_POS.has(text.slice(b + 1, le).trim())) out.add(text.slice(ls, a));
    }
    ls = le + 1;
  }
  return out;
}

/** Loaded at module load (the library's only I/O). */
export const FUNCTION_WORDS: ReadonlySet<string> = loadFunctionWords();
