import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {FINGERPRINT_KEY, findingFingerprint, pathToUri, sarifRepositories, toSarif, type SarifLog} from '../sarif';
import {cleanUp, corpusWith, LOCATED, PUBLISH_V3, realCorpus, sarifValidator, SITE, V2, V3} from './support';

afterAll(cleanUp);

const validate = sarifValidator();
const demoSarif = (edits = LOCATED): SarifLog => toSarif({corpus: corpusWith(edits), siteUrl: SITE, repo: 'example/demo-platform'})!;
const fingerprints = (log: SarifLog) => Object.fromEntries(log.runs[0]!.results.map((r) => [r.ruleId, r.partialFingerprints[FINGERPRINT_KEY]]));

describe('the vendored SARIF 2.1.0 schema', () => {
  it('is byte for byte the copy its README names (sha-256 and size)', () => {
    const dir = path.join(__dirname, '../__fixtures__/sarif-2.1.0');
    const bytes = readFileSync(path.join(dir, 'sarif-schema-2.1.0.json'));
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(readme).toContain(`| sha-256 | \`${createHash('sha256').update(bytes).digest('hex')}\` |`);
    expect(readme).toContain(`| size | ${bytes.length.toLocaleString('en-US')} bytes |`);
  });

  it('refuses what it should, so a pass means something', () => {
    const log = demoSarif();
    expect(validate(log)).toBe(true);
    const broken = structuredClone(log) as unknown as {runs: Array<{results: Array<Record<string, unknown>>; tool: {driver: {rules: Array<Record<string, unknown>>}}}>};
    broken.runs[0]!.results[0]!.level = 'critical';
    expect(validate(broken)).toBe(false);
    const relative = structuredClone(log) as unknown as typeof broken;
    relative.runs[0]!.tool.driver.rules[0]!.helpUri = 'findings/DEMO-001/';
    expect(validate(relative)).toBe(false);
    const extra = structuredClone(log) as unknown as typeof broken;
    extra.runs[0]!.results[0]!.severity = 'high';
    expect(validate(extra)).toBe(false);
  });
});

describe('SARIF per subject repository', () => {
  it('validates against the official schema, for the fixture and for every repository of the real content', () => {
    const log = demoSarif();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const corpus = realCorpus();
    const repos = sarifRepositories({corpus});
    expect(repos).toEqual(expect.arrayContaining(['deliverydriver/aws-agent-platform', 'deliverydriver/aws-landing-zone-for-ai']));
    for (const repo of repos) {
      const real = toSarif({corpus, siteUrl: SITE, repo})!;
      expect(validate(real), `${repo}: ${JSON.stringify(validate.errors)}`).toBe(true);
      if (repo.startsWith('deliverydriver/')) expect(real.runs[0]!.results.length).toBeGreaterThan(10);
    }
  });

  it('reports open, mitigating and accepted findings; leaves out resolved and ended ones; accepted ones carry the acceptance', () => {
    const run = demoSarif().runs[0]!;
    expect(run.results.map((r) => [r.ruleId, r.level, r.properties.status])).toEqual([
      ['DEMO-001', 'error', 'mitigating'],
      ['DEMO-004', 'warning', 'accepted'],
    ]);
    expect(run.results[1]!.suppressions).toEqual([{kind: 'external', justification: 'Risk accepted by Head of platform until 2026-12-31: One agent in production until Q4.'}]);
    expect(run.results[0]!.suppressions).toBeUndefined();
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['DEMO-001', 'DEMO-004']);
    for (const [i, r] of run.results.entries()) {
      expect(r.ruleIndex).toBe(i);
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    }
    expect(run.properties).toEqual({repository: 'example/demo-platform', reviews: [{id: 'demo', version: 2, url: `${SITE}reviews/demo/v2/`}], findingsWithoutLocation: []});
    expect(run.versionControlProvenance).toEqual([{repositoryUri: 'https://github.com/example/demo-platform', revisionId: '89abcdef0123456789abcdef0123456789abcdef'}]);
  });

  it('points at paths relative to the repository at the review commit, with the help page of each finding', () => {
    const run = demoSarif().runs[0]!;
    const [egress, profile] = run.results;
    expect(egress!.locations).toEqual([{physicalLocation: {artifactLocation: {uri: 'terraform/network.tf'}, region: {startLine: 12}}}]);
    expect(egress!.relatedLocations).toEqual([
      {id: 1, physicalLocation: {artifactLocation: {uri: 'src/agent/tools.ts'}, region: {startLine: 40, endLine: 52}}, message: {text: 'The HTTP client tools call directly'}},
    ]);
    expect(profile!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('infra/models%231.tf');
    const rule = run.tool.driver.rules[0]!;
    expect(rule.helpUri).toBe(`${SITE}findings/DEMO-001/`);
    expect(rule.shortDescription.text).toBe('Tool calls can bypass the proxy through open egress');
    expect(rule.defaultConfiguration.level).toBe('error');
    expect(rule.properties).toEqual({
      tags: ['well-architected', 'security', 'wellarchitected:SEC05', 'agentic-ai:AGENTSEC02'],
      'problem.severity': 'error',
      'security-severity': '8.0',
    });
    expect(rule.help.markdown).toContain(`[DEMO-001 on the review site](${SITE}findings/DEMO-001/)`);
  });

  it('marks a finding new or updated against the previous published version of the same repository', () => {
    const run = demoSarif().runs[0]!;
    // DEMO-001 was open in v1 and is mitigating in v2; DEMO-004 is new in v2.
    expect(run.results.map((r) => [r.ruleId, r.baselineState])).toEqual([
      ['DEMO-001', 'updated'],
      ['DEMO-004', 'new'],
    ]);
  });

  it('keeps each fingerprint when a title or a line changes, and changes it with the id', () => {
    const before = fingerprints(demoSarif());
    expect(new Set(Object.values(before)).size).toBe(2);
    const retitled = fingerprints(
      demoSarif([
        ...LOCATED,
        {file: V2, replace: ['    title: Tool calls can bypass the proxy through open egress\n    pillar: security\n    severity: high\n    rationale: Any tool backend', '    title: Agents reach tool backends without the proxy\n    pillar: security\n    severity: high\n    rationale: Any tool backend']},
        {file: V2, replace: ['{path: terraform/network.tf, line: 12}', '{path: terraform/network.tf, line: 97}']},
        {file: V2, replace: ['line: 40, endLine: 52', 'line: 41, endLine: 60']},
      ]),
    );
    expect(retitled).toEqual(before);
    const renumbered = fingerprints(
      demoSarif([
        ...LOCATED,
        {file: V2, replace: ['replacedBy: [DEMO-004]', 'replacedBy: [DEMO-005]']},
        {file: V2, replace: ['  - id: DEMO-004\n', '  - id: DEMO-005\n']},
        {file: V3, replace: ['  - id: DEMO-004\n', '  - id: DEMO-005\n']},
      ]),
    );
    expect(renumbered['DEMO-001']).toBe(before['DEMO-001']);
    expect(renumbered['DEMO-005']).toBeDefined();
    expect(renumbered['DEMO-005']).not.toBe(before['DEMO-004']);
    expect(findingFingerprint('DEMO-004')).toBe(before['DEMO-004']);
    expect(findingFingerprint('DEMO-004')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('ignores drafts and later reference-design versions: the state is the last published one of the repository', () => {
    // v3 (a draft reference design) resolves DEMO-001; published, it still says nothing about the repository.
    const published = demoSarif([...LOCATED, ...PUBLISH_V3]);
    expect(published.runs[0]!.results.map((r) => [r.ruleId, r.properties.reviewVersion])).toEqual([
      ['DEMO-001', 2],
      ['DEMO-004', 2],
    ]);
    expect(toSarif({corpus: corpusWith(LOCATED), siteUrl: SITE, repo: 'EXAMPLE/Demo-Platform'})!.runs[0]!.properties.repository).toBe('example/demo-platform');
    expect(toSarif({corpus: corpusWith(LOCATED), siteUrl: SITE, repo: 'example/other'})).toBeUndefined();
  });

  it('lists findings without a location apart, since code scanning rejects a file with an unlocated result', () => {
    const run = demoSarif([]).runs[0]!;
    expect(run.results).toEqual([]);
    expect(run.tool.driver.rules).toEqual([]);
    expect(run.properties.findingsWithoutLocation).toEqual(['DEMO-001', 'DEMO-004']);
    expect(validate(demoSarif([]))).toBe(true);
  });

  it('writes repository paths as URI references', () => {
    expect(pathToUri('a/b c/#d?.tf')).toBe('a/b%20c/%23d%3F.tf');
    expect(pathToUri('modules/iam/policy.json')).toBe('modules/iam/policy.json');
  });
});
