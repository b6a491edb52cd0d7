import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {runCli} from '../../cli/cli';
import {EXIT} from '../../cli/exit-codes';
import {memoryIO} from '../../cli/io';
import {verbs} from '../../cli/verbs';

const FIXTURES = path.resolve(__dirname, '../__fixtures__/wa-lenses');
const VALID = path.resolve(__dirname, '../../content/__fixtures__/valid');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, {recursive: true, force: true})));

/** A content root (a copy of the valid fixture corpus) and a working folder holding the fixture lenses. */
function workspace(): {root: string; cwd: string} {
  const base = mkdtempSync(path.join(os.tmpdir(), 'wa-cli-'));
  roots.push(base);
  const root = path.join(base, 'site');
  cpSync(VALID, root, {recursive: true});
  const cwd = path.join(base, 'work');
  cpSync(FIXTURES, cwd, {recursive: true});
  return {root, cwd};
}

async function run(argv: string[], cwd: string) {
  const io = memoryIO(cwd);
  const code = await runCli(argv, verbs, io);
  expect(io.stderr()).not.toMatch(/\n\s+at /); // never a stack trace
  return {code, out: io.stdout(), err: io.stderr()};
}

describe('wa-review import-lens', () => {
  it('writes lenses/imported/<id>.yaml with one warning per violation, and the loader accepts it', async () => {
    const {root, cwd} = workspace();
    const r = await run(['import-lens', 'custom-lens-apigw-lambda-v0.1.json', '--root', root, '--publisher', 'AWS samples', '--published', '2024-01-30', '--lens-version', '0.1'], cwd);
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toContain('wrote lenses/imported/custom-lens-amazon-api-gateway-aws-lambda-integration.yaml: 4 pillars, 21 questions, 63 choices; 0 errors, 70 warnings');
    expect(r.out).toMatch(/^custom-lens-apigw-lambda-v0\.1\.json:5:5 +warning _version: "_version" is not a key of the Tool's format/m);
    const written = readFileSync(path.join(root, 'lenses/imported/custom-lens-amazon-api-gateway-aws-lambda-integration.yaml'), 'utf8');
    expect(written).toContain('publisher: AWS samples');
    expect(written).toContain('  - version: "0.1"\n    date: 2024-01-30');
    const v = await run(['validate', '--root', root, '--format', 'json'], cwd);
    const mine = (JSON.parse(v.out) as Array<{file: string; severity: string; rule: string}>).filter((p) => p.file.startsWith('lenses/imported/'));
    // The four empty urls; extra keys are set aside.
    expect(mine.map((p) => `${p.severity} ${p.rule}`)).toEqual(Array(4).fill('warning wa-lens/url-scheme'));
  });

  it('refuses under --strict, listing every violation (exit 1), and writes nothing', async () => {
    const {root, cwd} = workspace();
    const r = await run(['import-lens', 'custom-lens-elasticache-v2.0 .json', '--strict', '--root', root, '--format', 'json'], cwd);
    expect(r.code).toBe(EXIT.problems);
    const problems = JSON.parse(r.out) as Array<{rule: string; severity: string}>;
    expect(problems.filter((p) => p.severity === 'error')).toHaveLength(26);
    expect(existsSync(path.join(root, 'lenses/imported'))).toBe(false);
  });

  it('refuses what is not JSON with file:line:column (exit 1)', async () => {
    const {root, cwd} = workspace();
    writeFileSync(path.join(cwd, 'broken.json'), '{\n  "name": "x",\n  "pillars": [,]\n}\n');
    const r = await run(['import-lens', 'broken.json', '--root', root], cwd);
    expect(r.code).toBe(EXIT.problems);
    expect(r.out).toMatch(/^broken\.json:3:15 error +not strict JSON: expected a value \(a trailing comma\?\) \(yaml\/syntax\)$/m);
  });

  it('reports a missing file as a problem (exit 1) and bad options as usage errors (exit 2)', async () => {
    const {root, cwd} = workspace();
    expect((await run(['import-lens', 'nope.json', '--root', root], cwd)).out).toMatch(/nope\.json +error +cannot read the file: ENOENT \(file\/unreadable\)/);
    expect((await run(['import-lens', 'Amazon_S3_Lens.json', '--id', 'Bad Id', '--root', root], cwd)).code).toBe(EXIT.usage);
    expect((await run(['import-lens', 'Amazon_S3_Lens.json', '--published', '30/01/2024', '--root', root], cwd)).code).toBe(EXIT.usage);
    expect((await run(['import-lens', '--root', root], cwd)).code).toBe(EXIT.usage);
  });

  it('will not replace a lens file without --force, nor take the id of another lens', async () => {
    const {root, cwd} = workspace();
    expect((await run(['import-lens', 'Amazon_S3_Lens.json', '--id', 's3', '--root', root], cwd)).code).toBe(EXIT.ok);
    const again = await run(['import-lens', 'Amazon_S3_Lens.json', '--id', 's3', '--root', root], cwd);
    expect(again.code).toBe(EXIT.usage);
    expect(again.err).toContain('lenses/imported/s3.yaml exists; pass --force');
    expect((await run(['import-lens', 'Amazon_S3_Lens.json', '--id', 's3', '--force', '--root', root], cwd)).code).toBe(EXIT.ok);
    const taken = await run(['import-lens', 'Amazon_S3_Lens.json', '--id', 'demo-lens', '--root', root], cwd);
    expect(taken.code).toBe(EXIT.usage);
    expect(taken.err).toContain('the id "demo-lens" is already used by lenses/demo-lens.yaml');
  });
});

describe('wa-review export wa-lens', () => {
  it('prints the Tool\'s JSON of a custom lens, or writes it UTF-8 without a BOM', async () => {
    const {root, cwd} = workspace();
    const r = await run(['export', 'wa-lens', '--lens', 'demo-lens', '--root', root], cwd);
    expect(r.code).toBe(EXIT.ok);
    const lens = JSON.parse(r.out) as {schemaVersion: string; pillars: Array<{questions: Array<{riskRules: unknown[]}>}>};
    expect(lens.schemaVersion).toBe('2021-11-01');
    expect(Object.keys(lens)).toEqual(['schemaVersion', 'name', 'description', 'pillars']);
    expect(Object.keys(lens.pillars[0]!)).toEqual(['id', 'name', 'questions']); // not our `pillar` field
    const w = await run(['export', 'wa-lens', '--lens', 'demo-lens', '--out', 'out/demo.json', '--root', root], cwd);
    expect(w.code).toBe(EXIT.ok);
    const bytes = readFileSync(path.join(cwd, 'out/demo.json'));
    expect(bytes[0]).toBe(0x7b);
    expect(bytes.toString('utf8')).toBe(r.out);
  });

  it('exits 1 listing every violation when the lens breaks a rule of the format', async () => {
    const {root, cwd} = workspace();
    await run(['import-lens', 'custom-lens-elasticache-v2.0 .json', '--id', 'elasticache', '--root', root], cwd);
    const r = await run(['export', 'wa-lens', '--lens', 'elasticache', '--root', root, '--out', 'x.json'], cwd);
    expect(r.code).toBe(EXIT.problems);
    expect(r.out).toBe('');
    expect(r.err.match(/error .*\(wa-lens\/default-rule\)/g)).toHaveLength(22);
    expect(r.err).toMatch(/^lenses\/imported\/elasticache\.yaml:\d+:\d+ +error +pillars\[0\]\.questions\[0\]\.riskRules: no risk rule/m);
    expect(existsSync(path.join(cwd, 'x.json'))).toBe(false);
  });

  it('exits 1 with the lens file\'s own errors', async () => {
    const {root, cwd} = workspace();
    const file = path.join(root, 'lenses/demo-lens.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: How is tool execution bounded?', 'title: [unclosed'));
    const r = await run(['export', 'wa-lens', '--lens', 'demo-lens', '--root', root], cwd);
    expect(r.code).toBe(EXIT.problems);
    expect(r.err).toContain('(yaml/syntax)');
  });

  it.each([
    [['export', 'pdf'], 'unknown format "pdf". Valid formats: findings-json, review-json, csv, sarif, badge, wa-lens'],
    [['export', 'wa-lens'], 'wa-lens needs --lens <id>'],
    [['export', 'wa-lens', '--lens', 'nope'], 'no lens "nope"'],
    [['export', 'wa-lens', '--lens', 'wellarchitected'], 'wellarchitected is an official lens'],
    [['export'], 'missing argument: <format>'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const {root, cwd} = workspace();
    const r = await run([...argv, '--root', root], cwd);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(message);
  });
});

describe('the installed bin', () => {
  it('refuses a file that is not JSON with a located error and no stack trace', () => {
    const {root, cwd} = workspace();
    mkdirSync(cwd, {recursive: true});
    writeFileSync(path.join(cwd, 'notes.json'), 'not json at all\n');
    const bin = path.resolve(__dirname, '../../../bin/wa-review.mjs');
    const r = spawnSync(process.execPath, [bin, 'import-lens', 'notes.json', '--root', root], {cwd, encoding: 'utf8'});
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^notes\.json:1:1 +error +not strict JSON/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
