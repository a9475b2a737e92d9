/** Inspector: a node's type, aliases, district, documents and ties; an edge's evidence sentences. */
import type cytoscape from 'cytoscape';
import { api } from './api';
import { clear, h } from './dom';
import { evidenceElement } from './evidence';
import { ensureNode, expandNode } from './expand';
import { focusElement, getCy } from './graphView';
import { bind, onLangChange, relName, t, typeName } from './i18n';
import { panel, showTab } from './panels';
import { update } from './state';
import { nodeLook, edgeLook } from './style';
import type { EdgeDetail, EntityDetail, FlowsResponse } from './types';
import { errorMessage } from './status';

type Shown =
  | { kind: 'none' }
  | { kind: 'node'; data: EntityDetail }
  | { kind: 'edge'; data: EdgeDetail }
  | {
      kind: 'flow';
      data: FlowsResponse['elements']['edges'][number]['data'];
      a: string;
      b: string;
    };

let shown: Shown = { kind: 'none' };
let requestSeq = 0;
let pathPicker: ((end: 'from' | 'to', id: string, name: string) => void) | undefined;

export function setPathPicker(fn: (end: 'from' | 'to', id: string, name: string) => void): void {
  pathPicker = fn;
}

function badge(text: string, color: string): HTMLSpanElement {
  const b = h('span', { class: 'badge', text });
  b.style.background = color;
  return b;
}

function kv(rows: [HTMLElement, Node | string][]): HTMLDListElement {
  const dl = h('dl', { class: 'kv' });
  for (const [k, v] of rows) dl.append(h('dt', {}, k), h('dd', {}, v));
  return dl;
}

function label(key: Parameters<typeof bind>[1]): HTMLSpanElement {
  return bind(h('span'), key);
}

function render(): void {
  const root = panel('inspect');
  clear(root);
  if (shown.kind === 'none') {
    root.append(bind(h('p', { class: 'empty' }), 'inspect.empty'));
    return;
  }
  if (shown.kind === 'node') renderNode(root, shown.data);
  else if (shown.kind === 'edge') renderEdge(root, shown.data);
  else renderFlow(root, shown.data, shown.a, shown.b);
}

function renderNode(root: HTMLElement, d: EntityDetail): void {
  const e = d.entity;
  const expand = bind(h('button', { type: 'button', id: 'inspect-expand' }), 'inspect.expand');
  expand.addEventListener('click', () => void expandNode(e.id));
  const from = bind(h('button', { type: 'button', id: 'inspect-path-from' }), 'inspect.pathFrom');
  from.addEventListener('click', () => pathPicker?.('from', e.id, e.name));
  const to = bind(h('button', { type: 'button', id: 'inspect-path-to' }), 'inspect.pathTo');
  to.addEventListener('click', () => pathPicker?.('to', e.id, e.name));
  const other = [e.names?.zh, e.names?.en].filter((n): n is string => Boolean(n) && n !== e.name);
  const aliases = [...new Set([...e.aliases, ...other])].filter((a) => a !== e.name);

  const docs = h('ul', { class: 'list', id: 'inspect-documents' });
  for (const doc of e.documents)
    docs.append(
      h(
        'li',
        {},
        h('span', { text: doc.title }),
        doc.date ? h('span', { class: 'meta', text: ` · ${doc.date}` }) : null,
      ),
    );
  const ties = h('ul', { class: 'list', id: 'inspect-ties' });
  for (const r of d.relations) {
    const otherBtn = h('button', {
      type: 'button',
      class: 'linkish',
      text: r.other.name,
      'data-id': r.other.id,
    });
    otherBtn.addEventListener(
      'click',
      () => void ensureNode(r.other.id).then((ok) => ok && focusElement(r.other.id)),
    );
    const edgeBtn = h('button', {
      type: 'button',
      class: 'linkish',
      'data-edge': r.id,
      text: `${r.direction === 'out' ? '→' : '←'} ${relName(r.type)}`,
    });
    edgeBtn.style.color = edgeLook(r.type).color;
    edgeBtn.addEventListener('click', () => {
      if (!focusElement(r.id)) void showEdge(r.id);
    });
    ties.append(
      h(
        'li',
        {},
        edgeBtn,
        ' ',
        otherBtn,
        h('span', {
          class: 'meta',
          text: ` · ${typeName(r.other.type)} · ${r.confidence.toFixed(2)}`,
        }),
      ),
    );
  }
  root.append(
    h('h2', { class: 'ent-name', id: 'inspect-name', text: e.name }),
    h('div', {}, badge(typeName(e.type), nodeLook(e.type).color)),
    kv([
      [label('inspect.type'), typeName(e.type)],
      [label('inspect.aliases'), aliases.length ? aliases.join('、') : t('inspect.none')],
      [
        label('inspect.district'),
        e.districts.length ? e.districts.map((x) => x.name).join('、') : t('inspect.none'),
      ],
      [label('inspect.mentions'), `${e.mentionCount} · ${e.documentCount}`],
    ]),
    h('div', { class: 'row' }, expand, from, to),
    h('div', { class: 'section-title' }, label('inspect.ties'), ` (${d.relations.length})`),
    ties,
    h('div', { class: 'section-title' }, label('inspect.documents'), ` (${e.documents.length})`),
    docs,
  );
}

function renderEdge(root: HTMLElement, d: EdgeDetail): void {
  const e = d.edge;
  const end = (
    ref: { id: string; name: string; type: string },
    role: string,
  ): HTMLButtonElement => {
    const b = h('button', {
      type: 'button',
      class: `linkish end-${role}`,
      text: ref.name,
      'data-id': ref.id,
    });
    b.addEventListener(
      'click',
      () => void ensureNode(ref.id).then((ok) => ok && focusElement(ref.id)),
    );
    return b;
  };
  const list = h('div', { id: 'inspect-evidence' });
  for (const ev of d.evidence)
    list.append(evidenceElement(ev, { source: [e.source.name], target: [e.target.name] }));
  if (d.evidence.length === 0) list.append(bind(h('p', { class: 'empty' }), 'inspect.noEvidence'));
  root.append(
    h(
      'h2',
      { class: 'ent-name', id: 'inspect-name' },
      end(e.source, 'source'),
      ` ${relName(e.type)} `,
      end(e.target, 'target'),
    ),
    h('div', {}, badge(relName(e.type), edgeLook(e.type).color)),
    kv([[label('inspect.confidence'), e.confidence.toFixed(2)]]),
    h('div', { class: 'section-title' }, label('inspect.evidence'), ` (${d.evidence.length})`),
    list,
  );
}

function renderFlow(
  root: HTMLElement,
  d: FlowsResponse['elements']['edges'][number]['data'],
  a: string,
  b: string,
): void {
  const rows = h('ul', { class: 'list' });
  for (const [type, n] of Object.entries(d.byType).sort((x, y) => y[1] - x[1]))
    rows.append(h('li', { text: `${relName(type)}: ${n}` }));
  root.append(
    h('h2', {
      class: 'ent-name',
      id: 'inspect-name',
      text: t('inspect.flow', { a, b, n: d.count }),
    }),
    rows,
  );
}

async function load<T>(fetcher: () => Promise<T>, wrap: (data: T) => Shown): Promise<void> {
  const seq = ++requestSeq;
  const root = panel('inspect');
  clear(root);
  root.append(bind(h('p', { class: 'empty' }), 'inspect.loading'));
  try {
    const data = await fetcher();
    if (seq !== requestSeq) return;
    shown = wrap(data);
    render();
  } catch (err) {
    if (seq !== requestSeq) return;
    clear(root);
    root.append(
      h('p', { class: 'notice error', text: t('status.error', { m: errorMessage(err) }) }),
    );
  }
}

export function showNode(id: string): Promise<void> {
  return load(
    () => api.entity(id),
    (data) => ({ kind: 'node', data }),
  );
}
export function showEdge(id: string): Promise<void> {
  return load(
    () => api.edge(id),
    (data) => ({ kind: 'edge', data }),
  );
}
export function showFlow(
  data: FlowsResponse['elements']['edges'][number]['data'],
  a: string,
  b: string,
): void {
  shown = { kind: 'flow', data, a, b };
  showTab('inspect');
  render();
}
export function clearInspector(): void {
  shown = { kind: 'none' };
  render();
}

export function wireInspector(): void {
  const cy = getCy();
  cy.on('select', 'node, edge', (ev) => {
    const ele = ev.target as cytoscape.SingularElementArgument;
    if (ele.hasClass('more') || ele.hasClass('district-group')) return;
    update({ selected: ele.id() });
    showTab('inspect');
    void (ele.isNode() ? showNode(ele.id()) : showEdge(ele.id()));
  });
  cy.on('unselect', () => {
    setTimeout(() => {
      if (cy.elements(':selected').empty()) update({ selected: '' });
    }, 0);
  });
  onLangChange(render);
  render();
}
