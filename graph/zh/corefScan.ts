import { leftEdge } from './boundary';
import { isDigit } from './chars';
import type { EntityType } from '../ontology';
import { LEXICON, escapeRe } from './lexicon';
import type { ZhMention } from './mention';

/** Options for resolving 该校/该公司/这家企业 to a named antecedent. */
export const COREF_OPTIONS = Object.freeze({
  /** Farthest antecedent, in characters: coreference rarely reaches past a paragraph or two. */
  maxDistance: 400,
});

const forms: Array<[string, EntityType]> = [];
for (const [type, list] of Object.entries(LEXICON.triggers.coref)) {
  for (const f of list) forms.push([f, type as EntityType]);
}
forms.sort((a, b) => b[0].length - a[0].length);
const COREF_RE = new RegExp(
  '(?:' + forms.map(([f]) => escapeRe(f)).join('|') + ')|这家[\\u4e00-\\u9fff]{0,8}?(?:企业|公司)',
  'g',
);
const TYPE_OF = new Map(forms);
/** Forms by which a school names itself in its own news (我校与…共建): the school of the article. */
const OWN_FORMS: ReadonlySet<string> = new Set(['我校', '本校']);

/**
 * Resolves anaphors to the nearest preceding named mention of the same type. Bare 学校/团队 only
 * count when they open a clause, since they are usually generic.
 */
export function scanCoref(text: string, named: readonly ZhMention[]): ZhMention[] {
  const out: ZhMention[] = [];
  COREF_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COREF_RE.exec(text)) !== null) {
    const form = m[0];
    const type: EntityType = TYPE_OF.get(form) ?? 'Company';
    // 我校/本校 name the publishing school wherever they stand; bare 学校/团队 need a clause start.
    const own = OWN_FORMS.has(form);
    if (!own && !form.startsWith('该') && !form.startsWith('这家')) {
      const prev = text[m.index - 1];
      if (prev !== undefined && !'，。；：\n'.includes(prev)) continue;
    }
    let best: ZhMention | null = null;
    for (const cand of named) {
      if (cand.end > m.index) break;
      if (m.index - cand.end > COREF_OPTIONS.maxDistance) continue;
      if (cand.type === type && cand.kind !== 'coref') best = cand;
    }
    // 我校与鹤岗市…（title, before the school is named): the first school named after it.
    if (!best && own)
      best =
        named.find(
          (c) => c.start >= m!.index + form.length && c.type === type && c.kind !== 'coref',
        ) ?? null;
    if (!best) continue;
    const start = m.index;
    out.push({
      start,
      end: start + form.length,
      text: form,
      type,
      canonical: best.canonical,
      kind: 'coref',
    });
  }
  return out;
}

/** Short school suffixes that stand for the one school unit so named, only opening a clause
 * (学院位于保亭县, 校区坐落在晋江市): elsewhere they are mostly generic (高校学院). */
const SCHOOL_TAILS: ReadonlySet<string> = new Set(['学院', '校区', '分校']);

/** Suffixes of labs and institutes long enough to stand for the one named thing (研究院, 中试基地). */
const TAILS = LEXICON.suffixes.filter(
  (x) =>
    ((x.type === 'Lab' || x.type === 'Institute') && x.text.length >= 3) ||
    SCHOOL_TAILS.has(x.text),
);

/**
 * 南阳…有限公司院士工作站 … 建立院士工作站: a bare lab or institute suffix after the one named
 * lab or institute of the document that ends with it refers back to that name. Only where nothing
 * name-like precedes it (省级院士工作站2家 is a count, not a reference).
 */
export function scanDefiniteTails(text: string, named: readonly ZhMention[]): ZhMention[] {
  const byTail = new Map<string, ZhMention[]>();
  for (const m of named) {
    if (
      (m.type !== 'Lab' && m.type !== 'Institute' && m.type !== 'University') ||
      m.kind === 'coref'
    )
      continue;
    const tail = TAILS.find((x) => m.canonical.endsWith(x.text));
    if (!tail || m.canonical.length <= tail.text.length) continue;
    const list = byTail.get(tail.text);
    if (!list) byTail.set(tail.text, [m]);
    else if (!list.some((x) => x.canonical === m.canonical && x.type === m.type)) list.push(m);
  }
  const out: ZhMention[] = [];
  // Characters inside a name, marked once the first candidate needs them.
  let taken: Uint8Array | null = null;
  for (const [tail, list] of byTail) {
    if (list.length !== 1) continue;
    const owner = list[0] as ZhMention;
    for (let i = text.indexOf(tail, owner.end); i >= 0; i = text.indexOf(tail, i + 1)) {
      const end = i + tail.length;
      if (taken === null) {
        taken = new Uint8Array(text.length + 1);
        for (const m of named) taken.fill(1, m.start, m.end);
      }
      if (taken[i] === 1 || taken[end - 1] === 1) continue;
      if (SCHOOL_TAILS.has(tail) && i > 0 && !'，。；：\n'.includes(text[i - 1] as string))
        continue;
      if (isDigit(text[end]) || leftEdge(text, i, Math.max(0, i - 8)) < i) continue;
      out.push({
        start: i,
        end,
        text: tail,
        type: owner.type,
        canonical: owner.canonical,
        kind: 'coref',
      });
    }
  }
  return out;
}
