import type cytoscape from 'cytoscape';
import { centreOn, nodePoint, openApp, screenshot, useHarness } from './browser';

// The bundled (Chinese) corpus names 重庆大学; this English article names Chongqing University.
const h = useHarness();

const TITLE = 'Smart sensing laboratory (English report)';
const SENTENCE =
  'Chongqing University and Jialing Precision Machinery Co., Ltd. jointly built the Smart Sensing Laboratory in Shapingba District.';
const ARTICLE = `${SENTENCE} The laboratory will study sensors for cars.`;

interface EntityResponse {
  entity: {
    name: string;
    names?: { zh?: string; en?: string };
    documents: { title?: string; lang?: string }[];
  };
}

describe('add an English article', () => {
  test('its university merges with the stored Chinese node, which shows the English evidence', async () => {
    const { page, errors } = await openApp(h);
    await page.click('#tab-ingest');
    await page.fill('#ingest-title', TITLE);
    await page.fill('#ingest-text', ARTICLE);
    await page.selectOption('#ingest-lang', 'en');

    // Preview: the English pipeline finds the university and the co-building tie.
    await page.click('#ingest-preview');
    await page.waitForSelector('#ingest-entities tr td');
    expect(await page.locator('#ingest-entities').textContent()).toContain('Chongqing University');
    expect(await page.locator('#ingest-relations tr td').count()).toBeGreaterThan(0);

    await page.click('#ingest-add');
    await page.waitForSelector('#ingest-notice');
    expect(await page.locator('#ingest-notice.error').count()).toBe(0);
    await page.waitForFunction(
      () => (window.cy as cytoscape.Core).nodes('.fresh').length > 0,
      undefined,
      { timeout: 15_000 },
    );

    // The fresh university node is the Chinese one: its stored name is 重庆大学.
    const uni = await page.evaluate(() => {
      const cy = window.cy as cytoscape.Core;
      const n = cy.nodes('.fresh').filter((x) => x.data('type') === 'University');
      return n.map((x) => ({ id: x.id(), label: String(x.data('label')) }));
    });
    expect(uni).toHaveLength(1);
    const { id, label } = uni[0] as { id: string; label: string };
    expect(label).toBe('重庆大学');
    const detail = (await (
      await page.request.get(`${h.baseUrl}/api/entities/${encodeURIComponent(id)}`)
    ).json()) as EntityResponse;
    expect(detail.entity.names?.en).toBe('Chongqing University');
    const titles = detail.entity.documents.map((d) => d.title);
    expect(titles).toContain(TITLE);
    expect(titles.length).toBeGreaterThan(1); // the Chinese article(s) it came from first

    // Inspector: both names, the English document, and the English evidence of the new tie.
    await centreOn(page, id);
    const p = await nodePoint(page, id);
    await page.mouse.click(p.x, p.y);
    await page.waitForSelector('#inspect-name');
    expect(await page.locator('#inspect-name').textContent()).toBe('重庆大学');
    expect(await page.locator('#panel-inspect').textContent()).toContain('Chongqing University');
    expect(await page.locator('#inspect-documents').textContent()).toContain(TITLE);
    const edgeId = await page.evaluate(
      (nid) =>
        (window.cy as cytoscape.Core)
          .getElementById(nid)
          .connectedEdges('.fresh')
          .filter((e) => e.data('type') === 'CO_BUILDS' && e.target().data('type') === 'Lab')
          .map((e) => e.id())[0] ?? '',
      id,
    );
    expect(edgeId).not.toBe('');
    await page.click(`#inspect-ties button[data-edge="${edgeId}"]`);
    await page.waitForSelector('#inspect-evidence .evidence');
    const evidence = await page.locator('#inspect-evidence .evidence').allTextContents();
    expect(evidence.some((t) => t.includes('jointly built the Smart Sensing Laboratory'))).toBe(
      true,
    );
    expect(await page.locator('#inspect-evidence mark.hl-source').count()).toBeGreaterThan(0);
    await screenshot(page, 'ingest-english');

    // The caption follows the interface language: English name in English, Chinese in Chinese.
    const caption = (): Promise<string> =>
      page.evaluate(
        (nid) => String((window.cy as cytoscape.Core).getElementById(nid).data('label')),
        id,
      );
    await page.click('#lang-toggle');
    expect(await caption()).toBe('Chongqing University');
    await page.click('#lang-toggle');
    expect(await caption()).toBe('重庆大学');
    expect(errors.filter((e) => !/favicon/i.test(e))).toEqual([]);
    await page.context().close();
  });
});
