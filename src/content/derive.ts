import type {Finding} from '../schemas/finding';
import {FINDING_STATUSES, OPEN_STATUSES, PILLARS, SEVERITIES, type Pillar, type Severity} from '../schemas/vocab';
import type {FindingCounts, FindingHistoryEntry, FindingRecord, ReviewEntry, ReviewVersionEntry} from './types';

/** A finding whose id ends in this version (retired or replaced): listed for the record, counted nowhere. */
export function isEnded(finding: Pick<Finding, 'retired' | 'replacedBy'>): boolean {
  return finding.retired !== undefined || finding.replacedBy !== undefined;
}

export function isOpen(finding: Pick<Finding, 'status' | 'retired' | 'replacedBy'>): boolean {
  return !isEnded(finding) && OPEN_STATUSES.includes(finding.status);
}

export function emptyCounts(): FindingCounts {
  const counts = {} as FindingCounts;
  for (const p of PILLARS) {
    counts[p] = {} as FindingCounts[Pillar];
    for (const s of SEVERITIES) {
      counts[p][s] = Object.fromEntries(FINDING_STATUSES.map((st) => [st, 0])) as FindingCounts[Pillar][Severity];
    }
  }
  return counts;
}

/** Counts findings by pillar, severity and status; ended findings are left out. */
export function countFindings({findings}: {findings: readonly Finding[]}): FindingCounts {
  const counts = emptyCounts();
  for (const f of findings) if (!isEnded(f)) counts[f.pillar][f.severity][f.status] += 1;
  return counts;
}

/** Open (open + mitigating) findings of one pillar by severity. */
export function openBySeverity(counts: FindingCounts, pillar: Pillar): Record<Severity, number> {
  const out = {} as Record<Severity, number>;
  for (const s of SEVERITIES) out[s] = OPEN_STATUSES.reduce((n, st) => n + counts[pillar][s][st], 0);
  return out;
}

export const PILLAR_RATINGS = ['high-risk', 'medium-risk', 'low-risk', 'no-open-findings'] as const;
export type PillarRating = (typeof PILLAR_RATINGS)[number];

/** The rule, in words, shown on every page that shows a rating. */
export const PILLAR_RATING_RULE =
  'A pillar is rated by its worst open finding: high-risk with any open high-severity finding, else medium-risk with any open medium, else low-risk with any open low, else no open findings. Open means open or mitigating; resolved, accepted and ended findings do not count.';

export function pillarRating(open: Record<Severity, number>): PillarRating {
  if (open.high > 0) return 'high-risk';
  if (open.medium > 0) return 'medium-risk';
  if (open.low > 0) return 'low-risk';
  return 'no-open-findings';
}

export function latestPublished({versions}: {versions: readonly ReviewVersionEntry[]}): number | undefined {
  let latest: number | undefined;
  for (const v of versions) if (v.data.status === 'published') latest = Math.max(latest ?? 0, v.version);
  return latest;
}

/** Every finding id of every review with its history across versions, sorted by id. */
export function buildFindingRecords({reviews}: {reviews: readonly ReviewEntry[]}): FindingRecord[] {
  const records = new Map<string, FindingRecord>();
  for (const review of reviews) {
    for (const v of review.versions) {
      for (const f of v.data.findings) {
        let record = records.get(f.id);
        if (!record) {
          record = {id: f.id, review: review.id, firstVersion: v.version, history: [], replaces: []};
          records.set(f.id, record);
        }
        const entry: FindingHistoryEntry = {
          version: v.version,
          date: v.data.date,
          draft: v.data.status === 'draft',
          title: f.title,
          pillar: f.pillar,
          severity: f.severity,
          status: f.status,
        };
        if (f.retired !== undefined) entry.ended = {retired: f.retired};
        else if (f.replacedBy !== undefined) entry.ended = {replacedBy: [...f.replacedBy]};
        record.history.push(entry);
      }
    }
  }
  for (const record of records.values()) {
    for (const e of record.history) {
      if (e.ended && 'replacedBy' in e.ended) {
        for (const successor of e.ended.replacedBy) {
          const r = records.get(successor);
          if (r && !r.replaces.includes(record.id)) r.replaces.push(record.id);
        }
      }
    }
  }
  return [...records.values()].sort((a, b) => a.id.localeCompare(b.id, 'en', {numeric: true}));
}
