import type {Corpus} from '../content/types';
import type {Finding} from '../schemas/finding';

/** One published finding in its current state: the latest published version that lists it. */
export interface ExplorerRow extends Pick<Finding, 'id' | 'title' | 'pillar' | 'severity' | 'status' | 'services' | 'lensRefs' | 'retired' | 'replacedBy'> {
  review: string;
  reviewTitle: string;
  /** The subject repository (`owner/name`), or the repository a reference design is based on. */
  repo?: string;
  version: number;
  date: string;
}

/** The explorer's data, computed at build time: every finding ever published, drafts left out. */
export function toExplorerRows({corpus}: {corpus: Corpus}): ExplorerRow[] {
  const rows: ExplorerRow[] = [];
  for (const review of corpus.reviews) {
    const published = review.versions.filter((v) => v.data.status === 'published');
    const latest = new Map<string, {v: (typeof published)[number]; f: Finding}>();
    for (const v of published) for (const f of v.data.findings) latest.set(f.id, {v, f});
    for (const {v, f} of latest.values()) {
      const s = v.data.subject;
      const repo = s.kind === 'repository' ? s.repo : s.basedOn?.repo;
      rows.push({
        id: f.id,
        title: f.title,
        pillar: f.pillar,
        severity: f.severity,
        status: f.status,
        services: f.services,
        lensRefs: f.lensRefs,
        ...(f.retired !== undefined ? {retired: f.retired} : {}),
        ...(f.replacedBy ? {replacedBy: f.replacedBy} : {}),
        review: review.id,
        reviewTitle: published.at(-1)!.data.title,
        ...(repo ? {repo} : {}),
        version: v.version,
        date: v.data.date,
      });
    }
  }
  return rows.sort((a, b) => a.id.localeCompare(b.id, 'en', {numeric: true}));
}
