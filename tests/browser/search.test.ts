import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {loadCorpus} from '../../src/content/load';
import {urls} from '../../src/plugin/routes';
import {seriousViolations} from './support/axe';
import {visit} from './support/browser';
import {BUILD_DIR, PROJECT, useSite} from './support/site';

/** The site search: what the index holds, and what a reader finds with it. */
const {corpus} = loadCorpus({root: PROJECT});
const site = useSite();

/** Every page of the build, as a path from the site root (`reviews/x/v3/`), with its HTML. */
function builtPages(dir = BUILD_DIR, rel = ''): Array<{path: string; html: string}> {
  return readdirSync(path.join(dir, rel), {withFileTypes: true}).flatMap((d) => {
    const relPath = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) return ['assets', 'pagefind', 'api', 'vendor', 'img'].includes(relPath) ? [] : builtPages(dir, relPath);
    return d.name === 'index.html' ? [{path: rel ? `${rel}/` : '', html: readFileSync(path.join(dir, relPath), 'utf8')}] : [];
  });
}

interface Hit {
  url: string;
  title: string;
  kind: string;
}

/** Every result of a query, through Pagefind's own browser API on the served site (the index the search box reads). */
async function searchAll(page: Page, query: string): Promise<Hit[]> {
  // A string, not a function: the test runner would rewrite `import()` inside a function.
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(new URL('pagefind/pagefind.js', site.url).href)});
    await pagefind.options({baseUrl: '/'});
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.map((r) => r.data()));
    return data.map((d) => ({url: d.url, title: d.meta.title, kind: d.meta.kind}));
  })()`);
}

describe('the search index', () => {
  it('holds the latest published version of each review at its v<N> URL, every finding page, the lenses and the docs, and nothing else', () => {
    const expected = new Set([
      ...corpus.reviews.flatMap((r) => (r.latestPublished === undefined ? [] : [urls.version(r.id, r.latestPublished)])),
      ...corpus.findings.filter((f) => f.history.some((h) => !h.draft)).map((f) => urls.finding(f.id)),
      urls.lenses(),
      ...corpus.lenses.map((l) => urls.lens(l.data.id)),
    ]);
    const pages = builtPages();
    const marked = pages.filter((p) => p.html.includes('data-pagefind-body')).map((p) => p.path);
    // Docs pages with content are searchable; the generated category lists of links are not.
    const docs = pages.filter((p) => p.path.startsWith('docs/') && !p.path.startsWith('docs/category/')).map((p) => p.path);
    expect(docs.length).toBeGreaterThan(5);
    expect(marked.sort()).toEqual([...expected, ...docs].sort());
    // The review pages left out exist: older versions, the latest alias, changes and compare pages.
    const left = pages.map((p) => p.path).filter((p) => p.startsWith('reviews/') && !marked.includes(p));
    for (const r of corpus.reviews) {
      expect(left).toContain(urls.review(r.id));
      for (const v of r.versions.filter((x) => x.version !== r.latestPublished)) expect(left).toContain(urls.version(r.id, v.version));
    }
  });
});

describe('searching', () => {
  const review = corpus.reviews.find((r) => r.versions.length >= 3 && r.latestPublished === r.versions.at(-1)!.version)!;
  const [first, previous, last] = [review.versions[0]!, review.versions.at(-2)!, review.versions.at(-1)!];
  const latest = `/${urls.version(review.id, last.version)}`;
  const titleIn = (v: typeof last, f: {id: string; title: string}) => v.data.findings.some((x) => x.id === f.id && x.title === f.title);
  // A finding whose title the last two versions share, and one whose title only older versions have.
  const kept = last.data.findings.find((f) => titleIn(previous, f))!;
  const gone = first.data.findings.find((f) => titleIn(previous, f) && !last.data.findings.some((x) => x.id === f.id))!;

  it('has a review with three versions, a finding title kept into the latest and one that left before it', () => {
    expect([review, kept, gone].every(Boolean)).toBe(true);
    expect(review.versions.every((v) => v.data.title === last.data.title)).toBe(true);
  });

  it.each([
    ['the review title, in every version,', 'a review page', () => last.data.title],
    ['a finding title of the latest two versions', 'a review page', () => kept.title],
    ['a finding title of older versions only', 'no review page', () => gone.title],
  ])('%s finds %s: never an older version, nor the alias /reviews/<id>/', async (_what, expected, query) => {
    const page = await site.browser.newPage();
    const {errors} = await visit(page, site.url, {settleMs: 0});
    const hits = await searchAll(page, query());
    const reviewHits = hits.filter((h) => h.url.startsWith('/reviews/'));
    expect(reviewHits.map((h) => h.url)).toEqual(expected === 'a review page' ? [latest] : []);
    if (reviewHits[0]) expect(reviewHits[0].kind).toBe(`Review v${last.version}`);
    const finding = query() === kept.title ? kept : query() === gone.title ? gone : undefined;
    if (finding) expect(hits.map((h) => h.url)).toContain(`/${urls.finding(finding.id)}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a finding id, typed in the navbar's search box, puts its finding page first, and Enter opens it", async () => {
    const page = await site.browser.newPage();
    const {errors} = await visit(page, `${site.url}${urls.reviews()}`, {settleMs: 0});
    const box = page.getByRole('searchbox', {name: /search reviews, findings/i});
    await box.fill(kept.id);
    const first = page.locator('[role="search"] ul a').first();
    await first.waitFor();
    expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(new URL(urls.finding(kept.id), site.url).pathname);
    await expect(first.textContent()).resolves.toContain(kept.title);
    expect(await seriousViolations(page), 'with the results open').toEqual([]);
    // Arrow keys move into the results and back.
    await box.press('ArrowDown');
    expect(await first.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await box.evaluate((b) => b === document.activeElement)).toBe(true);
    await box.press('Enter');
    await page.waitForURL((u) => u.pathname.endsWith(`/${urls.finding(kept.id)}`));
    // Client-side navigation: the URL changes before the page's chunk has rendered.
    await page.locator('h1', {hasText: kept.id}).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
