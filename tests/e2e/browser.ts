/// <reference lib="dom" />
/**
 * Shared e2e harness: the real app (tests/support/app.ts) or, when E2E_BASE_URL is set, an
 * already-running server; Debian's Chromium driven by playwright-core (never downloaded).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type cytoscape from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApp } from '../support/app';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(__dirname, '..', '..', 'test-results', 'screenshots');

declare global {
  interface Window {
    cy?: cytoscape.Core;
    flowCy?: cytoscape.Core;
  }
}

export interface Harness {
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

export interface OpenedPage {
  page: Page;
  /** console errors and uncaught page errors seen so far */
  errors: string[];
}

export async function startHarness(opts: { corpus?: boolean } = {}): Promise<Harness> {
  let baseUrl = process.env.E2E_BASE_URL ?? '';
  let closeApp = async (): Promise<void> => undefined;
  if (!baseUrl) {
    const app = await startTestApp({ corpus: opts.corpus });
    baseUrl = app.baseUrl;
    closeApp = () => app.close();
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    baseUrl: baseUrl.replace(/\/$/, ''),
    browser,
    close: async () => {
      await browser.close();
      await closeApp();
    },
  };
}

/**
 * One harness per test file, started before its tests and closed after them. Call it at the top
 * level of a test file; the object it returns reads through to the running harness.
 */
export function useHarness(opts: { corpus?: boolean } = {}): Harness {
  jest.setTimeout(180_000);
  let running: Harness | undefined;
  beforeAll(async () => {
    running = await startHarness(opts);
  });
  afterAll(async () => {
    await running?.close();
  });
  const current = (): Harness => {
    if (!running) throw new Error('the e2e harness is not running');
    return running;
  };
  return {
    get baseUrl() {
      return current().baseUrl;
    },
    get browser() {
      return current().browser;
    },
    close: () => current().close(),
  };
}

/** Opens the workbench at 1366×768 (optionally with a view hash) and waits until it is ready. */
export async function openApp(
  h: Harness,
  hash = '',
  /** runs before navigation: request routes registered later make Chromium stall requests */
  setup?: (page: Page) => Promise<unknown>,
): Promise<OpenedPage> {
  const context = await h.browser.newContext({
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  if (setup) await setup(page);
  await page.goto(`${h.baseUrl}/${hash ? '#' + hash.replace(/^#/, '') : ''}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Rendered (page) coordinates of a node's centre, for real mouse clicks on the canvas. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((nid) => {
    const cy = window.cy as cytoscape.Core;
    const rp = cy.getElementById(nid).renderedPosition();
    const box = cy.container()?.getBoundingClientRect();
    return { x: rp.x + (box?.left ?? 0), y: rp.y + (box?.top ?? 0) };
  }, id);
  return p;
}

/** Rendered midpoint of an edge (on the curve) for clicking it. */
export async function edgePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((eid) => {
    const cy = window.cy as cytoscape.Core;
    const e = cy.getElementById(eid) as unknown as cytoscape.EdgeSingular;
    const mp = e.renderedMidpoint();
    const box = cy.container()?.getBoundingClientRect();
    return { x: mp.x + (box?.left ?? 0), y: mp.y + (box?.top ?? 0) };
  }, id);
}

/** Centres the viewport on a node at zoom 1.5 so it can be clicked reliably. */
export async function centreOn(page: Page, id: string): Promise<void> {
  await page.evaluate((nid) => {
    const cy = window.cy as cytoscape.Core;
    cy.stop();
    cy.zoom(1.5);
    cy.center(cy.getElementById(nid));
  }, id);
}

/** The id of the best-connected visible entity node (excluding helper/compound nodes). */
export async function hubNodeId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const cy = window.cy as cytoscape.Core;
    const nodes = cy.nodes(':visible').filter((n) => !n.isParent() && !n.hasClass('more'));
    let best = nodes[0];
    nodes.forEach((n) => {
      if (best && n.degree(false) > best.degree(false)) best = n;
    });
    return best ? best.id() : '';
  });
}

/** Real (non-filtered) errors: favicon and expected 4xx noise would show up here too. */
export function seriousErrors(errors: string[]): string[] {
  return errors.filter((e) => !/favicon/i.test(e));
}
