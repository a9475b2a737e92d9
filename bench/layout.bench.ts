/// <reference lib="dom" />
/**
 * Layout benchmark in headless Chromium: the project's layout policy (client/src/layout.ts)
 * beside stock fcose (quality 'default') on the same synthetic graphs in the same run, with a
 * quality figure for both (sampled normalised stress and sampled edge-crossing rate) and the
 * frame rate while panning. Prints a table; never asserts on time.
 *
 *   npx tsx bench/layout.bench.ts [sizes=500,2000,5000] [--skip-stock-above=N]
 */
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sizesArg = process.argv.slice(2).find((a) => /^[\d,]+$/.test(a));
const SIZES = (sizesArg ?? '500,2000,5000').split(',').map(Number);
const skipArg = process.argv.find((a) => a.startsWith('--skip-stock-above='));
const SKIP_STOCK_ABOVE = skipArg ? Number(skipArg.split('=')[1]) : Infinity;
/** --project-opts='{"numIter":300}' overrides the project options (for tuning LARGE_GRAPH_DEFAULTS). */
const optsArg = process.argv.find((a) => a.startsWith('--project-opts='));
const PROJECT_OVERRIDES: Record<string, unknown> = optsArg
  ? (JSON.parse(optsArg.slice('--project-opts='.length)) as Record<string, unknown>)
  : {};

/** Browser side: synthetic graph, both layouts, quality measures, panning fps. */
const BROWSER_ENTRY = `
import { cytoscape } from './cy';
import { fullLayoutOptions, projectLayout } from './layout';
import { RENDERER_DEFAULTS } from './renderer';

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

/** Clustered scale-free-ish graph: districts of organisations, 85% of ties inside a district. */
function synthetic(n, seed) {
  const r = rng(seed);
  const clusters = Math.max(3, Math.round(Math.sqrt(n) / 3));
  const types = ['Company', 'University', 'Lab', 'Institute', 'Fund', 'ResearchTeam'];
  const nodes = [];
  const members = Array.from({ length: clusters }, () => []);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(r() * clusters);
    members[c].push(i);
    nodes.push({ group: 'nodes', data: { id: 'n' + i, label: '节点' + i, type: types[i % types.length], size: 24 } });
  }
  const edges = [];
  const seen = new Set();
  const deg = new Array(n).fill(1);
  const m = Math.round(n * 1.5);
  let guard = 0;
  while (edges.length < m && guard++ < m * 20) {
    const a = Math.floor(r() * n);
    let b;
    if (r() < 0.85) {
      const c = members.find((mm) => mm.includes(a));
      // preferential attachment inside the district
      const pick = c[Math.floor(r() * c.length)];
      const pick2 = c[Math.floor(r() * c.length)];
      b = deg[pick] >= deg[pick2] ? pick : pick2;
    } else b = Math.floor(r() * n);
    if (a === b) continue;
    const key = a < b ? a + '-' + b : b + '-' + a;
    if (seen.has(key)) continue;
    seen.add(key);
    deg[a]++; deg[b]++;
    edges.push({ group: 'edges', data: { id: 'e' + edges.length, source: 'n' + a, target: 'n' + b, type: 'CO_BUILDS' } });
  }
  return [...nodes, ...edges];
}

function makeCy(elements) {
  const container = document.getElementById('cy');
  return cytoscape({
    container,
    elements,
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 10, 'min-zoomed-font-size': 8 } },
      { selector: 'edge', style: { width: 1 } },
    ],
    ...RENDERER_DEFAULTS,
  });
}

/** Normalised stress over BFS distances from sampled sources, at the optimal scale. */
function stress(cy, r) {
  const nodes = cy.nodes();
  const idx = new Map(); nodes.forEach((n, i) => idx.set(n.id(), i));
  const adj = nodes.map(() => []);
  cy.edges().forEach((e) => { const a = idx.get(e.source().id()), b = idx.get(e.target().id()); adj[a].push(b); adj[b].push(a); });
  const pos = nodes.map((n) => n.position());
  const pairs = [];
  for (let s = 0; s < 40; s++) {
    const src = Math.floor(r() * nodes.length);
    const dist = new Int32Array(nodes.length).fill(-1); dist[src] = 0;
    const q = [src];
    for (let h = 0; h < q.length; h++) for (const v of adj[q[h]]) if (dist[v] < 0) { dist[v] = dist[q[h]] + 1; q.push(v); }
    for (let t = 0; t < 150; t++) {
      const v = Math.floor(r() * nodes.length);
      if (v !== src && dist[v] > 0) pairs.push([Math.hypot(pos[src].x - pos[v].x, pos[src].y - pos[v].y), dist[v]]);
    }
  }
  let num = 0, den = 0;
  for (const [e, d] of pairs) { num += e / d; den += (e * e) / (d * d); }
  const alpha = den > 0 ? num / den : 1;
  let st = 0;
  for (const [e, d] of pairs) st += ((alpha * e - d) * (alpha * e - d)) / (d * d);
  return pairs.length ? st / pairs.length : 0;
}

/** Share of sampled non-adjacent edge pairs that cross, per 1000 pairs. */
function crossings(cy, r) {
  const edges = cy.edges().map((e) => [e.source().id(), e.target().id(), e.source().position(), e.target().position()]);
  const ccw = (a, b, c) => (c.y - a.y) * (b.x - a.x) - (b.y - a.y) * (c.x - a.x);
  let cross = 0, total = 0;
  for (let i = 0; i < 40000 && edges.length > 1; i++) {
    const e1 = edges[Math.floor(r() * edges.length)], e2 = edges[Math.floor(r() * edges.length)];
    if (e1 === e2 || e1[0] === e2[0] || e1[0] === e2[1] || e1[1] === e2[0] || e1[1] === e2[1]) continue;
    total++;
    const [, , p1, p2] = e1, [, , p3, p4] = e2;
    if (ccw(p1, p2, p3) * ccw(p1, p2, p4) < 0 && ccw(p3, p4, p1) * ccw(p3, p4, p2) < 0) cross++;
  }
  return total ? (1000 * cross) / total : 0;
}

function panFps(cy, ms) {
  return new Promise((resolve) => {
    cy.fit(); cy.zoom(cy.zoom() * 2.5); cy.center();
    let frames = 0; const t0 = performance.now();
    const step = (t) => {
      frames++;
      const k = (t - t0) / ms;
      cy.panBy({ x: Math.cos(k * 12) * 12, y: Math.sin(k * 12) * 12 });
      if (t - t0 < ms) requestAnimationFrame(step);
      else resolve((frames * 1000) / (t - t0));
    };
    requestAnimationFrame(step);
  });
}

window.bench = {
  async run(n, which, overrides) {
    const elements = synthetic(n, 42 + n);
    const prev = window.__cy; if (prev) prev.destroy();
    const cy = makeCy(elements);
    window.__cy = cy;
    const opts = which === 'project'
      ? { ...fullLayoutOptions(n), ...(overrides || {}) }
      : { name: 'fcose', quality: 'default', animate: false };
    const t0 = performance.now();
    if (which === 'project') await projectLayout(cy, cy.elements(), overrides);
    else await new Promise((res) => { const l = cy.layout(opts); l.one('layoutstop', res); l.run(); });
    const ms = performance.now() - t0;
    const r = rng(7);
    const st = stress(cy, r);
    const cr = crossings(cy, r);
    const fps = await panFps(cy, 2000);
    return { n, edges: cy.edges().length, which, ms, stress: st, crossings: cr, fps, numIter: opts.numIter ?? 2500 };
  },
};
`;

interface Row {
  n: number;
  edges: number;
  which: string;
  ms: number;
  stress: number;
  crossings: number;
  fps: number;
  numIter: number;
}

async function main(): Promise<void> {
  const bundle = await build({
    stdin: {
      contents: BROWSER_ENTRY,
      resolveDir: path.join(ROOT, 'client', 'src'),
      loader: 'ts',
      sourcefile: 'bench-entry.ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    logLevel: 'silent',
  });
  const js = bundle.outputFiles[0]?.text ?? '';
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 840 } });
  page.setDefaultTimeout(0);
  await page.setContent(
    '<!doctype html><html><body style="margin:0"><div id="cy" style="width:1200px;height:800px"></div></body></html>',
  );
  await page.addScriptTag({ content: js });
  const rows: Row[] = [];
  for (const n of SIZES) {
    for (const which of ['project', 'stock'] as const) {
      if (which === 'stock' && n > SKIP_STOCK_ABOVE) continue;
      const row = await page.evaluate(
        ([size, w, o]) =>
          (
            window as unknown as { bench: { run(n: number, w: string, o: unknown): Promise<Row> } }
          ).bench.run(size as number, w as string, o),
        [n, which, PROJECT_OVERRIDES] as const,
      );
      rows.push(row);
      process.stderr.write(`  ${which} n=${n}: ${(row.ms / 1000).toFixed(2)} s\n`);
    }
  }
  await browser.close();

  const pad = (s: string, w: number): string => s.padStart(w);
  console.log(
    [
      'nodes',
      'edges',
      'layout',
      'numIter',
      'time (s)',
      'stress',
      'vs stock',
      'cross/1k',
      'vs stock',
      'pan fps',
    ]
      .map((h, i) => pad(h, i === 2 ? 8 : 9))
      .join(' '),
  );
  for (const r of rows) {
    const stock = rows.find((x) => x.n === r.n && x.which === 'stock');
    const rel = (a: number, b?: number): string =>
      b && b > 0 ? `${((a / b - 1) * 100).toFixed(0)}%` : '-';
    console.log(
      [
        pad(String(r.n), 9),
        pad(String(r.edges), 9),
        pad(r.which, 8),
        pad(String(r.numIter), 9),
        pad((r.ms / 1000).toFixed(2), 9),
        pad(r.stress.toFixed(3), 9),
        pad(r.which === 'project' ? rel(r.stress, stock?.stress) : '', 9),
        pad(r.crossings.toFixed(1), 9),
        pad(r.which === 'project' ? rel(r.crossings, stock?.crossings) : '', 9),
        pad(r.fps.toFixed(0), 9),
      ].join(' '),
    );
  }
  console.log(
    'targets: project layout 2000 nodes < 2 s, 5000 < 5 s; stress within 20% of stock. Timing is machine-dependent.',
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
