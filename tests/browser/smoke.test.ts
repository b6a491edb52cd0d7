import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchBrowser, visit} from './support/browser';
import {serveStatic, type StaticServer} from './support/server';

const BUILD_DIR = path.resolve(__dirname, '../../build');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the console-error guard', () => {
  // The guard is what every other browser test relies on: prove it catches an error before trusting a pass.
  let server: StaticServer;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wa-smoke-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><link rel="icon" href="data:,"><title>ok</title><p>quiet</p>');
    for (const [name, script] of [['noisy', 'console.error("boom")'], ['throws', 'throw new Error("kaput")']]) {
      mkdirSync(path.join(dir, name!));
      writeFileSync(path.join(dir, name!, 'index.html'), `<!doctype html><link rel="icon" href="data:,"><title>${name}</title><script>${script}</script>`);
    }
    server = await serveStatic(dir);
  });
  afterAll(() => server?.close());

  it('reports nothing on a quiet page', async () => {
    const page = await browser.newPage();
    expect((await visit(page, server.url, {settleMs: 0})).errors).toEqual([]);
    await page.close();
  });

  it('reports a console.error and an uncaught exception', async () => {
    const page = await browser.newPage();
    expect((await visit(page, `${server.url}noisy/`, {settleMs: 0})).errors).toEqual(['console.error: boom']);
    expect((await visit(page, `${server.url}throws/`, {settleMs: 0})).errors.join()).toContain('kaput');
    await page.close();
  });
});

describe('the built site', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(BUILD_DIR, process.env.BASE_URL ?? '/');
  });
  afterAll(() => server?.close());

  it('serves the home page with no console error', async () => {
    const page = await browser.newPage();
    const result = await visit(page, server.url);
    expect(result.status).toBe(200);
    expect(result.errors).toEqual([]);
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/Well-Architected/);
    await page.close();
  });

  it('serves the docs with no console error, in dark mode too', async () => {
    const page = await browser.newPage({colorScheme: 'dark'});
    const result = await visit(page, `${server.url}docs/`);
    expect(result.status).toBe(200);
    expect(result.errors).toEqual([]);
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await page.close();
  });
});
