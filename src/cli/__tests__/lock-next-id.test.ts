import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {makeRoot, removeRoot} from '../../content/__tests__/support/fixture-root';
import {loadCorpus} from '../../content/load';
import {LOCK_FILE} from '../../content/lock';
import {nextFindingId} from '../../content/next-id';
import {memoryIO} from '../io';
import {run} from '../main';

const PROJECT = path.resolve(__dirname, '../../..');
const roots: string[] = [];
afterAll(() => roots.forEach(removeRoot));
const root = (...args: Parameters<typeof makeRoot>) => {
  const r = makeRoot(...args);
  roots.push(r);
  return r;
};

describe('nextFindingId', () => {
  it('is one above the highest id ever used, padded to three digits', () => {
    expect(nextFindingId({prefix: 'AGP', used: ['AGP-001', 'AGP-017', 'AGP-009', 'ALZ-900']})).toBe('AGP-018');
    expect(nextFindingId({prefix: 'AGP', used: []})).toBe('AGP-001');
    expect(nextFindingId({prefix: 'AGP', used: ['AGP-999']})).toBe('AGP-1000');
  });
});

describe('wa-review next-id', () => {
  it('counts ids that ended (DEMO-003 was replaced in v2) and ids only in a draft', async () => {
    const io = memoryIO();
    expect(await run(['next-id', 'demo', '--root', root()], io)).toBe(0);
    expect(io.stdout()).toBe('DEMO-005\n');
  });

  it('on this project, never returns an id that appears anywhere in the git history of reviews/', async () => {
    const io = memoryIO();
    expect(await run(['next-id', 'agent-platform', '--root', PROJECT], io)).toBe(0);
    const next = io.stdout().trim();
    const log = spawnSync('git', ['log', '--all', '-p', '--format=', '--', 'reviews'], {cwd: PROJECT, encoding: 'utf8', maxBuffer: 1 << 28});
    const inHistory = new Set(log.stdout.match(/\bAGP-\d{3,}\b/g) ?? []);
    const inTree = new Set(loadCorpus({root: PROJECT}).corpus.findings.map((f) => f.id));
    expect(next).toMatch(/^AGP-\d{3,}$/);
    expect(inHistory.has(next)).toBe(false);
    expect(inTree.has(next)).toBe(false);
    const highest = Math.max(...[...inHistory, ...inTree].filter((id) => id.startsWith('AGP-')).map((id) => Number(id.slice(4))));
    expect(Number(next.slice(4))).toBe(highest + 1);
  });

  it('skips an id that only the git history of the review folder still holds', async () => {
    const r = root();
    const git = (...args: string[]) => {
      const out = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {cwd: r, encoding: 'utf8'});
      expect(out.status, out.stderr).toBe(0);
    };
    const draft = path.join(r, 'reviews/demo/v3.md');
    const original = readFileSync(draft, 'utf8');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'fixture');
    // A finding once drafted as DEMO-020, then dropped before it was published: its id stays used.
    writeFileSync(draft, original.replace('# Demo review, v3', '# Demo review, v3\n\nDEMO-020 was drafted here.'));
    git('commit', '-q', '-am', 'draft DEMO-020');
    writeFileSync(draft, original);
    git('commit', '-q', '-am', 'drop DEMO-020');
    const io = memoryIO();
    expect(await run(['next-id', 'demo', '--root', r], io)).toBe(0);
    expect(io.stdout()).toBe('DEMO-021\n');
  });

  it('exits 1 for an unknown review, naming the reviews', async () => {
    const io = memoryIO();
    expect(await run(['next-id', 'nope', '--root', root()], io)).toBe(1);
    expect(io.stderr()).toContain('Reviews: demo');
  });
});

describe('wa-review lock', () => {
  it('records a newly published version, after which validate passes', async () => {
    const r = root([{file: LOCK_FILE, deleteLines: [5, 5]}]);
    expect(loadCorpus({root: r}).problems.map((p) => p.rule)).toEqual(['lock/missing']);
    const io = memoryIO();
    expect(await run(['lock', 'demo', 'v2', '--root', r], io)).toBe(0);
    expect(io.stdout()).toMatch(/^locked demo\/v2 sha256:[0-9a-f]{64}\n$/);
    expect(loadCorpus({root: r}).problems).toEqual([]);
  });

  it('refuses a draft, and a locked version whose text changed', async () => {
    const r = root([{file: 'reviews/demo/v2.md', replace: ['# Demo review, v2', '# Demo review, v2 (edited)']}], {relock: false});
    expect(loadCorpus({root: r}).problems.map((p) => p.rule)).toEqual(['lock/mismatch']);
    const io = memoryIO();
    expect(await run(['lock', 'demo', '2', '--root', r], io)).toBe(1);
    expect(io.stderr()).toContain('is locked with another hash');
    const before = readFileSync(path.join(r, LOCK_FILE), 'utf8');
    const io2 = memoryIO();
    expect(await run(['lock', 'demo', '3', '--root', r], io2)).toBe(1);
    expect(io2.stderr()).toContain('is a draft');
    expect(readFileSync(path.join(r, LOCK_FILE), 'utf8')).toBe(before);
  });

  it('refuses to lock a version with errors, and exits 2 on a bad version argument', async () => {
    const r = root([{file: LOCK_FILE, deleteLines: [5, 5]}]);
    writeFileSync(path.join(r, 'reviews/demo/v2.md'), readFileSync(path.join(r, 'reviews/demo/v2.md'), 'utf8').replace('status: mitigating', 'status: mitigatin'));
    const io = memoryIO();
    expect(await run(['lock', 'demo', '2', '--root', r], io)).toBe(1);
    const io2 = memoryIO();
    expect(await run(['lock', 'demo', 'two', '--root', r], io2)).toBe(2);
  });
});
