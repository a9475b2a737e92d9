/**
 * Bounded force-directed refinement used after fcose's spectral ('draft') placement on large
 * graphs: springs on edges plus grid-bucketed repulsion, a fixed number of cooled iterations,
 * O(n + m) per iteration.
 */
import type cytoscape from 'cytoscape';

export const REFINE_DEFAULTS = Object.freeze({
  // iterations (the whole budget; no convergence test)
  iterations: 50,
  // ideal edge length as a multiple of the median edge length of the starting placement
  edgeLengthFactor: 1.0,
  // but never shorter than this (px), so labels have room as with fcose's idealEdgeLength
  minEdgeLength: 60,
  // repulsion strength relative to the spring constant
  repulsion: 0.6,
  // initial maximum move per iteration, as a multiple of the ideal edge length
  initialStep: 0.5,
  // each iteration multiplies the step by this factor (cooling)
  cooling: 0.93,
});

export function refinePositions(
  eles: cytoscape.Collection,
  opts: Partial<typeof REFINE_DEFAULTS> = {},
): void {
  const o = { ...REFINE_DEFAULTS, ...opts };
  const nodes = eles.nodes().filter((n) => !n.isParent());
  const n = nodes.length;
  if (n < 3) return;
  const index = new Map<string, number>();
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  nodes.forEach((node, i) => {
    index.set(node.id(), i);
    const p = node.position();
    xs[i] = p.x;
    ys[i] = p.y;
  });
  const src: number[] = [];
  const dst: number[] = [];
  eles.edges().forEach((e) => {
    const a = index.get(e.source().id());
    const b = index.get(e.target().id());
    if (a !== undefined && b !== undefined && a !== b) {
      src.push(a);
      dst.push(b);
    }
  });
  const lengths = src
    .map((a, k) => Math.hypot(xs[a]! - xs[dst[k]!]!, ys[a]! - ys[dst[k]!]!))
    .sort((p, q) => p - q);
  const L = Math.max(
    o.minEdgeLength,
    (lengths[Math.floor(lengths.length / 2)] ?? 50) * o.edgeLengthFactor,
  );
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let step = L * o.initialStep;
  const cell = L * 1.5;
  for (let it = 0; it < o.iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    // springs
    for (let k = 0; k < src.length; k++) {
      const a = src[k]!;
      const b = dst[k]!;
      const vx = xs[b]! - xs[a]!;
      const vy = ys[b]! - ys[a]!;
      const d = Math.hypot(vx, vy) || 0.01;
      const f = (d - L) / d / 2;
      dx[a] = dx[a]! + vx * f;
      dy[a] = dy[a]! + vy * f;
      dx[b] = dx[b]! - vx * f;
      dy[b] = dy[b]! - vy * f;
    }
    // repulsion between nodes in the same or neighbouring grid cells
    const grid = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const key = `${Math.floor(xs[i]! / cell)},${Math.floor(ys[i]! / cell)}`;
      const bucket = grid.get(key);
      if (bucket) bucket.push(i);
      else grid.set(key, [i]);
    }
    for (let i = 0; i < n; i++) {
      const cx = Math.floor(xs[i]! / cell);
      const cy = Math.floor(ys[i]! / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          const bucket = grid.get(`${gx},${gy}`);
          if (!bucket) continue;
          for (const j of bucket) {
            if (j <= i) continue;
            const vx = xs[i]! - xs[j]!;
            const vy = ys[i]! - ys[j]!;
            const d2 = vx * vx + vy * vy || 0.01;
            if (d2 > cell * cell) continue;
            const f = (o.repulsion * L * L) / d2 / 2;
            dx[i] = dx[i]! + vx * f * 0.5;
            dy[i] = dy[i]! + vy * f * 0.5;
            dx[j] = dx[j]! - vx * f * 0.5;
            dy[j] = dy[j]! - vy * f * 0.5;
          }
        }
      }
    }
    for (let i = 0; i < n; i++) {
      const d = Math.hypot(dx[i]!, dy[i]!);
      if (d === 0) continue;
      const s = Math.min(d, step) / d;
      xs[i] = xs[i]! + dx[i]! * s;
      ys[i] = ys[i]! + dy[i]! * s;
    }
    step *= o.cooling;
  }
  const positions = new Map<string, { x: number; y: number }>();
  nodes.forEach((node, i) => {
    positions.set(node.id(), { x: xs[i]!, y: ys[i]! });
  });
  nodes.positions(
    (node) =>
      positions.get((node as cytoscape.NodeSingular).id()) ??
      (node as cytoscape.NodeSingular).position(),
  );
}
