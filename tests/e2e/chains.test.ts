import type cytoscape from 'cytoscape';
import { openApp, screenshot, useHarness } from './browser';

const h = useHarness();

describe('follow chains', () => {
  test('picking a chain template lists matching chains and highlights them with evidence', async () => {
    const { page } = await openApp(h);
    await page.click('#tab-chains');
    await page.waitForSelector('#chain-pattern option', { state: 'attached' });
    const patterns = await page
      .locator('#chain-pattern option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(patterns.length).toBeGreaterThan(0);
    let found = false;
    for (const p of patterns) {
      await page.selectOption('#chain-pattern', p);
      await page.click('#chain-find');
      await page.waitForSelector('#chain-results .chain-result, #chains-none');
      if ((await page.locator('#chain-results .chain-result').count()) > 0) {
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
    expect(
      await page.evaluate(() => (window.cy as cytoscape.Core).edges('.onpath').length),
    ).toBeGreaterThan(0);
    await page.locator('#chain-results .chain-result .linkish').first().click();
    await page.waitForSelector('#chain-results .chain-result.active .evidence');
    await screenshot(page, 'chains');
    await page.context().close();
  });
});
