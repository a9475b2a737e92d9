import * as crypto from 'crypto';
import type { EntityType, RelationType } from './ontology';

type Algorithm = 'sha1' | 'sha256';

/**
 * Hex digest of UTF-8 text. crypto.hash (Node ≥ 20.12) is a one-shot digest about twice as fast
 * as createHash for the short keys hashed per entity and relation; older Node falls back.
 */
const hexDigest: (algorithm: Algorithm, text: string) => string =
  typeof crypto.hash === 'function'
    ? (algorithm, text) => crypto.hash(algorithm, text, 'hex')
    : (algorithm, text) => crypto.createHash(algorithm).update(text, 'utf8').digest('hex');

/** First `n` hex digits of a digest; short ids keep Cypher and URLs readable. */
function hexPrefix(algorithm: Algorithm, text: string, n = 16): string {
  return hexDigest(algorithm, text).slice(0, n);
}

/** Most ids remembered: names recur across documents, so each is hashed once while it stays. */
const ID_MEMO_LIMIT = 50000;
const entityIds = new Map<string, string>();

/** Stable entity id: the same type and canonical name always give the same id. */
export function entityId(type: EntityType, canonicalName: string): string {
  const key = type + '|' + canonicalName;
  let id = entityIds.get(key);
  if (id === undefined) {
    id = 'e_' + hexPrefix('sha1', key);
    if (entityIds.size >= ID_MEMO_LIMIT) entityIds.clear();
    entityIds.set(key, id);
  }
  return id;
}

/** Stable relation id from its type and endpoint ids. */
export function relationId(type: RelationType, source: string, target: string): string {
  return 'r_' + hexPrefix('sha1', type + '|' + source + '|' + target);
}

/** Document id from the normalised text, so re-loading the same text is idempotent. */
export function documentId(normalizedText: string): string {
  return 'd_' + hexPrefix('sha256', normalizedText);
}

/** Full sha256 of the normalised text (DocumentInfo.hash). */
export function textHash(normalizedText: string): string {
  return hexDigest('sha256', normalizedText);
}
