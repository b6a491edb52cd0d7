import type {Corpus} from '../content/types';
import {urls} from '../plugin/routes';
import type {Subject} from '../schemas/subject';
import {indexPublished, isCurrentlyOpen, successorsOf, type PublishedFinding, type PublishedIndex} from './published';
import {API_VERSION, type ExportedSubject, type FindingEnding, type FindingsJson, type FindingsJsonEntry} from './schemas';

/** `siteUrl` is the site's absolute base URL with a trailing slash, e.g. `https://example.org/reviews-site/`. */
export interface ExportContext {
  corpus: Corpus;
  siteUrl: string;
}

export function exportedSubject(subject: Subject): ExportedSubject {
  return subject.kind === 'repository'
    ? {kind: 'repository', repo: subject.repo, commit: subject.commit}
    : {kind: 'reference-design', page: subject.page, basedOn: subject.basedOn ? {repo: subject.basedOn.repo, commit: subject.basedOn.commit} : null};
}

export function findingEnding(p: PublishedFinding): FindingEnding | null {
  const {finding, version} = p;
  if (finding.retired !== undefined) return {kind: 'retired', version: version.version, reason: finding.retired};
  if (finding.replacedBy !== undefined) return {kind: 'replaced', version: version.version, replacedBy: [...finding.replacedBy]};
  return null;
}

export function toFindingsJsonEntry(p: PublishedFinding, index: PublishedIndex, siteUrl: string): FindingsJsonEntry {
  const {record, finding, version} = p;
  return {
    id: record.id,
    url: `${siteUrl}${urls.finding(record.id)}`,
    review: record.review,
    version: version.version,
    date: version.data.date,
    firstVersion: p.versions[0]!,
    title: finding.title,
    pillar: finding.pillar,
    severity: finding.severity,
    status: finding.status,
    open: isCurrentlyOpen(p),
    ended: findingEnding(p),
    successors: successorsOf(record.id, index.byId),
    replaces: record.replaces.filter((id) => index.byId.get(id)?.finding.replacedBy?.includes(record.id)),
    lensRefs: [...finding.lensRefs],
    subject: exportedSubject(version.data.subject),
    locations: finding.locations.map((l) => ({...l})),
  };
}

/** /api/v1/findings.json: every published finding with its current state and permalink. */
export function toFindingsJson({corpus, siteUrl}: ExportContext): FindingsJson {
  const index = indexPublished({corpus});
  return {
    apiVersion: API_VERSION,
    site: siteUrl,
    reviews: index.reviews.map(({review, latest}) => ({
      id: review.id,
      title: latest.data.title,
      idPrefix: latest.data.idPrefix,
      url: `${siteUrl}${urls.review(review.id)}`,
      latestVersion: latest.version,
      subject: exportedSubject(latest.data.subject),
    })),
    findings: index.findings.map((p) => toFindingsJsonEntry(p, index, siteUrl)),
  };
}
