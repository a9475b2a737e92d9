import nlp from 'compromise';
import type { Candidate } from './mentions';
import { PLACE_KEYS, STOP_WORDS, SURNAMES } from './lexicon';

/** Options for companies named in apposition to a common noun ("his own firm, Jiangsu X,"). */
const APPOSITIVE_OPTIONS = Object.freeze({
  /** "firm, Name," / "a company called Name": the capitalised words that follow name it. */
  pattern:
    /\b(?:firm|company|startup|start-up|enterprise|subsidiary|business)(?:\s*,\s*|\s+(?:called|named)\s+)((?:[A-Z][\w&-]*)(?:\s+[A-Z][\w&-]*){0,4})(?=\s*[,.;)]|\s+(?:in|on|which|that)\b)/g,
  /** "Name, a Suzhou-based start-up …", "Name is a company …", "Name, also a maker of …":
   * capitalised words described as a company. */
  describedAfter:
    /(?<![\w&'’-])((?:[A-Z][\w&-]*)(?:\s+[A-Z][\w&-]*){0,3})(?:\s*,\s*|\s+(?:is|was)\s+)(?:(?:also|now|itself)\s+)?(?:a|an|the|China['’]s|(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|start-up|startup|enterprise|maker|manufacturer|automaker|carmaker|producer|developer|provider|supplier|subsidiary|unicorn|brand|arm|unit|spin-off|spinout|offshoot|affiliate|joint venture)\b/g,
  /** "the Swiss company Syngenta", "the optical fibre firm Polymicro Technologies": a company
   * named right after its kind. */
  kindThenName:
    /\b(?:the|a|an)\s+(?:[A-Za-z-]+\s+){0,2}?(?:company|firm|startup|start-up|conglomerate|multinational|carmaker|automaker|drugmaker|chipmaker)\s+((?:[A-Z][\w&-]*)(?:\s+[A-Z][\w&-]*){0,3})(?=\s*[,.;)]|\s+(?:and|in|on|which|that|has|have|had|is|was|will|said|says)\b)/g,
  /** "Jlabs, the incubation arm of Johnson & Johnson Innovation": the owner of a company's arm or
   * unit is named after "of" (words joined by "&" stay one name). */
  unitOf:
    /\b(?:arm|unit|subsidiary|division|affiliate|spin-off|spinout|offshoot) of (?:the\s+)?((?:[A-Z][\w&-]*)(?:\s+(?:&\s+)?[A-Z][\w&-]*){0,4})(?=\s*[,.;)]|\s+(?:and|said|says|who|which)\b)/g,
  /** "Luo Linbo, president of Zhongbu Zhiguang, said": the body a manager heads is named after "of". */
  managerOf:
    /\b(?:president|chairman|chairwoman|general manager|CEO|chief executive|founder|co-founder) of ((?:[A-Z][\w&-]*)(?:\s+[A-Z][\w&-]*){0,3})(?=\s*[,.;)]|\s+(?:and|said|says|who)\b)/g,
  /** Confidence: a guess from position, below a name with a known head. */
  score: 0.6,
});

/** True when capitalised words are a place or a person's name rather than a company's. */
function isPlaceOrPerson(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (PLACE_KEYS.has(words.join(' '))) return true;
  // Countries and other places compromise knows ("China", "Singapore").
  if (nlp(name).has('#Place')) return true;
  return words.length <= 3 && SURNAMES.has(words[0] as string);
}

/**
 * Companies named only by an appositive ("launched his own firm, Jiangsu Multi-Dimension, in
 * 2010", "Hefeng Robotics, a start-up incubated by the institute, …", "Luo, president of
 * Zhongbu Zhiguang, said").
 */
export function findAppositiveCompanies(sentence: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  const found = [
    ...[...sentence.matchAll(APPOSITIVE_OPTIONS.pattern)].map((m) => ({
      name: m[1] as string,
      start: (m.index ?? 0) + m[0].length - (m[1] as string).length,
    })),
    ...[...sentence.matchAll(APPOSITIVE_OPTIONS.managerOf)]
      .filter((m) => !isPlaceOrPerson(m[1] as string) && !/^[A-Z]+$/.test(m[1] as string))
      .map((m) => ({
        name: m[1] as string,
        start: (m.index ?? 0) + m[0].length - (m[1] as string).length,
      })),
    ...[...sentence.matchAll(APPOSITIVE_OPTIONS.kindThenName)]
      .filter((m) => !isPlaceOrPerson(m[1] as string))
      .map((m) => ({
        name: m[1] as string,
        start: (m.index ?? 0) + m[0].length - (m[1] as string).length,
      })),
    ...[...sentence.matchAll(APPOSITIVE_OPTIONS.unitOf)]
      .filter((m) => !isPlaceOrPerson(m[1] as string))
      .map((m) => ({
        name: m[1] as string,
        start: (m.index ?? 0) + m[0].length - (m[1] as string).length,
      })),
    ...[...sentence.matchAll(APPOSITIVE_OPTIONS.describedAfter)]
      .filter((m) => !isPlaceOrPerson(m[1] as string))
      .map((m) => ({ name: m[1] as string, start: m.index ?? 0 })),
  ];
  for (const { name, start } of found) {
    if (STOP_WORDS.has((name.split(/\s+/)[0] as string).toLowerCase())) continue;
    out.push({
      start: offset + start,
      end: offset + start + name.length,
      text: name,
      name,
      type: 'Company',
      score: APPOSITIVE_OPTIONS.score,
    });
  }
  return out;
}
