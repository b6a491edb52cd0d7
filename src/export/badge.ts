import {openBySeverity} from '../content/derive';
import {PILLARS, SEVERITIES, type Severity} from '../schemas/vocab';
import type {ExportContext} from './findings-json';
import {publishedVersions} from './published';
import type {Badge} from './schemas';

/** Badge colours by the worst open severity (shields.io named colours). */
export const BADGE_COLORS = {high: 'red', medium: 'orange', low: 'yellow', none: 'brightgreen'} as const;

/**
 * /api/v1/reviews/<id>/badge.json: a shields.io endpoint with the open high and medium findings of the review's
 * latest published version (the counts its page shows), coloured by the worst open severity. Undefined without a
 * published version.
 */
export function toBadge({corpus, reviewId}: Pick<ExportContext, 'corpus'> & {reviewId: string}): Badge | undefined {
  const review = corpus.reviews.find((r) => r.id === reviewId);
  const latest = review ? publishedVersions(review).at(-1) : undefined;
  if (!latest) return undefined;
  const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const p of PILLARS) {
    const o = openBySeverity(latest.counts, p);
    for (const s of SEVERITIES) open[s] += o[s];
  }
  const worst = SEVERITIES.find((s) => open[s] > 0) ?? 'none';
  const message =
    open.high + open.medium > 0 ? `${open.high} high, ${open.medium} medium open` : open.low > 0 ? `no high or medium open (${open.low} low)` : 'no open findings';
  return {schemaVersion: 1, label: `WA review v${latest.version}`, message, color: BADGE_COLORS[worst]};
}
