import {toBadge} from './badge';
import {toFindingsCsv} from './csv';
import {toFindingsJson, type ExportContext} from './findings-json';
import {publishedVersions} from './published';
import {toReviewJson} from './review-json';
import {sarifRepositories, toSarif} from './sarif';

/** Paths of the exports under the site's output folder: the public URLs of docs/reference/contracts.md#urls. */
export const apiPaths = {
  findingsJson: () => 'api/v1/findings.json',
  findingsCsv: () => 'api/v1/findings.csv',
  reviewJson: (id: string) => `api/v1/reviews/${id}.json`,
  badge: (id: string) => `api/v1/reviews/${id}/badge.json`,
  sarif: (repo: string) => `api/v1/sarif/${repo}.sarif`,
};

export interface ApiFile {
  /** Relative to the site's output folder, forward slashes. */
  path: string;
  content: string;
}

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Every export file of the site, built from the corpus: findings.json and findings.csv; per review with a
 * published version its JSON and badge; per subject repository its SARIF file (also when nothing is left open in
 * it, so the next upload closes the alerts).
 */
export function apiFiles(ctx: ExportContext): ApiFile[] {
  const files: ApiFile[] = [
    {path: apiPaths.findingsJson(), content: jsonText(toFindingsJson(ctx))},
    {path: apiPaths.findingsCsv(), content: toFindingsCsv(ctx)},
  ];
  for (const review of ctx.corpus.reviews) {
    if (publishedVersions(review).length === 0) continue;
    files.push({path: apiPaths.reviewJson(review.id), content: jsonText(toReviewJson({...ctx, reviewId: review.id}))});
    files.push({path: apiPaths.badge(review.id), content: jsonText(toBadge({corpus: ctx.corpus, reviewId: review.id}))});
  }
  for (const repo of sarifRepositories(ctx)) files.push({path: apiPaths.sarif(repo), content: jsonText(toSarif({...ctx, repo}))});
  return files;
}
