import type cytoscape from 'cytoscape';
import { centreOn, hubNodeId, nodePoint, openApp, screenshot, useHarness } from './browser';

const h = useHarness();

type Positions = Record<string, { x: number; y: number }>;

describe('expand', () => {
  test('double-clicking a node brings back its neighbours while every other node stays put', async () => {
    const { page } = await openApp(h);
    const id = await hubNodeId(page);
    // take the neighbourhood away so the expand has something to add
    const removed = await page.evaluate((nid) => {
      const cy = window.cy as cytoscape.Core;
      const others = cy.getElementById(nid).neighborhood().nodes();
      const ids = others.map((n) => n.id());
      others.remove();
      return ids;
    }, id);
    const before: Positions = await page.evaluate(() => {
      const out: Record<string, { x: number; y: number }> = {};
      (window.cy as cytoscape.Core).nodes().forEach((n) => {
        out[n.id()] = { ...n.position() };
      });
      return out;
    });
    await centreOn(page, id);
    const p = await nodePoint(page, id);
    await page.mouse.dblclick(p.x, p.y);
    await page.waitForFunction(
      ([nid, n]) =>
        (window.cy as cytoscape.Core)
          .getElementById(nid as string)
          .neighborhood()
          .nodes().length >= (n as number),
      [id, Math.min(removed.length, 1)] as const,
      { timeout: 15_000 },
    );
    await page.waitForTimeout(800);
    const after: Positions = await page.evaluate(() => {
      const out: Record<string, { x: number; y: number }> = {};
      (window.cy as cytoscape.Core).nodes().forEach((n) => {
        out[n.id()] = { ...n.position() };
      });
      return out;
    });
    const added = Object.keys(after).filter((k) => !(k in before));
    expect(removed.length).toBeGreaterThan(0);
    expect(added.length).toBeGreaterThan(0);
    for (const [nid, pos] of Object.entries(before)) {
      const now = after[nid];
      if (!now) continue;
      expect(Math.hypot(now.x - pos.x, now.y - pos.y)).toBeLessThan(1);
    }
    await screenshot(page, 'expand');
    await page.context().close();
  });

  test('expansion is capped and shows an "N more" node that expands further', async () => {
    const limits: number[] = [];
    const { page } = await openApp(h, '', (p) =>
      p.route('**/api/entities/*/neighbourhood*', async (route) => {
        const url = new URL(route.request().url());
        limits.push(Number(url.searchParams.get('limit')));
        const res = await route.fetch();
        const body = (await res.json()) as { omitted: number };
        // pretend the server left 7 neighbours out the first time
        await route.fulfill({
          response: res,
          json: { ...body, omitted: limits.length === 1 ? 7 : 0 },
        });
      }),
    );
    const id = await hubNodeId(page);
    await page.evaluate(
      (nid) => (window.cy as cytoscape.Core).getElementById(nid).emit('dbltap'),
      id,
    );
    await page.waitForFunction(
      (nid) => (window.cy as cytoscape.Core).getElementById(`more:${nid}`).nonempty(),
      id,
    );
    expect(limits[0]).toBeGreaterThan(0);
    expect(limits[0]).toBeLessThanOrEqual(50);
    const label = await page.evaluate(
      (nid) => String((window.cy as cytoscape.Core).getElementById(`more:${nid}`).data('label')),
      id,
    );
    expect(label).toContain('7');
    await page.evaluate(
      (nid) => (window.cy as cytoscape.Core).getElementById(`more:${nid}`).emit('tap'),
      id,
    );
    await page.waitForFunction(
      (nid) => (window.cy as cytoscape.Core).getElementById(`more:${nid}`).empty(),
      id,
    );
    expect(limits[1]).toBeGreaterThan(limits[0] ?? 0);
    await page.context().close();
  });
});
