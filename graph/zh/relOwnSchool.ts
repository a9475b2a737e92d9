import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';
import { bareName } from './relUnits';

const OWN = LEXICON.triggers.ownSchool;
/** Forms by which a school names itself in its own news (我校与…共建). */
const FORMS: ReadonlySet<string> = new Set(OWN.forms);
/** Campuses and branches stand for their university, never for the article's school itself. */
const CAMPUS_RE = /(?:校区|分校)$/;
/** 与我校 / 我校与: a school joined to 我校 is its partner, not the article's school. */
const PARTNER_RE = /^(?:与|和|同|及)$/;

/** True when `x` is named as a partner of 我校 (我校与X, X与我校) or visits it (X一行来我校). */
function partnerOf(text: string, x: ZhMention): boolean {
  for (const f of FORMS) {
    if (text.startsWith(f, x.start - f.length - 1) && PARTNER_RE.test(text[x.start - 1] ?? ''))
      return true;
    if (PARTNER_RE.test(text[x.end] ?? '') && text.startsWith(f, x.end + 1)) return true;
  }
  // X副校长一行来我校: a visitor to 我校 in the same clause.
  let end = x.end;
  while (end < text.length && !'，。；：\n'.includes(text[end] as string)) end++;
  const clause = text.slice(x.end, end);
  return OWN.visits.some((v) => [...FORMS].some((f) => clause.includes(v + f)));
}

/**
 * A university name that can be the article's own school: not a school or campus of a university
 * (药学院, X大学Y学院, X大学Y校区), and not the university inside a standalone college's name
 * (厦门大学嘉庚学院: the college is the school, 厦门大学 only part of its name).
 */
function ownCandidates(mentions: readonly ZhMention[]): ZhMention[] {
  const schools = mentions.filter((m) => m.type === 'University' && m.kind !== 'coref');
  const unitOf = (outer: ZhMention, inner: ZhMention): boolean => {
    const rest = outer.canonical.slice(inner.canonical.length);
    return CAMPUS_RE.test(rest) || bareName(rest);
  };
  return schools.filter((m) => {
    if (bareName(m.canonical) || CAMPUS_RE.test(m.canonical)) return false;
    for (const o of schools) {
      if (o === m || o.start > m.start || o.end < m.end || o.end - o.start <= m.end - m.start)
        continue;
      // m sits inside o: a standalone college o is the candidate, not the university in its name.
      if (!o.canonical.startsWith(m.canonical) || !unitOf(o, m)) return false;
    }
    for (const i of schools) {
      if (i === m || i.start < m.start || i.end > m.end || i.end - i.start >= m.end - m.start)
        continue;
      // X大学Y学院 holding X大学: a school of that university, not a school of its own.
      if (m.canonical.startsWith(i.canonical) && unitOf(m, i)) return false;
    }
    return true;
  });
}

/**
 * 我校/本校 all stand for one school, the one whose news the article is: the first university
 * named that is not a partner or visitor of 我校 (我校与X大学签约: X is the partner). Resolving
 * each 我校 to the school named last before it (a partner, or a school of the university) breaks
 * every tie stated with 我校. Sets the canonical name of each such mention; leaves them as found
 * when no university is named (a school's own news: 我校材料学院). Returns the school, if any.
 */
export function resolveOwnSchool(
  text: string,
  mentions: readonly ZhMention[],
): ZhMention | undefined {
  const own = mentions.filter((m) => m.kind === 'coref' && FORMS.has(m.text));
  if (own.length === 0) return undefined;
  const cands = ownCandidates(mentions);
  // A school once named as a partner or visitor of 我校 is never 我校, wherever else it stands.
  const partners = new Set(cands.filter((x) => partnerOf(text, x)).map((x) => x.canonical));
  const school = cands.find((x) => !partners.has(x.canonical));
  if (!school) return undefined;
  for (const m of own) {
    m.type = 'University';
    m.canonical = school.canonical;
  }
  return school;
}
