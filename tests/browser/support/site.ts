import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {siteLocation} from '../../../src/site-config';
import {launchBrowser} from './browser';
import {serveStatic, type StaticServer} from './server';

export const PROJECT = path.resolve(__dirname, '../../..');
export const BUILD_DIR = process.env.WA_BUILD_DIR ?? path.join(PROJECT, 'build');
export const BASE_URL = siteLocation().baseUrl;

/** Runs `docusaurus build` with another config or content root into a temporary folder. */
export function buildSite({config, env = {}}: {config?: string; env?: Record<string, string>}): {status: number | null; stdout: string; stderr: string; outDir: string} {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'wa-build-'));
  const args = ['docusaurus', 'build', '--out-dir', outDir, ...(config ? ['--config', config] : [])];
  const result = spawnSync('npx', args, {cwd: PROJECT, env: {...process.env, ...env}, encoding: 'utf8', timeout: 300_000});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr, outDir};
}

/**
 * The built site served on localhost and one Chromium for a test file: call once at the top of the file, then use
 * `site.url` and `site.browser` inside tests. `lateDir` names a folder that an earlier beforeAll builds.
 */
export function useSite(dir: string = BUILD_DIR, baseUrl: string = BASE_URL, lateDir?: () => string): {readonly url: string; readonly browser: Browser} {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(lateDir ? lateDir() : dir, baseUrl);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('unexpected: the site is not served yet (useSite() runs in beforeAll)');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('unexpected: no browser yet (useSite() runs in beforeAll)');
      return browser;
    },
  };
}
