/** Left sidebar: legend/filter, view options (group by district, confidence, re-layout) and data stats. */
import { h } from './dom';
import { setGrouped } from './districts';
import { applyFilters, getCy } from './graphView';
import { bind, onLangChange, t } from './i18n';
import { runFullLayout } from './layout';
import { createLegend, type Legend } from './legend';
import { state, update } from './state';
import type { Stats } from './types';

export interface Sidebar {
  legend: Legend;
  setStats(stats: Stats, truncated: boolean): void;
  syncGroup(): void;
}

export function createSidebar(container: HTMLElement): Sidebar {
  const legendHost = h('div');
  container.append(legendHost);
  const legend = createLegend(legendHost);

  const group = h('input', { type: 'checkbox', id: 'group-districts' });
  group.checked = state.group;
  group.addEventListener('change', () => void setGrouped(group.checked));

  const conf = h('input', {
    type: 'range',
    id: 'min-confidence',
    min: 0,
    max: 1,
    step: 0.05,
    value: state.minConfidence,
    style: 'width:100%',
  });
  const confValue = h('span', { class: 'meta', text: state.minConfidence.toFixed(2) });
  conf.addEventListener('input', () => {
    update({ minConfidence: Number(conf.value) });
    confValue.textContent = Number(conf.value).toFixed(2);
    applyFilters();
  });

  const relayout = bind(h('button', { type: 'button', id: 'relayout' }), 'side.relayout');
  relayout.addEventListener('click', () => void runFullLayout(getCy()));

  const statsLine = h('div', { class: 'meta', id: 'stats-line' });
  const truncLine = h('div', { class: 'meta', id: 'truncated-line' });
  let lastStats: Stats | null = null;
  let lastTrunc = false;
  const renderStats = (): void => {
    statsLine.textContent = lastStats
      ? t('side.statsLine', {
          e: lastStats.entities.total,
          r: lastStats.relations.total,
          d: lastStats.documents,
        })
      : '';
    truncLine.textContent = lastTrunc ? t('side.truncated') : '';
  };
  onLangChange(renderStats);

  container.append(
    bind(h('div', { class: 'section-title' }), 'side.options'),
    h('div', { class: 'side-row' }, h('label', {}, group, bind(h('span'), 'side.group'))),
    h(
      'div',
      { class: 'side-row' },
      h(
        'label',
        { style: 'width:100%;justify-content:space-between' },
        bind(h('span'), 'side.minConf'),
        confValue,
      ),
      conf,
    ),
    h('div', { class: 'side-row' }, relayout),
    bind(h('div', { class: 'section-title' }), 'side.stats'),
    statsLine,
    truncLine,
  );

  return {
    legend,
    setStats(stats: Stats, truncated: boolean): void {
      lastStats = stats;
      lastTrunc = truncated;
      legend.setCounts(stats);
      renderStats();
    },
    syncGroup(): void {
      group.checked = state.group;
    },
  };
}
