import {existsSync} from 'node:fs';
import path from 'node:path';
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
  },
  async run({values, root, io}) {
    if (!existsSync(path.join(root, 'reviews')) && !existsSync(path.join(root, 'lenses'))) {
      throw new UsageError(`${root} holds neither reviews/ nor lenses/; pass the content root with --root`);
    }
    const format = (values.format as ReportFormat | undefined) ?? 'text';
    const started = performance.now();
    // Files are read in worker threads when the bundled worker sits beside the CLI (dist/load-worker.mjs).
    const {corpus, problems} = await loadCorpusParallel({root, workerScript: new URL('./load-worker.mjs', import.meta.url)});
    const ms = performance.now() - started;
    const output = formatProblems(problems, format);
    if (format === 'text') {
      const versions = corpus.reviews.reduce((n, r) => n + r.versions.length, 0);
      const what = `${corpus.reviews.length} reviews, ${versions} versions, ${corpus.findings.length} findings, ${corpus.lenses.length} lenses`;
      io.out(output);
      io.err(`${problems.length ? '' : `${summary(problems)}: `}${what} checked in ${Math.round(ms)} ms\n`);
    } else {
      io.out(output);
    }
    return hasErrors(problems) ? EXIT.problems : EXIT.ok;
  },
});
