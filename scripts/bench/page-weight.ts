import {existsSync, readFileSync, statSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Request} from 'playwright-core';
import {launchBrowser} from '../../tests/browser/support/browser';
import type {PageWeight} from '../../src/bench/stats';

/**
 * Page weight as a reader's browser sees it: Debian's Chromium (playwright-core) loads each page from a static
 * server that gzips text the way a CDN or the `compression` middleware does (zlib level 6), and every response's
 * transferred bytes are counted. JavaScript up to Mermaid's core chunk (the entry, the route's chunks and its
 * data) is what the page needs; Mermaid's core and diagram chunks load after the page renders and are reported as
 * lazy. JavaScript fetched by `<link rel=prefetch>` (Docusaurus prefetches the routes of visible links) is reported
 * apart and not counted in the page's weight.
 */

/** A string only Mermaid's core chunk holds (its API object), to tell where Mermaid's scripts begin. */
const MERMAID_CORE = 'mermaidAPI';
const COMPRESSIBLE = /\.(html|js|css|json|svg|xml|txt|map)$/;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
};

interface Sent {
  url: string;
  bytes: number;
  status: number;
}

function startServer(dir: string): Promise<{url: string; log: Sent[]; close: () => Promise<void>}> {
  const log: Sent[] = [];
  const cache = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) file = dir;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.statusCode = 404;
      res.end('not found');
      log.push({url: url.pathname, bytes: 9, status: 404});
      return;
    }
    const ext = path.extname(file);
    let body: Buffer = readFileSync(file);
    res.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
    if (COMPRESSIBLE.test(file) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let gz: Buffer | undefined = cache.get(file);
      if (!gz) cache.set(file, (gz = gzipSync(body, {level: 6})));
      body = gz;
      res.setHeader('content-encoding', 'gzip');
    }
    res.setHeader('content-length', body.length);
    res.end(body);
    log.push({url: url.pathname, bytes: body.length, status: 200});
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as AddressInfo;
      resolve({url: `http://127.0.0.1:${port}`, log, close: () => new Promise((r) => server.close(() => r()))});
    }),
  );
}

export async function measurePageWeight({buildDir, pages}: {buildDir: string; pages: Array<{name: string; path: string}>}): Promise<PageWeight[]> {
  const server = await startServer(path.resolve(buildDir));
  const browser = await launchBrowser();
  const out: PageWeight[] = [];
  try {
    for (const p of pages) {
      // A fresh context per page: an empty cache, as for a first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      const kinds = new Map<string, string>();
      page.on('request', (r: Request) => kinds.set(new URL(r.url()).pathname, r.resourceType()));
      server.log.length = 0;
      await page.goto(`${server.url}${p.path}`, {waitUntil: 'load'});
      await page.waitForLoadState('networkidle');
      // Mermaid renders after hydration and loads its diagram chunks then.
      await page.waitForTimeout(1500);
      await page.waitForLoadState('networkidle');
      const w: PageWeight = {name: p.name, path: p.path, requests: 0, initialJs: 0, lazyJs: 0, css: 0, katex: 0, html: 0, prefetchJs: 0, total: 0, mermaid: false, katexLoaded: false};
      let prefetch = 0;
      // Mermaid starts once the page has rendered (theme-mermaid imports it in an effect): every script from its
      // core chunk on is Mermaid's; route chunks and the entry load before it.
      let afterMermaid = false;
      for (const s of server.log) {
        const kind = kinds.get(s.url);
        if (kind === 'other' || kind === 'prefetch') {
          prefetch += s.bytes;
          continue;
        }
        w.requests++;
        w.total += s.bytes;
        if (s.url.includes('/vendor/katex/')) {
          w.katex += s.bytes;
          w.katexLoaded = true;
        } else if (s.url.endsWith('.js')) {
          if (!afterMermaid && readFileSync(path.join(buildDir, s.url), 'utf8').includes(MERMAID_CORE)) afterMermaid = w.mermaid = true;
          if (afterMermaid) w.lazyJs += s.bytes;
          else w.initialJs += s.bytes;
        } else if (s.url.endsWith('.css')) w.css += s.bytes;
        else if (s.url.endsWith('/') || s.url.endsWith('.html')) w.html += s.bytes;
      }
      out.push({...w, prefetchJs: prefetch});
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
