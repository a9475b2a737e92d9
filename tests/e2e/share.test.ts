import type cytoscape from 'cytoscape';
import { hubNodeId, openApp, useHarness } from './browser';

const h = useHarness();

describe('share a view', () => {
  test('the URL records filters, selection and grouping and reopening it restores them', async () => {
    const { page } = await openApp(h);
    const id = await hubNodeId(page);
    await page.locator('#legend-types button[data-value="Person"]').click();
    await page.locator('#legend-relations button[data-value="LOCATED_IN"]').click();
    await page.evaluate((nid) => (window.cy as cytoscape.Core).getElementById(nid).select(), id);
    await page.waitForFunction(
      (nid) => location.hash.includes(`sel=${encodeURIComponent(nid as string)}`),
      id,
    );
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('ht=Person');
    expect(hash).toContain('hr=LOCATED_IN');
    await page.context().close();

    const reopened = await openApp(h, hash);
    const p = reopened.page;
    await p.waitForFunction(
      (nid) => (window.cy as cytoscape.Core).getElementById(nid as string).selected(),
      id,
    );
    expect(
      await p.locator('#legend-types button[data-value="Person"]').getAttribute('aria-pressed'),
    ).toBe('false');
    const hidden = await p.evaluate(() => {
      const cy = window.cy as cytoscape.Core;
      return {
        person: cy.nodes('[type = "Person"]').filter((n) => n.visible()).length,
        located: cy.edges('[type = "LOCATED_IN"]').filter((e) => e.visible()).length,
      };
    });
    expect(hidden).toEqual({ person: 0, located: 0 });
    await p.waitForSelector('#inspect-name');
    await p.context().close();
  });

  test('a shared path link reopens with the path listed and highlighted', async () => {
    const { page } = await openApp(h);
    const pair = await page.evaluate(() => {
      const cy = window.cy as cytoscape.Core;
      const e = cy.edges().filter((x) => x.source().id() !== x.target().id())[0];
      return e ? { from: e.source().id(), to: e.target().id() } : { from: '', to: '' };
    });
    await page.context().close();
    const hash = new URLSearchParams({
      from: pair.from,
      to: pair.to,
      k: '2',
      hops: '3',
      tab: 'paths',
      lang: 'en',
    }).toString();
    const { page: p } = await openApp(h, hash);
    await p.waitForSelector('#path-results .path-result');
    expect(
      await p.evaluate(
        ([a, b]) => {
          const cy = window.cy as cytoscape.Core;
          return (
            cy.getElementById(a as string).hasClass('onpath') &&
            cy.getElementById(b as string).hasClass('onpath')
          );
        },
        [pair.from, pair.to],
      ),
    ).toBe(true);
    expect(await p.locator('#tab-paths').getAttribute('aria-selected')).toBe('true');
    expect(await p.locator('#tab-paths').textContent()).toBe('Paths');
    await p.context().close();
  });
});
