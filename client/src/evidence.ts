/** Renders evidence sentences with the source/target entities highlighted (DOM only, no HTML parsing). */
import { h } from './dom';
import type { EvidenceItem, Highlight } from './types';

/** Splits `sentence` into plain and highlighted runs; overlapping or out-of-range spans are clipped. */
export function highlightRuns(
  sentence: string,
  highlights: readonly Highlight[] = [],
): { text: string; role?: string }[] {
  const spans = highlights
    .filter((x) => Number.isFinite(x.start) && Number.isFinite(x.end) && x.end > x.start)
    .map((x) => ({
      start: Math.max(0, x.start),
      end: Math.min(sentence.length, x.end),
      role: x.role,
    }))
    .filter((x) => x.end > x.start)
    .sort((a, b) => a.start - b.start);
  const runs: { text: string; role?: string }[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    if (s.start > pos) runs.push({ text: sentence.slice(pos, s.start) });
    runs.push({ text: sentence.slice(s.start, s.end), role: s.role });
    pos = s.end;
  }
  if (pos < sentence.length) runs.push({ text: sentence.slice(pos) });
  return runs;
}

export function sentenceElement(
  sentence: string,
  highlights: readonly Highlight[] = [],
): HTMLParagraphElement {
  const p = h('p', { class: 'sentence' });
  for (const run of highlightRuns(sentence, highlights)) {
    if (run.role)
      p.append(
        h('mark', {
          class: `hl-${run.role === 'target' ? 'target' : 'source'}`,
          'data-role': run.role,
          text: run.text,
        }),
      );
    else p.append(document.createTextNode(run.text));
  }
  return p;
}

/** Where the server sent no highlight offsets, finds the entities' names in the sentence. */
export function fallbackHighlights(
  sentence: string,
  names: { source?: string[]; target?: string[] },
): Highlight[] {
  const out: Highlight[] = [];
  for (const role of ['source', 'target'] as const) {
    const candidates = [...(names[role] ?? [])]
      .filter((s) => s.length > 0)
      .sort((a, b) => b.length - a.length);
    for (const name of candidates) {
      const at = sentence.indexOf(name);
      if (at >= 0) {
        out.push({ start: at, end: at + name.length, role });
        break;
      }
    }
  }
  return out;
}

export function evidenceElement(
  ev: EvidenceItem,
  names: { source?: string[]; target?: string[] } = {},
): HTMLDivElement {
  const usable = highlightRuns(ev.sentence, ev.highlights ?? []).some((r) => r.role);
  const highlights = usable ? (ev.highlights ?? []) : fallbackHighlights(ev.sentence, names);
  const meta = [ev.title ?? ev.doc, ev.date].filter(Boolean).join(' · ');
  return h(
    'div',
    { class: 'evidence', 'data-doc': ev.doc },
    sentenceElement(ev.sentence, highlights),
    h('div', { class: 'meta', text: meta }),
  );
}
