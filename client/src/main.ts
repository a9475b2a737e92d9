/** Entry point: builds the workbench, loads the graph and restores a shared view from the URL. */
import { api } from './api';
import { createChains, findChains, loadPatterns } from './chains';
import { createControls } from './controls';
import { assignGroups } from './districts';
import { byId, h } from './dom';
import { createExportButtons } from './export';
import { createViewSwitch, setView } from './flows';
import { createGraph, focusElement, getCy, replaceGraph } from './graphView';
import { bind, setLang, t } from './i18n';
import { clearInspector, setPathPicker, showNode, wireInspector } from './inspector';
import { createIngest } from './ingest';
import { createHubs, onHubsOpen, setHubMetric } from './hubs';
import { ensureNode, wireExpand } from './expand';
import { runFullLayout } from './layout';
import { createMinimap } from './minimap';
import { createPanels, onOpen, showTab, TABS, type TabId } from './panels';
import { createPaths, onPathsOpen, restorePaths } from './paths';
import { createSearch } from './search';
import { copyLink, decodeState, startUrlSync } from './share';
import { wireShortcuts } from './shortcuts';
import { createSidebar } from './sidebar';
import { state, update } from './state';
import { errorMessage, setStatus } from './status';

/** How much of the graph the first screen loads. */
export const INITIAL_GRAPH_LIMIT = 2000;

function createToolbar(container: HTMLElement): void {
  createExportButtons(container);
  const copy = bind(h('button', { type: 'button', id: 'copy-link' }), 'tool.copyLink');
  copy.addEventListener('click', async () =>
    setStatus(
      t((await copyLink()) ? 'tool.copied' : 'tool.copyLink') + (await Promise.resolve('')),
    ),
  );
  const langBtn = bind(h('button', { type: 'button', id: 'lang-toggle' }), 'lang.toggle');
  bind(langBtn, 'lang.toggleTitle', 'title');
  langBtn.addEventListener('click', () => {
    const next = state.lang === 'zh' ? 'en' : 'zh';
    update({ lang: next });
    setLang(next);
  });
  container.append(copy, langBtn);
}

async function restore(): Promise<void> {
  const cy = getCy();
  if (state.path) {
    const [a, b] = await Promise.all([
      api.entity(state.path.from).catch(() => null),
      api.entity(state.path.to).catch(() => null),
    ]);
    await restorePaths(
      state.path,
      a?.entity.name ?? state.path.from,
      b?.entity.name ?? state.path.to,
    );
  }
  if (state.chain) {
    await loadPatterns();
    await findChains(state.chain);
  }
  if (state.metric) setHubMetric(state.metric);
  if (state.selected) {
    if (await ensureNode(state.selected)) focusElement(state.selected);
    else if (cy.getElementById(state.selected).empty()) void showNode(state.selected);
  }
  if ((TABS as readonly string[]).includes(state.tab) && state.tab !== 'inspect')
    showTab(state.tab as TabId, false);
  if (state.view === 'flows') {
    update({ view: 'graph' });
    setView('flows');
  }
}

async function main(): Promise<void> {
  Object.assign(state, decodeState(location.hash));
  setLang(state.lang);
  const search = createSearch(byId('search-slot'));
  if (state.q) search.input.value = state.q;
  createViewSwitch(byId('view-switch'));
  createToolbar(byId('toolbar'));
  const sidebar = createSidebar(byId('sidebar'));
  sidebar.legend.sync();
  createPanels(byId('panel'));
  const cy = createGraph(byId('cy'));
  createControls(byId('controls'));
  createMinimap(byId<HTMLCanvasElement>('minimap'), cy);
  wireExpand();
  wireInspector();
  const paths = createPaths();
  setPathPicker(paths.pick);
  createHubs();
  createChains();
  createIngest();
  onOpen('paths', onPathsOpen);
  onOpen('hubs', onHubsOpen);
  onOpen('chains', () => void loadPatterns());
  wireShortcuts(search.input);
  startUrlSync();
  window.addEventListener('hashchange', () => location.reload());

  setStatus(t('status.loading'), { sticky: true });
  try {
    const [stats, graph] = await Promise.all([
      api.stats(),
      api.graph({ limit: INITIAL_GRAPH_LIMIT }),
    ]);
    replaceGraph(graph.elements);
    sidebar.setStats(stats, graph.truncated);
    if (state.group) assignGroups();
    setStatus(t('status.layout'), { sticky: true });
    await runFullLayout(cy);
    setStatus(
      t('status.ready', { n: cy.nodes().not('.district-group').length, m: cy.edges().length }),
    );
    await restore();
  } catch (err) {
    setStatus(t('status.error', { m: errorMessage(err) }), { error: true });
  }
  clearInspectorIfIdle();
  document.body.dataset.ready = 'true';
}

function clearInspectorIfIdle(): void {
  if (!state.selected) clearInspector();
}

void main();
