import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {VALID_FIXTURE} from '../../content/__tests__/support/fixture-root';
import {COMMENT_MARKER, touchedReviews} from '../comment';
import {COMMENT_MARKER as POST_MARKER, postComment} from '../../../scripts/pr-post.mjs';

const ROOT = path.resolve(__dirname, '../../..');
const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, {recursive: true, force: true})));

/** A repository whose pull request adds v3 of the demo review: base has v1 and v2, head adds the v3 draft. */
function fixtureRepo(): {repo: string; base: string; head: string} {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'wa-pr-'));
  tmp.push(repo);
  cpSync(VALID_FIXTURE, repo, {recursive: true});
  const v3 = readFileSync(path.join(repo, 'reviews/demo/v3.md'));
  rmSync(path.join(repo, 'reviews/demo/v3.md'));
  const git = (...args: string[]) => execFileSync('git', args, {cwd: repo, encoding: 'utf8'}).trim();
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  writeFileSync(path.join(repo, 'reviews/demo/v3.md'), v3);
  writeFileSync(path.join(repo, 'README.md'), 'not a review\n');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'head');
  return {repo, base, head: git('rev-parse', 'HEAD')};
}

describe('touchedReviews', () => {
  it('names each review a change touches, once', () => {
    expect(touchedReviews(['reviews/b/v2.md', 'reviews/a/errata.yaml', 'reviews/b/v3.md', 'reviews/versions.lock', 'docs/x.md'])).toEqual(['a', 'b']);
  });
});

describe('npm run pr:comment', () => {
  it('writes the expected comment for a fixture pull-request event and repository', () => {
    const {repo, base, head} = fixtureRepo();
    const event = path.join(repo, 'event.json');
    writeFileSync(event, JSON.stringify({pull_request: {number: 7, base: {sha: base}, head: {sha: head}}}));
    const out = path.join(repo, 'out/body.md');
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/pr-comment.ts'), '--event', event, '--out', out, '--root', repo], {
      encoding: 'utf8',
      env: {...process.env, SITE_URL: 'https://example.github.io', BASE_URL: '/reviews-site/'},
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const body = readFileSync(out, 'utf8');
    expect(body.startsWith(`${COMMENT_MARKER}\n## Review changes in this pull request\n`)).toBe(true);
    expect(body).toMatchInlineSnapshot(`
      "<!-- wa-review-diff -->
      ## Review changes in this pull request

      **Demo agent platform** [v2](https://example.github.io/reviews-site/reviews/demo/v2/) (2026-07-01) → [v3](https://example.github.io/reviews-site/reviews/demo/v3/) (2026-09-15, draft): 0 new, **1 resolved**, 1 better, 0 worse; open findings 1 → 0. [All changes](https://example.github.io/reviews-site/reviews/demo/v3/changes/)

      #### Resolved, retired or replaced (1)

      | Finding | Severity | Pillar | Title | How |
      |---|---|---|---|---|
      | [DEMO-001](https://example.github.io/reviews-site/findings/DEMO-001/) | high | Security | Tool calls can bypass the proxy through open egress | status mitigating → resolved |

      No longer listed: [DEMO-002](https://example.github.io/reviews-site/findings/DEMO-002/) (resolved in v2), [DEMO-003](https://example.github.io/reviews-site/findings/DEMO-003/) (ended in v2).

      #### Metrics (1 changed)

      | Metric | v2 | v3 | Change | Effect |
      |---|---|---|---|---|
      | p99 agent turn latency | 4200 ms | — | removed |  |

      #### Pillars (open findings)

      | Pillar | v2 | v3 | Effect |
      |---|---|---|---|
      | Security | high risk (1 high) | no open findings | better |

      #### Also changed

      - Trade-offs: removed \`egress-control\`.
      - Before/after diagrams: added \`tool-path\`.
      - Sections: changed the introduction.
      "
    `);
  });

  it('refuses an event without shas', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wa-pr-'));
    tmp.push(dir);
    writeFileSync(path.join(dir, 'e.json'), '{"pull_request": {}}');
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/pr-comment.ts'), '--event', path.join(dir, 'e.json')], {encoding: 'utf8'});
    expect(result.status).toBe(2);
  });
});

describe('npm run pr:post', () => {
  const artifact = (body: string, number: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wa-post-'));
    tmp.push(dir);
    writeFileSync(path.join(dir, 'body.md'), body);
    writeFileSync(path.join(dir, 'number'), number);
    return dir;
  };
  const ok = (data: unknown) => ({ok: true, status: 200, json: async () => data});

  it('uses the same marker as the comment writer', () => expect(POST_MARKER).toBe(COMMENT_MARKER));

  it('updates the comment it posted before, and leaves other comments alone', async () => {
    const fetch = vi.fn(async (url: string, init: {method: string; body?: string}) => {
      if (init.method === 'GET') return ok([{id: 1, body: 'LGTM'}, {id: 2, body: `${COMMENT_MARKER}\nold`}]);
      return ok({id: 2});
    });
    const r = await postComment({dir: artifact(`${COMMENT_MARKER}\nnew`, '7\n'), repository: 'o/r', token: 't', fetch: fetch as unknown as typeof globalThis.fetch, api: 'https://api.test'});
    expect(r).toEqual({action: 'updated', id: 2});
    expect(fetch.mock.calls.map(([u, i]) => `${i.method} ${u}`)).toEqual(['GET https://api.test/repos/o/r/issues/7/comments?per_page=100&page=1', 'PATCH https://api.test/repos/o/r/issues/comments/2']);
    expect(JSON.parse(fetch.mock.calls[1]![1].body!)).toEqual({body: `${COMMENT_MARKER}\nnew`});
  });

  it('creates the comment when there is none', async () => {
    const fetch = vi.fn(async (_url: string, init: {method: string; body?: string}) => (init.method === 'GET' ? ok([]) : ok({id: 9})));
    expect(await postComment({dir: artifact('body', '7'), repository: 'o/r', token: 't', fetch: fetch as unknown as typeof globalThis.fetch, api: 'https://api.test'})).toEqual({action: 'created', id: 9});
    expect(JSON.parse(fetch.mock.calls[1]![1].body!)).toEqual({body: `${COMMENT_MARKER}\nbody`});
  });

  it('refuses an artifact whose number is not a pull-request number', async () => {
    const fetch = vi.fn();
    await expect(postComment({dir: artifact('x', '7; rm -rf /'), repository: 'o/r', token: 't', fetch: fetch as unknown as typeof globalThis.fetch})).rejects.toThrow(/not a pull-request number/);
    expect(fetch).not.toHaveBeenCalled();
  });
});
