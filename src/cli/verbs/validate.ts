import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {defaultCacheFile, loadCorpusCached} from '../../content/load-cache';
import {loadCorpusParallel} from '../../content/load-parallel';
import {hasErrors} from '../../content/problem';
import {REPORT_FORMATS, formatProblems, summary, type ReportFormat} from '../../content/report';
import {EXIT} from '../exit-codes';
import {UsageError} from '../cli';
import {defineVerb} from '../verb';

export const validateVerb = defineVerb({
  name: 'validate',
  summary: 'check every review and lens file and the rules across them; print every problem at once',
  args: '',
  minPositionals: 0,
  maxPositionals: 0,
  options: {
    format: {type: 'string', description: 'text (default), json (a list of problems) or github (annotations)', choices: REPORT_FORMATS},
    cache: {type: 'boolean', description: 'keep each version file\'s result by its hash and read only the files that changed (the checks across files always run)'},
    'cache-file': {type: 'string', description: 'where --cache keeps it (default: node_modules/.cache/wa-review/validate.json under the root, or a temporary folder)', valueName: 'FILE'},
  },
  async run({values, root, io}) {
    if (!existsSync(path.join(root, 'reviews')) && !existsSync(path.join(root, 'lenses'))) {
      throw new UsageError(`${root} holds neither reviews/ nor lenses/; pass the content root with --root`);
    }
    const format = (values.format as ReportFormat | undefined) ?? 'text';
    const started = performance.now();
    // Files are read in worker threads when the bundled worker sits beside the CLI (dist/load-worker.mjs).
    const workerScript = new URL('./load-worker.mjs', import.meta.url);
    const loader = values.cache ? loaderId() : undefined;
    const cacheFile = (values['cache-file'] as string | undefined) ?? defaultCacheFile(root, existsSync, os.tmpdir());
    const cached = loader ? await loadCorpusCached({root, cacheFile, loader, workerScript}) : undefined;
    const {corpus, problems} = cached ?? (await loadCorpusParallel({root, workerScript}));
    const ms = performance.now() - started;
    const cacheNote = cached ? ` (${cached.cache.hits} of ${cached.cache.hits + cached.cache.misses} version files from the cache)` : '';
    const output = formatProblems(problems, format);
    if (format === 'text') {
      const versions = corpus.reviews.reduce((n, r) => n + r.versions.length, 0);
      const what = `${corpus.reviews.length} reviews, ${versions} versions, ${corpus.findings.length} findings, ${corpus.lenses.length} lenses`;
      io.out(output);
      io.err(`${problems.length ? '' : `${summary(problems)}: `}${what} checked in ${Math.round(ms)} ms${cacheNote}\n`);
    } else {
      io.out(output);
    }
    return hasErrors(problems) ? EXIT.problems : EXIT.ok;
  },
});

/**
 * What identifies this loader for the cache: a hash of the running CLI bundle and its worker, so that a cache
 * written by other code is never used. Run from sources (the tests), the package version and the sources' own
 * path stand in; tests pass their own id to loadCorpusCached.
 */
function loaderId(): string {
  const hash = createHash('sha256');
  for (const file of ['./cli.mjs', './load-worker.mjs']) {
    try {
      hash.update(readFileSync(new URL(file, import.meta.url)));
    } catch {
      hash.update(`${file}:missing`);
    }
  }
  hash.update(import.meta.url);
  return hash.digest('hex');
}
