import type { EntityType, RelationType } from './ontology';
import type { Gazetteer } from './gazetteer';

/** A document as handed to the extractor. `text` is the raw text as read (UTF-8 decoded). */
export interface SourceDocument {
  /** Stable id; by default derived from the text hash so re-loading the same text is idempotent. */
  id: string;
  title?: string;
  source?: string;
  /** ISO date (YYYY-MM-DD) when known. */
  date?: string;
  /** 'zh' | 'en'; detected when absent. */
  lang?: 'zh' | 'en';
  text: string;
}

/** Where a mention or sentence sits in the normalised text of a document. */
export interface Span {
  doc: string;
  start: number;
  end: number;
}

export interface Mention extends Span {
  /** The surface form as it appears in the normalised text. */
  text: string;
}

export interface Evidence extends Span {
  /** The sentence (normalised text) that states the relation. */
  sentence: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form seen, including `name`. */
  aliases: string[];
  mentions: Mention[];
  /** English or other-language names, when known (cross-language resolution). */
  names?: { zh?: string; en?: string };
}

export interface Relation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  evidence: Evidence[];
}

export interface DocumentInfo {
  id: string;
  title: string;
  source?: string;
  date?: string;
  lang: 'zh' | 'en';
  /** sha256 of the normalised text. */
  hash: string;
  /** Length of the normalised text in characters. */
  length: number;
}

/** Options of an extraction run (defaults: rules alone). */
export interface ExtractOptions {
  /** The user's confirmed names, recognised wherever they occur (default: none). */
  gazetteer?: Gazetteer;
  /**
   * Also add the learned relation layer's ties (confidence 0.30–0.45, under every rule's) for
   * pairs no rule tied. Off by default: on unseen articles it moved relation F1 by -0.7 to +6.7
   * points, and it adds ties the rules rightly refuse (agreements signed, visits).
   */
  learnedRelations?: boolean;
}

/** The output contract of `innochain extract` and of the library. */
export interface ExtractionResult {
  documents: DocumentInfo[];
  entities: Entity[];
  relations: Relation[];
}

/**
 * What one language pipeline produces for one document, before cross-document resolution.
 * Entity and relation ids here are local to the document; the resolver assigns global ids.
 */
export interface DocExtraction {
  document: DocumentInfo;
  /** The normalised text that all offsets refer to. */
  normalizedText: string;
  entities: Entity[];
  relations: Relation[];
}
