import {existsSync} from 'node:fs';
import path from 'node:path';
import {loadCorpus} from '../../content/load';
import {formatText} from '../../content/report';
import {diffVersions} from '../../diff/diff-versions';
import {formatDiffMarkdown} from '../../diff/markdown';
import {siteLocation} from '../../site-config';
import {UsageError} from '../cli';
import {EXIT} from '../exit-codes';
import {defineVerb} from '../verb';

const DIFF_FORMATS = ['md', 'json'] as const;
const VERSION_ARG = /^v?([1-9]\d*)$/i;

function parseVersion(arg: string, which: string): number {
  const m = VERSION_ARG.exec(arg);
  if (!m) throw new UsageError(`<${which}> "${arg}": expected a version number like 2 or v2`);
  return Number(m[1]);
}

/**
 * Where links in the Markdown point: the absolute site when SITE_URL is set (a pull-request comment is read on
 * another host), else site-relative under BASE_URL.
 */
function linkPrefix(env: NodeJS.ProcessEnv): string {
  let loc;
  try {
    loc = siteLocation(env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return env.SITE_URL ? `${loc.url}${loc.baseUrl}` : loc.baseUrl;
}

export const diffVerb = defineVerb({
  name: 'diff',
  summary: 'what changed between two versions of a review: findings, metrics, ratings, trade-offs, body (md: a pull-request comment)',
  args: '<review-id> <from> <to>',
  minPositionals: 3,
  maxPositionals: 3,
  options: {
    format: {type: 'string', description: 'md (default: a pull-request comment; links are absolute when SITE_URL is set) or json (the diff object)', choices: DIFF_FORMATS},
  },
  async run({values, positionals, root, io}) {
    const [reviewId, fromArg, toArg] = positionals as [string, string, string];
    const from = parseVersion(fromArg, 'from');
    const to = parseVersion(toArg, 'to');
    const format = (values.format as (typeof DIFF_FORMATS)[number] | undefined) ?? 'md';
    const prefix = format === 'md' ? linkPrefix(process.env) : '';
    if (!existsSync(path.join(root, 'reviews'))) throw new UsageError(`${root} holds no reviews/; pass the content root with --root`);

    const {corpus, problems} = loadCorpus({root});
    const review = corpus.reviews.find((r) => r.id === reviewId);
    if (!review) {
      const ids = corpus.reviews.map((r) => r.id);
      io.err(`wa-review diff: unknown review "${reviewId}". Valid reviews: ${ids.length ? ids.join(', ') : '(none)'}\n`);
      return EXIT.problems;
    }
    // A diff of content that does not validate would mislead: show the review's own errors instead.
    const errors = problems.filter((p) => p.severity === 'error' && p.file.startsWith(`reviews/${reviewId}/`));
    if (errors.length) {
      io.err(formatText(errors));
      io.err(`wa-review diff: not diffed: reviews/${reviewId}/ has ${errors.length} error${errors.length === 1 ? '' : 's'}; run \`wa-review validate\`\n`);
      return EXIT.problems;
    }
    const versions = review.versions.map((v) => v.version);
    const missing = [from, to].filter((n) => !versions.includes(n));
    if (missing.length) {
      io.err(`wa-review diff: ${reviewId} has no v${missing[0]}. Its versions: ${versions.map((n) => `v${n}`).join(', ')}\n`);
      return EXIT.problems;
    }
    const entry = (n: number) => review.versions.find((v) => v.version === n)!;
    const between = review.versions.filter((v) => v.version > Math.min(from, to) && v.version < Math.max(from, to));
    const diff = diffVersions({from: entry(from), to: entry(to), between});
    io.out(format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : formatDiffMarkdown({diff, site: prefix}));
    return EXIT.ok;
  },
});
