/** Expanding a node's neighbourhood (capped, with an "N more" node) and adding server elements in place. */
import type cytoscape from 'cytoscape';
import { api } from './api';
import { addElements, getCy } from './graphView';
import { t } from './i18n';
import { runFullLayout, runIncrementalLayout } from './layout';
import { assignGroups, isGrouped, markCrossEdges } from './districts';
import { errorMessage, setStatus } from './status';
import type { Elements } from './types';

/** How many neighbours one expand brings in; each "N more" click brings this many more. */
export const EXPAND_CAP = 25;

/** Adds elements not yet shown and places only the new nodes; existing nodes stay put. */
export async function addAndPlace(elements: Elements): Promise<cytoscape.CollectionReturnValue> {
  const cy = getCy();
  const wasEmpty = cy.nodes().empty();
  const added = addElements(elements);
  if (isGrouped()) assignGroups(added.nodes());
  else markCrossEdges();
  if (wasEmpty) await runFullLayout(cy);
  else {
    const placed = cy.collection();
    added.nodes().forEach((n) => {
      placed.merge(cy.getElementById(n.id()));
    });
    await runIncrementalLayout(cy, placed.nodes());
  }
  return added;
}

export async function expandNode(id: string, limit = EXPAND_CAP): Promise<number> {
  const cy = getCy();
  try {
    setStatus(t('inspect.loading'), { sticky: true });
    const res = await api.neighbourhood(id, { depth: 1, limit });
    cy.getElementById(`more:${id}`).remove();
    const added = await addAndPlace(res.elements);
    if (res.omitted > 0) {
      const centre = cy.getElementById(id);
      const more = cy.add([
        {
          group: 'nodes',
          data: {
            id: `more:${id}`,
            label: t('inspect.more', { n: res.omitted }),
            type: 'More',
            centre: id,
            nextLimit: limit + EXPAND_CAP,
          },
          classes: 'more',
          position: { x: centre.position().x + 60, y: centre.position().y - 60 },
        },
        {
          group: 'edges',
          data: { id: `more-edge:${id}`, source: id, target: `more:${id}`, type: 'More' },
          classes: 'more',
        },
      ]);
      await runIncrementalLayout(cy, more.nodes());
    }
    const fresh = added.nodes().length;
    setStatus(t('status.expanded', { n: fresh }));
    return fresh;
  } catch (err) {
    setStatus(t('status.error', { m: errorMessage(err) }), { error: true });
    return 0;
  }
}

/** Makes sure entity `id` is on the canvas (fetching its neighbourhood if needed). */
export async function ensureNode(id: string): Promise<boolean> {
  const cy = getCy();
  if (cy.getElementById(id).nonempty()) return true;
  await expandNode(id);
  return cy.getElementById(id).nonempty();
}

export function wireExpand(): void {
  const cy = getCy();
  cy.on('dbltap', 'node', (ev) => {
    const node = ev.target as cytoscape.NodeSingular;
    if (node.isParent() || node.hasClass('more')) return;
    void expandNode(node.id());
  });
  cy.on('tap', 'node.more', (ev) => {
    const node = ev.target as cytoscape.NodeSingular;
    void expandNode(String(node.data('centre')), Number(node.data('nextLimit')) || EXPAND_CAP * 2);
  });
}
