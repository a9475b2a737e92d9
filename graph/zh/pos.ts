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
  const lines = readFileSync(dictPath, 'utf8').split('\n');
  for (const line of lines) {
    const a = line.indexOf(' ');
    const b = line.lastIndexOf(' ');
    if (a <= 1 || b <= a) continue; // single characters are too ambiguous to stop a name
    if (FUNCTION_POS.has(line.slice(b + 1).trim())) out.add(line.slice(0, a));
  }
  return out;
}

/** Loaded at module load (the library's only I/O). */
export const FUNCTION_WORDS: ReadonlySet<string> = loadFunctionWords();
