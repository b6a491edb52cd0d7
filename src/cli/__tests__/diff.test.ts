import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';
import {makeRoot, removeRoot, VALID_FIXTURE} from '../../content/__tests__/support/fixture-root';
import {DIFF_API_VERSION, type ReviewDiff} from '../../diff/types';
import {EXIT} from '../exit-codes';
import {memoryIO} from '../io';
import {run} from '../main';

const roots: string[] = [];
afterAll(() => roots.forEach(removeRoot));
afterEach(() => void vi.unstubAllEnvs());

async function diff(...args: string[]) {
  const io = memoryIO();
  const code = await run(['diff', ...args], io);
  expect(io.stderr()).not.toMatch(/\n\s+at /); // never a stack trace
  return {code, out: io.stdout(), err: io.stderr()};
}

describe('wa-review diff', () => {
  it('prints demo v1 -> v2 as a pull-request comment', async () => {
    vi.stubEnv('SITE_URL', undefined);
    vi.stubEnv('BASE_URL', undefined);
    const {code, out, err} = await diff('demo', '1', 'v2', '--root', VALID_FIXTURE);
    expect(err).toBe('');
    expect(code).toBe(EXIT.ok);
    expect(out).toMatchInlineSnapshot(`
      "**Demo agent platform** [v1](/reviews/demo/v1/) (2026-05-29) → [v2](/reviews/demo/v2/) (2026-07-01): **1 new**, **2 resolved**, 2 better, 0 worse; open findings 3 → 1. [All changes](/reviews/demo/v2/changes/)

      #### New findings (1)

      | Finding | Severity | Pillar | Status | Title |
      |---|---|---|---|---|
      | [DEMO-004](/findings/DEMO-004/) | medium | Cost optimization | accepted | No application inference profile per agent (replaces [DEMO-003](/findings/DEMO-003/)) |

      #### Resolved, retired or replaced (2)

      | Finding | Severity | Pillar | Title | How |
      |---|---|---|---|---|
      | [DEMO-002](/findings/DEMO-002/) | medium | Reliability | No backups of agent memory | status open → resolved |
      | [DEMO-003](/findings/DEMO-003/) | low | Cost optimization | Spend is not attributed per agent | replaced in v2 by [DEMO-004](/findings/DEMO-004/) |

      #### Changed findings (1)

      | Finding | Title | Changes | Effect |
      |---|---|---|---|
      | [DEMO-001](/findings/DEMO-001/) | Tool calls can bypass the proxy through open egress | status open → mitigating; rationale changed; lens refs +\`agentic-ai:AGENTSEC02\` −\`demo-lens:DEMO_TOOL_01\`; services −\`Amazon ECS\` −\`Amazon VPC\`; locations −\`terraform/network.tf:12\`; remediation options: 2 removed; owner set; tracking issue set | better |

      #### Metrics (2 changed)

      | Metric | v1 | v2 | Change | Effect |
      |---|---|---|---|---|
      | p99 agent turn latency | — | 4200 ms | added |  |
      | Cost per successful task | 0.09 USD | — | removed |  |

      #### Pillars (open findings)

      | Pillar | v1 | v2 | Effect |
      |---|---|---|---|
      | Reliability | medium risk (1 medium) | no open findings | better |
      | Cost optimization | low risk (1 low) | no open findings | better |

      #### Also changed

      - Trade-offs: added \`egress-control\`.
      - Sections: changed the introduction.
      "
    `);
  });

  it('links to the absolute site when SITE_URL is set, under BASE_URL', async () => {
    vi.stubEnv('SITE_URL', 'https://example.org');
    vi.stubEnv('BASE_URL', '/wa/');
    const {code, out} = await diff('demo', 'v1', 'v3', '--root', VALID_FIXTURE);
    expect(code).toBe(EXIT.ok);
    expect(out.split('\n')[0]).toBe(
      '**Demo agent platform** [v1](https://example.org/wa/reviews/demo/v1/) (2026-05-29) → [v3](https://example.org/wa/reviews/demo/v3/) (2026-09-15, draft): **1 new**, **3 resolved**, 1 better, 0 worse; open findings 3 → 0. [All changes](https://example.org/wa/reviews/demo/compare/?from=1&to=3)',
    );
    // The version between is read: DEMO-003 ended in v2.
    expect(out).toContain('| [DEMO-003](https://example.org/wa/findings/DEMO-003/) | low | Cost optimization | Spend is not attributed per agent | replaced in v2 by [DEMO-004](https://example.org/wa/findings/DEMO-004/) |');
  });

  it('prints the diff object as JSON with apiVersion 1', async () => {
    const {code, out} = await diff('demo', '2', '3', '--format', 'json', '--root', VALID_FIXTURE);
    expect(code).toBe(EXIT.ok);
    const d = JSON.parse(out) as ReviewDiff;
    expect(d.apiVersion).toBe(DIFF_API_VERSION);
    expect(d.apiVersion).toBe(1);
    expect(d).toMatchObject({review: 'demo', from: {version: 2}, to: {version: 3, status: 'draft'}});
    expect(d.findings.map((f) => [f.id, f.kind])).toEqual([
      ['DEMO-001', 'updated'],
      ['DEMO-002', 'absent'],
      ['DEMO-003', 'absent'],
      ['DEMO-004', 'unchanged'],
    ]);
  });

  it('says so when nothing changed', async () => {
    const {code, out} = await diff('demo', '2', '2', '--root', VALID_FIXTURE);
    expect(code).toBe(EXIT.ok);
    expect(out).toBe('**Demo agent platform** [v2](/reviews/demo/v2/) (2026-07-01) → [v2](/reviews/demo/v2/) (2026-07-01): no changes.\n');
  });

  it.each([
    [['nope', '1', '2'], 'wa-review diff: unknown review "nope". Valid reviews: demo\n'],
    [['demo', '1', '7'], 'wa-review diff: demo has no v7. Its versions: v1, v2, v3\n'],
  ])('exits 1 for %j with a clear message', async (args, message) => {
    const {code, out, err} = await diff(...args, '--root', VALID_FIXTURE);
    expect(code).toBe(EXIT.problems);
    expect(out).toBe('');
    expect(err).toBe(message);
  });

  it('exits 1 and shows the review\'s errors instead of diffing content that does not validate', async () => {
    const root = makeRoot([{file: 'reviews/demo/v2.md', replace: ['    severity: medium\n    rationale: Memory loss', '    severity: critical\n    rationale: Memory loss']}]);
    roots.push(root);
    const {code, out, err} = await diff('demo', '1', '2', '--root', root);
    expect(code).toBe(EXIT.problems);
    expect(out).toBe('');
    expect(err).toContain('(schema/enum)');
    expect(err).toContain('wa-review diff: not diffed: reviews/demo/ has');
  });

  it.each([
    [['demo', '1'], /missing argument: <review-id> <from> <to>/],
    [['demo', '1', '2', '3'], /unexpected argument "3"/],
    [['demo', 'one', '2'], /<from> "one": expected a version number like 2 or v2/],
    [['demo', '1', 'v0'], /<to> "v0": expected a version number like 2 or v2/],
    [['demo', '1', '2', '--format', 'html'], /--format html: expected one of md, json/],
    [['demo', '1', '2', '--frob'], /Unknown option '--frob'/],
  ])('exits 2 with usage for %j', async (args, message) => {
    const {code, err} = await diff(...args, '--root', VALID_FIXTURE);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(message);
    expect(err).toContain('Usage: wa-review diff <review-id> <from> <to> [--format md|json] [--root DIR]');
  });

  it('exits 2 for a malformed SITE_URL, naming the variable', async () => {
    vi.stubEnv('SITE_URL', 'example.org/path');
    const {code, err} = await diff('demo', '1', '2', '--root', VALID_FIXTURE);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/SITE_URL must be an http\(s\) origin/);
  });

  it('is listed in the help', async () => {
    const io = memoryIO();
    expect(await run(['--help'], io)).toBe(EXIT.ok);
    expect(io.stdout()).toMatch(/\n {2}diff {11}what changed between two versions/);
  });
});
