import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {VALID_FIXTURE} from '../../content/__tests__/support/fixture-root';
import {problemSchema} from '../../content/problem';
import {memoryIO} from '../io';
import {run} from '../main';

/**
 * The package another repository installs (`npx --package=github:OWNER/aws-well-architected-ai wa-review`): npm
 * builds it with `prepare` and packs what `files` names. Packed and unpacked here, it must run check-refs from a
 * published findings.json with nothing else of this project beside it.
 */
const PROJECT = path.resolve(__dirname, '../../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'wa-pack-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));

describe('the packed CLI', () => {
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {cwd: PROJECT, encoding: 'utf8'});
  const packed = pack.status === 0 ? (JSON.parse(pack.stdout) as Array<{filename: string; files: Array<{path: string}>}>)[0]! : undefined;

  it('holds the entry point and the bundles it starts', () => {
    expect(pack.status, pack.stderr).toBe(0);
    const files = packed!.files.map((f) => f.path);
    for (const f of ['bin/wa-review.mjs', 'dist/cli.mjs', 'dist/load-worker.mjs', 'package.json']) expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('reviews/'))).toBe(false);
  });

  it('declares every package the bundles import as a dependency, not a dev dependency', () => {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as {dependencies: Record<string, string>};
    const imported = new Set<string>();
    for (const bundle of ['dist/cli.mjs', 'dist/load-worker.mjs']) {
      const text = readFileSync(path.join(PROJECT, bundle), 'utf8');
      const statics = text.matchAll(/^import\b[^\n]*?from\s*["']([@a-z][\w@./-]*)["'];?$/gm);
      const dynamics = text.matchAll(/\bimport\(\s*["']([@a-z][\w@./-]*)["']\s*\)/g);
      for (const m of [...statics, ...dynamics]) {
        if (m[1]!.startsWith('node:')) continue;
        imported.add(m[1]!.startsWith('@') ? m[1]!.split('/').slice(0, 2).join('/') : m[1]!.split('/')[0]!);
      }
    }
    expect(imported.size).toBeGreaterThan(3);
    for (const name of imported) expect(pkg.dependencies, name).toHaveProperty([name]);
  });

  it('runs check-refs from a findings.json, unpacked with only its dependencies beside it', async () => {
    const untar = spawnSync('tar', ['-xzf', path.join(tmp, packed!.filename), '-C', tmp], {encoding: 'utf8'});
    expect(untar.status, untar.stderr).toBe(0);
    symlinkSync(path.join(PROJECT, 'node_modules'), path.join(tmp, 'package/node_modules'));
    const io = memoryIO();
    expect(await run(['export', 'findings-json', '--root', VALID_FIXTURE], io)).toBe(0);
    const index = path.join(tmp, 'findings.json');
    writeFileSync(index, io.stdout());
    const cli = spawnSync(process.execPath, [path.join(tmp, 'package/bin/wa-review.mjs'), 'check-refs', '.', '--index', index, '--format', 'json'], {
      cwd: path.join(PROJECT, 'src/export/__fixtures__/check-refs'),
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(1);
    const problems = problemSchema.array().parse(JSON.parse(cli.stdout));
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual(['docs/decisions.md:3:45 refs/ended-finding', 'docs/decisions.md:5:34 refs/unknown-finding']);
  });
});
