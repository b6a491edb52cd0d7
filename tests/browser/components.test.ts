import type {Locator, Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {filterFindings, parseFilters, sortFindings} from '../../src/components/FindingTable/filters';
import {isOpen} from '../../src/content/derive';
import {loadCorpus} from '../../src/content/load';
import {toIndexProp} from '../../src/plugin/props';
import {urls} from '../../src/plugin/routes';
import {SEVERITIES} from '../../src/schemas/vocab';
import {shownText, visit} from './support/browser';
import {PROJECT, useSite} from './support/site';

/** The review components on the real content, as a reader's browser sees them: light and dark, wide and narrow. */
const {corpus} = loadCorpus({root: PROJECT});
const versions = corpus.reviews.flatMap((r) => r.versions.map((v) => ({review: r.id, version: v.version, v, path: urls.version(r.id, v.version)})));
const richest = [...versions].sort((a, b) => b.v.data.findings.length - a.v.data.findings.length)[0]!;

const site = useSite();

async function open(path: string, {width = 1280, dark = false} = {}): Promise<{page: Page; errors: string[]}> {
  const page = await site.browser.newPage({viewport: {width, height: 900}, colorScheme: dark ? 'dark' : 'light'});
  const {status, errors} = await visit(page, `${site.url}${path}`);
  expect(status, path).toBe(200);
  return {page, errors};
}

const visibleIds = (page: Page) => page.locator('tbody[data-finding]:not([hidden])').evaluateAll((xs) => xs.map((x) => x.getAttribute('data-finding')));

describe('every review version shows all of its data through the components', () => {
  it.each(versions)('$path', async ({v, path}) => {
    const {page, errors} = await open(path);
    const d = v.data;
    // Pillar summary: six pillars, each rated, with the rule written out; the Tool's risk only with answers.
    expect(await page.locator('[data-pillar][data-rating]').count()).toBe(6);
    await expect(page.getByText('A pillar is rated by its worst open finding').count()).resolves.toBe(1);
    expect(await page.getByText("Tool's risk", {exact: true}).count()).toBe(d.answers?.length ? 6 : 0);
    expect(await page.locator('#lens-answers li[data-question]').count()).toBe(d.answers?.length ?? 0);
    // Finding table: every finding, highest severity first, each its own anchor and (when published) permalink.
    expect(await visibleIds(page)).toEqual(sortFindings(d.findings).map((f) => f.id));
    for (const f of d.findings) {
      const row = page.locator(`tr[id="${f.id}"]`);
      expect(await row.count(), f.id).toBe(1);
      expect(await row.locator('[data-severity]').textContent()).toMatch(/High|Medium|Low/);
      const published = corpus.findings.find((x) => x.id === f.id)!.history.some((h) => !h.draft);
      expect(await row.locator(`a[href$="/findings/${f.id}/"]`).count(), f.id).toBe(published ? 1 : 0);
      expect(await page.locator(`details[id="${f.id}-detail"]`).count()).toBe(1);
    }
    // Metrics, trade-offs and diagrams: one each.
    expect(await page.locator('li[id^="metric-"][data-basis]').count()).toBe(d.metrics.length);
    expect(await page.locator('figure[id^="tradeoff-"]').count()).toBe(d.tradeoffs.length);
    expect(await page.locator('figure[id^="diagram-"]').count()).toBe(d.diagrams.length);
    // Phone width: no sideways page scroll. Checked on the same page after a resize.
    await page.setViewportSize({width: 375, height: 800});
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the finding table', () => {
  it('filters by clicking, writes the filters to the URL, and restores them after a reload', async () => {
    const {page, errors} = await open(richest.path);
    await page.locator('button[data-facet="severity"][data-value="high"]').click();
    await page.locator('button[data-facet="pillar"][data-value="security"]').click();
    const expected = sortFindings(filterFindings(richest.v.data.findings, parseFilters('pillar=security&severity=high'))).map((f) => f.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleIds(page)).toEqual(expected);
    expect(new URL(page.url()).search).toBe('?pillar=security&severity=high');
    await page.reload({waitUntil: 'networkidle'});
    await page.waitForTimeout(300);
    expect(await visibleIds(page)).toEqual(expected);
    expect(await page.locator('button[data-facet="severity"][data-value="high"]').getAttribute('aria-pressed')).toBe('true');
    await expect(page.getByText(`Showing ${expected.length} of ${richest.v.data.findings.length} findings.`).count()).resolves.toBe(1);
    await page.getByRole('button', {name: 'Clear filters'}).click();
    expect(await visibleIds(page)).toHaveLength(richest.v.data.findings.length);
    expect(new URL(page.url()).search).toBe('');
    expect(errors, 'no console error and no hydration warning, also when the first load has a query').toEqual([]);
    await page.close();
  });

  it('filters by service from the list', async () => {
    const service = richest.v.data.findings.flatMap((f) => f.services)[0]!;
    const {page, errors} = await open(richest.path);
    await page.getByLabel('Service').selectOption(service);
    expect(await visibleIds(page)).toEqual(sortFindings(richest.v.data.findings.filter((f) => f.services.includes(service))).map((f) => f.id));
    expect(parseFilters(new URL(page.url()).search).service).toBe(service);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lands on a finding's anchor with its detail open, even when the filters would hide it", async () => {
    const target = richest.v.data.findings.find((f) => f.pillar !== 'security')!;
    const {page, errors} = await open(`${richest.path}?pillar=security#${target.id}`);
    const row = page.locator(`tr[id="${target.id}"]`);
    expect(await row.isVisible()).toBe(true);
    expect(await page.locator(`details[id="${target.id}-detail"]`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    await expect(page.locator(`details[id="${target.id}-detail"]`).getByText(shownText(target.rationale).slice(0, 40)).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** A figure's "Addresses"/"Bears on" links name exactly its findings, in order, and each lands on a row of this page. */
async function expectAnchorsTo(page: Page, fig: Locator, ids: readonly string[]): Promise<void> {
  const hrefs = await fig.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(ids.map((id) => `#${id}`));
  for (const id of ids) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
}

describe('text alternatives', () => {
  const withTradeoffs = versions.filter((x) => x.v.data.tradeoffs.length);
  const withDiagrams = versions.filter((x) => x.v.data.diagrams.length);

  it('exist on the real content', () => {
    expect(withTradeoffs.length).toBeGreaterThan(0);
    expect(withDiagrams.length).toBeGreaterThan(0);
  });

  it.each(withTradeoffs)('every trade-off matrix of $path is a table with a caption naming the chosen option, scores in words', async ({v, path}) => {
    const {page, errors} = await open(path);
    for (const t of v.data.tradeoffs) {
      const fig = page.locator(`figure[id="tradeoff-${t.id}"]`);
      const chosen = t.options.find((o) => o.chosen)!;
      await expect(fig.locator('table caption').textContent()).resolves.toContain(`Chosen: ${chosen.title}.`);
      expect(await fig.locator('tbody tr').count()).toBe(t.options.length);
      expect(await fig.locator('tr[data-chosen]').getAttribute('data-option')).toBe(chosen.id);
      const first = Object.values(t.options[0]!.scores)[0]!;
      await expect(fig.locator('tbody tr').first().textContent()).resolves.toContain(`${first.score}/5`);
      await expectAnchorsTo(page, fig, t.findings);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(withDiagrams)('every before/after diagram of $path is an image labelled with its alt text, written out too', async ({v, path}) => {
    const {page, errors} = await open(path);
    // Pairs written in the front matter follow the text under their own heading, which the table of contents lists.
    if (!/^```before-after\s*$/m.test(v.body)) {
      expect(await page.locator('h2[id="before-and-after-diagrams"]').count()).toBe(1);
      expect(await page.locator('.table-of-contents a[href="#before-and-after-diagrams"]').count()).toBeGreaterThan(0);
    }
    for (const x of v.data.diagrams) {
      const fig = page.locator(`figure[id="diagram-${x.id}"]`);
      for (const side of ['before', 'after'] as const) {
        const img = fig.locator(`[data-side="${side}"] [role="img"]`);
        expect(await img.getAttribute('aria-label')).toBe(x[side].alt);
        await img.locator('svg').first().waitFor({timeout: 15_000});
        await expect(fig.locator(`[data-side="${side}"]`).textContent()).resolves.toContain(x[side].alt);
      }
      await expectAnchorsTo(page, fig, x.findings);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('metrics', () => {
  const later = versions.filter((x) => x.version > 1 && x.v.data.metrics.length);

  it.each(later)('$path shows each metric with its basis and its change since the previous version', async ({review, version, v, path}) => {
    const prev = corpus.reviews.find((r) => r.id === review)!.versions.find((x) => x.version === version - 1)!;
    const {page, errors} = await open(path);
    for (const m of v.data.metrics) {
      const card = page.locator(`li[id="metric-${m.id}"]`);
      expect(await card.getAttribute('data-basis')).toBe(m.basis);
      await expect(card.textContent()).resolves.toMatch(/Measured|Modeled|Target/);
      const before = prev.data.metrics.find((x) => x.id === m.id);
      const change = card.locator('[data-verdict]');
      expect(await change.count(), m.id).toBe(before ? 1 : 0);
      if (before && before.basis !== m.basis) await expect(change.textContent()).resolves.toContain('Basis changed');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the review index and the home page', () => {
  const index = toIndexProp({corpus});

  it("/reviews/ lists each review's latest version with its open counts, and the dashboard's counts link to tables showing exactly them", async () => {
    const {page, errors} = await open(urls.reviews());
    for (const r of index.reviews) {
      const card = page.locator(`[data-review="${r.id}"]`);
      await expect(card.textContent()).resolves.toContain(`v${r.version} of ${r.versions}`);
      for (const s of SEVERITIES) await expect(card.locator(`[data-severity="${s}"]`).textContent()).resolves.toContain(String(r.open[s]));
    }
    const links = await page.locator('td[data-count] a').evaluateAll((as) => as.map((a) => ({href: a.getAttribute('href')!, text: a.textContent!})));
    expect(links.length).toBeGreaterThan(0);
    for (const {href, text} of links.slice(0, 6)) {
      const target = await site.browser.newPage();
      const visited = await visit(target, new URL(href, site.url).toString());
      const count = Number(text.split(' ')[0]);
      const ids = await visibleIds(target);
      expect(ids, href).toHaveLength(count);
      const review = corpus.reviews.find((x) => href.includes(`/reviews/${x.id}/`))!;
      const latest = review.versions.find((x) => x.version === review.latestPublished)!;
      const filters = parseFilters(new URL(href, site.url).search);
      expect(ids.every((id) => {
        const f = latest.data.findings.find((x) => x.id === id)!;
        return isOpen(f) && filters.pillar.includes(f.pillar) && filters.severity.includes(f.severity);
      })).toBe(true);
      expect(visited.errors).toEqual([]);
      await target.close();
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([false, true])('the home page lists the reviews with their open counts (dark: %s)', async (dark) => {
    const {page, errors} = await open('', {dark});
    for (const r of index.reviews) {
      const card = page.locator(`[data-review="${r.id}"]`);
      await expect(card.locator(`a[href$="/reviews/${r.id}/"]`).count()).resolves.toBe(1);
      await expect(card.textContent()).resolves.toContain(`${SEVERITIES.reduce((n, s) => n + r.open[s], 0)} open`);
    }
    expect(await page.locator('nav a[href$="/reviews/"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([urls.reviews(), ''])('%s has no sideways scroll on a phone', async (path) => {
    const {page, errors} = await open(path, {width: 375});
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('errata on the real content', () => {
  const corrected = versions.filter((x) => corpus.reviews.find((r) => r.id === x.review)!.errata.some((e) => e.version === x.version));

  it('exist', () => expect(corrected.length).toBeGreaterThan(0));

  it.each(corrected)('$path lists each correction with its finding, its sources as https links labelled by host, and no other link', async ({review, version, path}) => {
    const errata = corpus.reviews.find((r) => r.id === review)!.errata.filter((e) => e.version === version);
    const {page, errors} = await open(path);
    const block = page.getByRole('complementary').filter({hasText: 'Corrections to this version'});
    const items = block.locator('li');
    expect(await items.count()).toBe(errata.length);
    for (const [i, e] of errata.entries()) {
      const item = items.nth(i);
      const text = (await item.textContent())!;
      expect(text.startsWith(`${e.date}${e.finding ? ` (${e.finding})` : ''}: `), text).toBe(true);
      const links = await item.locator('a').evaluateAll((as) => as.map((a) => ({href: a.getAttribute('href')!, text: a.textContent!, title: a.getAttribute('title')})));
      const urls = e.text.match(/https:\/\/[^\s)]+[^\s).,;]/g) ?? [];
      const external = links.filter((l) => l.href.startsWith('https:'));
      expect(external.map((l) => l.href)).toEqual(urls);
      for (const l of external) {
        expect(l.title).toBe(l.href);
        expect(l.text.startsWith(new URL(l.href).host.replace(/^www\./, ''))).toBe(true);
      }
      for (const l of links.filter((x) => !x.href.startsWith('https:'))) expect(l.href).toMatch(/^\/(findings|docs|reviews|lenses|api)\//);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
