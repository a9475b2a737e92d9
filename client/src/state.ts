/**
 * The view state that a shared link records: search query, filters, selection, path,
 * grouping, view mode, hubs metric, chain template and language.
 */
export interface PathQuery {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  relations: string[];
  avoid: string[];
}

export interface ViewState {
  q: string;
  hiddenTypes: string[];
  hiddenRelations: string[];
  minConfidence: number;
  selected: string;
  path: PathQuery | null;
  group: boolean;
  view: 'graph' | 'flows';
  tab: string;
  metric: string;
  chain: string;
  lang: 'zh' | 'en';
}

export const INITIAL_STATE: Readonly<ViewState> = Object.freeze({
  q: '',
  hiddenTypes: [],
  hiddenRelations: [],
  minConfidence: 0,
  selected: '',
  path: null,
  group: false,
  view: 'graph',
  tab: 'inspect',
  metric: '',
  chain: '',
  lang: 'zh',
});

export const state: ViewState = { ...INITIAL_STATE, hiddenTypes: [], hiddenRelations: [] };

const listeners = new Set<() => void>();

/** Updates the state and notifies listeners (the URL writer). */
export function update(patch: Partial<ViewState>): void {
  Object.assign(state, patch);
  for (const fn of listeners) fn();
}

export function onStateChange(fn: () => void): void {
  listeners.add(fn);
}
