import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadCorpus} from '../../src/content/load';
import {launchBrowser, visit} from './support/browser';
import {serveStatic, type StaticServer} from './support/server';
import {buildSite, PROJECT} from './support/site';

/**
 * The second guard: a review full of script, built with the loader's refusal switched off
 * (tests/fixtures/unsafe-site), must come out of Docusaurus' pipeline with none of it, and run nothing.
 */
const FIXTURE = path.join(PROJECT, 'tests/fixtures/unsafe-site');
const PAYLOADS = ['<script', '<iframe', '<object', '<style>body', 'http-equiv', 'onerror', 'onload', 'javascript:', '__pwned'];

describe('the loader refuses every unsafe construct of the fixture', () => {
  it('with its rule id and line', () => {
    const {problems} = loadCorpus({root: FIXTURE});
    expect(problems.map((p) => `${p.line}:${p.rule}:${p.message.split(' is not allowed')[0]}`)).toEqual([
      '28:markdown/raw-html:raw HTML <script>',
      '30:markdown/raw-html:raw HTML <iframe ...>',
      '32:markdown/raw-html:raw HTML <object ...>',
      '34:markdown/raw-html:raw HTML <style>',
      '36:markdown/raw-html:raw HTML <meta ...>',
      '38:markdown/raw-html:raw HTML <img ...>',
      '40:markdown/raw-html:raw HTML <svg ...>',
      '40:markdown/raw-html:raw HTML <circle ...>',
      `42:url/unsafe:refused link "javascript:window.__pwned='link'": links in reviews are https: or site-relative`,
    ]);
  });
});

describe('with the loader bypassed, the built site', () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    const result = buildSite({config: path.join(FIXTURE, 'docusaurus.config.ts')});
    if (result.status !== 0) throw new Error(`the fixture build failed:\n${result.stderr.slice(-3000)}`);
    outDir = result.outDir;
    server = await serveStatic(outDir);
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('contains none of the payloads in its HTML', () => {
    for (const page of ['reviews/unsafe/v1/index.html', 'reviews/unsafe/index.html']) {
      // The page's own scripts (Docusaurus' colour-mode script, bundles) live outside <main>.
      const whole = readFileSync(path.join(outDir, page), 'utf8');
      const html = whole.slice(whole.indexOf('<main'), whole.indexOf('</main>'));
      expect(html).toContain('Prices: $3 input and $15 output');
      for (const payload of PAYLOADS) expect(html, `${payload} in ${page}`).not.toContain(payload);
    }
  });

  it('runs no script in Chromium, and keeps prices, math and diagrams', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const result = await visit(page, `${server.url}reviews/unsafe/v1/`, {settleMs: 1000});
    expect(result.status).toBe(200);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: unknown}).__pwned)).toBeUndefined();
    expect(page.url()).toBe(`${server.url}reviews/unsafe/v1/`); // no meta refresh took us away
    expect(await page.locator('main').isVisible()).toBe(true); // no injected style hid the page
    await expect(page.locator('article p', {hasText: 'Prices:'}).textContent()).resolves.toBe('Prices: $3 input and $15 output per million tokens.');
    expect(await page.locator('.katex').count()).toBeGreaterThanOrEqual(2);
    await page.locator('.docusaurus-mermaid-container svg').first().waitFor();
    // The <img src="x" onerror=...> survives as a harmless image whose relative source does not exist.
    expect(result.errors.filter((e) => !/\/unsafe\/v1\/x\/|status of 404/.test(e))).toEqual([]);
    expect(result.errors).toHaveLength(2);
    await page.close();
  });
});
