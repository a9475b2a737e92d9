import { openApp, screenshot, seriousErrors, useHarness } from './browser';

const h = useHarness();

describe('interface', () => {
  test('is Chinese by default and switches to English and back', async () => {
    const { page, errors } = await openApp(h);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('#tab-paths').textContent()).toBe('查关系');
    await page.click('#lang-toggle');
    expect(await page.locator('#tab-paths').textContent()).toBe('Paths');
    expect(
      await page
        .locator('#legend-types button[data-value="University"] .legend-label')
        .textContent(),
    ).toBe('University');
    expect(await page.evaluate(() => location.hash)).toContain('lang=en');
    await screenshot(page, 'english');
    await page.click('#lang-toggle');
    expect(await page.locator('#tab-paths').textContent()).toBe('查关系');
    expect(seriousErrors(errors)).toEqual([]);
    await page.context().close();
  });

  test('fits a 1366×768 screen without page scrolling and every panel control is on screen', async () => {
    const { page } = await openApp(h);
    const overflow = await page.evaluate(() => ({
      w: document.documentElement.scrollWidth,
      h: document.documentElement.scrollHeight,
    }));
    expect(overflow.w).toBeLessThanOrEqual(1366);
    expect(overflow.h).toBeLessThanOrEqual(768);
    for (const tab of ['inspect', 'paths', 'hubs', 'chains', 'ingest']) {
      await page.click(`#tab-${tab}`);
      const box = await page.locator(`#tab-${tab}`).boundingBox();
      expect(box && box.x + box.width <= 1366 && box.y + box.height <= 768).toBe(true);
    }
    for (const sel of [
      '#search',
      '#export-png',
      '#lang-toggle',
      '#zoom-in',
      '#minimap',
      '#group-districts',
    ]) {
      const box = await page.locator(sel).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 1366 && box.y + box.height <= 768).toBe(
        true,
      );
    }
    await page.context().close();
  });
});
