import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {RULE_CASES} from '../__fixtures__/rule-cases';
import {loadCorpus} from '../load';
import {defaultCacheFile, loadCorpusCached, type ValidateCache} from '../load-cache';
import {makeRoot} from './support/fixture-root';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, {recursive: true, force: true})));
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'wa-cache-'));
  dirs.push(d);
  return d;
};
const root = (...args: Parameters<typeof makeRoot>) => {
  const r = makeRoot(...args);
  dirs.push(r);
  return r;
};

describe('validate --cache (loadCorpusCached)', () => {
  it('gives the loader\'s own result, cold and warm, on a valid corpus', async () => {
    const r = root();
    const cacheFile = path.join(tmp(), 'c.json');
    const plain = loadCorpus({root: r});
    const cold = await loadCorpusCached({root: r, cacheFile, loader: 'a'});
    const warm = await loadCorpusCached({root: r, cacheFile, loader: 'a'});
    expect(cold.cache).toEqual({hits: 0, misses: 3});
    expect(warm.cache).toEqual({hits: 3, misses: 0});
    for (const x of [cold, warm]) {
      expect(x.problems).toEqual(plain.problems);
      expect(JSON.stringify(x.corpus)).toBe(JSON.stringify(plain.corpus));
    }
  });

  // Problems found by the checks across files are located in files whose result came from the cache.
  it.each(RULE_CASES.filter((c) => !c.check && c.expect.file.startsWith('reviews/')).slice(0, 40))('$rule: the same problems, at the same lines, from a warm cache', async (c) => {
    const r = root(c.edits, c.relock === false ? {relock: false} : {});
    const cacheFile = path.join(tmp(), 'c.json');
    await loadCorpusCached({root: r, cacheFile, loader: 'a'});
    const warm = await loadCorpusCached({root: r, cacheFile, loader: 'a'});
    expect(warm.problems).toEqual(loadCorpus({root: r}).problems);
  });

  it('reads again only the file that changed, and reports what changed', async () => {
    const r = root();
    const cacheFile = path.join(tmp(), 'c.json');
    await loadCorpusCached({root: r, cacheFile, loader: 'a'});
    const v3 = path.join(r, 'reviews/demo/v3.md');
    writeFileSync(v3, readFileSync(v3, 'utf8').replace('    severity: medium', '    severity: critical'));
    const after = await loadCorpusCached({root: r, cacheFile, loader: 'a'});
    expect(after.cache).toEqual({hits: 2, misses: 1});
    expect(after.problems.map((p) => `${p.file} ${p.rule}`)).toEqual(['reviews/demo/v3.md schema/enum']);
    expect(after.problems).toEqual(loadCorpus({root: r}).problems);
  });

  it('ignores a cache written by another loader, or one that is not a cache, and replaces it', async () => {
    const r = root();
    const cacheFile = path.join(tmp(), 'c.json');
    await loadCorpusCached({root: r, cacheFile, loader: 'a'});
    expect((await loadCorpusCached({root: r, cacheFile, loader: 'b'})).cache).toEqual({hits: 0, misses: 3});
    expect((JSON.parse(readFileSync(cacheFile, 'utf8')) as ValidateCache).loader).toBe('b');
    for (const junk of ['{not json', '[]', '{"format": 2, "loader": "b", "files": {}}', '{"format": 1, "loader": "b", "files": null}']) {
      writeFileSync(cacheFile, junk);
      const x = await loadCorpusCached({root: r, cacheFile, loader: 'b'});
      expect(x.cache, junk).toEqual({hits: 0, misses: 3});
      expect(x.problems).toEqual([]);
    }
  });

  it('drops a version file that is gone from the cache', async () => {
    const r = root();
    const cacheFile = path.join(tmp(), 'c.json');
    await loadCorpusCached({root: r, cacheFile, loader: 'a'});
    rmSync(path.join(r, 'reviews/demo/v3.md'));
    const x = await loadCorpusCached({root: r, cacheFile, loader: 'a'});
    expect(x.cache).toEqual({hits: 2, misses: 0});
    expect(x.problems).toEqual(loadCorpus({root: r}).problems);
    expect(Object.keys((JSON.parse(readFileSync(cacheFile, 'utf8')) as ValidateCache).files)).toEqual(['reviews/demo/v1.md', 'reviews/demo/v2.md']);
  });

  it("keeps its cache beside the root's dependencies, else in a folder of the temporary directory named by the root", () => {
    expect(defaultCacheFile('/p', (x) => x === '/p/node_modules', '/t')).toBe('/p/node_modules/.cache/wa-review/validate.json');
    const a = defaultCacheFile('/p', () => false, '/t');
    expect(a).toMatch(/^\/t\/wa-review-[0-9a-f]{16}\/validate\.json$/);
    expect(defaultCacheFile('/q', () => false, '/t')).not.toBe(a);
  });
});
