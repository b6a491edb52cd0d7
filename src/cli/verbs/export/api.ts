import {existsSync} from 'node:fs';
import path from 'node:path';
import {loadCorpus} from '../../../content/load';
import {hasErrors} from '../../../content/problem';
import type {Corpus} from '../../../content/types';
import {jsonText} from '../../../export/api-files';
import {toBadge} from '../../../export/badge';
import {toFindingsCsv} from '../../../export/csv';
import {toFindingsJson} from '../../../export/findings-json';
import {publishedVersions} from '../../../export/published';
import {toReviewJson} from '../../../export/review-json';
import {sarifRepositories, toSarif} from '../../../export/sarif';
import {siteRootUrl, UsageError} from '../../cli';
import type {VerbContext} from '../../verb';
import {defineExporter, type ExportResult} from './exporter';

/**
 * The site's machine-readable exports (/api/v1/), byte for byte what the build publishes: findings-json,
 * review-json, csv, sarif and badge. URLs in them are absolute, from SITE_URL and BASE_URL as for the build.
 */

interface Loaded {
  corpus: Corpus;
  siteUrl: string;
  problems: ExportResult['problems'];
}

/** The corpus and site URL, or a result that stops the export (content with errors is never exported). */
function load({root}: VerbContext): Loaded | ExportResult {
  if (!existsSync(path.join(root, 'reviews'))) throw new UsageError(`${root} holds no reviews/; pass the content root with --root`);
  const siteUrl = siteRootUrl();
  const {corpus, problems} = loadCorpus({root});
  if (hasErrors(problems)) return {output: undefined, problems};
  return {corpus, siteUrl, problems};
}

const isStop = (x: Loaded | ExportResult): x is ExportResult => !('corpus' in x);

function reviewOption(values: VerbContext['values'], corpus: Corpus, format: string): string {
  const id = values.review as string | undefined;
  const published = corpus.reviews.filter((r) => publishedVersions(r).length > 0).map((r) => r.id);
  if (id === undefined) throw new UsageError(`${format} needs --review <id>. Valid ids: ${published.join(', ') || '(none published)'}`);
  if (!published.includes(id)) {
    const draftOnly = corpus.reviews.some((r) => r.id === id);
    throw new UsageError(`${draftOnly ? `review "${id}" has no published version (drafts are never exported)` : `no review "${id}"`}. Valid ids: ${published.join(', ') || '(none published)'}`);
  }
  return id;
}

const REVIEW_OPTION = {review: {type: 'string', description: 'review-json, badge: the review id', valueName: 'ID'}} as const;

export const findingsJsonExporter = defineExporter({
  format: 'findings-json',
  summary: 'every published finding with its current state and permalink (/api/v1/findings.json)',
  options: {},
  run(ctx) {
    const l = load(ctx);
    return isStop(l) ? l : {output: jsonText(toFindingsJson(l)), problems: l.problems};
  },
});

export const reviewJsonExporter = defineExporter({
  format: 'review-json',
  summary: 'a review\'s published versions with their findings and metrics (/api/v1/reviews/<id>.json)',
  options: REVIEW_OPTION,
  run(ctx) {
    const l = load(ctx);
    if (isStop(l)) return l;
    const reviewId = reviewOption(ctx.values, l.corpus, 'review-json');
    return {output: jsonText(toReviewJson({...l, reviewId})), problems: l.problems};
  },
});

export const csvExporter = defineExporter({
  format: 'csv',
  summary: 'one row per published finding, RFC 4180 (/api/v1/findings.csv)',
  options: {},
  run(ctx) {
    const l = load(ctx);
    return isStop(l) ? l : {output: toFindingsCsv(l), problems: l.problems};
  },
});

export const sarifExporter = defineExporter({
  format: 'sarif',
  summary: 'the findings of one subject repository as SARIF 2.1.0 for code scanning (/api/v1/sarif/<owner>/<repo>.sarif)',
  options: {repo: {type: 'string', description: 'sarif: the subject repository, owner/name', valueName: 'OWNER/NAME'}},
  run(ctx) {
    const l = load(ctx);
    if (isStop(l)) return l;
    const repo = ctx.values.repo as string | undefined;
    const repos = sarifRepositories(l);
    if (repo === undefined) throw new UsageError(`sarif needs --repo <owner/name>. Subject repositories: ${repos.join(', ') || '(none)'}`);
    const log = toSarif({...l, repo});
    if (!log) throw new UsageError(`no published version reviewed the repository "${repo}". Subject repositories: ${repos.join(', ') || '(none)'}`);
    return {output: jsonText(log), problems: l.problems};
  },
});

export const badgeExporter = defineExporter({
  format: 'badge',
  summary: 'a shields.io endpoint with a review\'s open high and medium findings (/api/v1/reviews/<id>/badge.json)',
  options: REVIEW_OPTION,
  run(ctx) {
    const l = load(ctx);
    if (isStop(l)) return l;
    const reviewId = reviewOption(ctx.values, l.corpus, 'badge');
    return {output: jsonText(toBadge({corpus: l.corpus, reviewId})), problems: l.problems};
  },
});

export const apiExporters = [findingsJsonExporter, reviewJsonExporter, csvExporter, sarifExporter, badgeExporter];
