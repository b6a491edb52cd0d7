import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {RULE_CASES} from '../__fixtures__/rule-cases';
import {loadCorpus} from '../load';
import {RULE_IDS, RULES} from '../rules';
import {makeRoot, removeRoot, VALID_FIXTURE} from './support/fixture-root';

const roots: string[] = [];
afterAll(() => roots.forEach(removeRoot));

describe('the valid fixture corpus', () => {
  it('loads with no problem at all, and derives its facts', () => {
    const {corpus, problems} = loadCorpus({root: VALID_FIXTURE});
    expect(problems).toEqual([]);
    expect(corpus.reviews.map((r) => [r.id, r.versions.length, r.latestPublished])).toEqual([['demo', 3, 2]]);
    expect(corpus.findings.map((f) => [f.id, f.history.map((h) => `v${h.version}:${h.status}${h.ended ? ':ended' : ''}`).join(' ')])).toEqual([
      ['DEMO-001', 'v1:open v2:mitigating v3:resolved'],
      ['DEMO-002', 'v1:open v2:resolved'],
      ['DEMO-003', 'v1:open v2:open:ended'],
      ['DEMO-004', 'v2:accepted v3:accepted'],
    ]);
    expect(corpus.findings.find((f) => f.id === 'DEMO-004')!.replaces).toEqual(['DEMO-003']);
    const v2 = corpus.reviews[0]!.versions[1]!;
    expect(v2.data.tradeoffs.map((t) => t.id)).toEqual(['egress-control']);
    expect(v2.counts.security.high.mitigating).toBe(1);
    expect(v2.counts['cost-optimization'].low.open).toBe(0); // DEMO-003 ends in v2: counted nowhere
  });
});

describe.each(RULE_CASES)('rule $rule', (c) => {
  it(`reports ${c.rule} at ${c.expect.file}:${c.expect.line} when ${c.does}`, () => {
    const root = makeRoot(c.edits, c.relock === false ? {relock: false} : {});
    roots.push(root);
    const problems = c.check ? c.check(root) : loadCorpus({root}).problems;
    const hits = problems.filter((p) => p.rule === c.rule);
    expect(hits.map((p) => `${p.file}:${p.line}${c.expect.column ? `:${p.column}` : ''}`)).toContain(
      `${c.expect.file}:${c.expect.line}${c.expect.column ? `:${c.expect.column}` : ''}`,
    );
    for (const p of problems) expect(RULES).toHaveProperty([p.rule]);
  });
});

describe('the rule table', () => {
  it('has a bad fixture for every rule id', () => {
    const covered = new Set(RULE_CASES.map((c) => c.rule));
    expect(RULE_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('registers every rule id the source code can emit', () => {
    const emitted = new Set<string>();
    const walk = (dir: string): void => {
      for (const d of readdirSync(dir, {withFileTypes: true})) {
        const abs = path.join(dir, d.name);
        if (d.isDirectory() && !d.name.startsWith('__')) walk(abs);
        else if (/\.tsx?$/.test(d.name)) {
          const text = readFileSync(abs, 'utf8');
          for (const m of text.matchAll(/(?:problem\(|rule: )'([a-z-]+\/[a-z0-9-]+)'/g)) emitted.add(m[1]!);
        }
      }
    };
    walk(path.resolve(__dirname, '../..'));
    expect(emitted.size).toBeGreaterThan(30);
    expect([...emitted].filter((id) => !(id in RULES))).toEqual([]);
  });

  it('names every rule category/kebab-name', () => {
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
