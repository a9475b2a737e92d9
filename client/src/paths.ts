/** 查关系: k shortest paths between two institutions with hop limits, relation whitelist and districts to avoid. */
import { api } from './api';
import { createAutocomplete, type Autocomplete } from './autocomplete';
import { clear, h } from './dom';
import { evidenceElement } from './evidence';
import { addAndPlace } from './expand';
import { getCy } from './graphView';
import { clearHighlight, highlight } from './highlight';
import { bind, onLangChange, relName, t } from './i18n';
import { panel, showTab } from './panels';
import { state, update, type PathQuery } from './state';
import { RELATION_TYPES, type PathResult, type PathsResponse } from './types';
import { errorMessage } from './status';

/** Defaults of the path form. */
export const PATH_DEFAULTS = Object.freeze({
  // number of paths
  k: 3,
  // maximum hops per path
  maxHops: 4,
  // upper bound offered for k
  maxK: 10,
  // upper bound offered for hops
  maxMaxHops: 6,
});

let fromBox: Autocomplete;
let toBox: Autocomplete;
let kInput: HTMLInputElement;
let hopsInput: HTMLInputElement;
const relChecks = new Map<string, HTMLInputElement>();
const avoidChecks = new Map<string, HTMLInputElement>();
let avoidList: HTMLDivElement;
let results: HTMLDivElement;
let last: PathsResponse | null = null;
let activeRank = 0;

function names(): Map<string, string> {
  const m = new Map<string, string>();
  const cy = getCy();
  cy.nodes().forEach((n) => {
    m.set(n.id(), String(n.data('label')));
  });
  if (last) for (const n of last.elements.nodes) m.set(n.data.id, n.data.label);
  return m;
}

function renderResults(): void {
  clear(results);
  if (!last) return;
  if (last.paths.length === 0) {
    results.append(h('p', { class: 'empty', id: 'paths-none', text: t('paths.none') }));
    return;
  }
  const nm = names();
  for (const p of last.paths) {
    const card = h('div', {
      class: `result path-result${p.rank === activeRank ? ' active' : ''}`,
      'data-rank': p.rank,
    });
    const head = h('button', {
      type: 'button',
      class: 'linkish',
      text: t('paths.path', { n: p.rank, h: p.length }),
    });
    head.addEventListener('click', () => selectPath(p));
    card.append(
      h('div', { class: 'result-head' }, head),
      h('div', { class: 'chain-line', text: p.nodes.map((id) => nm.get(id) ?? id).join(' → ') }),
    );
    p.hops.forEach((hop) => {
      const a = nm.get(hop.edge.source) ?? hop.edge.source;
      const b = nm.get(hop.edge.target) ?? hop.edge.target;
      const hopEl = h(
        'div',
        { class: 'hop' },
        h('div', {
          class: 'hop-head',
          text: `${a} —${relName(hop.edge.type)}→ ${b} (${hop.edge.confidence.toFixed(2)})`,
        }),
      );
      for (const ev of hop.evidence.slice(0, 2))
        hopEl.append(evidenceElement(ev, { source: [a], target: [b] }));
      card.append(hopEl);
    });
    results.append(card);
  }
}

function selectPath(p: PathResult): void {
  activeRank = p.rank;
  highlight(p.nodes, p.edges);
  renderResults();
}

function readForm(): PathQuery | null {
  const from = fromBox.value();
  const to = toBox.value();
  if (!from || !to) return null;
  return {
    from,
    to,
    k: Math.min(PATH_DEFAULTS.maxK, Math.max(1, Number(kInput.value) || PATH_DEFAULTS.k)),
    maxHops: Math.min(
      PATH_DEFAULTS.maxMaxHops,
      Math.max(1, Number(hopsInput.value) || PATH_DEFAULTS.maxHops),
    ),
    relations: [...relChecks].filter(([, c]) => c.checked).map(([r]) => r),
    avoid: [...avoidChecks].filter(([, c]) => c.checked).map(([d]) => d),
  };
}

export async function findPaths(q: PathQuery): Promise<void> {
  clear(results);
  results.append(h('p', { class: 'empty', text: t('inspect.loading') }));
  try {
    const relations = q.relations.length === RELATION_TYPES.length ? undefined : q.relations;
    const res = await api.paths({
      from: q.from,
      to: q.to,
      k: q.k,
      maxHops: q.maxHops,
      relations,
      avoid: q.avoid,
    });
    last = res;
    update({ path: q });
    await addAndPlace(res.elements);
    activeRank = 0;
    if (res.paths.length)
      highlight(
        res.paths.flatMap((p) => p.nodes),
        res.paths.flatMap((p) => p.edges),
      );
    renderResults();
  } catch (err) {
    clear(results);
    results.append(
      h('p', { class: 'notice error', text: t('status.error', { m: errorMessage(err) }) }),
    );
  }
}

/** Fills the form from a shared link and runs the query. */
export async function restorePaths(q: PathQuery, fromName: string, toName: string): Promise<void> {
  fromBox.set(q.from, fromName);
  toBox.set(q.to, toName);
  kInput.value = String(q.k);
  hopsInput.value = String(q.maxHops);
  relChecks.forEach((c, r) => (c.checked = q.relations.length === 0 || q.relations.includes(r)));
  refreshAvoidList(q.avoid);
  showTab('paths', false);
  await findPaths(q);
}

function refreshAvoidList(selected: readonly string[] = []): void {
  const keep = new Set(
    [...avoidChecks]
      .filter(([, c]) => c.checked)
      .map(([d]) => d)
      .concat(selected),
  );
  const districts = new Map<string, string>();
  getCy()
    .nodes()
    .forEach((n) => {
      const d = n.data('district');
      if (typeof d === 'string' && d) districts.set(d, String(n.data('districtName') ?? d));
    });
  clear(avoidList);
  avoidChecks.clear();
  for (const [id, name] of [...districts].sort((a, b) => a[1].localeCompare(b[1], 'zh'))) {
    const c = h('input', { type: 'checkbox', value: id, 'data-district': id });
    c.checked = keep.has(id);
    avoidChecks.set(id, c);
    avoidList.append(h('label', {}, c, h('span', { text: name })));
  }
}

export function createPaths(): { pick(end: 'from' | 'to', id: string, name: string): void } {
  const root = panel('paths');
  fromBox = createAutocomplete({
    placeholder: 'paths.from',
    id: 'path-from',
    onChoose: () => undefined,
  });
  toBox = createAutocomplete({ placeholder: 'paths.to', id: 'path-to', onChoose: () => undefined });
  kInput = h('input', {
    type: 'number',
    id: 'path-k',
    min: 1,
    max: PATH_DEFAULTS.maxK,
    value: PATH_DEFAULTS.k,
    style: 'width:56px',
  });
  hopsInput = h('input', {
    type: 'number',
    id: 'path-hops',
    min: 1,
    max: PATH_DEFAULTS.maxMaxHops,
    value: PATH_DEFAULTS.maxHops,
    style: 'width:56px',
  });
  const rels = h('div', { class: 'checks', id: 'path-relations' });
  for (const r of RELATION_TYPES) {
    const c = h('input', { type: 'checkbox', value: r });
    c.checked = true;
    relChecks.set(r, c);
    const name = h('span', { text: relName(r) });
    onLangChange(() => (name.textContent = relName(r)));
    rels.append(h('label', {}, c, name));
  }
  avoidList = h('div', { class: 'checks', id: 'path-avoid' });
  const find = bind(
    h('button', { type: 'button', class: 'primary', id: 'path-find' }),
    'paths.find',
  );
  const clearBtn = bind(h('button', { type: 'button', id: 'path-clear' }), 'paths.clear');
  results = h('div', { id: 'path-results' });
  find.addEventListener('click', () => {
    const q = readForm();
    if (!q) {
      clear(results);
      results.append(h('p', { class: 'notice error', text: t('paths.needBoth') }));
      return;
    }
    void findPaths(q);
  });
  clearBtn.addEventListener('click', () => {
    clearHighlight();
    last = null;
    clear(results);
    update({ path: null });
  });
  root.append(
    h('div', { class: 'field' }, bind(h('span'), 'paths.from'), fromBox.root),
    h('div', { class: 'field' }, bind(h('span'), 'paths.to'), toBox.root),
    h(
      'div',
      { class: 'row' },
      h('label', {}, bind(h('span'), 'paths.k'), kInput),
      h('label', {}, bind(h('span'), 'paths.maxHops'), hopsInput),
    ),
    h('div', { class: 'field' }, bind(h('span'), 'paths.relations'), rels),
    h('div', { class: 'field' }, bind(h('span'), 'paths.avoid'), avoidList),
    h('div', { class: 'row' }, find, clearBtn),
    results,
  );
  onLangChange(renderResults);
  return {
    pick(end, id, name): void {
      (end === 'from' ? fromBox : toBox).set(id, name);
      refreshAvoidList();
      showTab('paths');
    },
  };
}

export function onPathsOpen(): void {
  refreshAvoidList(state.path?.avoid ?? []);
}
