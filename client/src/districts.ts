/** "Group by district": wraps nodes in district compound nodes so cross-district ties stand out. */
import type cytoscape from 'cytoscape';
import { getCy } from './graphView';
import { runFullLayout } from './layout';
import { state, update } from './state';

const GROUP_PREFIX = 'grp:';

export function isGrouped(): boolean {
  return state.group;
}

function districtOf(n: cytoscape.NodeSingular): string {
  const d = n.data('district');
  if (typeof d === 'string' && d) return d;
  return n.data('type') === 'District' ? n.id() : '';
}

/** Puts `nodes` (default: all) into their district's compound node, creating it as needed. */
export function assignGroups(nodes?: cytoscape.NodeCollection): void {
  const cy = getCy();
  const targets = (nodes ?? cy.nodes()).filter(
    (n) => !n.isParent() && !n.hasClass('district-group'),
  );
  cy.batch(() => {
    targets.forEach((n) => {
      const d = districtOf(n);
      if (!d) return;
      const gid = GROUP_PREFIX + d;
      if (cy.getElementById(gid).empty()) {
        const named = cy
          .nodes()
          .filter((m) => m.data('district') === d && m.data('districtName'))
          .first();
        const districtNode = cy.getElementById(d);
        const label = String(
          named.data('districtName') ?? (districtNode.nonempty() ? districtNode.data('label') : d),
        );
        cy.add({
          group: 'nodes',
          data: { id: gid, label, type: '__group' },
          classes: 'district-group',
        });
      }
      if (n.data('parent') !== gid) n.move({ parent: gid });
    });
    markCrossEdges();
  });
}

/** Classes edges as crossing district boundaries ('cross') or staying inside one ('intra'). */
export function markCrossEdges(): void {
  const cy = getCy();
  cy.edges().forEach((e) => {
    const a = districtOf(e.source());
    const b = districtOf(e.target());
    const known = Boolean(a && b);
    e.toggleClass('cross', state.group && known && a !== b);
    e.toggleClass('intra', state.group && known && a === b);
  });
}

export async function setGrouped(on: boolean): Promise<void> {
  const cy = getCy();
  update({ group: on });
  if (on) {
    assignGroups();
  } else {
    cy.batch(() => {
      cy.nodes()
        .filter((n) => n.isChild())
        .move({ parent: null });
      cy.nodes('.district-group').remove();
      cy.edges().removeClass('cross intra');
    });
  }
  await runFullLayout(cy);
}
