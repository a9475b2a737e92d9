/** Export the current view as PNG, SVG, JSON (Cytoscape elements) or GraphML. */
import type cytoscape from 'cytoscape';
import { download, h } from './dom';
import { toGraphML, type PlainElement } from './graphml';
import { getCy, updateLabelVisibility } from './graphView';
import { bind, t } from './i18n';
import { state } from './state';
import { errorMessage, setStatus } from './status';

/** Raster export limits: big graphs get a smaller scale so the PNG stays within MAX_PX a side. */
export const EXPORT_DEFAULTS = Object.freeze({
  // preferred scale (2 = crisp text on high-DPI screens)
  scale: 2,
  // never render a side longer than this (browser canvas limits sit around 16k)
  maxPx: 8000,
  // background colour (PNG/SVG)
  bg: '#ffffff',
});

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

/** Elements in the current view: filtered-out and helper ("N more") elements are left out. */
export function viewElements(cy: cytoscape.Core): cytoscape.CollectionReturnValue {
  return cy
    .elements()
    .filter((e) => !e.hasClass('filtered') && !e.hasClass('more') && !e.hasClass('district-group'));
}

export function pngScale(cy: cytoscape.Core): number {
  const bb = cy.elements(':visible').boundingBox({});
  const side = Math.max(1, bb.w, bb.h);
  return Math.max(0.05, Math.min(EXPORT_DEFAULTS.scale, EXPORT_DEFAULTS.maxPx / side));
}

/** Runs `fn` with every label drawn (zoom-dependent label hiding does not apply to exports). */
function withAllLabels<T>(cy: cytoscape.Core, fn: () => T): T {
  const hidden = cy.nodes('.nolabel');
  hidden.removeClass('nolabel');
  try {
    return fn();
  } finally {
    hidden.addClass('nolabel');
    updateLabelVisibility(true);
  }
}

export async function exportPng(): Promise<void> {
  const cy = getCy();
  const blob = await withAllLabels(cy, () =>
    cy.png({
      output: 'blob-promise',
      full: true,
      scale: pngScale(cy),
      bg: EXPORT_DEFAULTS.bg,
      maxWidth: EXPORT_DEFAULTS.maxPx,
      maxHeight: EXPORT_DEFAULTS.maxPx,
    }),
  );
  download(blob, `innochain-${stamp()}.png`);
}

export function exportSvg(): void {
  const cy = getCy();
  const text = withAllLabels(cy, () => cy.svg({ full: true, scale: 1, bg: EXPORT_DEFAULTS.bg }));
  download(new Blob([text], { type: 'image/svg+xml' }), `innochain-${stamp()}.svg`);
}

export function viewJson(): { elements: PlainElement[]; view: typeof state } {
  const cy = getCy();
  const elements = viewElements(cy).map((e) => {
    const j = e.json() as unknown as PlainElement;
    const data = { ...j.data };
    delete data.imp;
    delete data.size;
    delete data.score;
    if (typeof data.parent === 'string' && data.parent.startsWith('grp:')) delete data.parent;
    return { group: j.group, data, ...(e.isNode() ? { position: { ...e.position() } } : {}) };
  });
  return { elements, view: { ...state } };
}

export function exportJson(): void {
  download(
    new Blob([JSON.stringify(viewJson(), null, 2)], { type: 'application/json' }),
    `innochain-${stamp()}.json`,
  );
}

export function exportGraphML(): void {
  download(
    new Blob([toGraphML(viewJson().elements)], { type: 'application/graphml+xml' }),
    `innochain-${stamp()}.graphml`,
  );
}

export function createExportButtons(container: HTMLElement): void {
  const label = bind(h('span', { class: 'meta' }), 'tool.export');
  container.append(label);
  const entries: [string, Parameters<typeof bind>[1], () => void | Promise<void>][] = [
    ['export-png', 'tool.png', exportPng],
    ['export-svg', 'tool.svg', exportSvg],
    ['export-json', 'tool.json', exportJson],
    ['export-graphml', 'tool.graphml', exportGraphML],
  ];
  for (const [id, key, fn] of entries) {
    const b = bind(h('button', { type: 'button', id }), key);
    b.addEventListener('click', async () => {
      try {
        await fn();
      } catch (err) {
        setStatus(t('status.error', { m: errorMessage(err) }), { error: true });
      }
    });
    container.append(b);
  }
}
