import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** One shared jieba instance; the dictionary is loaded once at module load. */
const jieba = Jieba.withDict(dict);

/** Jieba tokens of a short window. HMM off: unknown names fall apart into single characters. */
export function cutExact(text: string): string[] {
  return jieba.cut(text, false);
}

/** Jieba tokens with HMM, used by the benchmark as the raw-speed reference. */
export function cutHmm(text: string): string[] {
  return jieba.cut(text, true);
}
