/** Right-hand panel with tabs: inspect, paths, hubs, chains, add article. */
import { h } from './dom';
import { bind, type StringKey } from './i18n';
import { update } from './state';

export const TABS = ['inspect', 'paths', 'hubs', 'chains', 'ingest'] as const;
export type TabId = (typeof TABS)[number];

const bodies = new Map<TabId, HTMLDivElement>();
const buttons = new Map<TabId, HTMLButtonElement>();
const openers = new Map<TabId, () => void>();

export function createPanels(container: HTMLElement): void {
  const bar = h('div', { class: 'tabs', role: 'tablist' });
  container.append(bar);
  for (const id of TABS) {
    const button = bind(
      h('button', {
        class: 'tab',
        type: 'button',
        role: 'tab',
        id: `tab-${id}`,
        'aria-selected': 'false',
        'aria-controls': `panel-${id}`,
      }),
      `tab.${id}` as StringKey,
    );
    const body = h('div', {
      class: 'tab-body',
      id: `panel-${id}`,
      role: 'tabpanel',
      'aria-labelledby': `tab-${id}`,
      hidden: true,
    });
    button.addEventListener('click', () => showTab(id));
    bar.append(button);
    container.append(body);
    bodies.set(id, body);
    buttons.set(id, button);
  }
  showTab('inspect', false);
}

export function panel(id: TabId): HTMLDivElement {
  const body = bodies.get(id);
  if (!body) throw new Error(`no panel ${id}`);
  return body;
}

/** Registers a callback run the first time (and every time) a tab is opened. */
export function onOpen(id: TabId, fn: () => void): void {
  openers.set(id, fn);
}

export function showTab(id: TabId, record = true): void {
  for (const tab of TABS) {
    const on = tab === id;
    buttons.get(tab)?.setAttribute('aria-selected', String(on));
    const body = bodies.get(tab);
    if (body) body.hidden = !on;
  }
  openers.get(id)?.();
  if (record) update({ tab: id });
}
