import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {build} from 'esbuild';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {writeCorpus} from '../../bench/write';
import {loadCorpus} from '../load';
import {loadCorpusParallel, PARALLEL_MIN_FILES} from '../load-parallel';

// The worker runs as JavaScript, as in the CLI: bundle it (with its dependencies, since it lives in a temporary
// folder) as scripts/build-cli.mjs does.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'wa-load-parallel-'));
const workerScript = path.join(tmp, 'load-worker.cjs');
const LENSES = path.resolve(__dirname, '../../../lenses');

beforeAll(async () => {
  await build({entryPoints: [path.resolve(__dirname, '../load-worker.ts')], outfile: workerScript, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning'});
});
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

function corpusDir(name: string): string {
  const out = path.join(tmp, name);
  writeCorpus({out, options: {reviews: 17, versions: 4, findings: 6, seed: 3}, lensesFrom: LENSES});
  return path.join(out, 'corpus');
}

describe('loadCorpusParallel', () => {
  it('returns what loadCorpus returns for a valid corpus', async () => {
    const root = corpusDir('valid');
    const parallel = await loadCorpusParallel({root, workerScript, threads: 3});
    expect(17 * 4).toBeGreaterThanOrEqual(PARALLEL_MIN_FILES);
    expect(parallel.problems).toEqual([]);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(loadCorpus({root})));
  });

  it('reports the same problems at the same positions when files read by workers have errors', async () => {
    const root = corpusDir('broken');
    const reviews = path.join(root, 'reviews');
    const edit = (file: string, from: RegExp, to: string) => {
      const abs = path.join(reviews, file);
      const text = readFileSync(abs, 'utf8');
      expect(text).toMatch(from);
      writeFileSync(abs, text.replace(from, to));
    };
    const ids = loadCorpus({root}).corpus.reviews.map((r) => r.id);
    // Across several files, so workers read some of them: a schema error, a cross-file error, a lens error.
    edit(`${ids[1]}/v2.md`, /severity: (high|medium|low)/, 'severity: critical');
    edit(`${ids[6]}/v1.md`, /lensRefs:\n(\s+)- /, 'lensRefs:\n$1- wellarchitected:NOPE01\n$1- ');
    edit(`${ids[10]}/v3.md`, /\n  - id: R\d+-\d+\n(?:    .*\n|      .*\n)*/, '\n');
    edit(`${ids[12]}/v4.md`, /date: \d{4}-\d\d-\d\d/, 'date: 2020-01-01');
    const sequential = loadCorpus({root});
    const parallel = await loadCorpusParallel({root, workerScript, threads: 4});
    expect(sequential.problems.length).toBeGreaterThan(4);
    expect(parallel.problems).toEqual(sequential.problems);
    expect(JSON.stringify(parallel.corpus)).toBe(JSON.stringify(sequential.corpus));
  });

  it('is loadCorpus without a worker script, on one thread, or for a small corpus', async () => {
    const root = corpusDir('fallback');
    const expected = JSON.stringify(loadCorpus({root}));
    expect(JSON.stringify(await loadCorpusParallel({root}))).toBe(expected);
    expect(JSON.stringify(await loadCorpusParallel({root, workerScript, threads: 1}))).toBe(expected);
    expect(JSON.stringify(await loadCorpusParallel({root, workerScript: path.join(tmp, 'missing.mjs'), threads: 2}))).toBe(expected);
  });
});
