/** An accessible autocomplete box over /api/search (the server matches names, aliases, pinyin, initials). */
import { api } from './api';
import { clear, debounce, h } from './dom';
import { bind, t, typeName, type StringKey } from './i18n';
import { nodeLook } from './style';
import type { SearchResult } from './types';

export interface Autocomplete {
  root: HTMLDivElement;
  input: HTMLInputElement;
  /** id of the chosen entity ('' when none). */
  value(): string;
  set(id: string, name: string): void;
}

let counter = 0;

export function createAutocomplete(opts: {
  placeholder: StringKey;
  id?: string;
  limit?: number;
  onChoose: (result: SearchResult) => void;
  onQuery?: (q: string) => void;
}): Autocomplete {
  const listId = `ac-list-${++counter}`;
  const input = h('input', {
    type: 'search',
    id: opts.id,
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  bind(input, opts.placeholder, 'placeholder');
  bind(input, opts.placeholder, 'aria-label');
  const list = h('ul', { class: 'ac-list', id: listId, role: 'listbox', hidden: true });
  const root = h('div', { class: 'ac' }, input, list);
  let results: SearchResult[] = [];
  let active = -1;
  let chosen = '';
  let controller: AbortController | undefined;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = (): void => {
    clear(list);
    if (results.length === 0) {
      list.append(
        h('li', {
          class: 'ac-option empty',
          role: 'option',
          'aria-disabled': 'true',
          text: t('search.none'),
        }),
      );
    }
    results.forEach((r, i) => {
      const swatch = h('span', { 'aria-hidden': 'true', text: '●' });
      swatch.style.color = nodeLook(r.type).color;
      const matchKey = `match.${r.match}` as StringKey;
      const meta = `${typeName(r.type)} · ${['name', 'alias', 'pinyin', 'initials'].includes(r.match) ? t(matchKey) : r.match}`;
      const li = h(
        'li',
        {
          class: 'ac-option',
          role: 'option',
          id: `${listId}-${i}`,
          'aria-selected': String(i === active),
          'data-id': r.id,
        },
        swatch,
        h('span', { class: 'ac-name', text: r.name }),
        h('span', { class: 'ac-meta', text: meta }),
      );
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        choose(i);
      });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (i: number): void => {
    const r = results[i];
    if (!r) return;
    chosen = r.id;
    input.value = r.name;
    close();
    opts.onChoose(r);
  };
  const lookup = debounce(async (q: string) => {
    controller?.abort();
    if (!q.trim()) {
      results = [];
      close();
      return;
    }
    controller = new AbortController();
    try {
      const res = await api.search(q.trim(), { limit: opts.limit ?? 10 }, controller.signal);
      if (input.value !== q) return;
      results = res.results;
      active = results.length ? 0 : -1;
      render();
    } catch (err) {
      if ((err as Error).name !== 'AbortError') close();
    }
  }, 140);

  input.addEventListener('input', () => {
    chosen = '';
    opts.onQuery?.(input.value);
    lookup(input.value);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (list.hidden || results.length === 0) return;
      ev.preventDefault();
      const d = ev.key === 'ArrowDown' ? 1 : -1;
      active = (active + d + results.length) % results.length;
      render();
    } else if (ev.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        ev.preventDefault();
        choose(active);
      }
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));

  return {
    root,
    input,
    value: () => chosen,
    set(id: string, name: string): void {
      chosen = id;
      input.value = name;
    },
  };
}
