import type {Erratum} from '../../schemas/errata';
import type {Finding} from '../../schemas/finding';
import type {FindingHistoryEntry, FindingRecord} from '../../content/types';
import type {ReviewProp, VersionProp} from '../../plugin/props';
import type {ShownStatus} from '../../components/Badges';

export interface SuccessorFact {
  id: string;
  title: string;
  severity: string;
  status: string;
}

export interface FindingPageFacts {
  record: FindingRecord;
  /** The latest published version that lists the finding (the newest draft only if none is published). */
  version: VersionProp;
  finding: Finding;
  current: FindingHistoryEntry;
  shownStatus: ShownStatus;
  statusText: string;
  retiredReason: string | undefined;
  successors: SuccessorFact[];
  predecessors: string[];
  /** A draft newer than `version` that lists the finding. */
  newerDraft: number | undefined;
  errata: Erratum[];
  /** For each history entry, what changed from the entry before it, in words. */
  changes: string[];
}

/** What the finding page says, derived from the review's data module: pure, so it is tested without a browser. */
export function findingPageFacts({review, id}: {review: ReviewProp; id: string}): FindingPageFacts {
  const record = review.findings.find((f) => f.id === id);
  if (!record) throw new Error(`unexpected: ${id} is not a finding of ${review.id}`);
  const published = record.history.filter((h) => !h.draft);
  const current = published.at(-1) ?? record.history.at(-1)!;
  const version = review.versions.find((v) => v.version === current.version)!;
  const finding = version.data.findings.find((f) => f.id === id)!;
  const successors = (finding.replacedBy ?? []).map((s) => {
    const f = version.data.findings.find((x) => x.id === s);
    return {id: s, title: f?.title ?? '', severity: f?.severity ?? '', status: f?.status ?? ''};
  });
  const shownStatus: ShownStatus = current.ended ? 'ended' : current.status;
  const newest = record.history.at(-1)!;
  return {
    record,
    version,
    finding,
    current,
    shownStatus,
    statusText: current.ended ? ('retired' in current.ended ? 'retired' : `replaced by ${current.ended.replacedBy.join(', ')}`) : current.status,
    retiredReason: finding.retired,
    successors,
    predecessors: record.replaces,
    newerDraft: newest.draft && newest.version > current.version ? newest.version : undefined,
    errata: review.errata.filter((e) => e.finding === id),
    changes: record.history.map((h, i) => describeChange(record.history[i - 1], h)),
  };
}

export function describeChange(prev: FindingHistoryEntry | undefined, h: FindingHistoryEntry): string {
  if (!prev) return 'first listed';
  const parts: string[] = [];
  if (prev.severity !== h.severity) parts.push(`severity ${prev.severity} → ${h.severity}`);
  if (prev.status !== h.status) parts.push(`${prev.status} → ${h.status}`);
  if (prev.pillar !== h.pillar) parts.push(`pillar ${prev.pillar} → ${h.pillar}`);
  if (h.ended) parts.push('retired' in h.ended ? 'retired' : `replaced by ${h.ended.replacedBy.join(', ')}`);
  return parts.length ? parts.join('; ') : 'unchanged';
}
