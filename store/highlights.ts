export interface Highlight {
  start: number;
  end: number;
  role: 'source' | 'target';
}

/**
 * Where the two entities of an edge appear in its sentence (longest surface form first, so
 * "重庆平伟汽车系统有限公司" wins over "平伟汽车"). Offsets are relative to the sentence.
 */
export function findHighlights(
  sentence: string,
  source: readonly string[],
  target: readonly string[],
): Highlight[] {
  const out: Highlight[] = [];
  const taken = (s: number, e: number): boolean => out.some((h) => s < h.end && e > h.start);
  const mark = (names: readonly string[], role: Highlight['role']): void => {
    const sorted = [...new Set(names)]
      .filter((n) => n.length > 0)
      .sort((a, b) => b.length - a.length);
    for (const name of sorted) {
      let from = 0;
      for (;;) {
        const at = sentence.indexOf(name, from);
        if (at < 0) break;
        if (!taken(at, at + name.length)) out.push({ start: at, end: at + name.length, role });
        from = at + name.length;
      }
    }
  };
  mark(source, 'source');
  mark(target, 'target');
  return out.sort((a, b) => a.start - b.start);
}
