import {openBySeverity, pillarRating} from '../content/derive';
import type {ReviewVersionEntry} from '../content/types';
import {urls} from '../plugin/routes';
import {PILLARS, SEVERITIES, type Pillar, type Severity} from '../schemas/vocab';
import type {ExportContext} from './findings-json';
import {publishedVersions} from './published';
import {API_VERSION, type ReviewJson} from './schemas';

type VersionJson = ReviewJson['versions'][number];

function versionJson(v: ReviewVersionEntry, siteUrl: string): VersionJson {
  const d = v.data;
  const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const pillars = {} as VersionJson['pillars'];
  for (const p of PILLARS) {
    const o = openBySeverity(v.counts, p as Pillar);
    pillars[p] = {rating: pillarRating(o), open: o};
    for (const s of SEVERITIES) open[s] += o[s];
  }
  return {
    version: v.version,
    url: `${siteUrl}${urls.version(d.review, v.version)}`,
    date: d.date,
    title: d.title,
    ...(d.description !== undefined ? {description: d.description} : {}),
    reviewers: [...d.reviewers],
    ...(d.nextReviewDue !== undefined ? {nextReviewDue: d.nextReviewDue} : {}),
    subject: d.subject,
    lenses: d.lenses,
    open,
    pillars,
    metrics: d.metrics,
    findings: d.findings.map((f) => ({...f, url: `${siteUrl}${urls.finding(f.id)}`})),
  };
}

/** /api/v1/reviews/<id>.json, or undefined when the review has no published version (drafts appear nowhere). */
export function toReviewJson({corpus, siteUrl, reviewId}: ExportContext & {reviewId: string}): ReviewJson | undefined {
  const review = corpus.reviews.find((r) => r.id === reviewId);
  const versions = review ? publishedVersions(review) : [];
  const latest = versions.at(-1);
  if (!review || !latest) return undefined;
  return {
    apiVersion: API_VERSION,
    id: review.id,
    url: `${siteUrl}${urls.review(review.id)}`,
    idPrefix: latest.data.idPrefix,
    latestVersion: latest.version,
    versions: versions.map((v) => versionJson(v, siteUrl)),
  };
}
