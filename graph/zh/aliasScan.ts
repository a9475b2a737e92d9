import type { ZhMention } from './mention';
import { companyCore, isAbbreviation, isCompanyShortForm } from './shortForms';
import { LEXICON } from './lexicon';

/** Options for finding short forms of names already seen in the document. */
const ALIAS_OPTIONS = Object.freeze({
  /** Shortest company short form searched for in running text (平伟汽车). */
  minCompanyShort: 4,
});

function covered(spans: readonly ZhMention[], s: number, e: number): boolean {
  return spans.some((m) => m.start < e && s < m.end);
}

/**
 * Adds mentions of short forms of the document's full names: company cores and their prefixes
 * (平伟汽车 for 重庆平伟汽车系统有限公司), and abbreviations of institutes (市畜科院).
 */
export function scanAliases(text: string, mentions: readonly ZhMention[], layout: ReadonlyArray<[number, number]>): ZhMention[] {
  const out: ZhMention[] = [];
  const taken = [...mentions];
  const inLayout = (i: number): boolean => layout.some(([s, e]) => i >= s && i < e);
  const seen = new Set<string>();
  for (const m of mentions) {
    if (seen.has(m.type + m.canonical) || m.kind === 'coref') continue;
    seen.add(m.type + m.canonical);
    if (m.type === 'Company') {
      const core = companyCore(m.canonical);
      const seed = core.slice(0, Math.min(core.length, ALIAS_OPTIONS.minCompanyShort));
      if (seed.length < 3 || LEXICON.genericWords.has(seed)) continue;
      for (let i = text.indexOf(seed); i >= 0; i = text.indexOf(seed, i + 1)) {
        let e = i + seed.length;
        while (e - i < core.length && text[e] === core[e - i]) e++;
        if (covered(taken, i, e) || inLayout(i)) continue;
        const a: ZhMention = { start: i, end: e, text: text.slice(i, e), type: 'Company', canonical: m.canonical, kind: 'alias' };
        out.push(a);
        taken.push(a);
      }
    } else if (m.type === 'Institute' || m.type === 'University') {
      // Abbreviations end with the same character and start with the first after the place.
      const last = m.canonical[m.canonical.length - 1] as string;
      for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1)) {
        for (let len = 3; len <= 5; len++) {
          const s = i + 1 - len;
          if (s < 0) break;
          const cand = text.slice(s, i + 1);
          if (covered(taken, s, i + 1) || inLayout(s)) continue;
          if (isAbbreviation(cand, m.canonical)) {
            const a: ZhMention = { start: s, end: i + 1, text: cand, type: m.type, canonical: m.canonical, kind: 'alias' };
            out.push(a);
            taken.push(a);
            break;
          }
        }
      }
    }
  }
  return out;
}

/** Points short-form mentions (平伟汽车, 市畜科院) at the longest full name of the same type. */
export function canonicalize(mentions: ZhMention[]): void {
  const names = new Map<string, string[]>();
  for (const m of mentions) {
    if (m.kind === 'coref') continue;
    const list = names.get(m.type) ?? [];
    if (!list.includes(m.canonical)) list.push(m.canonical);
    names.set(m.type, list);
  }
  const target = new Map<string, string>();
  for (const [type, list] of names) {
    const byLen = [...list].sort((a, b) => b.length - a.length);
    for (const short of list) {
      const long = byLen.find((l) =>
        type === 'Company' ? isCompanyShortForm(short, l) : (type === 'Institute' || type === 'University') && isAbbreviation(short, l),
      );
      if (long) target.set(type + '|' + short, long);
    }
  }
  for (const m of mentions) {
    let c = target.get(m.type + '|' + m.canonical);
    for (let hops = 0; c !== undefined && hops < 4; hops++) {
      m.canonical = c;
      c = target.get(m.type + '|' + c);
    }
  }
}
