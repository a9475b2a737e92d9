/** Thin typed wrappers over the same-origin JSON API. Errors surface as ApiError. */
import type {
  AddDocumentResponse,
  ChainPattern,
  ChainsResponse,
  EdgeDetail,
  EntityDetail,
  ExtractPreview,
  FlowsResponse,
  GraphResponse,
  HubMetric,
  HubsResponse,
  Neighbourhood,
  PathsResponse,
  SearchResult,
  Stats,
} from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Params = Record<string, string | number | readonly string[] | undefined>;

function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) q.set(key, value.join(','));
    } else if (value !== '') q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, {
    ...init,
    headers: { Accept: 'application/json', ...init?.headers },
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(
      res.status,
      err?.code ?? 'HTTP_' + res.status,
      err?.message ?? res.statusText,
    );
  }
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  health: () => request<{ status: string }>('/api/health'),
  stats: () => request<Stats>('/api/stats'),
  graph: (p: {
    types?: string[];
    relations?: string[];
    districts?: string[];
    minConfidence?: number;
    limit?: number;
  }) => request<GraphResponse>('/api/graph' + query(p)),
  search: (q: string, opts: { types?: string[]; limit?: number } = {}, signal?: AbortSignal) =>
    request<{ results: SearchResult[] }>('/api/search' + query({ q, ...opts }), { signal }),
  entity: (id: string) => request<EntityDetail>(`/api/entities/${enc(id)}`),
  edge: (id: string) => request<EdgeDetail>(`/api/edges/${enc(id)}`),
  neighbourhood: (id: string, p: { depth?: number; relations?: string[]; limit?: number } = {}) =>
    request<Neighbourhood>(`/api/entities/${enc(id)}/neighbourhood` + query(p)),
  paths: (p: {
    from: string;
    to: string;
    k: number;
    maxHops: number;
    relations?: string[];
    avoid?: string[];
    minConfidence?: number;
  }) => request<PathsResponse>('/api/paths' + query(p)),
  hubs: (p: { metric: HubMetric; types?: string[]; districts?: string[]; limit?: number }) =>
    request<HubsResponse>('/api/hubs' + query(p)),
  chainPatterns: () => request<{ patterns: ChainPattern[] }>('/api/chains'),
  chains: (pattern: string, limit = 20) =>
    request<ChainsResponse>('/api/chains' + query({ pattern, limit })),
  flows: () => request<FlowsResponse>('/api/districts/flows'),
  extract: (body: { text: string; title?: string; lang?: string }) =>
    request<ExtractPreview>('/api/extract', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  addDocument: (
    body: { title: string; text: string; date?: string; lang?: string },
    token?: string,
  ) =>
    request<AddDocumentResponse>('/api/documents', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    }),
};
