import {describe, expect, it} from 'vitest';
import {loadCorpus} from '../../src/content/load';
import {urls} from '../../src/plugin/routes';
import {seriousViolations} from './support/axe';
import {visit} from './support/browser';
import {PROJECT, useSite} from './support/site';

/**
 * Every main page on a phone and on a desktop, in light and dark mode: axe-core finds no serious or critical
 * violation, and at 375 px nothing scrolls the page sideways (wide tables scroll in their own box or become cards).
 */
const {corpus} = loadCorpus({root: PROJECT});
const site = useSite();

const review = [...corpus.reviews].sort((a, b) => b.versions.length - a.versions.length)[0]!;
const latest = review.versions.find((v) => v.version === review.latestPublished)!;
const ended = corpus.findings.find((f) => f.review === review.id && f.history.some((h) => h.ended))!;
const lens = corpus.lenses.find((l) => l.data.kind === 'custom') ?? corpus.lenses[0]!;

const MAIN_PAGES = [
  '',
  urls.reviews(),
  urls.version(review.id, latest.version),
  urls.finding(latest.data.findings[0]!.id),
  urls.finding(ended.id),
  urls.findings(),
  urls.lenses(),
  urls.lens(lens.data.id),
  urls.changes(review.id, latest.version),
  `${urls.compare(review.id)}?from=1&to=${latest.version}`,
  'docs/',
  'docs/reference/contracts/',
  // Pages with the most code blocks and wide tables: policy JSON, Terraform, the architecture tables.
  ...corpus.reviews.filter((r) => r.id !== review.id && r.latestPublished).map((r) => urls.version(r.id, r.latestPublished!)),
  'docs/architectures/landing-zone/',
  'docs/performance/',
];

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  it.each(MAIN_PAGES)('/%s: no serious or critical axe violation at 1280 px and 375 px, no sideways scroll at 375 px', async (path) => {
    const context = await site.browser.newContext({viewport: {width: 1280, height: 900}, colorScheme});
    const page = await context.newPage();
    const {status, errors} = await visit(page, `${site.url}${path}`);
    expect(status).toBe(200);
    expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
    expect(await seriousViolations(page), 'at 1280 px').toEqual([]);
    await page.setViewportSize({width: 375, height: 800});
    await page.waitForTimeout(150);
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth, 'the page scrolls sideways at 375 px').toBeLessThanOrEqual(innerWidth!);
    expect(await seriousViolations(page), 'at 375 px').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('diagrams and colour modes', () => {
  it('the Mermaid diagrams are drawn again in the new colours after switching the colour mode, both ways', async () => {
    const path = urls.version(review.id, latest.version);
    const diagrams = latest.data.diagrams.length * 2 + (latest.body.match(/```mermaid/g)?.length ?? 0);
    expect(diagrams).toBeGreaterThan(0);
    const page = await site.browser.newPage({viewport: {width: 1280, height: 900}, colorScheme: 'light'});
    const {errors} = await visit(page, `${site.url}${path}`);
    const svgs = () => page.locator('.docusaurus-mermaid-container svg').evaluateAll((els) => els.map((e) => e.outerHTML));
    await page.waitForFunction((n) => document.querySelectorAll('.docusaurus-mermaid-container svg').length === n, diagrams, {timeout: 15_000});
    let before = await svgs();
    // The toggle cycles through system, light and dark: click until the page is in the wanted mode.
    const toggle = page.locator('.navbar button[title*="mode"]').first();
    for (const theme of ['dark', 'light']) {
      for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== theme; i++) await toggle.click();
      expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
      // Every diagram is an SVG again, each drawn anew (Mermaid's theme changes its styles).
      await page.waitForFunction(
        ({n, old}) => {
          const now = Array.from(document.querySelectorAll('.docusaurus-mermaid-container svg')).map((e) => e.outerHTML);
          return now.length === n && now.every((html, i) => html !== old[i]);
        },
        {n: diagrams, old: before},
        {timeout: 15_000},
      );
      before = await svgs();
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
