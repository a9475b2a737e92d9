/** Legend of node and edge encodings that doubles as the type / relationship filter. */
import { h, svg, clear } from './dom';
import { bind, onLangChange, relName, typeName } from './i18n';
import { EDGE_LOOKS, NODE_LOOKS, nodeLook, edgeLook } from './style';
import { state, update } from './state';
import { ENTITY_TYPES, RELATION_TYPES, type Stats } from './types';
import { applyFilters } from './graphView';

/** Polygon points (in a 16×16 box) approximating each Cytoscape node shape for the legend. */
const SHAPE_POINTS: Readonly<Record<string, string>> = Object.freeze({
  'round-rectangle': '2,3 14,3 14,13 2,13',
  triangle: '8,2 15,14 1,14',
  diamond: '8,1 15,8 8,15 1,8',
  hexagon: '4,2 12,2 15,8 12,14 4,14 1,8',
  star: '8,1 10,6 15,6 11,9 13,15 8,11 3,15 5,9 1,6 6,6',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  pentagon: '8,1 15,6 12,15 4,15 1,6',
  barrel: '3,2 13,2 15,8 13,14 3,14 1,8',
});

function nodeIcon(type: string): SVGSVGElement {
  const look = nodeLook(type);
  const root = svg('svg', { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true' });
  const points = SHAPE_POINTS[look.shape];
  root.appendChild(
    points
      ? svg('polygon', { points, fill: look.color })
      : svg('circle', { cx: 8, cy: 8, r: 6.5, fill: look.color }),
  );
  return root;
}

function edgeIcon(type: string): SVGSVGElement {
  const look = edgeLook(type);
  const root = svg('svg', { width: 26, height: 12, viewBox: '0 0 26 12', 'aria-hidden': 'true' });
  root.appendChild(
    svg('line', {
      x1: 1,
      y1: 6,
      x2: look.arrow === 'none' ? 25 : 19,
      y2: 6,
      stroke: look.color,
      'stroke-width': Math.max(1.5, look.width),
      'stroke-dasharray':
        look.line === 'dashed' ? '4 2' : look.line === 'dotted' ? '1.5 2' : undefined,
    }),
  );
  if (look.arrow !== 'none')
    root.appendChild(svg('polygon', { points: '18,2 25,6 18,10', fill: look.color }));
  return root;
}

export interface Legend {
  setCounts(stats: Stats): void;
  sync(): void;
}

export function createLegend(container: HTMLElement): Legend {
  const typeButtons = new Map<string, HTMLButtonElement>();
  const relButtons = new Map<string, HTMLButtonElement>();
  const counts = new Map<string, HTMLElement>();

  const toggle = (kind: 'types' | 'relations', value: string): void => {
    const key = kind === 'types' ? 'hiddenTypes' : 'hiddenRelations';
    const hidden = new Set(state[key]);
    if (hidden.has(value)) hidden.delete(value);
    else hidden.add(value);
    update({ [key]: [...hidden] });
    applyFilters();
    sync();
  };
  const setAll = (kind: 'types' | 'relations', hideAll: boolean): void => {
    const all = kind === 'types' ? [...ENTITY_TYPES] : [...RELATION_TYPES];
    update(
      kind === 'types'
        ? { hiddenTypes: hideAll ? all : [] }
        : { hiddenRelations: hideAll ? all : [] },
    );
    applyFilters();
    sync();
  };

  const item = (kind: 'types' | 'relations', value: string): HTMLLIElement => {
    const label = h('span', { class: 'legend-label' });
    const count = h('span', { class: 'legend-count' });
    counts.set(`${kind}:${value}`, count);
    const button = h(
      'button',
      {
        class: 'legend-item',
        type: 'button',
        'aria-pressed': 'true',
        'data-kind': kind,
        'data-value': value,
      },
      kind === 'types' ? nodeIcon(value) : edgeIcon(value),
      label,
      count,
    );
    const render = (): void => {
      label.textContent = kind === 'types' ? typeName(value) : relName(value);
    };
    render();
    onLangChange(render);
    button.addEventListener('click', () => toggle(kind, value));
    (kind === 'types' ? typeButtons : relButtons).set(value, button);
    return h('li', {}, button);
  };

  const actions = (kind: 'types' | 'relations'): HTMLDivElement =>
    h(
      'div',
      { class: 'legend-actions' },
      bind(h('button', { type: 'button', 'data-action': `${kind}-all` }), 'legend.all'),
      bind(h('button', { type: 'button', 'data-action': `${kind}-none` }), 'legend.none'),
    );

  clear(container);
  const typeActions = actions('types');
  const relActions = actions('relations');
  typeActions.children[0]?.addEventListener('click', () => setAll('types', false));
  typeActions.children[1]?.addEventListener('click', () => setAll('types', true));
  relActions.children[0]?.addEventListener('click', () => setAll('relations', false));
  relActions.children[1]?.addEventListener('click', () => setAll('relations', true));

  container.append(
    h(
      'section',
      { id: 'legend', title: '' },
      bind(h('div', { class: 'section-title' }), 'legend.types'),
      h(
        'ul',
        { class: 'legend-list', id: 'legend-types' },
        ...Object.keys(NODE_LOOKS).map((t) => item('types', t)),
      ),
      typeActions,
      bind(h('div', { class: 'section-title' }), 'legend.relations'),
      h(
        'ul',
        { class: 'legend-list', id: 'legend-relations' },
        ...Object.keys(EDGE_LOOKS).map((r) => item('relations', r)),
      ),
      relActions,
    ),
  );

  function sync(): void {
    const ht = new Set(state.hiddenTypes);
    const hr = new Set(state.hiddenRelations);
    typeButtons.forEach((b, v) => b.setAttribute('aria-pressed', String(!ht.has(v))));
    relButtons.forEach((b, v) => b.setAttribute('aria-pressed', String(!hr.has(v))));
  }

  return {
    setCounts(stats: Stats): void {
      for (const [key, el] of counts) {
        const [kind, value] = key.split(':') as [string, string];
        const n = kind === 'types' ? stats.entities.byType[value] : stats.relations.byType[value];
        el.textContent = typeof n === 'number' ? String(n) : '';
      }
    },
    sync,
  };
}
