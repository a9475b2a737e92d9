import type cytoscape from 'cytoscape';
import type { Page } from 'playwright-core';
import { openApp, screenshot, useHarness } from './browser';

const h = useHarness();

/** Two named nodes exactly two hops apart in the loaded graph. */
async function twoHopPair(
  page: Page,
): Promise<{ from: string; to: string; fromName: string; toName: string }> {
  return page.evaluate(() => {
    const cy = window.cy as cytoscape.Core;
    const nodes = cy
      .nodes()
      .filter((n) => !n.isParent())
      .nodes()
      .sort((a, b) => b.degree(false) - a.degree(false));
    for (const a of nodes.toArray()) {
      const direct = a.neighborhood().nodes();
      for (const b of direct.toArray()) {
        const c = b
          .neighborhood()
          .nodes()
          .filter((x) => x.id() !== a.id() && !direct.contains(x) && !x.isParent())
          .first();
        if (c.nonempty())
          return {
            from: a.id(),
            to: c.id(),
            fromName: String(a.data('label')),
            toName: String(c.data('label')),
          };
      }
    }
    return { from: '', to: '', fromName: '', toName: '' };
  });
}

async function pick(page: Page, selector: string, name: string): Promise<void> {
  await page.fill(selector, name);
  const option = page.locator(`${selector} + .ac-list .ac-option`, { hasText: name }).first();
  await option.waitFor();
  await option.click();
}

describe('find paths (查关系)', () => {
  test('lists paths between two institutions, highlights them, dims the rest and shows evidence per hop', async () => {
    const { page } = await openApp(h);
    const pair = await twoHopPair(page);
    expect(pair.from).not.toBe('');
    await page.click('#tab-paths');
    await pick(page, '#path-from', pair.fromName);
    await pick(page, '#path-to', pair.toName);
    await page.fill('#path-k', '2');
    await page.fill('#path-hops', '3');
    const request = page.waitForRequest((r) => r.url().includes('/api/paths'));
    await page.click('#path-find');
    const url = new URL((await request).url());
    expect(url.searchParams.get('from')).toBe(pair.from);
    expect(url.searchParams.get('to')).toBe(pair.to);
    expect(url.searchParams.get('k')).toBe('2');
    expect(url.searchParams.get('maxHops')).toBe('3');
    await page.waitForSelector('#path-results .path-result');
    expect(await page.locator('#path-results .path-result').count()).toBeLessThanOrEqual(2);
    expect(
      await page.locator('#path-results .path-result').first().locator('.evidence').count(),
    ).toBeGreaterThan(0);
    const marks = await page.evaluate(
      ([a, b]) => {
        const cy = window.cy as cytoscape.Core;
        return {
          onA: cy.getElementById(a as string).hasClass('onpath'),
          onB: cy.getElementById(b as string).hasClass('onpath'),
          dimmed: cy.elements('.dimmed').length,
          onpathEdges: cy.edges('.onpath').length,
        };
      },
      [pair.from, pair.to],
    );
    expect(marks.onA && marks.onB).toBe(true);
    expect(marks.onpathEdges).toBeGreaterThanOrEqual(2);
    expect(marks.dimmed).toBeGreaterThan(0);
    await screenshot(page, 'paths');
    // picking one path narrows the highlight to it
    await page.locator('#path-results .path-result .linkish').first().click();
    expect(await page.locator('#path-results .path-result.active').count()).toBe(1);
    await page.click('#path-clear');
    expect(
      await page.evaluate(() => (window.cy as cytoscape.Core).elements('.dimmed').length),
    ).toBe(0);
    await page.context().close();
  });

  test('relationship whitelist and avoided districts are sent to the server', async () => {
    const { page } = await openApp(h);
    const pair = await twoHopPair(page);
    await page.click('#tab-paths');
    await pick(page, '#path-from', pair.fromName);
    await pick(page, '#path-to', pair.toName);
    await page.locator('#path-relations input[value="LOCATED_IN"]').uncheck();
    const district = page.locator('#path-avoid input').first();
    const hasDistrict = (await district.count()) > 0;
    if (hasDistrict) await district.check();
    const request = page.waitForRequest((r) => r.url().includes('/api/paths'));
    await page.click('#path-find');
    const url = new URL((await request).url());
    expect(url.searchParams.get('relations')?.split(',')).not.toContain('LOCATED_IN');
    if (hasDistrict) expect(url.searchParams.get('avoid')).toBeTruthy();
    await page.waitForSelector('#path-results .path-result, #paths-none');
    await page.context().close();
  });
});
