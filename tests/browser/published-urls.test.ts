import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCorpus} from '../../src/content/load';
import {publicUrlsInBuild, readPublishedUrls} from '../../src/plugin/published-urls';
import {BUILD_DIR, PROJECT} from './support/site';

/** published-urls.txt: every URL the site ever published. It only grows, and each entry must still resolve. */
const FILE = 'published-urls.txt';
const listed = readPublishedUrls(readFileSync(path.join(PROJECT, FILE), 'utf8'));

function resolves(url: string): boolean {
  const rel = url.replace(/^\//, '');
  return url.endsWith('/') ? existsSync(path.join(BUILD_DIR, rel, 'index.html')) : existsSync(path.join(BUILD_DIR, rel));
}

describe(FILE, () => {
  it('lists the pages readers link to', () => {
    for (const u of ['/reviews/', '/reviews/agent-platform/', '/findings/AGP-001/', '/feed.xml', '/api/v1/schema/review.json']) expect(listed).toContain(u);
  });

  it('lists only URLs that still resolve in the build, directly or through a redirect page', () => {
    expect(listed.filter((u) => !resolves(u))).toEqual([]);
  });

  it('lists every public URL the build emits (run `npm run urls:record` and commit the file)', () => {
    const {corpus} = loadCorpus({root: PROJECT});
    const emitted = publicUrlsInBuild({outDir: BUILD_DIR, corpus}).map((u) => `/${u}`);
    expect(emitted.length).toBeGreaterThan(50);
    expect(emitted.filter((u) => !listed.includes(u))).toEqual([]);
  });

  it('never loses a line that any earlier commit had', () => {
    const commits = spawnSync('git', ['log', '--format=%H', '--', FILE], {cwd: PROJECT, encoding: 'utf8'}).stdout.split('\n').filter(Boolean);
    const current = new Set(listed);
    for (const c of commits) {
      const before = spawnSync('git', ['show', `${c}:${FILE}`], {cwd: PROJECT, encoding: 'utf8'});
      if (before.status !== 0) continue; // a commit that deleted the file is caught by the tests above
      const lost = readPublishedUrls(before.stdout).filter((u) => !current.has(u));
      expect(lost, `lines of ${FILE} at ${c.slice(0, 12)} missing now`).toEqual([]);
    }
  });
});
