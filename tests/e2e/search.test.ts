import type cytoscape from 'cytoscape';
import { pinyin } from 'pinyin-pro';
import { openApp, screenshot, useHarness } from './browser';

const h = useHarness();

async function aChineseNode(
  page: import('playwright-core').Page,
): Promise<{ id: string; label: string }> {
  return page.evaluate(() => {
    const cy = window.cy as cytoscape.Core;
    const n = cy
      .nodes()
      .filter((x) => /^[\u4e00-\u9fa5]{3,}$/.test(String(x.data('label'))))
      .nodes()
      .sort((a, b) => b.degree(false) - a.degree(false))[0];
    return { id: n ? n.id() : '', label: n ? String(n.data('label')) : '' };
  });
}

describe('search', () => {
  test("'/' focuses the search box and typing a name lists it; choosing it centres and selects the node", async () => {
    const { page } = await openApp(h);
    const target = await aChineseNode(page);
    expect(target.id).not.toBe('');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type(target.label);
    const option = page.locator('.ac-list .ac-option', { hasText: target.label }).first();
    await option.waitFor();
    await screenshot(page, 'search-autocomplete');
    await option.click();
    await page.waitForTimeout(600);
    const result = await page.evaluate((id) => {
      const cy = window.cy as cytoscape.Core;
      const n = cy.getElementById(id);
      const rp = n.renderedPosition();
      return {
        selected: n.selected(),
        dx: Math.abs(rp.x - cy.width() / 2),
        dy: Math.abs(rp.y - cy.height() / 2),
      };
    }, target.id);
    expect(result.selected).toBe(true);
    expect(result.dx).toBeLessThan(40);
    expect(result.dy).toBeLessThan(40);
    await expect(page.locator('#inspect-name').textContent()).resolves.toContain(target.label);
    await page.context().close();
  });

  test('pinyin initials find a Chinese name and Enter picks the highlighted result', async () => {
    const { page } = await openApp(h);
    const target = await aChineseNode(page);
    const initials = pinyin(target.label, {
      pattern: 'first',
      toneType: 'none',
      type: 'array',
    }).join('');
    await page.fill('#search', initials);
    const option = page.locator('.ac-list .ac-option', { hasText: target.label }).first();
    await option.waitFor();
    // move the active option onto the target, then Enter
    const index = await page
      .locator('.ac-list .ac-option')
      .evaluateAll(
        (els, label) => els.findIndex((e) => (e.textContent ?? '').includes(label)),
        target.label,
      );
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(600);
    expect(
      await page.evaluate(
        (id) => (window.cy as cytoscape.Core).getElementById(id).selected(),
        target.id,
      ),
    ).toBe(true);
    await page.context().close();
  });
});
