import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {loadCorpus} from '../../src/content/load';
import {urls} from '../../src/plugin/routes';
import {shownText, visit} from './support/browser';
import {PROJECT, useSite} from './support/site';

/** A review version printed from Chromium: a report without the site's chrome, every finding's detail open. */
const {corpus} = loadCorpus({root: PROJECT});
const site = useSite();

const versions = corpus.reviews.flatMap((r) => r.versions.map((v) => ({review: r.id, v})));
// The version with the most findings, and at least one diagram and one trade-off matrix.
const {review, v} = versions.filter((x) => x.v.data.diagrams.length && x.v.data.tradeoffs.length).sort((a, b) => b.v.data.findings.length - a.v.data.findings.length)[0]!;
const path = urls.version(review, v.version);
const withOptions = v.data.findings.filter((f) => f.remediation?.options.length);

/** Chrome the printed page must not show: each selector matches something on screen. */
const CHROME = {
  navbar: '.navbar',
  footer: 'footer.footer',
  'table of contents': '.table-of-contents',
  search: 'input[type="search"]',
  'finding filters': '[aria-label="Filter findings"]',
  'version links': 'nav[aria-label="Versions"]',
};

const visible = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length);

describe(`printing ${path}`, () => {
  it('has findings with remediation options, a diagram and a matrix to print', () => {
    expect(withOptions.length).toBeGreaterThan(5);
  });

  it.each(['light', 'dark'] as const)('in %s mode hides the chrome, shows every finding with its remediation (also those the filters hid), the diagrams and matrices, dark text on a light page, and prints to PDF', async (colorScheme) => {
    const context = await site.browser.newContext({viewport: {width: 1280, height: 900}, colorScheme});
    const page = await context.newPage();
    // Filtered to high severity: on screen most rows are hidden.
    const {errors} = await visit(page, `${site.url}${path}?severity=high`);
    const high = v.data.findings.filter((f) => f.severity === 'high').length;
    expect(await visible(page, 'tbody[data-finding]')).toBe(high);
    for (const [what, selector] of Object.entries(CHROME)) expect(await visible(page, selector), `${what} on screen`).toBeGreaterThan(0);
    await page.locator('figure[id^="diagram-"] svg').first().waitFor();
    expect(await visible(page, '[data-print-header]')).toBe(0);

    await page.emulateMedia({media: 'print'});
    for (const [what, selector] of Object.entries(CHROME)) expect(await visible(page, selector), `${what} in print`).toBe(0);
    expect(await visible(page, 'tbody[data-finding]')).toBe(v.data.findings.length);
    // Every remediation option of every finding, and every rationale, is on the page (its <details> printed open).
    const shown = await page.locator('details[id$="-detail"]').evaluateAll((ds) => Object.fromEntries(ds.map((d) => [d.id.replace(/-detail$/, ''), (d as HTMLElement).innerText])));
    for (const f of v.data.findings) {
      expect(shown[f.id], f.id).toContain(shownText(f.rationale).slice(0, 60));
      for (const o of f.remediation?.options ?? []) {
        expect(shown[f.id], `${f.id}: ${o.title}`).toContain(o.title);
        expect(shown[f.id], `${f.id}: ${o.title}`).toContain(shownText(o.tradeoff).slice(0, 40));
      }
    }
    expect(await visible(page, 'figure[id^="diagram-"] svg')).toBeGreaterThanOrEqual(v.data.diagrams.length * 2);
    expect(await visible(page, 'figure[id^="tradeoff-"] table')).toBe(v.data.tradeoffs.length);
    // The header names the review, the version, its date and the page's URL; the page margins repeat them.
    const header = (await page.locator('[data-print-header]').innerText()).replace(/\s+/g, ' ');
    expect(header).toContain(`Version ${v.version}`);
    expect(header).toContain(v.data.date);
    expect(header).toContain(`/${path}`);
    const pageRule = await page.evaluate(() => Array.from(document.querySelectorAll('style')).map((s) => s.textContent ?? '').find((t) => t.includes('@page')) ?? '');
    expect(pageRule).toContain(`v${v.version}`);
    // Printed from dark mode too: dark text on a light page.
    const [text, background] = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
    expect(luminance(text!)).toBeLessThan(0.2);
    expect(background === 'rgba(0, 0, 0, 0)' || luminance(background!) > 0.8, background).toBe(true);

    const pdf = await page.pdf({format: 'A4'});
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(100_000);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
