import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {VALID_FIXTURE} from '../../content/__tests__/support/fixture-root';
import {problemSchema} from '../../content/problem';
import {memoryIO} from '../../cli/io';
import {run} from '../../cli/main';
import {checkRefs, fetchIndex, indexFromRoot, parseIndex, refIndex, scanText} from '../check-refs';
import {toFindingsJson} from '../findings-json';
import {cleanUp, corpusWith, SITE, V2} from './support';

/**
 * The fixture folder (src/export/__fixtures__/check-refs) stands for another repository. It mentions SHA-256,
 * ISO-27001, Jira keys (PLAT-1234, DEMOX-1234), demo-001, DEMO-12 and XDEMO-001, none of which is a finding id;
 * and DEMO-001 (current), DEMO-003 (replaced by DEMO-004 in v2) and DEMO-999 (no such finding).
 */
const FIXTURE = path.resolve(__dirname, '../__fixtures__/check-refs');
const index = () => refIndex(indexFromRoot({root: VALID_FIXTURE, siteUrl: SITE}));

const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wa-refs-'));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  temps.forEach((d) => rmSync(d, {recursive: true, force: true}));
  cleanUp();
});

describe('check-refs on the fixture folder', () => {
  it('finds exactly the real, the replaced and the unknown id, with lines and columns', () => {
    const result = checkRefs({paths: ['.'], cwd: FIXTURE, index: index()});
    expect(result.refs.map((r) => [r.file, r.line, r.column, r.id, r.verdict])).toEqual([
      ['docs/decisions.md', 3, 45, 'DEMO-003', 'ended'],
      ['docs/decisions.md', 5, 34, 'DEMO-999', 'unknown'],
      ['README.md', 6, 33, 'DEMO-001', 'current'],
    ]);
    expect(result.problems.map((p) => [`${p.file}:${p.line}:${p.column}`, p.severity, p.rule, p.message, p.suggestion])).toEqual([
      ['docs/decisions.md:3:45', 'warning', 'refs/ended-finding', 'DEMO-003 was replaced by DEMO-004 in demo v2', 'cite DEMO-004 instead'],
      [
        'docs/decisions.md:5:34',
        'error',
        'refs/unknown-finding',
        'DEMO-999 is not a published finding of the review demo (published ids run from DEMO-001 to DEMO-004)',
        `look the id up on ${SITE}findings/`,
      ],
    ]);
    expect(result.filesScanned).toBe(2);
    expect(result.skipped).toEqual([]);
  });

  it('gives the same answer from a published findings.json (file) as from the content', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'findings.json'), JSON.stringify(toFindingsJson({corpus: corpusWith(), siteUrl: SITE})));
    const parsed = parseIndex(JSON.stringify(toFindingsJson({corpus: corpusWith(), siteUrl: SITE})), 'findings.json');
    expect(parsed.problems).toEqual([]);
    const fromFile = checkRefs({paths: ['.'], cwd: FIXTURE, index: refIndex(parsed.index!)});
    expect(fromFile).toEqual(checkRefs({paths: ['.'], cwd: FIXTURE, index: index()}));
  });
});

describe('what counts as a reference', () => {
  const scan = (text: string) => scanText({text, file: 'x.md', index: index()}).map((r) => `${r.line}:${r.column} ${r.id} ${r.via} ${r.verdict}`);

  it('matches only the known prefixes, whole, with three or more digits', () => {
    expect(scan('SHA-256 ISO-27001 PLAT-1234 DEMOX-123 XDEMO-001 DEMO-01 demo-001 DEMO-0012x DEMO_001')).toEqual([]);
    expect(scan('(DEMO-001), DEMO-002. "DEMO-004"\nbranch DEMO-001-fix and DEMO-1234')).toEqual([
      '1:2 DEMO-001 id current',
      '1:13 DEMO-002 id resolved',
      '1:24 DEMO-004 id current',
      '2:8 DEMO-001 id current',
      '2:25 DEMO-1234 id unknown',
    ]);
  });

  it('matches finding URLs of the site (any id) and of other hosts (known prefixes) once, and known ids inside other URLs', () => {
    expect(
      scan(
        [
          `See ${SITE}findings/DEMO-002/ and <${SITE}findings/ABC-001/>.`,
          'Preview: https://preview.example.net/findings/DEMO-003/#history',
          'Elsewhere: https://tracker.example.com/findings/ABC-001/ and https://example.org/other/DEMO-004',
        ].join('\n'),
      ),
    ).toEqual(['1:45 DEMO-002 url resolved', '1:100 ABC-001 url unknown', '2:47 DEMO-003 url ended', '3:88 DEMO-004 id current']);
  });

  it('names the successor of a replaced id and the reason of a retired one', () => {
    const retired = refIndex(toFindingsJson({corpus: corpusWith([{file: V2, replace: ['replacedBy: [DEMO-004]', 'retired: merged into the inference-profile finding']}]), siteUrl: SITE}));
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.md'), 'We track DEMO-003.\n');
    const {problems} = checkRefs({paths: ['a.md'], cwd: dir, index: retired});
    expect(problems.map((p) => [p.rule, p.message])).toEqual([['refs/ended-finding', 'DEMO-003 was retired in demo v2: merged into the inference-profile finding']]);
  });

  it('suggests the closest id for a near miss', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.md'), 'DEMO-0001\n');
    const [p] = checkRefs({paths: ['a.md'], cwd: dir, index: index()}).problems;
    expect(p!.suggestion).toBe('did you mean DEMO-001?');
  });
});

describe('files', () => {
  it('skips binary, non-UTF-8 and oversized files with a note, and walks folders without .git and node_modules', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ok.md'), '\uFEFFDEMO-999\n');
    writeFileSync(path.join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x44, 0x45, 0x4d, 0x4f, 0x2d, 0x39, 0x39, 0x39]));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x44, 0x45, 0x4d, 0x4f, 0x2d, 0x39, 0x39, 0x39, 0x20, 0xe9]));
    writeFileSync(path.join(dir, 'big.log'), `DEMO-999\n${'x'.repeat(2000)}`);
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, '.git', 'COMMIT_EDITMSG'), 'DEMO-999\n');
    mkdirSync(path.join(dir, 'node_modules'));
    writeFileSync(path.join(dir, 'node_modules', 'x.md'), 'DEMO-999\n');
    symlinkSync(dir, path.join(dir, 'loop'));
    const result = checkRefs({paths: ['.'], cwd: dir, index: index(), cap: 1000});
    expect(result.refs.map((r) => `${r.file}:${r.line}:${r.column}`)).toEqual(['ok.md:1:1']);
    expect(result.skipped).toEqual([
      {file: 'big.log', reason: 'over the size cap (2009 bytes; the cap is 1000)'},
      {file: 'latin1.txt', reason: 'not UTF-8 text'},
      {file: 'logo.png', reason: 'binary'},
      {file: 'loop', reason: 'a link to a folder'},
    ]);
    expect(result.filesScanned).toBe(1);
  });

  it('reports a path that does not exist as unreadable', () => {
    const {problems} = checkRefs({paths: ['missing.md'], cwd: tempDir(), index: index()});
    expect(problems.map((p) => [p.file, p.rule])).toEqual([['missing.md', 'file/unreadable']]);
  });
});

describe('the index', () => {
  it('refuses what is not a findings.json of apiVersion 1', () => {
    expect(parseIndex('{', 'a.json').problems.map((p) => [p.rule, p.message.split(':')[0]])).toEqual([['refs/bad-index', 'not JSON']]);
    expect(parseIndex('{"apiVersion": 2}', 'a.json').problems[0]!.message).toBe('expected a findings.json with apiVersion 1, got 2; this wa-review reads apiVersion 1');
    expect(parseIndex('{"apiVersion": 1, "site": "x"}', 'a.json').problems[0]!.message).toMatch(/^not a findings\.json: site: /);
    // Fields added later within apiVersion 1 are fine.
    const json = {...toFindingsJson({corpus: corpusWith(), siteUrl: SITE}), generatedBy: 'a later release'};
    expect(parseIndex(JSON.stringify(json), 'a.json').problems).toEqual([]);
  });

  describe('over HTTP', () => {
    let server: Server;
    let base = '';
    beforeAll(async () => {
      const body = JSON.stringify(toFindingsJson({corpus: corpusWith(), siteUrl: SITE}));
      server = createServer((req, res) => {
        if (req.url === '/api/v1/findings.json') res.writeHead(200, {'content-type': 'application/json'}).end(body);
        else res.writeHead(404).end('not found');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches a published findings.json, and reports a missing one as a bad index', async () => {
      const ok = await fetchIndex(`${base}/api/v1/findings.json`);
      expect(ok.problems).toEqual([]);
      expect(ok.index!.findings.map((f) => f.id)).toEqual(['DEMO-001', 'DEMO-002', 'DEMO-003', 'DEMO-004']);
      const missing = await fetchIndex(`${base}/nope.json`);
      expect(missing.problems.map((p) => [p.file, p.rule, p.message])).toEqual([[`${base}/nope.json`, 'refs/bad-index', 'cannot fetch the index: HTTP 404 Not Found']]);
    });

    it('runs wa-review check-refs --index URL without a checkout of this project', async () => {
      const io = memoryIO(FIXTURE);
      expect(await run(['check-refs', '.', '--index', `${base}/api/v1/findings.json`, '--format', 'json'], io)).toBe(1);
      const problems = problemSchema.array().parse(JSON.parse(io.stdout()));
      expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual(['docs/decisions.md:3:45 refs/ended-finding', 'docs/decisions.md:5:34 refs/unknown-finding']);
    });
  });
});

describe('wa-review check-refs', () => {
  // Without --index, finding URLs are those of the site the build would publish: SITE_URL and BASE_URL.
  const saved = {SITE_URL: process.env.SITE_URL, BASE_URL: process.env.BASE_URL};
  beforeEach(() => {
    process.env.SITE_URL = 'https://reviews.example.org';
    process.env.BASE_URL = '/wa/';
  });
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('prints the problems as text with a summary, and exits 1 on an unknown id', async () => {
    const io = memoryIO(FIXTURE);
    expect(await run(['check-refs', 'README.md', 'docs', '--root', VALID_FIXTURE], io)).toBe(1);
    expect(io.stdout()).toBe(
      [
        'docs/decisions.md:3:45 warning DEMO-003 was replaced by DEMO-004 in demo v2 (refs/ended-finding)',
        '                               suggestion: cite DEMO-004 instead',
        'docs/decisions.md:5:34 error   DEMO-999 is not a published finding of the review demo (published ids run from DEMO-001 to DEMO-004) (refs/unknown-finding)',
        `                               suggestion: look the id up on ${SITE}findings/`,
        '',
        '1 error, 1 warning',
        '',
      ].join('\n'),
    );
    expect(io.stderr()).toBe('1 error, 1 warning: 3 references to 3 finding ids in 2 files (prefixes DEMO; files over 1048576 bytes skipped)\n');
  });

  it('exits 0 with warnings only, prints GitHub annotations, and reads --index from a file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'findings.json'), JSON.stringify(toFindingsJson({corpus: corpusWith(), siteUrl: SITE})));
    writeFileSync(path.join(dir, 'CHANGELOG.md'), `# Changes\n\nFixed ${SITE}findings/DEMO-002/ and DEMO-003.\n`);
    const io = memoryIO(dir);
    expect(await run(['check-refs', 'CHANGELOG.md', '--index', 'findings.json', '--format', 'github'], io)).toBe(0);
    expect(io.stdout()).toBe(
      [
        '::warning file=CHANGELOG.md,line=3,col=47,title=refs/resolved-finding::DEMO-002 is resolved (demo v2): No backups of agent memory (suggestion: check that the text citing DEMO-002 still holds now that it is resolved)',
        '::warning file=CHANGELOG.md,line=3,col=61,title=refs/ended-finding::DEMO-003 was replaced by DEMO-004 in demo v2 (suggestion: cite DEMO-004 instead)',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 on a bad index and 2 on usage errors, never with a stack trace', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'findings.json'), '{"apiVersion": 2}');
    const bad = memoryIO(dir);
    expect(await run(['check-refs', '.', '--index', 'findings.json'], bad)).toBe(1);
    expect(bad.stdout()).toContain('findings.json error   expected a findings.json with apiVersion 1, got 2; this wa-review reads apiVersion 1 (refs/bad-index)');
    const noPath = memoryIO(dir);
    expect(await run(['check-refs'], noPath)).toBe(2);
    expect(noPath.stderr()).toBe('wa-review check-refs: missing argument: <path>...\nUsage: wa-review check-refs <path>... [--index FILE|URL] [--format text|json|github] [--root DIR]\n');
    const noRoot = memoryIO(dir);
    expect(await run(['check-refs', '.', '--root', dir], noRoot)).toBe(2);
    expect(noRoot.stderr()).toMatch(/holds no reviews\/; pass the content root with --root, or a published findings.json with --index\n/);
    for (const io of [bad, noPath, noRoot]) expect(io.stderr()).not.toMatch(/\n\s+at /);
  });
});
