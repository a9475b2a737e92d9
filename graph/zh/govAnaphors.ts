import type { ZhMention } from './mention';

/** Options for a bare 县政府/市政府 read as the place the article named. */
const GOV_ANAPHOR_OPTIONS = Object.freeze({
  /** Farthest place looked back to, in characters: the article's own county or city. */
  maxDistance: 1500,
});

/** Bare government words and the place ending they stand for (县政府 → the last …县). */
const GOV_RE = /(县|市|区|州)(?:人民)?政府/g;

/**
 * 澧县…。县政府将全力支持科技小院: a government word with no place name before it stands for the
 * last place of that level named before (a county for 县政府, a city for 市政府), as a District.
 */
export function scanGovAnaphors(text: string, named: readonly ZhMention[]): ZhMention[] {
  const out: ZhMention[] = [];
  GOV_RE.lastIndex = 0;
  for (let m = GOV_RE.exec(text); m; m = GOV_RE.exec(text)) {
    const at = m.index;
    // 澧县县政府, 青州市政府: a place or a name right before heads the word; it is no anaphor.
    if (
      /[\u4e00-\u9fff]/.test(text[at - 1] ?? '') &&
      !/[，。；：、将也还和与及]/.test(text[at - 1] ?? '')
    )
      continue;
    const level = m[1] as string;
    let place: ZhMention | undefined;
    for (const x of named) {
      if (x.start >= at) break;
      if (at - x.end > GOV_ANAPHOR_OPTIONS.maxDistance) continue;
      if (x.type === 'District' && x.kind !== 'coref' && x.canonical.endsWith(level)) place = x;
    }
    if (!place) continue;
    out.push({
      start: at,
      end: at + m[0].length,
      text: m[0],
      type: 'District',
      canonical: place.canonical,
      kind: 'coref',
    });
  }
  return out;
}
