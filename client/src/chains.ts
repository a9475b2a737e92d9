/** Innovation-chain templates: pick one, list matching chains, highlight them on the graph. */
import { api } from './api';
import { clear, h } from './dom';
import { evidenceElement } from './evidence';
import { addAndPlace } from './expand';
import { highlight } from './highlight';
import { bind, onLangChange, relName, t } from './i18n';
import { panel } from './panels';
import { state, update } from './state';
import type { Chain, ChainsResponse } from './types';
import { errorMessage } from './status';

/** Chains listed per template. */
export const CHAIN_LIMIT = 20;

let select: HTMLSelectElement;
let desc: HTMLParagraphElement;
let out: HTMLDivElement;
let last: ChainsResponse | null = null;
let loadedPatterns = false;
let active = -1;

function render(): void {
  clear(out);
  if (!last) return;
  if (last.chains.length === 0) {
    out.append(h('p', { class: 'empty', id: 'chains-none', text: t('chains.none') }));
    return;
  }
  const names = new Map(last.elements.nodes.map((n) => [n.data.id, n.data.label]));
  out.append(h('p', { class: 'method', text: t('chains.count', { n: last.chains.length }) }));
  last.chains.forEach((c: Chain, i) => {
    const line = h('button', {
      type: 'button',
      class: 'linkish chain-line',
      text: c.nodes.map((id) => names.get(id) ?? id).join(' → '),
    });
    line.addEventListener('click', () => {
      active = i;
      highlight(c.nodes, c.edges);
      render();
    });
    const card = h('div', { class: `result chain-result${i === active ? ' active' : ''}` }, line);
    if (i === active) {
      for (const hop of c.hops) {
        card.append(
          h('div', {
            class: 'hop-head',
            text: `${names.get(hop.edge.source) ?? hop.edge.source} —${relName(hop.edge.type)}→ ${names.get(hop.edge.target) ?? hop.edge.target}`,
          }),
        );
        for (const ev of hop.evidence.slice(0, 1)) {
          const source = [names.get(hop.edge.source) ?? ''];
          const target = [names.get(hop.edge.target) ?? ''];
          card.append(evidenceElement(ev, { source, target }));
        }
      }
    }
    out.append(card);
  });
}

export async function findChains(pattern: string): Promise<void> {
  if (!pattern) return;
  clear(out);
  out.append(h('p', { class: 'empty', text: t('inspect.loading') }));
  try {
    last = await api.chains(pattern, CHAIN_LIMIT);
    active = -1;
    desc.textContent = last.pattern.description;
    update({ chain: pattern });
    await addAndPlace(last.elements);
    if (last.chains.length)
      highlight(
        last.chains.flatMap((c) => c.nodes),
        last.chains.flatMap((c) => c.edges),
      );
    render();
  } catch (err) {
    clear(out);
    out.append(
      h('p', { class: 'notice error', text: t('status.error', { m: errorMessage(err) }) }),
    );
  }
}

export async function loadPatterns(): Promise<void> {
  if (loadedPatterns) return;
  loadedPatterns = true;
  try {
    const { patterns } = await api.chainPatterns();
    clear(select);
    for (const p of patterns)
      select.append(h('option', { value: p.id, text: p.label, title: p.description }));
    if (state.chain && patterns.some((p) => p.id === state.chain)) select.value = state.chain;
    desc.textContent = patterns.find((p) => p.id === select.value)?.description ?? '';
  } catch (err) {
    loadedPatterns = false;
    out.append(h('p', { class: 'notice error', text: errorMessage(err) }));
  }
}

export function createChains(): void {
  const root = panel('chains');
  select = h('select', { id: 'chain-pattern' });
  desc = h('p', { class: 'method', id: 'chain-description' });
  out = h('div', { id: 'chain-results' });
  const go = bind(
    h('button', { type: 'button', class: 'primary', id: 'chain-find' }),
    'chains.find',
  );
  go.addEventListener('click', () => void findChains(select.value));
  select.addEventListener('change', () => void findChains(select.value));
  root.append(
    h(
      'div',
      { class: 'field' },
      bind(h('span'), 'chains.pattern'),
      h('div', { class: 'row' }, select, go),
    ),
    desc,
    out,
  );
  onLangChange(render);
}
