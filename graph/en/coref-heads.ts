import words from '../data/en/coref-heads.json';
import type { Placed, SentenceContext } from './context';

/** Options for definite descriptions resolved by the head word of a name found earlier. */
const HEAD_COREF_OPTIONS = Object.freeze({
  /** "the" and up to three lower-case words: the last of the words that heads the description
   * may be any of them ("the development zone to …" → head "zone"). */
  phrase: /\b[Tt]he\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})/g,
  /** Text after a head that makes the phrase something else ("the alliance of X", "the zone
   * Authority", "the zone's Y Park" is still the zone). */
  notAfter: /^(?:\s+(?:of|and|or)\b|\s+[A-Z])/,
  /** Head words that describe too many kinds of thing to pick one name ("the project"). */
  vague: new Set(words.vagueHeads),
  /** Shortest head word kept (stops "the co" from "X Co"). */
  minHead: 4,
  /** Shorter head words that still name a kind of body ("the hub", "the lab"). */
  shortHeads: new Set(words.shortHeads),
});

/** The head word of a name: the word before its first " of ", else its last word, lower-cased. */
export function headWord(name: string): string {
  const core = name.split(/\s+of\s+/i)[0] ?? name;
  const last = /([A-Za-z][A-Za-z-]*)\W*$/.exec(core);
  return last ? (last[1] as string).toLowerCase() : '';
}

/** True when every modifier word of the phrase occurs in the name ("development zone"). */
function holdsModifiers(name: string, modifiers: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return modifiers.every((w) => new RegExp(`\\b${w}`).test(lower));
}

/**
 * "The alliance already has 66 members", "teamed up with the development zone", "the laboratory
 * was designed …": a definite description whose head word is the head of an organisation or
 * place named earlier in the document refers to it (the most recent such name whose words hold
 * the description's modifiers). The heads come from the document's own names, so no list of
 * kinds is needed; phrases already covered by a mention are left alone. Mutates the contexts.
 */
export function addHeadReferences(contexts: SentenceContext[]): void {
  /** Names seen so far by head word, each entity once, most recently named last. */
  const seen = new Map<string, Placed[]>();
  for (const ctx of contexts) {
    const extra: Placed[] = [];
    const re = HEAD_COREF_OPTIONS.phrase;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.text)) !== null) {
      const s = ctx.start + m.index;
      const phraseWords = (m[1] as string).split(/\s+/);
      // The longest reading first: "the development zone" before "the development".
      for (let k = phraseWords.length - 1; k >= 0; k--) {
        const head = phraseWords[k] as string;
        if (
          (head.length < HEAD_COREF_OPTIONS.minHead && !HEAD_COREF_OPTIONS.shortHeads.has(head)) ||
          HEAD_COREF_OPTIONS.vague.has(head)
        )
          continue;
        const e =
          s + m[0].length - (m[1] as string).length + phraseWords.slice(0, k + 1).join(' ').length;
        if (HEAD_COREF_OPTIONS.notAfter.test(ctx.text.slice(e - ctx.start))) continue;
        if (ctx.mentions.some((x) => x.start < e && s < x.end)) break;
        const modifiers = phraseWords.slice(0, k);
        const ante = [...(seen.get(head) ?? [])]
          .reverse()
          .find((x) => /[A-Z]/.test(x.name) && holdsModifiers(x.name, modifiers));
        if (!ante) continue;
        // Named in this very sentence: the description speaks of something else or repeats it.
        if (!ctx.mentions.some((x) => x.entity === ante.entity))
          extra.push({ ...ante, start: s, end: e });
        re.lastIndex = e - ctx.start;
        break;
      }
    }
    for (const x of ctx.mentions) {
      if (x.type === 'Person') continue;
      const head = headWord(x.name);
      const list = (seen.get(head) ?? []).filter((o) => o.entity !== x.entity);
      list.push(x);
      seen.set(head, list);
    }
    if (extra.length > 0)
      ctx.mentions = [...ctx.mentions, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
