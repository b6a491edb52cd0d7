import {describe, expect, it} from 'vitest';
import {loadCorpus} from '../../../content/load';
import {PROJECT_ROOT} from '../../__tests__/support';
import {
  facetCounts,
  filterFindings,
  isFiltered,
  NO_FILTERS,
  parseFilters,
  serializeFilters,
  sortFindings,
  toggleValue,
  withFilters,
  type FilterableFinding,
  type FindingFilters,
} from '../filters';

const f = (id: string, pillar: FilterableFinding['pillar'], severity: FilterableFinding['severity'], status: FilterableFinding['status'] = 'open', services: string[] = [], ended = false): FilterableFinding => ({
  id,
  pillar,
  severity,
  status,
  services,
  ...(ended ? {retired: 'no longer applies'} : {}),
});

const SAMPLE = [
  f('X-010', 'security', 'low', 'open', ['Amazon VPC']),
  f('X-002', 'reliability', 'high', 'mitigating'),
  f('X-9', 'security', 'high', 'resolved', ['AWS IAM', 'Amazon VPC']),
  f('X-001', 'security', 'medium', 'accepted', ['AWS IAM']),
  f('X-003', 'cost-optimization', 'medium', 'open', [], true),
  f('X-011', 'security', 'high', 'open', ['Amazon Bedrock']),
];
const ids = (xs: readonly FilterableFinding[]) => xs.map((x) => x.id);

describe('filterFindings', () => {
  it('by pillar=security leaves exactly the security findings', () => {
    expect(ids(filterFindings(SAMPLE, parseFilters('?pillar=security')))).toEqual(['X-010', 'X-9', 'X-001', 'X-011']);
  });

  it('combines facets with AND and values within a facet with OR', () => {
    expect(ids(filterFindings(SAMPLE, parseFilters('pillar=security&severity=high,medium')))).toEqual(['X-9', 'X-001', 'X-011']);
    expect(ids(filterFindings(SAMPLE, parseFilters('pillar=security&service=Amazon%20VPC')))).toEqual(['X-010', 'X-9']);
    expect(ids(filterFindings(SAMPLE, {...NO_FILTERS, status: ['open', 'mitigating']}))).toEqual(['X-010', 'X-002', 'X-011']);
  });

  it('treats a retired or replaced finding as ended, not by its status', () => {
    expect(ids(filterFindings(SAMPLE, {...NO_FILTERS, status: ['ended']}))).toEqual(['X-003']);
    expect(ids(filterFindings(SAMPLE, {...NO_FILTERS, status: ['open']}))).not.toContain('X-003');
  });

  it('on the agent platform review v2 (published, immutable), security leaves exactly its sixteen ids', () => {
    const {corpus} = loadCorpus({root: PROJECT_ROOT});
    const v2 = corpus.reviews.find((r) => r.id === 'agent-platform')!.versions.find((v) => v.version === 2)!;
    const security = filterFindings(v2.data.findings, parseFilters('?pillar=security'));
    expect(ids(security)).toEqual(
      'AGP-001 AGP-002 AGP-003 AGP-013 AGP-014 AGP-015 AGP-017 AGP-018 AGP-019 AGP-021 AGP-022 AGP-023 AGP-024 AGP-025 AGP-026 AGP-029'.split(' '),
    );
    expect(ids(filterFindings(v2.data.findings, parseFilters('pillar=security&severity=high&status=open')))).toEqual(['AGP-002', 'AGP-013', 'AGP-018', 'AGP-021', 'AGP-024']);
    expect(ids(filterFindings(v2.data.findings, parseFilters('service=Amazon+VPC')))).toEqual(['AGP-013', 'AGP-024']);
  });
});

describe('sortFindings', () => {
  it('orders high, medium, low, then by id numerically', () => {
    expect(ids(sortFindings(SAMPLE))).toEqual(['X-002', 'X-9', 'X-011', 'X-001', 'X-003', 'X-010']);
  });

  it('never puts a lower severity before a higher one, and keeps ids ascending within a severity', () => {
    const rank = {high: 0, medium: 1, low: 2} as const;
    const sorted = sortFindings([...SAMPLE].reverse());
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      expect(rank[a.severity] <= rank[b.severity]).toBe(true);
      if (a.severity === b.severity) expect(a.id.localeCompare(b.id, 'en', {numeric: true})).toBeLessThan(0);
    }
  });

  it('does not change its input', () => {
    const copy = [...SAMPLE];
    sortFindings(SAMPLE);
    expect(SAMPLE).toEqual(copy);
  });
});

describe('URL filters', () => {
  const cases: FindingFilters[] = [
    NO_FILTERS,
    {pillar: ['security'], severity: [], status: []},
    {pillar: ['operational-excellence', 'cost-optimization'], severity: ['high', 'low'], status: ['open', 'ended']},
    {pillar: [], severity: ['medium'], status: ['accepted'], service: 'Amazon Bedrock AgentCore Gateway'},
    {pillar: [], severity: [], status: [], service: 'A, B & C / d?e#f'},
  ];

  it.each(cases)('round-trip: parse(serialize(%j)) gives the same filters', (filters) => {
    expect(parseFilters(serializeFilters(filters))).toEqual(filters);
    expect(parseFilters(withFilters('?from=1&to=2', filters))).toEqual(filters);
  });

  it('serialises readably, in vocabulary order, and keeps unrelated parameters', () => {
    expect(serializeFilters({pillar: ['security'], severity: ['low', 'high'], status: []})).toBe('pillar=security&severity=high,low');
    expect(withFilters('?from=1&severity=low', {pillar: [], severity: ['medium'], status: []})).toBe('?from=1&severity=medium');
    expect(withFilters('?severity=low', NO_FILTERS)).toBe('');
  });

  it('accepts repeated values and drops unknown ones, so an old link shows more rather than failing', () => {
    expect(parseFilters('?severity=high&severity=critical,low&pillar=Security&status=open')).toEqual({pillar: [], severity: ['high', 'low'], status: ['open']});
    expect(isFiltered(parseFilters('?nothing=here'))).toBe(false);
  });

  it('toggles a value in and out, in vocabulary order', () => {
    const order = ['high', 'medium', 'low'] as const;
    expect(toggleValue(['low'], 'high', order)).toEqual(['high', 'low']);
    expect(toggleValue(['high', 'low'], 'high', order)).toEqual(['low']);
  });
});

describe('facetCounts', () => {
  it('counts each finding once per value, services sorted by name', () => {
    const counts = facetCounts(SAMPLE);
    expect(counts.pillar.security).toBe(4);
    expect(counts.severity).toEqual({high: 3, medium: 2, low: 1});
    expect(counts.status).toEqual({open: 2, mitigating: 1, resolved: 1, accepted: 1, ended: 1});
    expect(counts.service).toEqual([['Amazon Bedrock', 1], ['Amazon VPC', 2], ['AWS IAM', 2]]);
  });
});
