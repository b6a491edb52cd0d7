import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadCorpus} from '../../src/content/load';
import {exportToolLens} from '../../src/lens';
import {importedLensFile, importToolLens} from '../../src/lens/import';
import {toLensProp} from '../../src/plugin/lens-props';
import {urls} from '../../src/plugin/routes';
import {launchBrowser, visit} from './support/browser';
import {serveStatic, type StaticServer} from './support/server';
import {BASE_URL, BUILD_DIR, PROJECT} from './support/site';

/** The lens pages of the real content as a reader's browser sees them, and a second build with imported lenses. */
const {corpus} = loadCorpus({root: PROJECT});
const OURS = 'agentic-systems';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every href in the page's main content: http(s) or on this site, and rel="noopener noreferrer" when it leaves. */
async function checkLinks(page: Page): Promise<number> {
  const links = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => ({href: a.getAttribute('href')!, rel: a.getAttribute('rel') ?? ''})));
  for (const {href, rel} of links) {
    if (/^https?:\/\//i.test(href)) expect(rel.split(/\s+/).sort(), href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    else expect(href, 'a link that is neither http(s) nor on this site').toMatch(new RegExp(`^(${BASE_URL.replace(/[/]/g, '\\/')}(?!/)|#)`));
  }
  return links.filter((l) => l.href.startsWith('http:')).length;
}

/** `document.documentElement.scrollWidth <= innerWidth` on a 375 px phone, light and dark. */
async function fitsPhone(url: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({viewport: {width: 375, height: 800}, colorScheme});
    const page = await context.newPage();
    const result = await visit(page, url, {settleMs: 0});
    expect(result.errors, `${url} (${colorScheme})`).toEqual([]);
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth, `${url} at 375 px (${colorScheme}): the page scrolls sideways`).toBeLessThanOrEqual(innerWidth!);
    await context.close();
  }
}

describe('the lens pages of the site', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(BUILD_DIR, BASE_URL);
  });
  afterAll(() => server?.close());

  it('list every lens on /lenses/', async () => {
    const page = await browser.newPage();
    const result = await visit(page, `${server.url}${urls.lenses()}`);
    expect(result.status).toBe(200);
    expect(result.errors).toEqual([]);
    for (const {data: lens} of corpus.lenses) {
      const card = page.locator(`[data-lens="${lens.id}"]`);
      await expect(card.locator(`a[href="${BASE_URL}${urls.lens(lens.id)}"]`).textContent()).resolves.toBe(lens.name);
      await expect(card.textContent()).resolves.toContain(lens.published);
    }
    await checkLinks(page);
    await page.close();
    await fitsPhone(`${server.url}${urls.lenses()}`);
  });

  it.each(corpus.lenses.map((l) => l.data.id))('/lenses/%s/ renders every question with its anchor, with no console error', async (id) => {
    const lens = corpus.lenses.find((l) => l.data.id === id)!.data;
    const page = await browser.newPage();
    const result = await visit(page, `${server.url}${urls.lens(lens.id)}`);
    expect(result.status).toBe(200);
    expect(result.errors).toEqual([]);
    await expect(page.locator('h1').first().textContent()).resolves.toBe(lens.name);
    for (const q of lens.pillars.flatMap((p) => p.questions)) expect(await page.locator(`h3[id="${q.id}"]`).count(), q.id).toBe(1);
    await checkLinks(page);
    await page.close();
    await fitsPhone(`${server.url}${urls.lens(lens.id)}`);
  });

  it(`/lenses/${OURS}/ shows every question's rules in words and the coverage matrix`, async () => {
    const prop = toLensProp({lens: corpus.lenses.find((l) => l.data.id === OURS)!.data, corpus});
    const page = await browser.newPage();
    await visit(page, `${server.url}${urls.lens(OURS)}`, {settleMs: 0});
    const questions = prop.pillars.flatMap((p) => p.questions);
    expect(questions).toHaveLength(17);
    for (const q of questions) {
      const section = page.locator(`section:has(> h3[id="${q.id}"])`);
      const sentences = await section.locator('[data-rule-sentence]').allTextContents();
      expect(sentences, q.id).toEqual(q.rules.map((r) => r.sentence));
      expect(sentences.filter((s) => / if “/.test(s)).length, `${q.id}: a rule in words`).toBeGreaterThan(0);
      expect(sentences.at(-1), q.id).toMatch(/^(HIGH|MEDIUM|NONE) otherwise$/);
      // What it extends, linked to the official question's anchor.
      for (const ref of q.extends) expect(await section.locator(`a[href="${BASE_URL}lenses/${ref.lens}/#${ref.question}"]`).count(), ref.ref).toBe(1);
      await expect(section.textContent()).resolves.toContain(q.adds!);
    }
    const matrix = page.locator('[data-testid="coverage-matrix"]');
    expect(await matrix.count()).toBe(1);
    expect(await matrix.locator('thead th').count()).toBe(prop.reviews.length + 1);
    expect(prop.reviews.length).toBeGreaterThan(0);
    for (const q of questions) {
      const row = matrix.locator('tbody tr', {has: page.locator(`a[href="#${q.id}"]`)});
      expect(await row.count(), q.id).toBe(1);
      const ids = await row.locator('a[href*="/findings/"]').allTextContents();
      expect(ids.sort(), q.id).toEqual(q.citedBy.map((f) => f.id).sort());
    }
    // The Tool JSON link works and serves what the exporter writes.
    const href = await page.locator('main a[download]').first().getAttribute('href');
    expect(href).toBe(`${BASE_URL}api/v1/lenses/${OURS}.json`);
    const response = await page.request.get(`${server.url}api/v1/lenses/${OURS}.json`);
    expect(response.status()).toBe(200);
    const entry = corpus.lenses.find((l) => l.data.id === OURS)!;
    expect(await response.text()).toBe(exportToolLens({lens: entry.data, file: entry.file}).json);
    await page.close();
  });
});

describe('a site with the eight imported fixture lenses', () => {
  const FIXTURES = path.join(PROJECT, 'src/lens/__fixtures__/wa-lenses');
  let server: StaticServer;
  let outDir: string;
  let contentRoot: string;
  const ids: string[] = [];
  beforeAll(async () => {
    // The site's own content, plus lenses/imported/ written by the importer.
    contentRoot = mkdtempSync(path.join(os.tmpdir(), 'wa-lens-site-'));
    for (const dir of ['reviews', 'lenses', 'evidence', 'docs']) if (existsSync(path.join(PROJECT, dir))) cpSync(path.join(PROJECT, dir), path.join(contentRoot, dir), {recursive: true});
    for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith('.json'))) {
      const {lens, yaml} = importToolLens({bytes: readFileSync(path.join(FIXTURES, f)), file: f, today: '2026-11-25'});
      const file = path.join(contentRoot, importedLensFile(lens!.id));
      mkdirSync(path.dirname(file), {recursive: true});
      writeFileSync(file, yaml!);
      ids.push(lens!.id);
    }
    outDir = mkdtempSync(path.join(os.tmpdir(), 'wa-lens-build-'));
    // Builds write .docusaurus/ in the project: take the same lock as every other build.
    const result = spawnSync('flock', ['/tmp/wa-build.lock', 'npx', 'docusaurus', 'build', '--out-dir', outDir], {
      cwd: PROJECT,
      env: {...process.env, WA_CONTENT_ROOT: contentRoot},
      encoding: 'utf8',
      timeout: 600_000,
    });
    if (result.status !== 0) throw new Error(`the build with imported lenses failed:\n${(result.stderr || result.stdout).slice(-3000)}`);
    server = await serveStatic(outDir, BASE_URL);
  }, 660_000);
  afterAll(async () => {
    await server?.close();
    for (const dir of [outDir, contentRoot]) if (dir) rmSync(dir, {recursive: true, force: true});
  });

  it('renders each imported lens as imported, http: links with rel="noopener noreferrer", on a phone too', async () => {
    expect(ids).toHaveLength(8);
    let http = 0;
    for (const id of ids) {
      const page = await browser.newPage();
      const result = await visit(page, `${server.url}${urls.lens(id)}`, {settleMs: 0});
      expect(result.status, id).toBe(200);
      expect(result.errors, id).toEqual([]);
      await expect(page.locator('main').textContent(), id).resolves.toContain('Imported custom lens');
      http += await checkLinks(page);
      // No rule is left unexplained: each is a sentence.
      for (const s of await page.locator('[data-rule-sentence]').allTextContents()) expect(s, id).toMatch(/^(HIGH|MEDIUM|NONE) (if |otherwise|in every case)/);
      await page.close();
      await fitsPhone(`${server.url}${urls.lens(id)}`);
    }
    expect(http, 'imported lenses with http: links').toBeGreaterThan(0);
  });

  it('publishes Tool JSON only for the lenses that pass the format, and the index links to exactly those', async () => {
    const published = readdirSync(path.join(outDir, 'api', 'v1', 'lenses')).sort();
    const page = await browser.newPage();
    await visit(page, `${server.url}${urls.lenses()}`, {settleMs: 0});
    const linked = (await page.locator('main a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map((h) => h.split('/').at(-1)!).sort();
    expect(linked).toEqual(published);
    expect(published).toContain(`${OURS}.json`);
    expect(published.length).toBe(1 + 4);
    await page.close();
  });
});
