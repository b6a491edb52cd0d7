import {isEnded} from '../../content/derive';
import type {Finding} from '../../schemas/finding';
import {FINDING_STATUSES, PILLARS, SEVERITIES, type Pillar, type Severity} from '../../schemas/vocab';
import type {ShownStatus} from '../Badges';

/**
 * The finding table's state and logic as pure functions: filtering, sorting and the URL query that holds the
 * filters (`?pillar=security&severity=high,medium&status=open&service=Amazon%20VPC`). The component reads the query
 * after mount and writes it with history.replaceState; everything here is testable without a browser.
 */

export type FilterableFinding = Pick<Finding, 'id' | 'pillar' | 'severity' | 'status' | 'services' | 'retired' | 'replacedBy'>;

/** Status as filtered and shown: a finding that this version retires or replaces is `ended`, whatever its status. */
export const SHOWN_STATUSES = [...FINDING_STATUSES, 'ended'] as const satisfies readonly ShownStatus[];

export function shownStatus(f: Pick<Finding, 'status' | 'retired' | 'replacedBy'>): ShownStatus {
  return isEnded(f) ? 'ended' : f.status;
}

/** Within a facet any listed value matches; across facets all must. Empty means no filter. */
export interface FindingFilters {
  pillar: Pillar[];
  severity: Severity[];
  status: ShownStatus[];
  service?: string;
}

export const NO_FILTERS: FindingFilters = {pillar: [], severity: [], status: []};

export function isFiltered(filters: FindingFilters): boolean {
  return filters.pillar.length + filters.severity.length + filters.status.length > 0 || filters.service !== undefined;
}

export function matchesFilters(f: FilterableFinding, filters: FindingFilters): boolean {
  return (
    (!filters.pillar.length || filters.pillar.includes(f.pillar)) &&
    (!filters.severity.length || filters.severity.includes(f.severity)) &&
    (!filters.status.length || filters.status.includes(shownStatus(f))) &&
    (filters.service === undefined || f.services.includes(filters.service))
  );
}

export function filterFindings<T extends FilterableFinding>(findings: readonly T[], filters: FindingFilters): T[] {
  return findings.filter((f) => matchesFilters(f, filters));
}

/** High before medium before low; then by id, numerically (AGP-9 before AGP-10). */
export function compareFindings(a: Pick<Finding, 'id' | 'severity'>, b: Pick<Finding, 'id' | 'severity'>): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.id.localeCompare(b.id, 'en', {numeric: true});
}

export function sortFindings<T extends Pick<Finding, 'id' | 'severity'>>(findings: readonly T[]): T[] {
  return [...findings].sort(compareFindings);
}

/** Adds or removes a value, keeping the vocabulary's order so equal filters serialise equally. */
export function toggleValue<T extends string>(list: readonly T[], value: T, order: readonly T[]): T[] {
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return order.filter((v) => next.includes(v));
}

const FACETS = {pillar: PILLARS, severity: SEVERITIES, status: SHOWN_STATUSES} as const;
type Facet = keyof typeof FACETS;
const FILTER_KEYS = ['pillar', 'severity', 'status', 'service'] as const;

/**
 * Reads filters from a query string (with or without `?`). Values may be repeated or comma-separated; unknown
 * values are dropped, so an old or mistyped link shows more, never an error.
 */
export function parseFilters(search: string): FindingFilters {
  const params = new URLSearchParams(search);
  const list = <K extends Facet>(key: K): Array<(typeof FACETS)[K][number]> => {
    const given = new Set(params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()));
    return (FACETS[key] as ReadonlyArray<(typeof FACETS)[K][number]>).filter((v) => given.has(v));
  };
  const service = params.get('service')?.trim();
  return {pillar: list('pillar'), severity: list('severity'), status: list('status'), ...(service ? {service} : {})};
}

/** The filters as a query string without `?`, in a fixed order; empty when nothing is filtered. */
export function serializeFilters(filters: FindingFilters): string {
  const parts: string[] = [];
  for (const key of ['pillar', 'severity', 'status'] as const) {
    const values = (FACETS[key] as readonly string[]).filter((v) => (filters[key] as readonly string[]).includes(v));
    if (values.length) parts.push(`${key}=${values.join(',')}`);
  }
  if (filters.service !== undefined) parts.push(`service=${encodeURIComponent(filters.service)}`);
  return parts.join('&');
}

/** Replaces the filter keys of a query string, keeping any other parameter; returns `?...` or an empty string. */
export function withFilters(search: string, filters: FindingFilters): string {
  const others = new URLSearchParams(search);
  for (const key of FILTER_KEYS) others.delete(key);
  const query = [others.toString(), serializeFilters(filters)].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}

/** How many findings carry each value, for the counts beside the filter buttons. */
export function facetCounts(findings: readonly FilterableFinding[]): {
  pillar: Record<Pillar, number>;
  severity: Record<Severity, number>;
  status: Record<ShownStatus, number>;
  service: Array<[string, number]>;
} {
  const zero = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, 0])) as Record<T, number>;
  const out = {pillar: zero(PILLARS), severity: zero(SEVERITIES), status: zero(SHOWN_STATUSES)};
  const services = new Map<string, number>();
  for (const f of findings) {
    out.pillar[f.pillar] += 1;
    out.severity[f.severity] += 1;
    out.status[shownStatus(f)] += 1;
    for (const s of new Set(f.services)) services.set(s, (services.get(s) ?? 0) + 1);
  }
  return {...out, service: [...services].sort(([a], [b]) => a.localeCompare(b, 'en'))};
}
