import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {loadCorpus} from '../../src/content/load';
import {urls} from '../../src/plugin/routes';
import {siteLocation} from '../../src/site-config';
import {MIN_SCALE} from '../../src/theme/Mermaid/legible';
import {visit} from './support/browser';
import {BASE_URL, PROJECT, useSite} from './support/site';

/** Every review page of the real content, as a reader's browser sees it. */
const {corpus} = loadCorpus({root: PROJECT});
const pages = corpus.reviews.flatMap((r) =>
  r.versions.map((v) => ({path: urls.version(r.id, v.version), review: r.id, version: v, alias: false})).concat(
    r.versions.filter((v) => v.version === (r.latestPublished ?? r.versions.at(-1)!.version)).map((v) => ({path: urls.review(r.id), review: r.id, version: v, alias: true})),
  ),
);

const site = useSite();

/**
 * Every Mermaid diagram on the page is drawn at no less than MIN_SCALE of its size (its 16px text at 12px or more),
 * scrolling in its own box when that is wider than the column, and the page itself never scrolls sideways.
 */
async function expectLegibleDiagrams(page: Page): Promise<void> {
  await page.locator('.docusaurus-mermaid-container svg').first().waitFor({timeout: 15_000});
  await page.waitForTimeout(300);
  const sizes = await page.locator('.docusaurus-mermaid-container svg').evaluateAll((svgs) => svgs.map((s) => ({drawn: Number(s.getAttribute('viewBox')!.split(/[\s,]+/)[2]), shown: s.getBoundingClientRect().width})));
  expect(sizes.length).toBeGreaterThan(0);
  for (const {drawn, shown} of sizes) expect(shown, `a diagram ${drawn}px wide is shown ${shown}px wide`).toBeGreaterThanOrEqual(Math.min(drawn, drawn * MIN_SCALE) - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
}

/** `expectLegibleDiagrams` on a page at phone and desktop widths. */
async function expectLegibleAt(path: string): Promise<void> {
  for (const width of [375, 1280]) {
    const page = await site.browser.newPage({viewport: {width, height: 900}});
    await visit(page, `${site.url}${path}`);
    await expectLegibleDiagrams(page);
    await page.close();
  }
}

describe('review pages', () => {
  it('exist for the real content', () => expect(pages.length).toBeGreaterThanOrEqual(4));

  it.each(pages)('$path renders with no console error', async ({path, version, alias}) => {
    const page = await site.browser.newPage();
    const result = await visit(page, `${site.url}${path}`);
    expect(result.status).toBe(200);
    expect(result.errors).toEqual([]);
    await expect(page.locator('h1').first().textContent()).resolves.toBe(version.data.title);
    // Every finding of the version has its anchor.
    for (const f of version.data.findings) expect(await page.locator(`[id="${f.id}"]`).count(), f.id).toBe(1);
    // The canonical URL is the version's own page, also on the latest alias.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(`${siteLocation().url}${BASE_URL}${urls.version(version.review, version.version)}`);
    const robots = await page.locator('meta[name="robots"]').count();
    expect(robots > 0).toBe(alias || version.data.status === 'draft');
    if (version.data.status === 'draft') await expect(page.getByRole('note').first().textContent()).resolves.toContain('draft');
    if (version.hasMermaid) {
      await page.locator('.docusaurus-mermaid-container svg').first().waitFor({timeout: 15_000});
      expect(await page.locator('.docusaurus-mermaid-container svg').count()).toBeGreaterThanOrEqual(1);
    }
    if (version.hasMath) {
      expect(await page.locator('.katex').count()).toBeGreaterThan(0);
      expect(await page.locator('link[rel="stylesheet"][href$="vendor/katex/katex.min.css"]').count()).toBe(1);
    } else {
      expect(await page.locator('link[href*="katex"]').count()).toBe(0);
    }
    await page.close();
  });
});

describe('finding pages', () => {
  const published = corpus.findings.filter((f) => f.history.some((h) => !h.draft));
  it.each(published.slice(0, 50))('/findings/$id/ renders and links to its versions', async ({id, history}) => {
    const page = await site.browser.newPage();
    const result = await visit(page, `${site.url}${urls.finding(id)}`, {settleMs: 0});
    expect(result.status).toBe(200);
    expect(result.errors).toEqual([]);
    expect(await page.locator(`table a[href$="#${id}"]`).count()).toBe(history.length);
    await page.close();
  });
});

describe('docs pages with diagrams', () => {
  const docsDir = path.join(PROJECT, 'docs');
  const walk = (dir: string): string[] => readdirSync(dir, {withFileTypes: true}).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : d.name.endsWith('.md') ? [path.join(dir, d.name)] : []));
  const pages = walk(docsDir)
    .map((file) => ({file, diagrams: (readFileSync(file, 'utf8').match(/^```mermaid\s*$/gm) ?? []).length}))
    .filter((p) => p.diagrams > 0)
    .map((p) => ({...p, url: `docs/${path.relative(docsDir, p.file).replace(/\.md$/, '').replace(/(^|\/)index$/, '')}/`}));

  it('exist', () => expect(pages.length).toBeGreaterThanOrEqual(3));

  it.each(pages)('$url renders every diagram ($diagrams) as SVG with no console error', async ({url, diagrams}) => {
    const page = await site.browser.newPage();
    const result = await visit(page, `${site.url}${url}`);
    expect(result.status).toBe(200);
    await page.locator('.docusaurus-mermaid-container svg').nth(diagrams - 1).waitFor({timeout: 20_000});
    expect(await page.locator('.docusaurus-mermaid-container svg').count()).toBe(diagrams);
    expect(result.errors).toEqual([]);
    await page.close();
  });

  it.each(pages)('$url keeps its diagrams legible on a phone and on a desktop', ({url}) => expectLegibleAt(url));
});

describe('review versions with diagrams', () => {
  const withDiagrams = pages.filter((p) => !p.alias && (p.version.hasMermaid || p.version.data.diagrams.length));
  it('exist', () => expect(withDiagrams.length).toBeGreaterThan(0));

  it.each(withDiagrams)('$path keeps its diagrams legible on a phone and on a desktop', ({path}) => expectLegibleAt(path));
});
