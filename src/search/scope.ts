/**
 * What the site search indexes. A page is in the index when its HTML marks a part of it `data-pagefind-body` (that
 * part only is indexed); every other page is left out: older versions, drafts, the latest alias /reviews/<id>/
 * (its v<N> page is indexed instead), changes and compare pages, the indexes and the explorer.
 */
export type SearchKind = 'Review' | 'Finding' | 'Lens' | 'Lenses' | 'Docs';

/** Attributes for the searchable part of a page; `kind` is shown beside each result (no commas: Pagefind splits on them). */
export function searchBody(kind: SearchKind, detail?: string): Record<string, string> {
  return {'data-pagefind-body': '', 'data-pagefind-meta': `kind:${detail ? `${kind} ${detail}` : kind}`};
}

/** Attributes for a part of a searchable page that is not content (filters, controls, tables of contents). */
export const SEARCH_IGNORE = {'data-pagefind-ignore': 'all'} as const;

/** A review version page is indexed only at its own URL, only when published, and only for the latest one. */
export function isSearchableVersion({version, status, latestPublished, alias}: {version: number; status: 'draft' | 'published'; latestPublished: number | undefined; alias: boolean}): boolean {
  return !alias && status === 'published' && version === latestPublished;
}
