import { readFileSync } from 'node:fs';
import type cytoscape from 'cytoscape';
import type { Page } from 'playwright-core';
import { openApp, useHarness } from './browser';

const h = useHarness();

async function downloadOf(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const wait = page.waitForEvent('download');
  await page.click(button);
  const d = await wait;
  const file = await d.path();
  return { name: d.suggestedFilename(), body: readFileSync(file) };
}

describe('export the current view', () => {
  test('PNG, SVG, JSON and GraphML downloads describe the visible graph', async () => {
    const { page } = await openApp(h);
    await page.locator('#legend-types button[data-value="Person"]').click();
    const visible = await page.evaluate(() => {
      const cy = window.cy as cytoscape.Core;
      const nodes = cy.nodes().filter((n) => n.visible() && !n.isParent());
      const label = nodes.filter((n) => /[\u4e00-\u9fa5]/.test(String(n.data('label'))))[0];
      return { count: nodes.length, label: label ? String(label.data('label')) : '' };
    });

    const png = await downloadOf(page, '#export-png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.body.readUInt32BE(16);
    const height = png.body.readUInt32BE(20);
    expect(Math.max(width, height)).toBeLessThanOrEqual(8000);
    expect(width * height).toBeGreaterThan(100 * 100);

    const svg = await downloadOf(page, '#export-svg');
    const svgText = svg.body.toString('utf8');
    expect(svgText).toContain('<svg');

    const json = await downloadOf(page, '#export-json');
    const parsed = JSON.parse(json.body.toString('utf8')) as {
      elements: { group: string; data: { type?: string; label?: string } }[];
    };
    const nodes = parsed.elements.filter((e) => e.group === 'nodes');
    expect(nodes.length).toBe(visible.count);
    expect(nodes.some((n) => n.data.type === 'Person')).toBe(false);
    if (visible.label) expect(nodes.some((n) => n.data.label === visible.label)).toBe(true);

    const graphml = await downloadOf(page, '#export-graphml');
    const xml = graphml.body.toString('utf8');
    expect(xml).toContain('<graphml');
    expect((xml.match(/<node /g) ?? []).length).toBe(visible.count);
    if (visible.label) expect(xml).toContain(visible.label);
    await page.context().close();
  });
});
