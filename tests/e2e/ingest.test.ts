import type cytoscape from 'cytoscape';
import { openApp, screenshot, seriousErrors, useHarness } from './browser';

const h = useHarness();

const ARTICLE =
  '2024年6月，星河量子科技有限公司与澜湾大学共建量子传感联合实验室。澜湾大学将量子测量成果转化至星河量子科技有限公司。';
const EVIL = '<img src=x onerror=alert(1)>';

describe('add an article', () => {
  test('previews extracted entities and ties with confidence, then adds them highlighted', async () => {
    const { page } = await openApp(h);
    await page.click('#tab-ingest');
    await page.fill('#ingest-title', '量子传感合作');
    await page.fill('#ingest-text', ARTICLE);
    await page.click('#ingest-preview');
    await page.waitForSelector('#ingest-entities tr td');
    expect(await page.locator('#ingest-entities tr').count()).toBeGreaterThan(1);
    const confs = await page.locator('#ingest-relations td.conf').allTextContents();
    for (const c of confs) expect(Number(c)).toBeGreaterThan(0);
    const before = await page.evaluate(() => (window.cy as cytoscape.Core).nodes().length);
    await page.click('#ingest-add');
    await page.waitForSelector('#ingest-notice');
    expect(await page.locator('#ingest-notice.error').count()).toBe(0);
    await page.waitForFunction(
      () => (window.cy as cytoscape.Core).elements('.fresh').length > 0,
      undefined,
      { timeout: 15_000 },
    );
    const after = await page.evaluate(() => (window.cy as cytoscape.Core).nodes().length);
    // (a server that already knew these entities adds no new nodes, only highlights them)
    expect(after).toBeGreaterThanOrEqual(before);
    await screenshot(page, 'ingest');
    await page.context().close();
  });

  test('an entity name containing HTML is shown as text and never executes', async () => {
    const { page, errors } = await openApp(h, '', async (p) => {
      await p.route('**/api/entities/xss-node', (route) =>
        route.fulfill({
          json: {
            entity: {
              id: 'xss-node',
              name: EVIL,
              type: 'Company',
              aliases: [EVIL],
              districts: [{ id: 'd', name: EVIL }],
              documents: [{ id: 'doc', title: EVIL }],
              mentionCount: 1,
              documentCount: 1,
            },
            relations: [
              {
                id: 'xss-edge',
                type: 'CO_BUILDS',
                direction: 'out',
                other: { id: 'o', name: EVIL, type: 'Lab' },
                confidence: 0.9,
                evidenceCount: 1,
              },
            ],
          },
        }),
      );
      await p.route('**/api/edges/xss-edge', (route) =>
        route.fulfill({
          json: {
            edge: {
              id: 'xss-edge',
              type: 'CO_BUILDS',
              source: { id: 'xss-node', name: EVIL, type: 'Company' },
              target: { id: 'o', name: EVIL, type: 'Lab' },
              confidence: 0.9,
            },
            evidence: [
              {
                doc: 'doc',
                title: EVIL,
                sentence: `${EVIL}与${EVIL}共建`,
                start: 0,
                end: 10,
                highlights: [{ start: 0, end: EVIL.length, role: 'source' }],
              },
            ],
          },
        }),
      );
      await p.route('**/api/search*', (route) =>
        route.fulfill({
          json: {
            results: [
              { id: 'xss-node', name: EVIL, type: 'Company', aliases: [], score: 1, match: 'name' },
            ],
          },
        }),
      );
    });
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    // the real extractor path: paste an article whose entity name carries markup
    await page.click('#tab-ingest');
    await page.fill('#ingest-title', `${EVIL}标题`);
    await page.fill(
      '#ingest-text',
      `2024年，“${EVIL}科技有限公司”与澜湾大学共建智能实验室。${EVIL}公司助力澜湾大学。`,
    );
    await page.click('#ingest-preview');
    await page.waitForSelector('#ingest-entities');
    await page.click('#ingest-add');
    await page.waitForSelector('#ingest-notice');
    // and the rendering path, whatever the extractor kept: a node named with markup everywhere
    await page.evaluate((evil) => {
      const cy = window.cy as cytoscape.Core;
      const any = cy.nodes()[0];
      cy.add([
        {
          group: 'nodes',
          data: {
            id: 'xss-node',
            label: evil,
            type: 'Company',
            aliases: [evil],
            degree: 1,
            size: 30,
          },
        },
        {
          group: 'edges',
          data: {
            id: 'xss-edge',
            source: 'xss-node',
            target: any?.id() ?? 'xss-node',
            type: 'CO_BUILDS',
            confidence: 0.9,
          },
        },
      ]);
    }, EVIL);
    await page.evaluate(() => (window.cy as cytoscape.Core).getElementById('xss-node').select());
    await page.waitForSelector('#inspect-name');
    expect(await page.locator('#inspect-name').textContent()).toBe(EVIL);
    await page.evaluate(() => {
      const cy = window.cy as cytoscape.Core;
      cy.elements().unselect();
      cy.getElementById('xss-edge').select();
    });
    await page.waitForSelector('#inspect-evidence mark');
    await page.fill('#search', 'x');
    await page.waitForSelector('.ac-option[data-id="xss-node"]');
    await page.click('#export-svg').catch(() => undefined);
    await page.waitForTimeout(500);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(seriousErrors(errors).filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });
});
