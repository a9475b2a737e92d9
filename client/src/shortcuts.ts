/** Keyboard shortcuts: '/' focuses search, 'f' fits, 'Escape' clears highlight and selection. */
import { fitView } from './controls';
import { getCy } from './graphView';
import { clearHighlight } from './highlight';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function wireShortcuts(search: HTMLInputElement): void {
  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === 'Escape' && !typing(ev.target)) {
      clearHighlight();
      getCy().elements(':selected').unselect();
      return;
    }
    if (typing(ev.target)) return;
    if (ev.key === '/') {
      ev.preventDefault();
      search.focus();
      search.select();
    } else if (ev.key === 'f' || ev.key === 'F') {
      ev.preventDefault();
      fitView();
    }
  });
}
