/** Pan/zoom buttons over the canvas. */
import { h } from './dom';
import { bind } from './i18n';
import { getCy } from './graphView';

const ZOOM_STEP = 1.3;

/** Where the running button zoom is heading: a quick second click steps on from there, so two
 * clicks always zoom two steps (not one step twice from the same start). */
let headingTo: number | undefined;

function zoomBy(factor: number): void {
  const cy = getCy();
  const from = headingTo !== undefined && cy.animated() ? headingTo : cy.zoom();
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), from * factor));
  headingTo = level;
  cy.stop(true);
  cy.animate(
    { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
    {
      duration: 150,
      complete: () => {
        headingTo = undefined;
      },
    },
  );
}

export function fitView(): void {
  const cy = getCy();
  const visible = cy.elements(':visible');
  cy.animate(
    { fit: { eles: visible.nonempty() ? visible : cy.elements(), padding: 30 } },
    { duration: 250 },
  );
}

export function createControls(container: HTMLElement): void {
  const button = (
    id: string,
    text: string,
    key: Parameters<typeof bind>[1],
    fn: () => void,
  ): HTMLButtonElement => {
    const b = h('button', { type: 'button', id, text });
    bind(b, key, 'title');
    bind(b, key, 'aria-label');
    b.addEventListener('click', fn);
    return b;
  };
  container.append(
    button('zoom-in', '+', 'ctl.zoomIn', () => zoomBy(ZOOM_STEP)),
    button('zoom-out', '−', 'ctl.zoomOut', () => zoomBy(1 / ZOOM_STEP)),
    button('fit', '⤢', 'ctl.fit', fitView),
  );
}
