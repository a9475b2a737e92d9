import type cytoscape from 'cytoscape';
import { openApp, screenshot, useHarness } from './browser';

const h = useHarness();

describe('spot hubs', () => {
  test('ranks entities by the chosen metric with a top-20 bar chart and the method used', async () => {
    const { page } = await openApp(h);
    await page.click('#tab-hubs');
    await page.waitForSelector('#hubs-chart .bar-row');
    const rows = await page.locator('#hubs-chart .bar-row').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(20);
    expect((await page.locator('#hubs-method').textContent())?.length ?? 0).toBeGreaterThan(3);
    for (const metric of ['betweenness', 'pagerank', 'bridging']) {
      const req = page.waitForRequest(
        (r) => r.url().includes('/api/hubs') && r.url().includes(`metric=${metric}`),
      );
      await page.selectOption('#hubs-metric', metric);
      await req;
      await page.waitForSelector('#hubs-chart .bar-row, #hubs-results .notice');
    }
    // bars are ordered by score
    const widths = await page
      .locator('#hubs-chart .bar-fill')
      .evaluateAll((els) => els.map((e) => parseFloat((e as HTMLElement).style.width)));
    for (let i = 1; i < widths.length; i++)
      expect(widths[i]).toBeLessThanOrEqual((widths[i - 1] ?? 0) + 1e-6);
    await screenshot(page, 'hubs');
    await page.context().close();
  });

  test('filters by type and maps node size to the metric', async () => {
    const { page } = await openApp(h);
    await page.click('#tab-hubs');
    await page.waitForSelector('#hubs-chart .bar-row');
    const req = page.waitForRequest(
      (r) => r.url().includes('/api/hubs') && r.url().includes('types=University'),
    );
    await page.selectOption('#hubs-type', 'University');
    await req;
    await page.selectOption('#hubs-type', '');
    await page.selectOption('#hubs-metric', 'betweenness');
    await page.waitForSelector('#hubs-chart .bar-row');
    const sizes = () =>
      page.evaluate(() =>
        (window.cy as cytoscape.Core)
          .nodes()
          .map((n) => Number(n.data('size')))
          .join(','),
      );
    const before = await sizes();
    await page.check('#hubs-size');
    await page.waitForFunction(
      (b) =>
        (window.cy as cytoscape.Core)
          .nodes()
          .map((n) => Number(n.data('size')))
          .join(',') !== b,
      before,
    );
    // clicking a bar focuses that entity
    const firstId = await page.locator('#hubs-chart .bar-row').first().getAttribute('data-id');
    await page.locator('#hubs-chart .bar-row').first().click();
    await page.waitForFunction(
      (id) => (window.cy as cytoscape.Core).getElementById(id as string).selected(),
      firstId,
    );
    await page.context().close();
  });
});
