import type { ZhMention } from './mention';
import { suffixesEnding } from './lexicon';
import { placeStart } from './parkScan';

/** After 与: a trade and a legal form (节能科技有限公司), no mark between. */
const AFTER_RE = /^[\u4e00-\u9fff]{2,12}?(?:股份有限公司|有限责任公司|有限公司)/;
/** Marks around a member of a list. */
const LIST_MARKS = '、，,：:；;（(\n';

/** True when `word` ends with a name suffix of any type (政府, 大学, 公司, 区). */
function endsAsName(word: string): boolean {
  return (
    suffixesEnding(word).some((s) => word.endsWith(s.text)) || /[省市区县镇委局厅办]$/.test(word)
  );
}

/**
 * 沈阳盛京智造发展有限公司、沈阳恒久安泰环保与节能科技有限公司的…: a company named with two trades
 * joined by 与 inside a list. The name scanner stops at 与 (南沙与华为…公司 joins two parties), so
 * only a list member that opens with a place, whose part before 与 is no name of its own, is read
 * whole. Returns the companies found, replacing the shorter reading.
 */
export function scanJoinedCompanies(text: string, mentions: ZhMention[]): ZhMention[] {
  const found: ZhMention[] = [];
  for (let i = text.indexOf('与'); i >= 0; i = text.indexOf('与', i + 1)) {
    const tail = AFTER_RE.exec(text.slice(i + 1, i + 24));
    if (!tail) continue;
    const end = i + 1 + tail[0].length;
    let s = i;
    while (s > 0 && !LIST_MARKS.includes(text[s - 1] as string) && i - s <= 14) s--;
    // A list member: 、 before it or after it.
    if (text[s - 1] !== '、' && text[end] !== '、') continue;
    const before = text.slice(s, i);
    if (before.length < 4 || !/^[\u4e00-\u9fff]+$/.test(before) || endsAsName(before)) continue;
    if (![2, 3, 4, 5].some((n) => n < before.length && placeStart(text, s + n, s) === s)) continue;
    // 湖北大学还先后与…公司: a name or an adverb before 与 makes it a party, not a trade.
    if (/[还将在并也又已和及同跟先]/.test(before)) continue;
    if (mentions.some((m) => m.type !== 'District' && m.start < i && s < m.end)) continue;
    const name = text.slice(s, end);
    found.push({ start: s, end, text: name, type: 'Company', canonical: name, kind: 'name' });
  }
  if (found.length === 0) return mentions;
  const kept = mentions.filter(
    (m) =>
      !found.some(
        (f) =>
          f.start < m.end && m.start < f.end && !(m.type === 'District' && m.start === f.start),
      ),
  );
  return [...kept, ...found].sort((a, b) => a.start - b.start || b.end - a.end);
}
