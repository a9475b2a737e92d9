/** The URL hash records the current view; opening such a link restores it. */
import { INITIAL_STATE, onStateChange, state, type PathQuery, type ViewState } from './state';

/** Serialises the parts of the state that differ from the initial one. */
export function encodeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.hiddenTypes.length) p.set('ht', s.hiddenTypes.join(','));
  if (s.hiddenRelations.length) p.set('hr', s.hiddenRelations.join(','));
  if (s.minConfidence > 0) p.set('mc', String(s.minConfidence));
  if (s.selected) p.set('sel', s.selected);
  if (s.path) {
    p.set('from', s.path.from);
    p.set('to', s.path.to);
    p.set('k', String(s.path.k));
    p.set('hops', String(s.path.maxHops));
    if (s.path.relations.length) p.set('rel', s.path.relations.join(','));
    if (s.path.avoid.length) p.set('avoid', s.path.avoid.join(','));
  }
  if (s.group) p.set('group', '1');
  if (s.view !== INITIAL_STATE.view) p.set('view', s.view);
  if (s.tab !== INITIAL_STATE.tab) p.set('tab', s.tab);
  if (s.metric) p.set('metric', s.metric);
  if (s.chain) p.set('chain', s.chain);
  if (s.lang !== INITIAL_STATE.lang) p.set('lang', s.lang);
  return p.toString();
}

const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);

export function decodeState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const from = p.get('from');
  const to = p.get('to');
  const path: PathQuery | null =
    from && to
      ? {
          from,
          to,
          k: Number(p.get('k')) || 3,
          maxHops: Number(p.get('hops')) || 4,
          relations: list(p.get('rel')),
          avoid: list(p.get('avoid')),
        }
      : null;
  const view = p.get('view') === 'flows' ? 'flows' : 'graph';
  return {
    q: p.get('q') ?? '',
    hiddenTypes: list(p.get('ht')),
    hiddenRelations: list(p.get('hr')),
    minConfidence: Math.min(1, Math.max(0, Number(p.get('mc')) || 0)),
    selected: p.get('sel') ?? '',
    path,
    group: p.get('group') === '1',
    view,
    tab: p.get('tab') ?? INITIAL_STATE.tab,
    metric: p.get('metric') ?? '',
    chain: p.get('chain') ?? '',
    lang: p.get('lang') === 'en' ? 'en' : 'zh',
  };
}

/** Keeps location.hash in step with the state (replaceState: no history spam, no hashchange). */
export function startUrlSync(): void {
  let pending = false;
  onStateChange(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      const hash = encodeState(state);
      const url = `${location.pathname}${location.search}${hash ? '#' + hash : ''}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`)
        history.replaceState(null, '', url);
    });
  });
}

export async function copyLink(): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(location.href);
    return true;
  } catch {
    return false;
  }
}
