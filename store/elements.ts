/** Cytoscape elements JSON, the shape every graph-returning endpoint uses. */

export interface NodeRecord {
  id: string;
  name: string;
  type: string;
  aliases?: string[] | null;
  nameEn?: string | null;
  mentionCount?: number | null;
  documentCount?: number | null;
  district?: { id: string; name: string } | null;
  degree?: number | null;
}

export interface EdgeRecord {
  id: string;
  source: string;
  target: string;
  type: string;
  confidence?: number | null;
  evidenceCount?: number | null;
}

export interface CyNode {
  data: {
    id: string;
    label: string;
    type: string;
    aliases: string[];
    nameEn?: string;
    district?: string;
    districtName?: string;
    degree: number;
    mentionCount: number;
    documentCount: number;
  };
}

export interface CyEdge {
  data: {
    id: string;
    source: string;
    target: string;
    type: string;
    confidence: number;
    evidenceCount: number;
  };
}

export interface Elements {
  nodes: CyNode[];
  edges: CyEdge[];
}

export function toCyNode(n: NodeRecord): CyNode {
  return {
    data: {
      id: n.id,
      label: n.name,
      type: n.type,
      aliases: n.aliases ?? [],
      ...(n.nameEn ? { nameEn: n.nameEn } : {}),
      ...(n.district ? { district: n.district.id, districtName: n.district.name } : {}),
      degree: n.degree ?? 0,
      mentionCount: n.mentionCount ?? 0,
      documentCount: n.documentCount ?? 0,
    },
  };
}

export function toCyEdge(e: EdgeRecord): CyEdge {
  return {
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      confidence: e.confidence ?? 0,
      evidenceCount: e.evidenceCount ?? 0,
    },
  };
}

/** Builds elements, dropping edges whose endpoints are not among the nodes and duplicates. */
export function toElements(nodes: Iterable<NodeRecord>, edges: Iterable<EdgeRecord>): Elements {
  const byId = new Map<string, CyNode>();
  for (const n of nodes) if (!byId.has(n.id)) byId.set(n.id, toCyNode(n));
  const edgeById = new Map<string, CyEdge>();
  for (const e of edges) {
    if (byId.has(e.source) && byId.has(e.target) && !edgeById.has(e.id))
      edgeById.set(e.id, toCyEdge(e));
  }
  return { nodes: [...byId.values()], edges: [...edgeById.values()] };
}
