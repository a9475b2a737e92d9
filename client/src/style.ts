/** Visual encoding: node colour + shape by entity type, edge colour + line + arrow by relationship. */
import type cytoscape from 'cytoscape';

export interface NodeLook {
  color: string;
  shape: cytoscape.Css.NodeShape;
}
export interface EdgeLook {
  color: string;
  line: 'solid' | 'dashed' | 'dotted';
  arrow: cytoscape.Css.ArrowShape;
  width: number;
}

export const NODE_LOOKS: Readonly<Record<string, NodeLook>> = Object.freeze({
  Company: { color: '#2f6fb0', shape: 'round-rectangle' },
  University: { color: '#c0392b', shape: 'ellipse' },
  ResearchTeam: { color: '#8e44ad', shape: 'triangle' },
  Lab: { color: '#16a085', shape: 'diamond' },
  Institute: { color: '#d68910', shape: 'hexagon' },
  Fund: { color: '#b8860b', shape: 'star' },
  District: { color: '#7f8c8d', shape: 'octagon' },
  Person: { color: '#e84393', shape: 'pentagon' },
  Other: { color: '#95a5a6', shape: 'barrel' },
});
export const FALLBACK_NODE: NodeLook = { color: '#95a5a6', shape: 'ellipse' };

export const EDGE_LOOKS: Readonly<Record<string, EdgeLook>> = Object.freeze({
  CO_BUILDS: { color: '#3b7dd8', line: 'solid', arrow: 'none', width: 2.5 },
  FLEXIBLY_INTRODUCES: { color: '#8e44ad', line: 'dashed', arrow: 'triangle', width: 2 },
  TRANSFERS_TO: { color: '#d35400', line: 'solid', arrow: 'triangle', width: 3 },
  SUPPORTS: { color: '#27ae60', line: 'dotted', arrow: 'vee', width: 2.5 },
  LOCATED_IN: { color: '#aab2bd', line: 'solid', arrow: 'circle', width: 1 },
  PART_OF: { color: '#8a96a3', line: 'dashed', arrow: 'diamond', width: 1 },
});
export const FALLBACK_EDGE: EdgeLook = { color: '#aab2bd', line: 'solid', arrow: 'none', width: 1 };

export const LABEL_FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", Arial, sans-serif';

export function nodeLook(type: string): NodeLook {
  return NODE_LOOKS[type] ?? FALLBACK_NODE;
}
export function edgeLook(type: string): EdgeLook {
  return EDGE_LOOKS[type] ?? FALLBACK_EDGE;
}

export function graphStyle(): cytoscape.StylesheetJson {
  const perType: cytoscape.StylesheetJson = Object.entries(NODE_LOOKS).map(([type, look]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': look.color, shape: look.shape },
  }));
  const perRel: cytoscape.StylesheetJson = Object.entries(EDGE_LOOKS).map(([type, look]) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      'line-color': look.color,
      'target-arrow-color': look.color,
      'line-style': look.line,
      'target-arrow-shape': look.arrow,
      width: look.width,
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        'background-color': FALLBACK_NODE.color,
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': LABEL_FONT,
        'font-size': 11,
        color: '#1d2430',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': '96px',
        'text-overflow-wrap': 'anywhere',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...perType,
    { selector: 'node.nolabel', style: { label: '' } },
    {
      selector: 'node.nolabel:selected, node.nolabel.onpath, node.nolabel.fresh',
      style: { label: 'data(label)' },
    },
    {
      selector: 'node.more',
      style: {
        shape: 'round-rectangle',
        'background-color': '#eef1f5',
        'border-color': '#8a96a3',
        'border-style': 'dashed',
        'border-width': 1,
        width: 54,
        height: 22,
        label: 'data(label)',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': 10,
        color: '#5f6b7a',
        'text-background-opacity': 0,
      },
    },
    {
      selector: 'node.district-group',
      style: {
        shape: 'round-rectangle',
        'background-color': '#eef2f7',
        'background-opacity': 0.55,
        'border-color': '#9aa7b6',
        'border-width': 1.5,
        'border-style': 'dashed',
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-size': 14,
        'font-weight': 'bold',
        color: '#4a5666',
        'min-zoomed-font-size': 4,
        padding: '14px',
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        width: 1.5,
        'line-color': FALLBACK_EDGE.color,
        'target-arrow-color': FALLBACK_EDGE.color,
        'arrow-scale': 0.9,
        opacity: 0.85,
      },
    },
    ...perRel,
    {
      selector: 'edge.more',
      style: {
        'line-style': 'dashed',
        'line-color': '#b8c0ca',
        width: 1,
        'target-arrow-shape': 'none',
      },
    },
    {
      selector: 'edge.cross',
      style: {
        width: 4,
        opacity: 1,
        'underlay-color': '#ffd54f',
        'underlay-opacity': 0.5,
        'underlay-padding': 2,
      },
    },
    { selector: 'edge.intra', style: { opacity: 0.35 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.dimmed', style: { opacity: 0.12, 'text-opacity': 0.15 } },
    {
      selector: 'node.onpath',
      style: {
        'border-width': 3,
        'border-color': '#f39c12',
        opacity: 1,
        'text-opacity': 1,
        'z-index': 20,
      },
    },
    {
      selector: 'edge.onpath',
      style: {
        width: 5,
        opacity: 1,
        'z-index': 20,
        'underlay-color': '#f39c12',
        'underlay-opacity': 0.35,
        'underlay-padding': 3,
      },
    },
    {
      selector: '.fresh',
      style: { 'underlay-color': '#2ecc71', 'underlay-opacity': 0.45, 'underlay-padding': 6 },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#1a66d2', 'z-index': 30 },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 5,
        'underlay-color': '#1a66d2',
        'underlay-opacity': 0.35,
        'underlay-padding': 3,
      },
    },
  ];
}

/** Style of the district flow meta-graph: width of an edge grows with its number of ties. */
export function flowStyle(maxCount: number, maxNodes: number): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': NODE_LOOKS.District?.color ?? '#7f8c8d',
        shape: 'round-rectangle',
        width: `mapData(count, 0, ${Math.max(1, maxNodes)}, 40, 110)`,
        height: `mapData(count, 0, ${Math.max(1, maxNodes)}, 30, 70)`,
        label: 'data(caption)',
        'font-family': LABEL_FONT,
        'font-size': 13,
        color: '#fff',
        'text-valign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': '100px',
        'text-overflow-wrap': 'anywhere',
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        width: `mapData(count, 0, ${Math.max(1, maxCount)}, 1.5, 16)`,
        'line-color': '#3b7dd8',
        opacity: 0.7,
        label: 'data(count)',
        'font-size': 11,
        'text-background-color': '#fff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
      },
    },
    {
      selector: ':selected',
      style: { 'line-color': '#f39c12', 'border-width': 3, 'border-color': '#f39c12' },
    },
  ];
}
