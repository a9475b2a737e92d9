import type { ZhMention } from './mention';
import { universityStart } from './parkScan';

/** Units whose names may open with their university's (内蒙古科技大学生命健康…重点实验室). */
const UNITS: ReadonlySet<ZhMention['type']> = new Set(['Lab', 'Institute', 'ResearchTeam']);
/** Fewest characters of the unit's own name after the university's. */
const MIN_REST = 3;

/**
 * 内蒙古科技大学生命健康与生物信息学重点实验室: jieba reads 大学生 across the school's name, so the
 * university inside a unit's name is not found on its own. Returns a University mention for each
 * unit name that opens with a university's name (one jieba reads as a name, or place + field +
 * 大学) and has none found there.
 */
export function scanLeadingOwners(text: string, mentions: readonly ZhMention[]): ZhMention[] {
  const out: ZhMention[] = [];
  const spans = new Set(mentions.map((m) => m.start + ':' + m.end));
  for (const m of mentions) {
    if (!UNITS.has(m.type) || m.kind !== 'name') continue;
    const i = m.text.indexOf('大学');
    if (i < 2 || m.text.length - (i + 2) < MIN_REST) continue;
    const end = m.start + i + 2;
    if (spans.has(m.start + ':' + end)) continue;
    const start = universityStart(text, end, m.start, []);
    if (start !== m.start) continue;
    const name = text.slice(start, end);
    out.push({ start, end, text: name, type: 'University', canonical: name, kind: 'name' });
  }
  return out;
}
