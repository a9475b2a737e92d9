import type cytoscape from 'cytoscape';
import { openApp, screenshot, useHarness } from './browser';

const h = useHarness();

describe('group by district', () => {
  test('the toggle wraps nodes in district compound nodes and marks cross-district ties', async () => {
    const { page } = await openApp(h);
    // one group per district: those nodes point at, plus District entities themselves
    const districts = await page.evaluate(() => {
      const cy = window.cy as cytoscape.Core;
      const ids = new Set<string>();
      cy.nodes().forEach((n) => {
        if (n.data('district')) ids.add(String(n.data('district')));
        else if (n.data('type') === 'District') ids.add(n.id());
      });
      return ids.size;
    });
    await page.check('#group-districts');
    await page.waitForFunction(
      () => (window.cy as cytoscape.Core).nodes('.district-group').length > 0,
    );
    const info = await page.evaluate(() => {
      const cy = window.cy as cytoscape.Core;
      return {
        groups: cy.nodes('.district-group').length,
        children: cy.nodes().filter((n) => n.isChild()).length,
        cross: cy.edges('.cross').length,
        expectedCross: cy.edges().filter((e) => {
          const d = (n: cytoscape.NodeSingular): string =>
            String(n.data('district') || (n.data('type') === 'District' ? n.id() : ''));
          return Boolean(d(e.source()) && d(e.target()) && d(e.source()) !== d(e.target()));
        }).length,
        badChild: cy
          .nodes()
          .filter(
            (n) => n.isChild() && n.parent().first().id() !== `grp:${n.data('district') || n.id()}`,
          ).length,
      };
    });
    expect(info.groups).toBe(districts);
    expect(info.children).toBeGreaterThan(0);
    expect(info.badChild).toBe(0);
    expect(info.cross).toBe(info.expectedCross);
    expect(await page.evaluate(() => location.hash)).toContain('group=1');
    await screenshot(page, 'group-by-district');
    await page.uncheck('#group-districts');
    await page.waitForFunction(
      () => (window.cy as cytoscape.Core).nodes('.district-group').length === 0,
    );
    await page.context().close();
  });

  test('the district flow view draws the district meta-graph with edge width by number of ties', async () => {
    const { page } = await openApp(h);
    await page.click('#view-flows');
    await page.waitForFunction(() => (window.flowCy?.nodes().length ?? 0) > 0);
    expect(await page.locator('#cy').isHidden()).toBe(true);
    const widths = await page.evaluate(() => {
      const fc = window.flowCy as cytoscape.Core;
      return fc.edges().map((e) => ({
        count: Number(e.data('count')),
        width: parseFloat(String(e.style('width'))),
      }));
    });
    expect(
      await page.evaluate(() => (window.flowCy as cytoscape.Core).nodes().length),
    ).toBeGreaterThan(0);
    const sorted = [...widths].sort((a, b) => a.count - b.count);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (first && last && last.count > first.count) expect(last.width).toBeGreaterThan(first.width);
    await screenshot(page, 'district-flows');
    // clicking a flow shows its breakdown
    if (widths.length > 0) {
      await page.evaluate(() => (window.flowCy as cytoscape.Core).edges()[0]?.emit('tap'));
      await page.waitForSelector('#inspect-name');
    }
    await page.click('#view-graph');
    expect(await page.locator('#cy').isVisible()).toBe(true);
    await page.context().close();
  });
});
