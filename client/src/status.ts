/** One-line status read-out over the canvas (also an aria-live region). */
import { byId } from './dom';

let timer: ReturnType<typeof setTimeout> | undefined;

export function setStatus(text: string, opts: { error?: boolean; sticky?: boolean } = {}): void {
  const el = byId('status');
  el.textContent = text;
  el.classList.toggle('error', Boolean(opts.error));
  if (timer) clearTimeout(timer);
  if (!opts.sticky && !opts.error) timer = setTimeout(() => (el.textContent = ''), 4000);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
