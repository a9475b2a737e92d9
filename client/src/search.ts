/** The top search box: choosing a result centres and selects it (fetching it if not shown). */
import { createAutocomplete, type Autocomplete } from './autocomplete';
import { ensureNode } from './expand';
import { focusElement } from './graphView';
import { update } from './state';
import { setView } from './flows';

export function createSearch(container: HTMLElement): Autocomplete {
  const ac = createAutocomplete({
    placeholder: 'search.placeholder',
    id: 'search',
    onChoose: async (r) => {
      update({ q: r.name });
      setView('graph');
      if (await ensureNode(r.id)) focusElement(r.id);
    },
    onQuery: (q) => update({ q }),
  });
  container.append(ac.root);
  return ac;
}
