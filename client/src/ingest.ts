/** Add an article: paste text, preview extracted entities/ties with confidence, then add to the graph. */
import { api } from './api';
import { clear, h } from './dom';
import { addAndPlace } from './expand';
import { getCy } from './graphView';
import { bind, relName, t, typeName } from './i18n';
import { panel } from './panels';
import type { Elements, ExtractPreview } from './types';
import { errorMessage, setStatus } from './status';

/** At most this many new entities get their neighbourhood fetched after an add. */
export const INGEST_FETCH_CAP = 40;
const TOKEN_KEY = 'innochain.writeToken';

let title: HTMLInputElement;
let text: HTMLTextAreaElement;
let langSel: HTMLSelectElement;
let date: HTMLInputElement;
let token: HTMLInputElement;
let out: HTMLDivElement;

function readLang(): string | undefined {
  return langSel.value || undefined;
}

function renderPreview(p: ExtractPreview): void {
  clear(out);
  const names = new Map(p.entities.map((e) => [e.id, e.name]));
  const ents = h('table', { class: 'preview', id: 'ingest-entities' });
  ents.append(
    h(
      'tr',
      {},
      h('th', {}, bind(h('span'), 'ingest.name')),
      h('th', {}, bind(h('span'), 'inspect.type')),
      h('th', {}, bind(h('span'), 'ingest.mentions')),
    ),
  );
  for (const e of p.entities)
    ents.append(
      h(
        'tr',
        {},
        h('td', { text: e.name }),
        h('td', { text: typeName(e.type) }),
        h('td', { text: String(e.mentions.length) }),
      ),
    );
  const rels = h('table', { class: 'preview', id: 'ingest-relations' });
  rels.append(
    h(
      'tr',
      {},
      h('th', {}, bind(h('span'), 'ingest.relations')),
      h('th', {}, bind(h('span'), 'inspect.confidence')),
    ),
  );
  for (const r of p.relations) {
    rels.append(
      h(
        'tr',
        {},
        h('td', {
          text: `${names.get(r.source) ?? r.source} —${relName(r.type)}→ ${names.get(r.target) ?? r.target}`,
        }),
        h('td', { class: 'conf', text: r.confidence.toFixed(2) }),
      ),
    );
  }
  out.append(
    h(
      'div',
      { class: 'section-title' },
      bind(h('span'), 'ingest.entities'),
      ` (${p.entities.length})`,
    ),
    ents,
    h(
      'div',
      { class: 'section-title' },
      bind(h('span'), 'ingest.relations'),
      ` (${p.relations.length})`,
    ),
    rels,
  );
}

function notice(msg: string, error = false): void {
  out.prepend(h('p', { class: `notice${error ? ' error' : ''}`, id: 'ingest-notice', text: msg }));
}

async function preview(): Promise<void> {
  if (!text.value.trim()) return notice(t('ingest.needText'), true);
  clear(out);
  out.append(h('p', { class: 'empty', text: t('inspect.loading') }));
  try {
    renderPreview(
      await api.extract({ text: text.value, title: title.value || undefined, lang: readLang() }),
    );
  } catch (err) {
    clear(out);
    notice(t('status.error', { m: errorMessage(err) }), true);
  }
}

async function add(): Promise<void> {
  if (!text.value.trim()) return notice(t('ingest.needText'), true);
  const tok = token.value.trim();
  if (tok) sessionStorage.setItem(TOKEN_KEY, tok);
  try {
    const res = await api.addDocument(
      {
        title: title.value.trim() || text.value.trim().slice(0, 30),
        text: text.value,
        date: date.value || undefined,
        lang: readLang(),
      },
      tok || undefined,
    );
    const cy = getCy();
    cy.elements('.fresh').removeClass('fresh');
    const merged: Elements = { nodes: [], edges: [] };
    for (const id of res.entityIds.slice(0, INGEST_FETCH_CAP)) {
      try {
        const nb = await api.neighbourhood(id, { depth: 1, limit: 20 });
        merged.nodes.push(...nb.elements.nodes);
        merged.edges.push(...nb.elements.edges);
      } catch {
        /* an entity that vanished meanwhile is skipped */
      }
    }
    await addAndPlace(merged);
    const fresh = cy.collection();
    for (const id of [...res.entityIds, ...res.relationIds]) fresh.merge(cy.getElementById(id));
    fresh.addClass('fresh');
    if (fresh.nonempty()) cy.animate({ fit: { eles: fresh, padding: 80 } }, { duration: 300 });
    const msg = t('ingest.added', { e: res.added.entities, r: res.added.relations });
    notice(msg);
    setStatus(msg);
  } catch (err) {
    notice(t('status.error', { m: errorMessage(err) }), true);
  }
}

export function createIngest(): void {
  const root = panel('ingest');
  title = h('input', { type: 'text', id: 'ingest-title' });
  text = h('textarea', { id: 'ingest-text', rows: 8 });
  langSel = h(
    'select',
    { id: 'ingest-lang' },
    bind(h('option', { value: '' }), 'ingest.auto'),
    h('option', { value: 'zh', text: '中文' }),
    h('option', { value: 'en', text: 'English' }),
  );
  date = h('input', { type: 'date', id: 'ingest-date' });
  token = h('input', { type: 'password', id: 'ingest-token', autocomplete: 'off' });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  const previewBtn = bind(h('button', { type: 'button', id: 'ingest-preview' }), 'ingest.preview');
  const addBtn = bind(
    h('button', { type: 'button', class: 'primary', id: 'ingest-add' }),
    'ingest.add',
  );
  out = h('div', { id: 'ingest-out' });
  previewBtn.addEventListener('click', () => void preview());
  addBtn.addEventListener('click', () => void add());
  root.append(
    h('label', { class: 'field' }, bind(h('span'), 'ingest.title'), title),
    h('label', { class: 'field' }, bind(h('span'), 'ingest.text'), text),
    h(
      'div',
      { class: 'row' },
      h('label', {}, bind(h('span'), 'ingest.lang'), langSel),
      h('label', {}, bind(h('span'), 'ingest.date'), date),
    ),
    h('label', { class: 'field' }, bind(h('span'), 'ingest.token'), token),
    h('div', { class: 'row' }, previewBtn, addBtn),
    out,
  );
}
