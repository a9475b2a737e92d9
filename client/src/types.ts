/** Shapes of the InnoChain HTTP API as the client reads them. */

// The ontology is shared with the server: one list of types, checked on both sides.
import type { EntityType, RelationType } from '../../graph/ontology';
export { ENTITY_TYPES, RELATION_TYPES } from '../../graph/ontology';
export type { EntityType, RelationType };

export interface NodeData {
  id: string;
  /** The caption drawn: the name matching the interface language (see nodeLabels). */
  label: string;
  /** The stored canonical name (the server's `label`); kept so the caption can switch back. */
  name?: string;
  nameEn?: string;
  nameZh?: string;
  type: EntityType | string;
  aliases?: string[];
  district?: string;
  districtName?: string;
  degree?: number;
}
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType | string;
  confidence?: number;
  evidenceCount?: number;
}
export interface Elements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
}

export interface Stats {
  entities: { total: number; byType: Record<string, number> };
  relations: { total: number; byType: Record<string, number> };
  documents: number;
}
export interface GraphResponse {
  elements: Elements;
  truncated: boolean;
}
export interface SearchResult {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  score: number;
  match: 'name' | 'alias' | 'pinyin' | 'initials' | string;
}
export interface EntityRef {
  id: string;
  name: string;
  type: string;
}
export interface EntityDetail {
  entity: {
    id: string;
    name: string;
    type: string;
    aliases: string[];
    names?: { zh?: string; en?: string };
    districts: { id: string; name: string }[];
    documents: { id: string; title: string; date?: string }[];
    mentionCount: number;
    documentCount: number;
  };
  relations: {
    id: string;
    type: string;
    direction: 'out' | 'in';
    other: EntityRef;
    confidence: number;
    evidenceCount: number;
  }[];
}
export interface Highlight {
  start: number;
  end: number;
  role: 'source' | 'target' | string;
}
export interface EvidenceItem {
  doc: string;
  title?: string;
  date?: string;
  sentence: string;
  start: number;
  end: number;
  highlights?: Highlight[];
}
export interface EdgeDetail {
  edge: { id: string; type: string; source: EntityRef; target: EntityRef; confidence: number };
  evidence: EvidenceItem[];
}
export interface Neighbourhood {
  centre: string;
  elements: Elements;
  omitted: number;
}
export interface Hop {
  edge: { id: string; type: string; source: string; target: string; confidence: number };
  evidence: EvidenceItem[];
}
export interface PathResult {
  rank: number;
  length: number;
  nodes: string[];
  edges: string[];
  hops: Hop[];
}
export interface PathsResponse {
  paths: PathResult[];
  elements: Elements;
}
export type HubMetric = 'degree' | 'betweenness' | 'pagerank' | 'bridging';
export interface HubsResponse {
  metric: HubMetric;
  method: string;
  results: { id: string; name: string; type: string; districtName?: string; score: number }[];
}
export interface ChainPattern {
  id: string;
  label: string;
  description: string;
}
export interface Chain {
  nodes: string[];
  edges: string[];
  hops: Hop[];
}
export interface ChainsResponse {
  pattern: ChainPattern;
  chains: Chain[];
  elements: Elements;
}
export interface FlowsResponse {
  elements: {
    nodes: { data: { id: string; label: string; count: number } }[];
    edges: {
      data: {
        id: string;
        source: string;
        target: string;
        count: number;
        byType: Record<string, number>;
      };
    }[];
  };
}
export interface ExtractPreview {
  documents: { id: string; title?: string; lang?: string }[];
  entities: { id: string; name: string; type: string; aliases: string[]; mentions: unknown[] }[];
  relations: {
    id: string;
    type: string;
    source: string;
    target: string;
    confidence: number;
    evidence: { doc: string; sentence: string; start: number; end: number }[];
  }[];
}
export interface AddDocumentResponse {
  document: { id: string; title: string };
  entityIds: string[];
  relationIds: string[];
  added: { entities: number; relations: number };
}
