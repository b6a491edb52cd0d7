import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, expectTypeOf, it} from 'vitest';
import {countFindings} from '../../content/derive';
import {loadCorpus} from '../../content/load';
import type {ReviewVersionEntry} from '../../content/types';
import {makeRoot, removeRoot, VALID_FIXTURE} from '../../content/__tests__/support/fixture-root';
import {urls} from '../../plugin/routes';
import {diffBody, splitSections} from '../body';
import {diffVersions} from '../diff-versions';
import {diffPaths, formatDiffMarkdown} from '../markdown';
import type {VersionProp} from '../../plugin/props';
import type {DiffBetweenInput, DiffVersionInput, FindingDiff} from '../types';

const roots: string[] = [];
afterAll(() => roots.forEach(removeRoot));

function demo(root = VALID_FIXTURE): Record<number, ReviewVersionEntry> {
  const {corpus, problems} = loadCorpus({root});
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return Object.fromEntries(corpus.reviews.find((r) => r.id === 'demo')!.versions.map((v) => [v.version, v]));
}

const finding = (d: {findings: FindingDiff[]}, id: string) => d.findings.find((f) => f.id === id)!;

/** A copy of a loaded version with its data edited, and its counts derived again as the loader would. */
function edited(v: ReviewVersionEntry, edit: (data: ReviewVersionEntry['data']) => void): ReviewVersionEntry {
  const copy = structuredClone(v);
  edit(copy.data);
  copy.counts = countFindings({findings: copy.data.findings});
  return copy;
}

describe('diffVersions on the fixture corpus', () => {
  const v = demo();

  it('reads demo v1 -> v2: mitigating and resolved are better, a replacement names both ids', () => {
    const d = diffVersions({from: v[1]!, to: v[2]!});
    expect(d.findings.map((f) => [f.id, f.kind, f.effect])).toEqual([
      ['DEMO-001', 'updated', 'better'],
      ['DEMO-002', 'updated', 'better'],
      ['DEMO-003', 'absent', 'better'],
      ['DEMO-004', 'new', 'neutral'],
    ]);
    expect(finding(d, 'DEMO-003')).toMatchObject({reason: 'replaced', replacedBy: ['DEMO-004'], endedIn: 2});
    expect(finding(d, 'DEMO-004')).toMatchObject({replaces: ['DEMO-003']});
    const changes = (finding(d, 'DEMO-001') as Extract<FindingDiff, {kind: 'updated'}>).changes;
    expect(changes.find((c) => c.field === 'status')).toEqual({field: 'status', from: 'open', to: 'mitigating', effect: 'better'});
    expect(changes.find((c) => c.field === 'lensRefs')).toMatchObject({added: ['agentic-ai:AGENTSEC02'], removed: ['demo-lens:DEMO_TOOL_01']});
    expect(changes.find((c) => c.field === 'remediation')).toMatchObject({added: [], removed: [{title: 'Deny egress except to the gateway'}, {title: 'Network Firewall domain allow-list'}]});
    expect(d.summary).toMatchObject({better: 2, worse: 0, new: 1, resolved: 2, open: {before: 3, after: 1}});
    expect(d.pillars.filter((p) => p.changed).map((p) => [p.pillar, p.before.rating, p.after.rating, p.effect])).toEqual([
      ['reliability', 'medium-risk', 'no-open-findings', 'better'],
      ['cost-optimization', 'low-risk', 'no-open-findings', 'better'],
    ]);
    expect(d.metrics.map((m) => [m.id, m.kind])).toEqual([
      ['p99-latency', 'added'],
      ['cost-per-task', 'removed'],
    ]);
    expect(d.tradeoffs).toEqual([{id: 'egress-control', kind: 'added', title: 'Security group deny vs Network Firewall'}]);
  });

  it('marks a severity increase worse, for the finding, the summary and the pillar', () => {
    const worse = edited(v[1]!, (data) => void (data.findings.find((f) => f.id === 'DEMO-002')!.severity = 'high'));
    const d = diffVersions({from: v[1]!, to: worse});
    expect(finding(d, 'DEMO-002')).toMatchObject({kind: 'updated', effect: 'worse', changes: [{field: 'severity', from: 'medium', to: 'high', effect: 'worse'}]});
    expect(d.summary).toMatchObject({better: 0, worse: 1});
    expect(d.pillars.find((p) => p.pillar === 'reliability')).toMatchObject({before: {rating: 'medium-risk'}, after: {rating: 'high-risk'}, effect: 'worse'});
    expect(formatDiffMarkdown({diff: d})).toContain('| [DEMO-002](/findings/DEMO-002/) | No backups of agent memory | severity medium → **high** | **worse** |');
    // And the other way round it is better.
    expect(finding(diffVersions({from: worse, to: v[1]!}), 'DEMO-002').effect).toBe('better');
  });

  it('marks a metric moving the wrong way worse, by its direction', () => {
    const costlier = edited(v[1]!, (data) => {
      const m = data.metrics[0]!;
      m.inputs!.find((i) => i.name === 'price_in')!.value = 4;
      m.value = 0.12;
    });
    const d = diffVersions({from: v[1]!, to: costlier});
    const m = d.metrics[0]!;
    expect(m).toMatchObject({id: 'cost-per-task', kind: 'updated', changed: ['value', 'inputs'], comparable: true, effect: 'worse', inputs: {changed: [{name: 'price_in', from: 3, to: 4}]}});
    expect(m.change!.absolute).toBeCloseTo(0.03, 10);
    expect(m.change!.relative).toBeCloseTo(1 / 3, 10);
    expect(d.summary).toMatchObject({worse: 1, metrics: {worse: 1}});
    expect(formatDiffMarkdown({diff: d})).toContain('| Cost per successful task | 0.09 USD | 0.12 USD | +0.03 (+33.3%); inputs: price_in 3 → 4 | **worse** |');

    const higher = edited(v[1]!, (data) => {
      data.metrics[0]!.direction = 'higher-is-better';
    });
    const raised = edited(higher, (data) => void (data.metrics[0]!.value = 0.12));
    expect(diffVersions({from: higher, to: raised}).metrics[0]!.effect).toBe('better');
  });

  it('does not judge a value whose basis changed, and flags a changed method', () => {
    const target = edited(v[1]!, (data) => {
      const m = data.metrics[0]!;
      Object.assign(m, {basis: 'target', value: 0.05, method: 'The goal for Q4.'});
      delete m.inputs;
      delete m.formula;
    });
    const m = diffVersions({from: v[1]!, to: target}).metrics[0]!;
    expect(m).toMatchObject({comparable: false, methodChanged: true, effect: 'neutral', changed: ['value', 'basis', 'method', 'inputs', 'formula']});
    expect(m.inputs).toEqual({added: [], removed: ['tokens_in', 'price_in', 'success_rate'], changed: []});
  });

  it('says when and how an id ended when the versions between are passed', () => {
    const without = diffVersions({from: v[1]!, to: v[3]!});
    expect(finding(without, 'DEMO-003')).toMatchObject({kind: 'absent', reason: 'unlisted'});
    expect(finding(without, 'DEMO-002')).toMatchObject({kind: 'absent', reason: 'unlisted'});
    const d = diffVersions({from: v[1]!, to: v[3]!, between: [v[2]!]});
    expect(finding(d, 'DEMO-003')).toMatchObject({kind: 'absent', reason: 'replaced', replacedBy: ['DEMO-004'], endedIn: 2, effect: 'better'});
    expect(finding(d, 'DEMO-002')).toMatchObject({kind: 'absent', reason: 'resolved', endedIn: 2, effect: 'better'});
    expect(finding(d, 'DEMO-004')).toMatchObject({kind: 'new', replaces: ['DEMO-003']});
    expect(d.summary.resolved).toBe(3);
  });

  it('reads an id ended in `from` as absent and neutral, and a resolved one that leaves as resolved', () => {
    const d = diffVersions({from: v[2]!, to: v[3]!});
    expect(finding(d, 'DEMO-003')).toMatchObject({kind: 'absent', reason: 'replaced', endedIn: 2, effect: 'neutral'});
    expect(finding(d, 'DEMO-002')).toMatchObject({kind: 'absent', reason: 'resolved', endedIn: 2, effect: 'neutral'});
    expect(d.summary).toMatchObject({resolved: 1, new: 0});
    expect(d.diagrams).toEqual([{id: 'tool-path', kind: 'added', title: 'Tool-call path', changed: []}]);
  });

  it('names the changed cells, the chosen option and the changed diagram side', () => {
    const t2 = edited(v[2]!, (data) => {
      const t = data.tradeoffs[0]!;
      t.options[0]!.chosen = false;
      t.options[1]!.chosen = true;
      t.options[1]!.scores['cost-optimization'] = {score: 3, reason: 'One endpoint, shared.'};
    });
    const t = diffVersions({from: v[2]!, to: t2}).tradeoffs[0]!;
    expect(t.changes).toMatchObject({
      chosen: {from: 'sg-deny', to: 'firewall'},
      cells: [{option: 'firewall', criterion: 'cost-optimization', from: {score: 2}, to: {score: 3, reason: 'One endpoint, shared.'}}],
      options: {added: [], removed: []},
    });
    const d3 = edited(v[3]!, (data) => void (data.diagrams[0]!.after.mermaid = 'flowchart LR\n  A[Agent] --> G[AgentCore Gateway] --> T[Tool]'));
    expect(diffVersions({from: v[3]!, to: d3}).diagrams).toEqual([{id: 'tool-path', kind: 'updated', title: 'Tool-call path', changed: ['after']}]);
  });

  it('keeps the diff JSON-clean and the from/to references', () => {
    const d = diffVersions({from: v[1]!, to: v[2]!});
    expect(d).toMatchObject({apiVersion: 1, review: 'demo', from: {version: 1, date: '2026-05-29', status: 'published'}, to: {version: 2, status: 'published'}});
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('the body, section by section', () => {
  it('splits at ## headings only, never inside a fenced block', () => {
    const body = '# Title\n\nIntro.\n\n## One ##\n\nText.\n\n```yaml\n## not a heading\n```\n\n### Deeper\n\nStill one.\n\n~~~\n## nor this\n~~~\n## Two\nMore.\n';
    expect(splitSections(body)).toEqual([
      {heading: '', text: '# Title\n\nIntro.'},
      {heading: 'One', text: 'Text.\n\n```yaml\n## not a heading\n```\n\n### Deeper\n\nStill one.\n\n~~~\n## nor this\n~~~'},
      {heading: 'Two', text: 'More.'},
    ]);
  });

  it('matches sections by heading, keeps removed ones where they stood, and diffs changed ones line by line and word by word', () => {
    const from = '## Summary\n\nThe proxy is optional.\nSecond line.\n\n## Old\n\nGone.\n\n## Metrics\n\nSame.\n';
    const to = '## Summary\n\nThe proxy is mandatory.\nSecond line.\n\n## Metrics\n\nSame.\n\n## New\n\nHello.\n';
    const d = diffBody({from, to});
    expect(d.map((s) => [s.heading, s.kind])).toEqual([
      ['Summary', 'changed'],
      ['Old', 'removed'],
      ['Metrics', 'unchanged'],
      ['New', 'added'],
    ]);
    expect(d[0]!.lines).toEqual([
      {op: 'removed', text: 'The proxy is optional.\n'},
      {
        op: 'added',
        text: 'The proxy is mandatory.\n',
        words: [
          {op: 'equal', text: 'The proxy is '},
          {op: 'removed', text: 'optional'},
          {op: 'added', text: 'mandatory'},
          {op: 'equal', text: '.\n'},
        ],
      },
      {op: 'equal', text: 'Second line.\n'},
    ]);
    expect(d[1]!.lines).toEqual([{op: 'removed', text: 'Gone.'}]);
  });
});

describe('the diff modules', () => {
  it('take a loaded version, or the version data a page already has (without its body)', () => {
    expectTypeOf<ReviewVersionEntry>().toExtend<DiffVersionInput>();
    expectTypeOf<VersionProp>().toExtend<DiffVersionInput>();
    expectTypeOf<VersionProp>().toExtend<DiffBetweenInput>();
    const v = demo();
    const {body: _body, bodyLineOffset: _o, review: _r, ...prop} = v[1]!;
    expect(diffVersions({from: prop, to: prop}).body).toBeNull();
  });

  it('link to the same paths as the site routes', () => {
    expect(diffPaths.version('demo', 2)).toBe(urls.version('demo', 2));
    expect(diffPaths.finding('DEMO-001')).toBe(urls.finding('DEMO-001'));
  });

  it('import nothing that needs Node, the loader or zod, so the compare page can run them in the browser', () => {
    // Follows value imports (not `import type`) from the entry point through the project's modules.
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'([^']+)'/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), `${spec}.ts`));
        else external.add(spec);
      }
    };
    visit(path.resolve(__dirname, '../index.ts'));
    expect([...external]).toEqual(['diff']);
    const rel = [...seen].map((f) => path.relative(path.resolve(__dirname, '../..'), f)).sort();
    expect(rel).toEqual(['content/derive.ts', 'diff/body.ts', 'diff/diff-versions.ts', 'diff/findings.ts', 'diff/index.ts', 'diff/markdown.ts', 'diff/matrices.ts', 'diff/metrics.ts', 'diff/same.ts', 'diff/types.ts', 'schemas/vocab.ts']);
  });
});

describe('a changed version on disk', () => {
  it('is diffed from the loaded corpus like any other', () => {
    const root = makeRoot([{file: 'reviews/demo/v2.md', replace: ['    severity: medium\n    rationale: Memory loss', '    severity: high\n    rationale: Memory loss']}]);
    roots.push(root);
    const v = demo(root);
    const d = diffVersions({from: v[1]!, to: v[2]!});
    expect(finding(d, 'DEMO-002')).toMatchObject({kind: 'updated', effect: 'mixed'});
  });
});
