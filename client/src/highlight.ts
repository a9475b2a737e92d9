/** Highlights a set of nodes/edges (a path or chain) and dims everything else. */
import { getCy } from './graphView';

export function highlight(
  nodeIds: readonly string[],
  edgeIds: readonly string[],
  fit = true,
): void {
  const cy = getCy();
  const on = cy.collection();
  for (const id of [...nodeIds, ...edgeIds]) on.merge(cy.getElementById(id));
  cy.batch(() => {
    cy.elements().removeClass('onpath').addClass('dimmed');
    on.removeClass('dimmed').addClass('onpath');
    on.removeClass('filtered');
    cy.nodes(':parent').removeClass('dimmed');
  });
  if (fit && on.nonempty()) cy.animate({ fit: { eles: on, padding: 80 } }, { duration: 350 });
}

export function clearHighlight(): void {
  getCy().elements().removeClass('dimmed onpath');
}

export function isHighlighting(): boolean {
  return getCy().elements('.onpath').nonempty();
}
