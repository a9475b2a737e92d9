/** District flow view: the district meta-graph, edge width by number of cross-district ties. */
import type cytoscape from 'cytoscape';
import { api } from './api';
import { cytoscape as cyLib } from './cy';
import { byId, h } from './dom';
import { bind } from './i18n';
import { showFlow } from './inspector';
import { state, update } from './state';
import { flowStyle } from './style';
import { errorMessage, setStatus } from './status';
import { getCy } from './graphView';

/** Layout of the (small) district meta-graph. */
export const FLOW_LAYOUT_DEFAULTS = Object.freeze({
  // fcose copes well with a handful of weighted nodes
  name: 'fcose',
  // small graph: take the best quality
  quality: 'proof',
  // no animation when switching views
  animate: false,
  // fit the meta-graph to the panel
  fit: true,
  // room for the count labels
  padding: 50,
  // spread districts apart so thick edges stay readable
  idealEdgeLength: 180,
  // strong repulsion: districts are big boxes
  nodeRepulsion: 20000,
});

let flowCy: cytoscape.Core | undefined;
const viewButtons = new Map<string, HTMLButtonElement>();

export function getFlowCy(): cytoscape.Core | undefined {
  return flowCy;
}

async function loadFlows(): Promise<void> {
  const container = byId('flows');
  try {
    const res = await api.flows();
    const maxCount = Math.max(1, ...res.elements.edges.map((e) => e.data.count));
    const maxNodes = Math.max(1, ...res.elements.nodes.map((n) => n.data.count));
    flowCy?.destroy();
    flowCy = cyLib({
      container,
      style: flowStyle(maxCount, maxNodes),
      elements: [
        ...res.elements.nodes.map((n) => ({
          group: 'nodes' as const,
          data: { ...n.data, caption: `${n.data.label}\n${n.data.count}` },
        })),
        ...res.elements.edges.map((e) => ({ group: 'edges' as const, data: e.data })),
      ],
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    (window as Window & { flowCy?: cytoscape.Core }).flowCy = flowCy;
    flowCy.layout(FLOW_LAYOUT_DEFAULTS as unknown as cytoscape.LayoutOptions).run();
    flowCy.on('tap', 'edge', (ev) => {
      const e = ev.target as cytoscape.EdgeSingular;
      showFlow(e.data(), String(e.source().data('label')), String(e.target().data('label')));
    });
  } catch (err) {
    setStatus(errorMessage(err), { error: true });
  }
}

export function setView(view: 'graph' | 'flows'): void {
  if (state.view === view && (view === 'graph' || flowCy)) return;
  update({ view });
  byId('cy').hidden = view !== 'graph';
  byId('flows').hidden = view !== 'flows';
  byId('minimap').hidden = view !== 'graph';
  viewButtons.forEach((b, v) => b.setAttribute('aria-pressed', String(v === view)));
  if (view === 'flows') void loadFlows();
  else getCy().resize();
}

export function createViewSwitch(container: HTMLElement): void {
  for (const view of ['graph', 'flows'] as const) {
    const b = bind(
      h('button', { type: 'button', id: `view-${view}`, 'aria-pressed': String(view === 'graph') }),
      `view.${view}`,
    );
    b.addEventListener('click', () => setView(view));
    viewButtons.set(view, b);
    container.append(b);
  }
}
