/** A small bird's-eye navigator: all nodes as dots plus the viewport rectangle; click/drag pans. */
import type cytoscape from 'cytoscape';
import { bind } from './i18n';
import { nodeLook } from './style';

export interface Minimap {
  redraw(): void;
}

export function createMinimap(canvas: HTMLCanvasElement, cy: cytoscape.Core): Minimap {
  bind(canvas, 'ctl.minimap', 'title');
  bind(canvas, 'ctl.minimap', 'aria-label');
  canvas.setAttribute('role', 'img');
  const ctx = canvas.getContext('2d');
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  const W = canvas.clientWidth || canvas.width;
  const H = canvas.clientHeight || canvas.height;
  canvas.width = W * dpr;
  canvas.height = H * dpr;
  const nodesLayer = document.createElement('canvas');
  nodesLayer.width = canvas.width;
  nodesLayer.height = canvas.height;
  let transform = { s: 1, ox: 0, oy: 0 };
  let nodesDirty = true;
  let frame = 0;

  const drawNodes = (): void => {
    const lctx = nodesLayer.getContext('2d');
    if (!lctx) return;
    lctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    lctx.clearRect(0, 0, W, H);
    const visible = cy.nodes(':visible').filter((n) => !n.isParent());
    if (visible.empty()) return;
    const bb = visible.boundingBox({});
    const pad = 6;
    const s = Math.min((W - 2 * pad) / Math.max(1, bb.w), (H - 2 * pad) / Math.max(1, bb.h));
    transform = {
      s,
      ox: pad + (W - 2 * pad - bb.w * s) / 2 - bb.x1 * s,
      oy: pad + (H - 2 * pad - bb.h * s) / 2 - bb.y1 * s,
    };
    const r = visible.length > 1500 ? 0.8 : 1.6;
    visible.forEach((n) => {
      const p = n.position();
      lctx.fillStyle = nodeLook(String(n.data('type'))).color;
      lctx.fillRect(
        p.x * transform.s + transform.ox - r,
        p.y * transform.s + transform.oy - r,
        r * 2,
        r * 2,
      );
    });
  };

  const draw = (): void => {
    frame = 0;
    if (!ctx) return;
    if (nodesDirty) {
      drawNodes();
      nodesDirty = false;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(nodesLayer, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const ext = cy.extent();
    ctx.strokeStyle = '#1a66d2';
    ctx.lineWidth = 1.5;
    ctx.fillStyle = 'rgba(26,102,210,0.08)';
    const x = ext.x1 * transform.s + transform.ox;
    const y = ext.y1 * transform.s + transform.oy;
    ctx.fillRect(x, y, ext.w * transform.s, ext.h * transform.s);
    ctx.strokeRect(x, y, ext.w * transform.s, ext.h * transform.s);
  };
  const schedule = (dirty: boolean): void => {
    nodesDirty = nodesDirty || dirty;
    if (!frame) frame = requestAnimationFrame(draw);
  };

  cy.on('viewport resize', () => schedule(false));
  cy.on('add remove layoutstop', () => schedule(true));
  cy.on('position', 'node', () => schedule(true));
  cy.on('style', 'node', () => schedule(true));

  let dragging = false;
  const panTo = (ev: PointerEvent): void => {
    const rect = canvas.getBoundingClientRect();
    const mx = ev.clientX - rect.left;
    const my = ev.clientY - rect.top;
    const gx = (mx - transform.ox) / transform.s;
    const gy = (my - transform.oy) / transform.s;
    const z = cy.zoom();
    cy.pan({ x: cy.width() / 2 - gx * z, y: cy.height() / 2 - gy * z });
  };
  canvas.addEventListener('pointerdown', (ev) => {
    dragging = true;
    canvas.setPointerCapture(ev.pointerId);
    panTo(ev);
  });
  canvas.addEventListener('pointermove', (ev) => dragging && panTo(ev));
  canvas.addEventListener('pointerup', () => (dragging = false));

  return { redraw: () => schedule(true) };
}
