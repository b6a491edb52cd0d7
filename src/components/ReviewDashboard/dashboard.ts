import type {IndexProp} from '../../plugin/props';
import {PILLARS, SEVERITIES, type Pillar, type Severity} from '../../schemas/vocab';
import {serializeFilters} from '../FindingTable/filters';

export interface DashboardCell {
  total: number;
  /** The published reviews with open findings in this cell, and a link to each one's filtered table. */
  reviews: Array<{id: string; title: string; count: number; href: string}>;
}

export type Dashboard = Record<Pillar, Record<Severity, DashboardCell>>;

/** The finding table of a review's latest version, filtered to the open findings of one pillar and severity. */
export function filteredTableHref({review, pillar, severity}: {review: string; pillar: Pillar; severity: Severity}): string {
  return `/reviews/${review}/?${serializeFilters({pillar: [pillar], severity: [severity], status: ['open', 'mitigating']})}#findings`;
}

/**
 * Pillar x severity across the latest published version of every review: the open findings, and per review the
 * count with a link to it. Drafts count nowhere, as in the index data.
 */
export function dashboardCells({reviews}: Pick<IndexProp, 'reviews'>): Dashboard {
  const out = {} as Dashboard;
  for (const pillar of PILLARS) {
    out[pillar] = {} as Record<Severity, DashboardCell>;
    for (const severity of SEVERITIES) {
      const cell: DashboardCell = {total: 0, reviews: []};
      for (const r of reviews) {
        const count = r.status === 'published' ? r.pillars[pillar].open[severity] : 0;
        if (!count) continue;
        cell.total += count;
        cell.reviews.push({id: r.id, title: r.title, count, href: filteredTableHref({review: r.id, pillar, severity})});
      }
      out[pillar][severity] = cell;
    }
  }
  return out;
}
