import type cytoscape from 'cytoscape';
import {
  centreOn,
  edgePoint,
  hubNodeId,
  nodePoint,
  openApp,
  screenshot,
  useHarness,
} from './browser';

const h = useHarness();

describe('inspect', () => {
  test('clicking a node shows its name, type, district, documents and ties', async () => {
    const { page } = await openApp(h);
    const id = await hubNodeId(page);
    const label = await page.evaluate(
      (nid) => String((window.cy as cytoscape.Core).getElementById(nid).data('label')),
      id,
    );
    await centreOn(page, id);
    const p = await nodePoint(page, id);
    await page.mouse.click(p.x, p.y);
    await page.waitForSelector('#inspect-name');
    expect(await page.locator('#inspect-name').textContent()).toBe(label);
    expect(await page.locator('#panel-inspect .badge').count()).toBeGreaterThan(0);
    expect(await page.locator('#inspect-ties li').count()).toBeGreaterThan(0);
    expect(await page.locator('#inspect-documents li').count()).toBeGreaterThan(0);
    await screenshot(page, 'inspect-node');
    await page.context().close();
  });

  test('clicking an edge shows every evidence sentence with both entities highlighted and the document title', async () => {
    const { page } = await openApp(h);
    // prefer an edge whose evidence names both entities (the server highlights what it finds)
    const edgeId = await page.evaluate(async () => {
      const cy = window.cy as cytoscape.Core;
      const candidates = cy
        .edges()
        .filter((x) => x.source().id() !== x.target().id())
        .sort((a, b) => Number(b.data('evidenceCount')) - Number(a.data('evidenceCount')))
        .map((e) => e.id());
      for (const id of candidates.slice(0, 25)) {
        const res = (await (await fetch(`/api/edges/${encodeURIComponent(id)}`)).json()) as {
          evidence: { highlights?: { role: string }[] }[];
        };
        const roles = new Set(res.evidence.flatMap((e) => (e.highlights ?? []).map((x) => x.role)));
        if (roles.has('source') && roles.has('target')) return id;
      }
      return candidates[0] ?? '';
    });
    expect(edgeId).not.toBe('');
    const evidenceCount = await page.evaluate(
      (eid) => Number((window.cy as cytoscape.Core).getElementById(eid).data('evidenceCount')),
      edgeId,
    );
    await page.evaluate((eid) => {
      const cy = window.cy as cytoscape.Core;
      const e = cy.getElementById(eid);
      cy.zoom(1.2);
      cy.center(e);
      // keep other elements from sitting on top of the midpoint
      cy.elements().not(e).not(e.connectedNodes()).addClass('filtered');
    }, edgeId);
    const p = await edgePoint(page, edgeId);
    await page.mouse.click(p.x, p.y);
    await page.waitForSelector('#inspect-evidence .evidence');
    const ev = await page.locator('#inspect-evidence .evidence').count();
    if (evidenceCount > 0) expect(ev).toBe(evidenceCount);
    expect(await page.locator('#inspect-evidence mark.hl-source').count()).toBeGreaterThan(0);
    expect(await page.locator('#inspect-evidence mark.hl-target').count()).toBeGreaterThan(0);
    expect(
      (await page.locator('#inspect-evidence .meta').first().textContent())?.length ?? 0,
    ).toBeGreaterThan(0);
    await screenshot(page, 'inspect-edge');
    await page.context().close();
  });
});
