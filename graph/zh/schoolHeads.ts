import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';
import { cutExact } from './segment';

/**
 * 湖南科技创新东南大学专场对接会: a school's name read together with the words before it. When the
 * article names that school on its own too and the words before it are a phrase with generic words
 * (科技创新), not a place (山西 of 山西大同大学), the mention is the school alone.
 */
export function trimSchoolHeads(mentions: ZhMention[]): void {
  const schools = new Set<string>();
  for (const m of mentions)
    if (m.type === 'University' && m.kind !== 'coref' && m.canonical.endsWith('大学'))
      schools.add(m.canonical);
  if (schools.size < 2) return;
  for (const m of mentions) {
    if (m.type !== 'University' || m.kind === 'coref' || m.text !== m.canonical) continue;
    for (let k = 2; k <= m.text.length - 4; k++) {
      const school = m.text.slice(k);
      if (!schools.has(school)) continue;
      const head = m.text.slice(0, k);
      if (LEXICON.bigPlaces.has(head.replace(/[省市]$/, ''))) break;
      if (!cutExact(head).some((t) => LEXICON.genericWords.has(t))) break;
      m.start += k;
      m.text = school;
      m.canonical = school;
      break;
    }
  }
}
