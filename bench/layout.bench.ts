/// <reference lib="dom" />
/**
 * Layout benchmark in headless Chromium: the project's layout policy (client/src/layout.ts)
 * beside stock fcose (quality 'default') on the same synthetic graphs in the same run, with a
 * quality figure for both (sampled normalised stress and sampled edge-crossing rate) and the
 * frame rate while panning (real mouse drags, so cytoscape's viewport texture is in play). Prints
 * a table and a final `BENCH-SUMMARY [json]` line; never asserts on time.
 *
 *   [BENCH_SKIP_STOCK_5000=1] npx tsx bench/layout.bench.ts [sizes=500,2000,5000] [--skip-stock-above=N]
 *
 * BENCH_DEBUG=1 logs page console and per-frame pan timing; BENCH_RENDERER='{"textureOnViewport":false}'
 * overrides renderer options for experiments.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sizesArg = process.argv.slice(2).find((a) => /^[\d,]+$/.test(a));
const SIZES = (sizesArg ?? '500,2000,5000').split(',').map(Number);
const skipArg = process.argv.find((a) => a.startsWith('--skip-stock-above='));
const SKIP_STOCK_ABOVE = skipArg ? Number(skipArg.split('=')[1]) : Infinity;
/** BENCH_SKIP_STOCK_5000=1 skips stock fcose at 5,000+ nodes (it takes minutes). */
const SKIP_STOCK_5000 = process.env.BENCH_SKIP_STOCK_5000 === '1';
/** How long each pan measurement drags (ms). */
const PAN_MS = 2000;
/** --project-opts='{"numIter":300}' overrides the project options (for tuning LARGE_GRAPH_DEFAULTS). */
const optsArg = process.argv.find((a) => a.startsWith('--project-opts='));
const PROJECT_OVERRIDES: Record<string, unknown> = optsArg
  ? (JSON.parse(optsArg.slice('--project-opts='.length)) as Record<string, unknown>)
  : {};

/** Browser side: synthetic graph, both layouts, quality measures, panning fps. */
const BROWSER_ENTRY = `
import { cytoscape } from './cy';
import { fullLayoutOptions, projectLayout } from './layout';
import { RENDERER_DEFAULTS, rendererOptions } from './renderer';

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
    ...(window.BENCH_CANVAS ? RENDERER_DEFAULTS : rendererOptions()),
    ...(window.BENCH_RENDERER || {}),
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

/**
 * Panning is measured as users pan: real mouse drags (sent by Playwright) on the background,
 * which is what makes cytoscape use its viewport texture. panStart() frames the graph the same
 * way for every run, finds a background point to grab, and starts counting animation frames.
 */
let frameCount = 0, counting = false, countStart = 0;
async function panStart(cy) {
  cy.fit(); cy.zoom(cy.zoom() * 2.5); cy.center();
  const w0 = performance.now();
  await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
  const firstFrameMs = performance.now() - w0;
  const r = cy.renderer();
  const box = cy.container().getBoundingClientRect();
  // nodes become pannable for the measurement, so the drag pans wherever it starts
  cy.nodes().panify();
  const grab = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  if (window.BENCH_DEBUG_PAN) console.log('zoom', cy.zoom());
  frameCount = 0; counting = true; countStart = performance.now();
  const tick = () => {
    if (!counting) return;
    frameCount++;
    if (window.BENCH_DEBUG_PAN) console.log('frame', performance.now().toFixed(0), !!r.hoverData.draggingEles, !!r.hoverData.dragging, !!r.textureCache);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return { grab, firstFrameMs };
}
function panStop() {
  counting = false;
  return (frameCount * 1000) / (performance.now() - countStart);
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
    return { n, edges: cy.edges().length, which, ms, stress: st, crossings: cr, numIter: opts.numIter ?? 2500 };
  },
  panStart() { return panStart(window.__cy); },
  panStop() { return panStop(); },
  renderer() { const o = rendererOptions(); return o.renderer && !window.BENCH_CANVAS ? 'webgl' : 'canvas (textureOnViewport)'; },
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
  firstFrameMs: number;
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
  if (process.env.BENCH_DEBUG)
    page.on('console', (m) => process.stderr.write(`[page] ${m.text()}\n`));
  page.on('pageerror', (e) => process.stderr.write(`[pageerror] ${e.message}\n`));
  await page.setContent(
    '<!doctype html><html><body style="margin:0"><div id="cy" style="width:1200px;height:800px"></div></body></html>',
  );
  await page.addScriptTag({ content: js });
  if (process.env.BENCH_DEBUG)
    await page.evaluate(() => {
      (window as unknown as { BENCH_DEBUG_PAN: boolean }).BENCH_DEBUG_PAN = true;
    });
  if (process.env.BENCH_RENDERER)
    await page.evaluate((o) => {
      (window as unknown as { BENCH_RENDERER: unknown }).BENCH_RENDERER = JSON.parse(o);
    }, process.env.BENCH_RENDERER);
  const renderer = await page.evaluate(() =>
    (window as unknown as { bench: { renderer(): string } }).bench.renderer(),
  );
  const rows: Row[] = [];
  const skipped: number[] = [];
  for (const n of SIZES) {
    for (const which of ['project', 'stock'] as const) {
      if (which === 'stock' && (n > SKIP_STOCK_ABOVE || (n >= 5000 && SKIP_STOCK_5000))) {
        skipped.push(n);
        continue;
      }
      const row = await page.evaluate(
        ([size, w, o]) =>
          (
            window as unknown as { bench: { run(n: number, w: string, o: unknown): Promise<Row> } }
          ).bench.run(size as number, w as string, o),
        [n, which, PROJECT_OVERRIDES] as const,
      );
      Object.assign(row, await panFps(page));
      rows.push(row);
      process.stderr.write(
        `  ${which} n=${n}: ${(row.ms / 1000).toFixed(2)} s, pan ${row.fps.toFixed(1)} fps ` +
          `(first frame ${row.firstFrameMs.toFixed(0)} ms)\n`,
      );
    }
  }
  await browser.close();

  const pad = (s: string, w: number): string => s.padStart(w);
  const header = [
    'nodes',
    'edges',
    'layout',
    'time (s)',
    'speedup',
    'stress',
    'vs stock',
    'cross/1k',
    'vs stock',
    'pan fps',
  ];
  console.log(`renderer: ${renderer}; pan = mouse drag on the background for ${PAN_MS} ms`);
  console.log(header.map((h) => pad(h, 9)).join(' '));
  const rel = (a: number, b?: number): string =>
    b !== undefined && b > 0 ? `${a >= b ? '+' : ''}${((a / b - 1) * 100).toFixed(0)}%` : '-';
  for (const r of rows) {
    const stock = rows.find((x) => x.n === r.n && x.which === 'stock');
    const mine = r.which === 'project';
    console.log(
      [
        String(r.n),
        String(r.edges),
        r.which,
        (r.ms / 1000).toFixed(2),
        mine && stock ? `${(stock.ms / r.ms).toFixed(1)}x` : mine ? '-' : '',
        r.stress.toFixed(3),
        mine ? rel(r.stress, stock?.stress) : '',
        r.crossings.toFixed(1),
        mine ? rel(r.crossings, stock?.crossings) : '',
        r.fps.toFixed(0),
      ]
        .map((c) => pad(c, 9))
        .join(' '),
    );
  }
  for (const n of skipped)
    console.log(
      `stock fcose at ${n} nodes skipped (${SKIP_STOCK_5000 && n >= 5000 ? 'BENCH_SKIP_STOCK_5000=1' : '--skip-stock-above'}); speedup and quality vs stock not measured there`,
    );
  console.log(
    'targets: project layout 2000 nodes < 2 s (>= 4x stock), 5000 < 5 s (>= 10x stock); stress and crossings within 20% of stock; pan >= 30 fps at 5000. Timing is machine-dependent.',
  );

  const TIME_TARGET: Record<number, number> = { 2000: 2000, 5000: 5000 };
  const SPEEDUP_TARGET: Record<number, number> = { 2000: 4, 5000: 10 };
  const summary: {
    bench: string;
    metric: string;
    value: number;
    unit: string;
    target: string | null;
  }[] = [];
  const add = (metric: string, value: number, unit: string, target: string | null): void => {
    summary.push({ bench: 'layout', metric, value: Number(value.toFixed(3)), unit, target });
  };
  for (const r of rows) {
    const stock = rows.find((x) => x.n === r.n && x.which === 'stock');
    const t = TIME_TARGET[r.n];
    add(`${r.which}_ms_${r.n}`, r.ms, 'ms', r.which === 'project' && t ? `< ${t}` : null);
    add(`${r.which}_stress_${r.n}`, r.stress, 'normalised stress', null);
    add(`${r.which}_crossings_${r.n}`, r.crossings, 'per 1000 edge pairs', null);
    add(
      `${r.which}_pan_fps_${r.n}`,
      r.fps,
      'fps',
      r.which === 'project' && r.n >= 5000 ? '>= 30' : null,
    );
    if (r.which === 'project' && stock) {
      const sp = SPEEDUP_TARGET[r.n];
      add(`speedup_${r.n}`, stock.ms / r.ms, 'x', sp ? `>= ${sp}` : null);
      add(`stress_vs_stock_${r.n}`, (r.stress / stock.stress - 1) * 100, '%', '<= 20');
      add(`crossings_vs_stock_${r.n}`, (r.crossings / stock.crossings - 1) * 100, '%', '<= 20');
    }
  }
  console.log(`BENCH-SUMMARY ${JSON.stringify(summary)}`);
}

/** Drags the background with the real mouse for PAN_MS and returns the page's frame rate. */
async function panFps(page: Page): Promise<{ fps: number; firstFrameMs: number }> {
  type PanApi = {
    bench: {
      panStart(): Promise<{ grab: { x: number; y: number }; firstFrameMs: number }>;
      panStop(): number;
    };
  };
  const { grab, firstFrameMs } = await page.evaluate(() =>
    (window as unknown as PanApi).bench.panStart(),
  );
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  const t0 = Date.now();
  let k = 0;
  while (Date.now() - t0 < PAN_MS) {
    k++;
    await page.mouse.move(grab.x + Math.cos(k / 8) * 120, grab.y + Math.sin(k / 8) * 80);
    await new Promise((res) => setTimeout(res, 8));
  }
  await page.mouse.up();
  const fps = await page.evaluate(() => (window as unknown as PanApi).bench.panStop());
  return { fps, firstFrameMs };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
