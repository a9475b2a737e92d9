/** Hubs: rank entities by degree, betweenness, PageRank or cross-district bridging; top-20 bar chart. */
import { api } from './api';
import { clear, h } from './dom';
import { ensureNode } from './expand';
import { focusElement, getCy, setSizeScores } from './graphView';
import { bind, onLangChange, t, typeName, type StringKey } from './i18n';
import { panel } from './panels';
import { state, update } from './state';
import { nodeLook } from './style';
import { ENTITY_TYPES, type HubMetric, type HubsResponse } from './types';
import { errorMessage, setStatus } from './status';

export const HUB_METRICS: readonly HubMetric[] = ['degree', 'betweenness', 'pagerank', 'bridging'];
/** Entries in the ranking and the bar chart. */
export const HUB_LIMIT = 20;
/** Entries fetched when node size is mapped to the metric (the server's maximum); the rest get the smallest size. */
export const HUB_SIZE_LIMIT = 200;

let metricSel: HTMLSelectElement;
let typeSel: HTMLSelectElement;
let districtSel: HTMLSelectElement;
let sizeBox: HTMLInputElement;
let out: HTMLDivElement;
let last: HubsResponse | null = null;

function option(value: string, key: StringKey | null, text?: string): HTMLOptionElement {
  const o = h('option', { value });
  if (key) bind(o, key);
  else o.textContent = text ?? value;
  return o;
}

function formatScore(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(2);
}

function render(): void {
  clear(out);
  if (!last) return;
  const max = Math.max(1e-12, ...last.results.map((r) => r.score));
  const bars = h('div', { class: 'bars', id: 'hubs-chart', role: 'list' });
  last.results.slice(0, HUB_LIMIT).forEach((r, i) => {
    const fill = h('div', { class: 'bar-fill' });
    fill.style.width = `${(100 * Math.max(0, r.score)) / max}%`;
    fill.style.background = `${nodeLook(r.type).color}33`;
    const row = h(
      'div',
      {
        class: 'bar-row',
        role: 'listitem',
        'data-id': r.id,
        title: `${r.name} · ${typeName(r.type)}${r.districtName ? ' · ' + r.districtName : ''}`,
      },
      h('span', { class: 'bar-score', text: String(i + 1) }),
      h('div', { class: 'bar-cell' }, fill, h('div', { class: 'bar-label', text: r.name })),
      h('span', { class: 'bar-score', text: formatScore(r.score) }),
    );
    row.addEventListener(
      'click',
      () => void ensureNode(r.id).then((ok) => ok && focusElement(r.id)),
    );
    bars.append(row);
  });
  out.append(
    bars,
    h('div', { class: 'method', id: 'hubs-method', text: t('hubs.method', { m: last.method }) }),
  );
}

export async function rankHubs(): Promise<void> {
  const metric = metricSel.value as HubMetric;
  const types = typeSel.value ? [typeSel.value] : undefined;
  const districts = districtSel.value ? [districtSel.value] : undefined;
  update({ metric });
  clear(out);
  out.append(h('p', { class: 'empty', text: t('inspect.loading') }));
  try {
    last = await api.hubs({ metric, types, districts, limit: HUB_LIMIT });
    render();
    await applySize();
  } catch (err) {
    clear(out);
    out.append(
      h('p', { class: 'notice error', text: t('status.error', { m: errorMessage(err) }) }),
    );
  }
}

async function applySize(): Promise<void> {
  if (!sizeBox.checked) {
    setSizeScores(null);
    return;
  }
  const res = await api.hubs({ metric: metricSel.value as HubMetric, limit: HUB_SIZE_LIMIT });
  setSizeScores(new Map(res.results.map((r) => [r.id, r.score])));
}

function refreshDistricts(): void {
  const current = districtSel.value;
  const seen = new Map<string, string>();
  getCy()
    .nodes()
    .forEach((n) => {
      const d = n.data('district');
      if (typeof d === 'string' && d) seen.set(d, String(n.data('districtName') ?? d));
    });
  clear(districtSel);
  districtSel.append(option('', 'hubs.any'));
  for (const [id, name] of seen) districtSel.append(option(id, null, name));
  districtSel.value = current;
}

export function createHubs(): void {
  const root = panel('hubs');
  metricSel = h('select', { id: 'hubs-metric' });
  for (const m of HUB_METRICS) metricSel.append(option(m, `hubs.${m}` as StringKey));
  if (HUB_METRICS.includes(state.metric as HubMetric)) metricSel.value = state.metric;
  typeSel = h('select', { id: 'hubs-type' });
  typeSel.append(option('', 'hubs.any'));
  for (const ty of ENTITY_TYPES) typeSel.append(option(ty, `type.${ty}` as StringKey));
  districtSel = h('select', { id: 'hubs-district' });
  sizeBox = h('input', { type: 'checkbox', id: 'hubs-size' });
  out = h('div', { id: 'hubs-results' });
  const go = bind(
    h('button', { type: 'button', class: 'primary', id: 'hubs-rank' }),
    'hubs.refresh',
  );
  go.addEventListener('click', () => void rankHubs());
  metricSel.addEventListener('change', () => void rankHubs());
  typeSel.addEventListener('change', () => void rankHubs());
  districtSel.addEventListener('change', () => void rankHubs());
  sizeBox.addEventListener('change', () =>
    applySize().catch((err: unknown) =>
      setStatus(t('status.error', { m: errorMessage(err) }), { error: true }),
    ),
  );
  root.append(
    h('div', { class: 'row' }, h('label', {}, bind(h('span'), 'hubs.metric'), metricSel)),
    h(
      'div',
      { class: 'row' },
      h('label', {}, bind(h('span'), 'hubs.type'), typeSel),
      h('label', {}, bind(h('span'), 'hubs.district'), districtSel),
    ),
    h('div', { class: 'row' }, h('label', {}, sizeBox, bind(h('span'), 'hubs.size')), go),
    out,
  );
  onLangChange(render);
}

export function onHubsOpen(): void {
  refreshDistricts();
  if (!last) void rankHubs();
}

export function setHubMetric(metric: string): void {
  if (metricSel && HUB_METRICS.includes(metric as HubMetric)) metricSel.value = metric;
}
