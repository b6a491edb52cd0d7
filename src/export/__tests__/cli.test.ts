import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeRoot, removeRoot, VALID_FIXTURE} from '../../content/__tests__/support/fixture-root';
import {memoryIO} from '../../cli/io';
import {run} from '../../cli/main';
import {apiFiles} from '../api-files';
import {cleanUp, corpusWith} from './support';

const temps: string[] = [];
afterAll(() => {
  temps.forEach((d) => rmSync(d, {recursive: true, force: true}));
  cleanUp();
});

// The exports' URLs come from SITE_URL and BASE_URL, as for the build.
const saved = {SITE_URL: process.env.SITE_URL, BASE_URL: process.env.BASE_URL};
beforeEach(() => {
  process.env.SITE_URL = 'https://reviews.example.org';
  process.env.BASE_URL = '/wa/';
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

async function exportOf(...args: string[]): Promise<{code: number; out: string; err: string}> {
  const io = memoryIO();
  const code = await run(['export', ...args, '--root', VALID_FIXTURE], io);
  return {code, out: io.stdout(), err: io.stderr()};
}

describe('wa-review export (the site\'s API formats)', () => {
  it('prints byte for byte what the build publishes', async () => {
    const files = new Map(apiFiles({corpus: corpusWith(), siteUrl: 'https://reviews.example.org/wa/'}).map((f) => [f.path, f.content]));
    expect((await exportOf('findings-json')).out).toBe(files.get('api/v1/findings.json'));
    expect((await exportOf('csv')).out).toBe(files.get('api/v1/findings.csv'));
    expect((await exportOf('review-json', '--review', 'demo')).out).toBe(files.get('api/v1/reviews/demo.json'));
    expect((await exportOf('badge', '--review', 'demo')).out).toBe(files.get('api/v1/reviews/demo/badge.json'));
    expect((await exportOf('sarif', '--repo', 'example/demo-platform')).out).toBe(files.get('api/v1/sarif/example/demo-platform.sarif'));
    expect(JSON.parse((await exportOf('findings-json')).out)).toMatchObject({apiVersion: 1, site: 'https://reviews.example.org/wa/'});
  });

  it('writes --out FILE and says so on standard error', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wa-export-'));
    temps.push(dir);
    const io = memoryIO(dir);
    expect(await run(['export', 'badge', '--review', 'demo', '--out', 'badges/demo.json', '--root', VALID_FIXTURE], io)).toBe(0);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toMatch(/^wrote badges\/demo\.json \(\d+ bytes\)\n$/);
    expect(JSON.parse(readFileSync(path.join(dir, 'badges/demo.json'), 'utf8'))).toEqual({schemaVersion: 1, label: 'WA review v2', message: '1 high, 0 medium open', color: 'red'});
  });

  it.each([
    [['badge'], 'badge needs --review <id>. Valid ids: demo'],
    [['review-json', '--review', 'nope'], 'no review "nope". Valid ids: demo'],
    [['sarif'], 'sarif needs --repo <owner/name>. Subject repositories: example/demo-platform'],
    [['sarif', '--repo', 'example/other'], 'no published version reviewed the repository "example/other". Subject repositories: example/demo-platform'],
    [['csv', '--review', 'demo'], '--review does not apply to csv'],
    [['findings-json', '--repo', 'example/demo-platform'], '--repo does not apply to findings-json'],
  ])('exits 2 with a usage error for %j', async (args, message) => {
    const {code, out, err} = await exportOf(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')[0]).toBe(`wa-review export: ${message}`);
  });

  it('exports nothing from content with errors (exit 1, the problems on standard error)', async () => {
    const root = makeRoot([{file: 'reviews/demo/v1.md', replace: ['    severity: high', '    severity: critical']}]);
    try {
      const io = memoryIO();
      expect(await run(['export', 'findings-json', '--root', root], io)).toBe(1);
      expect(io.stdout()).toBe('');
      expect(io.stderr()).toContain('(schema/enum)');
      expect(io.stderr()).toContain('not exported: findings-json');
    } finally {
      removeRoot(root);
    }
  });

  it('refuses a SITE_URL with a path as a usage error', async () => {
    process.env.SITE_URL = 'https://reviews.example.org/wa';
    const {code, err} = await exportOf('findings-json');
    expect(code).toBe(2);
    expect(err).toMatch(/^wa-review export: SITE_URL must be an http\(s\) origin without a path/);
  });
});
