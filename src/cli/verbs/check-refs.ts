import {existsSync} from 'node:fs';
import path from 'node:path';
import {hasErrors} from '../../content/problem';
import {REPORT_FORMATS, formatProblems, summary, type ReportFormat} from '../../content/report';
import {checkRefs, fetchIndex, indexFromRoot, isUrl, readIndexFile, refIndex, REF_FILE_SIZE_CAP, type IndexResult} from '../../export/check-refs';
import {siteRootUrl, UsageError} from '../cli';
import {EXIT} from '../exit-codes';
import {defineVerb} from '../verb';

export const checkRefsVerb = defineVerb({
  name: 'check-refs',
  summary: 'check the finding ids and finding URLs that files of another repository cite: unknown ones are errors; resolved, retired, replaced ones warnings',
  args: '<path>...',
  minPositionals: 1,
  maxPositionals: Infinity,
  options: {
    index: {type: 'string', description: 'a published findings.json (file or http(s) URL) instead of this project\'s content', valueName: 'FILE|URL'},
    format: {type: 'string', description: 'text (default), json (a list of problems) or github (annotations)', choices: REPORT_FORMATS},
  },
  async run({values, positionals, root, io}) {
    const format = (values.format as ReportFormat | undefined) ?? 'text';
    const spec = values.index as string | undefined;
    let loaded: IndexResult;
    if (spec !== undefined) {
      loaded = isUrl(spec) ? await fetchIndex(spec) : readIndexFile(spec, io.cwd);
    } else {
      if (!existsSync(path.join(root, 'reviews'))) throw new UsageError(`${root} holds no reviews/; pass the content root with --root, or a published findings.json with --index`);
      const siteUrl = siteRootUrl();
      loaded = {index: indexFromRoot({root, siteUrl}), problems: []};
    }
    if (!loaded.index) {
      io.out(formatProblems(loaded.problems, format));
      return EXIT.problems;
    }
    const index = refIndex(loaded.index);
    const result = checkRefs({paths: positionals, cwd: io.cwd, index});
    io.out(formatProblems(result.problems, format));
    for (const s of result.skipped) io.err(`${s.file}: skipped (${s.reason})\n`);
    if (format === 'text') {
      const findings = new Set(result.refs.map((r) => r.id)).size;
      io.err(
        `${summary(result.problems)}: ${result.refs.length} reference${result.refs.length === 1 ? '' : 's'} to ${findings} finding id${findings === 1 ? '' : 's'} in ${result.filesScanned} file${result.filesScanned === 1 ? '' : 's'} (prefixes ${index.prefixes.join(', ') || 'none'}; files over ${REF_FILE_SIZE_CAP} bytes skipped)\n`,
      );
    }
    return hasErrors(result.problems) ? EXIT.problems : EXIT.ok;
  },
});
