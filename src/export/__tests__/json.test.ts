import {afterAll, describe, expect, it} from 'vitest';
import {jsonSchemas} from '../../schemas/json-schema';
import {apiFiles} from '../api-files';
import {toBadge} from '../badge';
import {toFindingsJson} from '../findings-json';
import {exportJsonSchema, type ExportSchemaName} from '../json-schemas';
import {toReviewJson} from '../review-json';
import {toCsvRow} from '../csv';
import type {Edit} from '../../content/__tests__/support/fixture-root';
import {cleanUp, corpusWith, jsonSchemaValidator, PUBLISH_V3, realCorpus, SITE, V2, V3} from './support';

afterAll(cleanUp);

/** A draft-only finding in v3: it must appear in no export. */
const DRAFT_ONLY = [
  {file: V3, insertAfterLine: 29, text: '  - {id: DEMO-005, title: Draft-only finding, pillar: reliability, severity: high, rationale: r, status: open}'},
];

const validators = Object.fromEntries(
  (['findings-json', 'review-json', 'findings-csv', 'badge'] as const).map((name) => [
    name,
    {published: jsonSchemaValidator(jsonSchemas()[name]!), closed: jsonSchemaValidator(exportJsonSchema(name, {closed: true}))},
  ]),
) as Record<ExportSchemaName, {published: ReturnType<typeof jsonSchemaValidator>; closed: ReturnType<typeof jsonSchemaValidator>}>;

function expectValid(name: ExportSchemaName, value: unknown): void {
  // JSON text, as a consumer reads it (no undefined, no class instances).
  const json = JSON.parse(JSON.stringify(value)) as unknown;
  const {published, closed} = validators[name];
  expect(published(json), `${name} (published): ${JSON.stringify(published.errors)}`).toBe(true);
  // The exact schema of today: a field written but not declared fails here.
  expect(closed(json), `${name} (closed): ${JSON.stringify(closed.errors)}`).toBe(true);
}

describe('the published JSON Schemas', () => {
  it('are listed with the others under /api/v1/schema/ and say what they describe', () => {
    const all = jsonSchemas();
    for (const name of ['findings-json', 'review-json', 'findings-csv', 'badge']) {
      expect(all[name]).toMatchObject({$id: `/api/v1/schema/${name}.json`, $schema: 'https://json-schema.org/draft/2020-12/schema'});
    }
  });

  it('leave objects open for fields added within apiVersion 1, except the badge, which shields.io reads strictly', () => {
    const text = JSON.stringify(jsonSchemas()['findings-json']);
    expect(text).not.toContain('"additionalProperties":false');
    expect(JSON.stringify(exportJsonSchema('findings-json', {closed: true}))).toContain('"additionalProperties":false');
    expect(jsonSchemas().badge).toMatchObject({additionalProperties: false});
  });

  it('refuse what they should, so a pass means something', () => {
    const json = JSON.parse(JSON.stringify(toFindingsJson({corpus: corpusWith(), siteUrl: SITE}))) as {apiVersion: number; findings: Array<Record<string, unknown>>};
    expect(validators['findings-json'].published({...json, apiVersion: 2})).toBe(false);
    const badStatus = structuredClone(json);
    badStatus.findings[0]!.status = 'done';
    expect(validators['findings-json'].published(badStatus)).toBe(false);
    const relative = structuredClone(json);
    relative.findings[0]!.url = '/findings/DEMO-001/';
    expect(validators['findings-json'].published(relative)).toBe(false);
    const extra = structuredClone(json);
    extra.findings[0]!.note = 'added';
    expect(validators['findings-json'].published(extra)).toBe(true);
    expect(validators['findings-json'].closed(extra)).toBe(false);
  });
});

describe.each([
  ['the fixture corpus', () => corpusWith()],
  ['the real content', realCorpus],
])('every export of %s', (_, corpus) => {
  it('validates against its published JSON Schema; every JSON but the badge carries apiVersion 1', () => {
    const c = corpus();
    const findings = toFindingsJson({corpus: c, siteUrl: SITE});
    expect(findings.apiVersion).toBe(1);
    expectValid('findings-json', findings);
    for (const f of findings.findings) expectValid('findings-csv', toCsvRow(f));
    for (const r of findings.reviews) {
      const review = toReviewJson({corpus: c, siteUrl: SITE, reviewId: r.id})!;
      expect(review.apiVersion).toBe(1);
      expectValid('review-json', review);
      const badge = toBadge({corpus: c, reviewId: r.id})!;
      expectValid('badge', badge);
      expect(Object.keys(badge).sort()).toEqual(['color', 'label', 'message', 'schemaVersion']);
    }
    for (const file of apiFiles({corpus: c, siteUrl: SITE}).filter((f) => f.path.endsWith('.json') && !f.path.endsWith('badge.json'))) {
      expect(JSON.parse(file.content)).toMatchObject({apiVersion: 1});
    }
  });
});

describe('findings.json', () => {
  it('gives each published finding its state from the latest published version that lists it', () => {
    const json = toFindingsJson({corpus: corpusWith(DRAFT_ONLY), siteUrl: SITE});
    expect(json.site).toBe(SITE);
    expect(json.reviews).toEqual([
      {id: 'demo', title: 'Demo agent platform', idPrefix: 'DEMO', url: `${SITE}reviews/demo/`, latestVersion: 2, subject: {kind: 'repository', repo: 'example/demo-platform', commit: '89abcdef0123456789abcdef0123456789abcdef'}},
    ]);
    expect(json.findings.map((f) => [f.id, f.version, f.firstVersion, f.status, f.open, f.ended?.kind ?? null, f.successors, f.replaces])).toEqual([
      ['DEMO-001', 2, 1, 'mitigating', true, null, [], []], // resolved in the draft v3: not yet
      ['DEMO-002', 2, 1, 'resolved', false, null, [], []],
      ['DEMO-003', 2, 1, 'open', false, 'replaced', ['DEMO-004'], []],
      ['DEMO-004', 2, 2, 'accepted', false, null, [], ['DEMO-003']],
    ]);
    expect(json.findings[2]!.ended).toEqual({kind: 'replaced', version: 2, replacedBy: ['DEMO-004']});
    expect(json.findings[0]).toMatchObject({url: `${SITE}findings/DEMO-001/`, review: 'demo', date: '2026-07-01', pillar: 'security', severity: 'high', lensRefs: ['wellarchitected:SEC05', 'agentic-ai:AGENTSEC02']});
  });

  it('follows a published reference design: state, subject and the page it is based on', () => {
    const json = toFindingsJson({corpus: corpusWith(PUBLISH_V3), siteUrl: SITE});
    const f1 = json.findings.find((f) => f.id === 'DEMO-001')!;
    expect([f1.version, f1.status, f1.open]).toEqual([3, 'resolved', false]);
    expect(f1.subject).toEqual({kind: 'reference-design', page: 'docs/architectures/demo-target.md', basedOn: null});
    // DEMO-002 was resolved in v2 and left out of v3: its state stays the one of v2.
    expect(json.findings.find((f) => f.id === 'DEMO-002')!.version).toBe(2);
    expect(json.reviews[0]!.latestVersion).toBe(3);
  });

  it('follows replacements to the current successor, and names a retired id\'s reason', () => {
    const retired = toFindingsJson({corpus: corpusWith([{file: V2, replace: ['replacedBy: [DEMO-004]', 'retired: merged into the inference-profile finding']}]), siteUrl: SITE});
    expect(retired.findings.find((f) => f.id === 'DEMO-003')!.ended).toEqual({kind: 'retired', version: 2, reason: 'merged into the inference-profile finding'});
    expect(retired.findings.find((f) => f.id === 'DEMO-004')!.replaces).toEqual([]);
  });
});

describe('drafts', () => {
  it('appear in no export, badge or SARIF', () => {
    const c = corpusWith(DRAFT_ONLY);
    for (const file of apiFiles({corpus: c, siteUrl: SITE})) {
      expect(file.content, file.path).not.toContain('DEMO-005');
      expect(file.content, file.path).not.toContain('Draft-only');
      expect(file.content, file.path).not.toContain('reviews/demo/v3/');
    }
    expect(toReviewJson({corpus: c, siteUrl: SITE, reviewId: 'demo'})!.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(apiFiles({corpus: c, siteUrl: SITE}).map((f) => f.path)).toEqual([
      'api/v1/findings.json',
      'api/v1/findings.csv',
      'api/v1/reviews/demo.json',
      'api/v1/reviews/demo/badge.json',
      'api/v1/sarif/example/demo-platform.sarif',
    ]);
  });
});

describe('reviews/<id>.json', () => {
  it('holds each published version with its open counts, pillar ratings, metrics and findings with their pages', () => {
    const review = toReviewJson({corpus: corpusWith(), siteUrl: SITE, reviewId: 'demo'})!;
    expect([review.id, review.url, review.idPrefix, review.latestVersion]).toEqual(['demo', `${SITE}reviews/demo/`, 'DEMO', 2]);
    const [v1, v2] = review.versions;
    expect(v1!.open).toEqual({high: 1, medium: 1, low: 1});
    expect(v2!.open).toEqual({high: 1, medium: 0, low: 0});
    expect(v2!.pillars.security).toEqual({rating: 'high-risk', open: {high: 1, medium: 0, low: 0}});
    expect(v2!.pillars['cost-optimization'].rating).toBe('no-open-findings');
    expect(v2!.metrics.map((m) => m.id)).toEqual(['p99-latency']);
    expect(v2!.findings.map((f) => [f.id, f.url])).toEqual(['DEMO-001', 'DEMO-002', 'DEMO-003', 'DEMO-004'].map((id) => [id, `${SITE}findings/${id}/`]));
    expect(v2!.url).toBe(`${SITE}reviews/demo/v2/`);
  });

  it('is undefined for a review without a published version or an unknown id', () => {
    expect(toReviewJson({corpus: corpusWith(), siteUrl: SITE, reviewId: 'nope'})).toBeUndefined();
    expect(toBadge({corpus: corpusWith(), reviewId: 'nope'})).toBeUndefined();
  });
});

describe('the badge', () => {
  it.each<[string, Edit[], {message: string; color: string}]>([
    ['as published: one open high', [], {message: '1 high, 0 medium open', color: 'red'}],
    ['the high one turned medium', [{file: V2, replace: ['    severity: high\n    rationale: Any tool backend', '    severity: medium\n    rationale: Any tool backend']}], {message: '0 high, 1 medium open', color: 'orange'}],
    ['the high one turned low', [{file: V2, replace: ['    severity: high\n    rationale: Any tool backend', '    severity: low\n    rationale: Any tool backend']}], {message: 'no high or medium open (1 low)', color: 'yellow'}],
    [
      'the high one resolved',
      [{file: V2, replace: ['    status: mitigating\n', '    status: resolved\n    resolution: {how: Egress denied, version: 2}\n']}],
      {message: 'no open findings', color: 'brightgreen'},
    ],
  ])('%s', (_, edits, expected) => {
    expect(toBadge({corpus: corpusWith(edits), reviewId: 'demo'})).toEqual({schemaVersion: 1, label: 'WA review v2', ...expected});
  });
});
