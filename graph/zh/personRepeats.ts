import type { ZhMention } from './mention';

/** Shortest full name read again on its own: two-character names are too often parts of words. */
const MIN_NAME = 3;

/**
 * 张和平教授团队 … 乳品…重点实验室主任张和平说: a person found once by a title or a team is the same
 * person wherever the full name occurs again, also after an official's post the person scanner
 * does not read (主任). Returns the new mentions, none overlapping a mention already found.
 */
export function scanPersonRepeats(text: string, mentions: readonly ZhMention[]): ZhMention[] {
  const names = new Set<string>();
  for (const m of mentions)
    if (m.type === 'Person' && m.kind !== 'coref' && m.canonical.length >= MIN_NAME)
      names.add(m.canonical);
  if (names.size === 0) return [];
  // Positions already inside a mention: one pass over the mentions, not one per occurrence.
  const covered = new Uint8Array(text.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const out: ZhMention[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const end = i + name.length;
      if (covered.subarray(i, end).includes(1)) continue;
      out.push({ start: i, end, text: name, type: 'Person', canonical: name, kind: 'person' });
    }
  }
  return out;
}
