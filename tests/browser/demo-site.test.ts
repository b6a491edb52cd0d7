import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {visit} from './support/browser';
import {buildSite, PROJECT, useSite} from './support/site';

/** The fixture corpus as a site: what the real content does not have (a draft version), and errata on a small site. */
let outDir = '';
beforeAll(() => {
  const result = buildSite({config: path.join(PROJECT, 'tests/fixtures/demo-site/docusaurus.config.ts')});
  if (result.status !== 0) throw new Error(`the demo site did not build:\n${result.stderr.slice(-3000)}`);
  outDir = result.outDir;
}, 300_000);
const site = useSite(undefined, '/', () => outDir);

describe('the demo site', () => {
  it('shows a version\'s errata beside it, and on the finding it names', async () => {
    const page = await site.browser.newPage();
    const r = await visit(page, `${site.url}reviews/demo/v1/`);
    expect(r.errors).toEqual([]);
    const errata = page.getByRole('complementary').filter({hasText: 'Corrections to this version'});
    await expect(errata.textContent()).resolves.toContain('2026-06-02 (DEMO-002): The rationale said memory loss costs sessions only');
    await visit(page, `${site.url}reviews/demo/v2/`, {settleMs: 0});
    expect(await page.getByText('Corrections to this version').count()).toBe(0);
    await visit(page, `${site.url}findings/DEMO-002/`, {settleMs: 0});
    await expect(page.locator('#errata + ul').textContent()).resolves.toContain('2026-06-02, to version 1: The rationale said');
    await page.close();
  });

  it('marks a draft, keeps it out of search engines and out of the latest alias', async () => {
    const page = await site.browser.newPage();
    await visit(page, `${site.url}reviews/demo/v3/`, {settleMs: 0});
    await expect(page.getByRole('note').first().textContent()).resolves.toContain('draft');
    expect(await page.locator('meta[name="robots"][content="noindex"]').count()).toBe(1);
    await visit(page, `${site.url}reviews/demo/`, {settleMs: 0});
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(/\/reviews\/demo\/v2\/$/);
    await page.close();
  });
});
