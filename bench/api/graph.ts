import type { ExtractionResult } from '../../graph/types';
import { loadExtraction } from '../../store/loader';
import { API_CORPUS, generateCorpus } from '../synthetic/corpus';
import { mergeExtractions } from '../synthetic/merge';
import { readValue, runAutoCommit, wipeDatabase } from '../support/benchNeo4j';

/** Loading of the API benchmark's graph: once, then reused while the marker says it is there. */
export const API_GRAPH = Object.freeze({
  /** Documents handed to loadExtraction at once (it batches them itself). */
  chunkDocs: 500,
  /** Label of the marker node recording which corpus the bench store holds. */
  markerLabel: 'BenchMarker',
});

/** What the marker must say for the stored graph to be reused. */
export function apiCorpusSpec(): string {
  return JSON.stringify({ corpus: 'api', version: 1, ...API_CORPUS });
}

/**
 * Makes sure the bench store holds the API corpus: reuses it when the marker matches, otherwise
 * empties the store and loads it with the project's loader. Returns seconds spent loading (0 if reused).
 */
export async function ensureApiGraph(log: (line: string) => void): Promise<number> {
  const spec = apiCorpusSpec();
  const stored = await readValue<string>(
    `MATCH (m:${API_GRAPH.markerLabel}) RETURN m.spec AS spec LIMIT 1`,
    'spec',
  );
  if (stored === spec) return 0;
  log('API graph missing or different: wiping the bench store and loading the synthetic corpus…');
  await wipeDatabase();
  const started = Date.now();
  let chunk: ExtractionResult[] = [];
  let done = 0;
  const flush = async (): Promise<void> => {
    await loadExtraction(mergeExtractions(chunk));
    done += chunk.length;
    chunk = [];
    log(
      `  ${done}/${API_CORPUS.documents} documents (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  };
  for (const doc of generateCorpus(API_CORPUS.documents, API_CORPUS.options)) {
    chunk.push(doc.extraction);
    if (chunk.length === API_GRAPH.chunkDocs) await flush();
  }
  if (chunk.length > 0) await flush();
  await runAutoCommit(`CREATE (:${API_GRAPH.markerLabel} {spec: $spec})`, { spec });
  return (Date.now() - started) / 1000;
}
