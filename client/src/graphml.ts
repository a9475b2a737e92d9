/** GraphML serialisation of Cytoscape element JSON (pure; XML-escaped). */
export interface PlainElement {
  group: 'nodes' | 'edges';
  data: Record<string, unknown>;
  position?: { x: number; y: number };
}

const NODE_KEYS = [
  'label',
  'type',
  'district',
  'districtName',
  'degree',
  'aliases',
  'parent',
] as const;
const EDGE_KEYS = ['type', 'confidence', 'evidenceCount'] as const;

export function escapeXml(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // characters not allowed in XML 1.0
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

function value(v: unknown): string {
  if (Array.isArray(v)) return v.map(String).join('|');
  return String(v);
}

function keyType(k: string): string {
  return k === 'degree' || k === 'confidence' || k === 'evidenceCount' || k === 'x' || k === 'y'
    ? 'double'
    : 'string';
}

export function toGraphML(elements: readonly PlainElement[]): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const k of [...NODE_KEYS, 'x', 'y'])
    out.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${keyType(k)}"/>`);
  for (const k of EDGE_KEYS)
    out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${keyType(k)}"/>`);
  out.push('  <graph id="innochain" edgedefault="directed">');
  for (const el of elements) {
    const d = el.data;
    if (el.group === 'nodes') {
      out.push(`    <node id="${escapeXml(String(d.id))}">`);
      for (const k of NODE_KEYS)
        if (d[k] !== undefined && d[k] !== null && d[k] !== '')
          out.push(`      <data key="n_${k}">${escapeXml(value(d[k]))}</data>`);
      if (el.position) {
        out.push(`      <data key="n_x">${el.position.x.toFixed(2)}</data>`);
        out.push(`      <data key="n_y">${el.position.y.toFixed(2)}</data>`);
      }
      out.push('    </node>');
    } else {
      out.push(
        `    <edge id="${escapeXml(String(d.id))}" source="${escapeXml(String(d.source))}" target="${escapeXml(String(d.target))}">`,
      );
      for (const k of EDGE_KEYS)
        if (d[k] !== undefined && d[k] !== null)
          out.push(`      <data key="e_${k}">${escapeXml(value(d[k]))}</data>`);
      out.push('    </edge>');
    }
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
