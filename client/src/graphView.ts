/**
 * The graph canvas: creating the core, adding API elements, local filtering, node sizing and
 * label visibility by importance when zoomed out.
 */
import type cytoscape from 'cytoscape';
import { cytoscape as cyLib } from './cy';
import { rendererOptions } from './renderer';
import { graphStyle } from './style';
import type { EdgeData, Elements, NodeData } from './types';
import { state } from './state';
import { lang, onLangChange } from './i18n';
import { displayName, relabelNodes } from './nodeLabels';

declare global {
  interface Window {
    cy?: cytoscape.Core;
  }
}

/** Viewport and renderer settings; large graphs trade edge drawing while panning for fps. */
export const VIEW_DEFAULTS = Object.freeze({
  // smallest zoom level
  minZoom: 0.02,
  // largest zoom level
  maxZoom: 4,
  // smallest node size (px), degree 0
  minNodeSize: 22,
  // largest node size (px), top node
  maxNodeSize: 62,
  // at or above this zoom every label is drawn
  allLabelsZoom: 0.9,
  // below this zoom only the top ~3% of nodes keep labels
  fewLabelsZoom: 0.15,
});

let core: cytoscape.Core | undefined;

export function getCy(): cytoscape.Core {
  if (!core) throw new Error('graph not initialised');
  return core;
}

export function createGraph(container: HTMLElement): cytoscape.Core {
  core = cyLib({
    container,
    style: graphStyle(),
    minZoom: VIEW_DEFAULTS.minZoom,
    maxZoom: VIEW_DEFAULTS.maxZoom,
    boxSelectionEnabled: false,
    selectionType: 'single',
    ...rendererOptions(),
  });
  window.cy = core;
  const captioned = core;
  onLangChange((next) => relabelNodes(captioned, next));
  let pending = false;
  core.on('zoom', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      updateLabelVisibility();
    });
  });
  return core;
}

/** Adds nodes/edges not yet present; returns the newly added collection. */
export function addElements(elements: Elements): cytoscape.CollectionReturnValue {
  const cy = getCy();
  refreshNames(cy, elements);
  const nodes = elements.nodes.filter((n) => cy.getElementById(n.data.id).empty());
  const ids = new Set(cy.nodes().map((n) => n.id()));
  for (const n of nodes) ids.add(n.data.id);
  const edges = elements.edges.filter(
    (e) => cy.getElementById(e.data.id).empty() && ids.has(e.data.source) && ids.has(e.data.target),
  );
  // spread new nodes out before any layout runs so no edge is ever drawn between coincident nodes
  const spread = 60 * Math.sqrt(cy.nodes().length + nodes.length + 1);
  const ext = cy.nodes().nonempty() ? cy.extent() : { x1: 0, y1: 0, w: 0, h: 0 };
  const centre = { x: ext.x1 + ext.w / 2, y: ext.y1 + ext.h / 2 };
  const added = cy.add([
    ...nodes.map((n) => ({
      group: 'nodes' as const,
      data: cleanNode(n.data),
      position: {
        x: centre.x + (Math.random() - 0.5) * spread,
        y: centre.y + (Math.random() - 0.5) * spread,
      },
    })),
    ...edges.map((e) => ({ group: 'edges' as const, data: cleanEdge(e.data) })),
  ]);
  refreshNodeMetrics();
  applyFilters();
  return added;
}

/**
 * A node already drawn may have gained a name since (an English article merged into a Chinese
 * node): its names, and so its caption, are taken from the newer data.
 */
function refreshNames(cy: cytoscape.Core, elements: Elements): void {
  for (const { data } of elements.nodes) {
    const drawn = cy.getElementById(data.id);
    if (drawn.empty() || typeof drawn.data('name') !== 'string') continue;
    const fresh = cleanNode(data);
    if (fresh.nameEn === drawn.data('nameEn') && fresh.nameZh === drawn.data('nameZh')) continue;
    drawn.data({
      name: fresh.name,
      nameEn: fresh.nameEn,
      nameZh: fresh.nameZh,
      label: fresh.label,
    });
  }
}

function cleanNode(d: NodeData): NodeData & { size: number } {
  const names = {
    name: typeof d.name === 'string' ? d.name : d.label,
    ...(typeof d.nameEn === 'string' ? { nameEn: d.nameEn } : {}),
    ...(typeof d.nameZh === 'string' ? { nameZh: d.nameZh } : {}),
  };
  return {
    id: d.id,
    ...names,
    label: displayName(names, lang()),
    type: d.type,
    aliases: Array.isArray(d.aliases) ? d.aliases : [],
    ...(d.district ? { district: d.district } : {}),
    ...(d.districtName ? { districtName: d.districtName } : {}),
    degree: typeof d.degree === 'number' ? d.degree : 0,
    size: VIEW_DEFAULTS.minNodeSize,
  };
}
function cleanEdge(d: EdgeData): EdgeData {
  return {
    id: d.id,
    source: d.source,
    target: d.target,
    type: d.type,
    confidence: typeof d.confidence === 'number' ? d.confidence : 1,
    evidenceCount: d.evidenceCount ?? 0,
  };
}

export function replaceGraph(elements: Elements): void {
  const cy = getCy();
  cy.elements().remove();
  addElements(elements);
}

/** Scores that drive node size; null means "by degree". */
let sizeScores: Map<string, number> | null = null;

export function setSizeScores(scores: Map<string, number> | null): void {
  sizeScores = scores;
  refreshNodeMetrics();
}

/** Recomputes importance ranks (label visibility) and node sizes. */
export function refreshNodeMetrics(): void {
  const cy = getCy();
  const nodes = cy
    .nodes()
    .filter((n) => !n.isParent() && !n.hasClass('more'))
    .nodes();
  const score = (n: cytoscape.NodeSingular): number => {
    if (sizeScores) return sizeScores.get(n.id()) ?? 0;
    return Math.max(Number(n.data('degree')) || 0, n.degree(false));
  };
  const scored = nodes.map((n) => ({ n, s: score(n) })).sort((a, b) => a.s - b.s);
  const max = Math.max(1e-9, scored.length ? (scored[scored.length - 1]?.s ?? 0) : 0);
  const span = VIEW_DEFAULTS.maxNodeSize - VIEW_DEFAULTS.minNodeSize;
  cy.batch(() => {
    scored.forEach(({ n, s }, i) => {
      n.data('imp', scored.length > 1 ? i / (scored.length - 1) : 1);
      n.data('score', s);
      n.data(
        'size',
        Math.round(VIEW_DEFAULTS.minNodeSize + span * Math.sqrt(Math.max(0, s) / max)),
      );
    });
  });
  updateLabelVisibility(true);
}

let lastThreshold = -1;
/** Hides labels of less important nodes as the user zooms out. */
export function updateLabelVisibility(force = false): void {
  const cy = getCy();
  const z = cy.zoom();
  const { allLabelsZoom: hi, fewLabelsZoom: lo } = VIEW_DEFAULTS;
  const raw = z >= hi ? 0 : z <= lo ? 0.97 : 0.97 * (1 - (z - lo) / (hi - lo));
  const threshold = Math.round(raw * 20) / 20;
  if (!force && threshold === lastThreshold) return;
  lastThreshold = threshold;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const imp = Number(n.data('imp') ?? 1);
      n.toggleClass('nolabel', !n.isParent() && imp < threshold);
    });
  });
}

/** Applies the legend filters and confidence threshold (local; no refetch). */
export function applyFilters(): void {
  const cy = getCy();
  const types = new Set(state.hiddenTypes);
  const rels = new Set(state.hiddenRelations);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      if (n.isParent() || n.hasClass('more')) return;
      n.toggleClass('filtered', types.has(String(n.data('type'))));
    });
    cy.edges().forEach((e) => {
      const conf = Number(e.data('confidence') ?? 1);
      e.toggleClass('filtered', rels.has(String(e.data('type'))) || conf < state.minConfidence);
    });
  });
}

/** Selects a node (or edge) and centres the viewport on it. */
export function focusElement(id: string): boolean {
  const cy = getCy();
  const ele = cy.getElementById(id);
  if (ele.empty()) return false;
  if (ele.hasClass('filtered')) ele.removeClass('filtered');
  cy.elements(':selected').unselect();
  ele.select();
  cy.stop();
  cy.animate({ center: { eles: ele }, zoom: Math.max(cy.zoom(), 1.1) }, { duration: 350 });
  return true;
}
