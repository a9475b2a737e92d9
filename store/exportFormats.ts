import { ENTITY_TYPES, RELATION_TYPES } from '../graph/ontology';
import { schemaStatements } from '../cypher/registry';
import { toElements, type EdgeRecord, type NodeRecord } from './elements';
import type { GraphSnapshot, Row } from './snapshot';

/** Rows per UNWIND statement in the exported Cypher script. */
const EXPORT_BATCH = 500;

/** A Cypher literal for a JSON-like value; strings are escaped and never contain a raw newline. */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') {
    const escaped = value
      .replace(/\\/g, '\\\\')
      .replace(/'/g, "\\'")
      .replace(/\n/g, '\\n')
      .replace(/\r/g, '\\r')
      .replace(/\t/g, '\\t')
      .replace(
        /[\u0000-\u001f\u2028\u2029]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
    return `'${escaped}'`;
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) =>
        `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : '`' + k.replace(/`/g, '``') + '`'}: ${cypherLiteral(v)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  return 'null';
}

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += EXPORT_BATCH) out.push(rows.slice(i, i + EXPORT_BATCH));
  return out;
}

/**
 * A standalone script (schema + data) that recreates the graph in any Neo4j 5 with cypher-shell.
 * One statement per line; labels and types are written literally, each from the ontology allowlist.
 */
export function toCypherScript(s: GraphSnapshot): string {
  const lines: string[] = ['// InnoChain Explorer export: recreate with  cypher-shell -f FILE'];
  for (const st of schemaStatements()) lines.push(st.replace(/\s*\n\s*/g, ' ') + ';');
  for (const b of batches(s.documents)) {
    lines.push(
      `UNWIND ${cypherLiteral(b)} AS row MERGE (d:Document {id: row.id}) SET d += row, d.loadedAt = datetime(row.loadedAt);`,
    );
  }
  for (const type of ENTITY_TYPES) {
    const rows = s.entities
      .filter((e) => e.type === type)
      .map(({ aliasKeys, ...props }) => ({ props, aliasKeys }));
    for (const b of batches(rows)) {
      lines.push(
        `UNWIND ${cypherLiteral(b)} AS row MERGE (e:Entity {id: row.props.id}) SET e += row.props, e:${type} WITH e, row UNWIND row.aliasKeys AS key MERGE (k:AliasKey {key: key}) ON CREATE SET k.entity = e.id;`,
      );
    }
  }
  for (const b of batches(s.mentions)) {
    lines.push(
      `UNWIND ${cypherLiteral(b)} AS row MATCH (d:Document {id: row.doc}) MATCH (e:Entity {id: row.entity}) MERGE (d)-[m:MENTIONS]->(e) SET m.count = row.count, m.starts = row.starts, m.ends = row.ends, m.surfaces = row.surfaces;`,
    );
  }
  for (const type of RELATION_TYPES) {
    for (const b of batches(s.relations.filter((r) => r.type === type))) {
      lines.push(
        `UNWIND ${cypherLiteral(b)} AS row MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target}) MERGE (a)-[r:${type} {id: row.id}]->(b) SET r.confidence = row.confidence, r.evidenceCount = row.evidenceCount, r.documentCount = row.documentCount;`,
      );
    }
  }
  // Evidence is found again by its tie (the indexed relId), its document and its offsets.
  for (const b of batches(s.evidence)) {
    lines.push(
      `UNWIND ${cypherLiteral(b)} AS row MATCH (d:Document {id: row.doc}) MERGE (v:Evidence {relId: row.relId, start: row.start, end: row.end})-[:IN_DOCUMENT]->(d) SET v.sentence = row.sentence, v.confidence = row.confidence;`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Cytoscape elements JSON of the whole graph. */
export function toElementsJson(s: GraphSnapshot): string {
  const nodes: NodeRecord[] = s.entities.map((e) => ({
    id: String(e.id),
    name: String(e.name),
    type: String(e.type),
    aliases: (e.aliases as string[] | null) ?? [],
    nameEn: (e.nameEn as string | null) ?? null,
    mentionCount: e.mentionCount as number,
    documentCount: e.documentCount as number,
  }));
  const edges = s.relations as unknown as EdgeRecord[];
  return JSON.stringify({ elements: toElements(nodes, edges) }, null, 2) + '\n';
}

function xml(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** GraphML with name/type/aliases on nodes and type/confidence on edges. */
export function toGraphMl(s: GraphSnapshot): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>',
    '  <key id="rtype" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>',
    '  <graph id="innochain" edgedefault="directed">',
  ];
  for (const e of s.entities) {
    out.push(
      `    <node id="${xml(e.id)}"><data key="name">${xml(e.name)}</data><data key="type">${xml(e.type)}</data><data key="aliases">${xml(((e.aliases as string[]) ?? []).join('|'))}</data></node>`,
    );
  }
  for (const r of s.relations) {
    out.push(
      `    <edge id="${xml(r.id)}" source="${xml(r.source)}" target="${xml(r.target)}"><data key="rtype">${xml(r.type)}</data><data key="confidence">${xml(r.confidence)}</data></edge>`,
    );
  }
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

function csvCell(v: unknown): string {
  const s = Array.isArray(v) ? v.join('|') : v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvTable(rows: Row[], columns: string[]): string {
  return (
    [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join(
      '\n',
    ) + '\n'
  );
}

/** Two CSV tables (nodes, then relationships), as neo4j-admin import or a spreadsheet reads them. */
export function toCsv(s: GraphSnapshot): { nodes: string; relationships: string } {
  return {
    nodes: csvTable(s.entities, [
      'id',
      'name',
      'type',
      'aliases',
      'nameEn',
      'mentionCount',
      'documentCount',
    ]),
    relationships: csvTable(s.relations, [
      'id',
      'type',
      'source',
      'target',
      'confidence',
      'evidenceCount',
    ]),
  };
}
