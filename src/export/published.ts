import {isOpen} from '../content/derive';
import type {Corpus, FindingRecord, ReviewEntry, ReviewVersionEntry} from '../content/types';
import type {Finding} from '../schemas/finding';

/**
 * The published part of the corpus, indexed once for every export: drafts appear in no export, so everything
 * here skips them. A finding's current state is the one of the latest published version that lists it.
 */

export interface PublishedFinding {
  record: FindingRecord;
  /** The finding as the latest published version that lists it has it. */
  finding: Finding;
  /** That version. */
  version: ReviewVersionEntry;
  /** The published versions that list the id, oldest first. */
  versions: number[];
}

export interface PublishedIndex {
  reviews: Array<{review: ReviewEntry; versions: ReviewVersionEntry[]; latest: ReviewVersionEntry}>;
  /** Every id that some published version lists, sorted by id (numeric order within a prefix). */
  findings: PublishedFinding[];
  byId: Map<string, PublishedFinding>;
}

export function publishedVersions(review: ReviewEntry): ReviewVersionEntry[] {
  return review.versions.filter((v) => v.data.status === 'published');
}

export function indexPublished({corpus}: {corpus: Corpus}): PublishedIndex {
  const reviews: PublishedIndex['reviews'] = [];
  const versionsOf = new Map<string, Map<number, ReviewVersionEntry>>();
  for (const review of corpus.reviews) {
    const versions = publishedVersions(review);
    const latest = versions.at(-1);
    if (!latest) continue;
    reviews.push({review, versions, latest});
    versionsOf.set(review.id, new Map(versions.map((v) => [v.version, v])));
  }
  const findings: PublishedFinding[] = [];
  for (const record of corpus.findings) {
    const listed = record.history.filter((h) => !h.draft).map((h) => h.version);
    const last = listed.at(-1);
    const version = last === undefined ? undefined : versionsOf.get(record.review)?.get(last);
    const finding = version?.data.findings.find((f) => f.id === record.id);
    if (!version || !finding) continue;
    findings.push({record, finding, version, versions: listed});
  }
  return {reviews, findings, byId: new Map(findings.map((f) => [f.record.id, f]))};
}

/** Open or mitigating, and not ended: what counts as open in counts and badges. */
export function isCurrentlyOpen(p: PublishedFinding): boolean {
  return isOpen(p.finding);
}

/**
 * The current findings that stand for a replaced id: its `replacedBy`, each followed through its own
 * replacements in later versions. Empty for an id that did not end by replacement.
 */
export function successorsOf(id: string, byId: ReadonlyMap<string, PublishedFinding>): string[] {
  const out: string[] = [];
  const seen = new Set<string>([id]);
  const visit = (current: string): void => {
    const p = byId.get(current);
    const next = p?.finding.replacedBy;
    if (!p || !next) {
      if (current !== id && !out.includes(current)) out.push(current);
      return;
    }
    for (const successor of next) {
      if (seen.has(successor)) continue;
      seen.add(successor);
      visit(successor);
    }
  };
  visit(id);
  return out;
}
