import {matchesFilters, parseFilters, sortFindings, withFilters, type FindingFilters} from '../../components/FindingTable/filters';
import type {ExplorerRow} from '../../plugin/explorer-props';

/**
 * The explorer's state: the finding table's filters (pillar, severity, status, service) plus review, subject
 * repository and lens question, all in the URL query. Pure functions, tested without a browser.
 */
export interface ExplorerState {
  filters: FindingFilters;
  review?: string;
  repo?: string;
  /** A lens reference, `lens:QUESTION`. */
  lens?: string;
}

const EXTRA = ['review', 'repo', 'lens'] as const;

export function parseExplorerState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const state: ExplorerState = {filters: parseFilters(search)};
  for (const key of EXTRA) {
    const v = params.get(key)?.trim();
    if (v) state[key] = v;
  }
  return state;
}

/** The query string for a state, keeping unrelated parameters; `?...` or empty. */
export function serializeExplorerState(search: string, state: ExplorerState): string {
  const params = new URLSearchParams(withFilters(search, state.filters));
  for (const key of EXTRA) {
    const v = state[key];
    if (v) params.set(key, v);
    else params.delete(key);
  }
  const q = params.toString();
  return q ? `?${q}` : '';
}

export function matchesExplorer(row: ExplorerRow, state: ExplorerState): boolean {
  return (
    matchesFilters(row, state.filters) &&
    (state.review === undefined || row.review === state.review) &&
    (state.repo === undefined || row.repo === state.repo) &&
    (state.lens === undefined || row.lensRefs.includes(state.lens))
  );
}

/** The rows a state shows, highest severity first, then by id. */
export function exploreRows(rows: readonly ExplorerRow[], state: ExplorerState): ExplorerRow[] {
  return sortFindings(rows.filter((r) => matchesExplorer(r, state)));
}

/** The values of the extra facets among some rows, with counts, sorted. */
export function extraFacets(rows: readonly ExplorerRow[]): Record<(typeof EXTRA)[number], Array<[string, number]>> {
  const count = (values: Array<string | undefined>) => {
    const m = new Map<string, number>();
    for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].sort(([a], [b]) => a.localeCompare(b, 'en', {numeric: true}));
  };
  return {review: count(rows.map((r) => r.review)), repo: count(rows.map((r) => r.repo)), lens: count(rows.flatMap((r) => r.lensRefs))};
}
