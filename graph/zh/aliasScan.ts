import type { ZhMention } from './mention';
import { companyCore, isAbbreviation, isCompanyShortForm } from './shortForms';
import { LEXICON } from './lexicon';
import { leftEdge } from './boundary';

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
export function scanAliases(
  text: string,
  mentions: readonly ZhMention[],
  layout: ReadonlyArray<[number, number]>,
): ZhMention[] {
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
      if (core.length < ALIAS_OPTIONS.minCompanyShort || LEXICON.genericWords.has(seed)) continue;
      for (let i = text.indexOf(seed); i >= 0; i = text.indexOf(seed, i + 1)) {
        let e = i + seed.length;
        while (e - i < core.length && text[e] === core[e - i]) e++;
        if (covered(taken, i, e) || inLayout(i)) continue;
        // The short form must start a name (完成平伟汽车), not sit inside a phrase (变桨齿轮箱).
        let s = i;
        const edge = leftEdge(text, i, Math.max(0, i - 12));
        if (edge < i) {
          if (!LEXICON.bigPlaces.has(text.slice(edge, i))) continue;
          s = edge;
        }
        const a: ZhMention = {
          start: s,
          end: e,
          text: text.slice(s, e),
          type: 'Company',
          canonical: m.canonical,
          kind: 'alias',
        };
        out.push(a);
        taken.push(a);
      }
    } else if (m.type === 'Institute' || m.type === 'University') {
      // Abbreviations end with the same character and start with the first after the place.
      const last = m.canonical[m.canonical.length - 1] as string;
      for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1)) {
        for (let len = 5; len >= 3; len--) {
          const s = i + 1 - len;
          if (s < 0) continue;
          const cand = text.slice(s, i + 1);
          if (covered(taken, s, i + 1) || inLayout(s)) continue;
          if (isAbbreviation(cand, m.canonical)) {
            const a: ZhMention = {
              start: s,
              end: i + 1,
              text: cand,
              type: m.type,
              canonical: m.canonical,
              kind: 'alias',
            };
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

/** 重庆大学产业技术研究院（以下简称“产研院”）: an explicit short form for the name before it. */
export function scanDeclaredAliases(text: string, mentions: readonly ZhMention[]): ZhMention[] {
  const out: ZhMention[] = [];
  const re = /[（(](?:以下)?简称[“"]?([\u4e00-\u9fffA-Za-z]{2,10})[”"]?[）)]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const owner = mentions.filter((x) => x.end === m!.index && x.kind !== 'coref')[0];
    if (!owner) continue;
    const short = m[1] as string;
    for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + 1)) {
      if (covered(mentions, i, i + short.length) || covered(out, i, i + short.length)) continue;
      out.push({
        start: i,
        end: i + short.length,
        text: short,
        type: owner.type,
        canonical: owner.canonical,
        kind: 'alias',
      });
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
        type === 'Company'
          ? isCompanyShortForm(short, l)
          : (type === 'Institute' || type === 'University') && isAbbreviation(short, l),
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
