import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {makeRoot, removeRoot, VALID_FIXTURE} from '../../content/__tests__/support/fixture-root';
import {problemSchema} from '../../content/problem';
import {run} from '../main';
import {memoryIO} from '../io';
import {jsonSchemaValidator} from '../../export/__tests__/support';
import {jsonSchemas} from '../../schemas/json-schema';

const roots: string[] = [];
afterAll(() => roots.forEach(removeRoot));

const bad = () => {
  const root = makeRoot([
    {file: 'reviews/demo/v1.md', replace: ['    severity: high', '    severity: critical']},
    {file: 'reviews/demo/v3.md', deleteLines: [23, 29]},
    {file: 'reviews/demo/v2.md', replace: ['until: 2026-12-31, reason: One agent in production until Q4.}\nanswers', 'until: 2026-06-30, reason: One agent in production until Q4.}\nanswers']},
  ]);
  roots.push(root);
  return root;
};

describe('wa-review validate', () => {
  it('exits 0 and prints only the summary on a valid corpus', async () => {
    const io = memoryIO();
    expect(await run(['validate', '--root', VALID_FIXTURE], io)).toBe(0);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toMatch(/^0 errors, 0 warnings: 1 reviews, 3 versions, 4 findings, 3 lenses checked in \d+ ms\n$/);
  });

  it('exits 1 and lists every problem with file:line:column, path, message and rule', async () => {
    const io = memoryIO();
    expect(await run(['validate', '--root', bad()], io)).toBe(1);
    expect(io.stdout()).toBe(
      [
        'reviews/demo/v1.md:33:15 error   findings[0].severity: expected high | medium | low, got "critical" (schema/enum)',
        'reviews/demo/v2.md:56:47 warning findings[3].acceptance.until: the acceptance of DEMO-004 expired on 2026-06-30, before this version (2026-07-01); renew it, resolve the finding or reopen it (finding/acceptance-expired)',
        'reviews/demo/v3.md:15:3  error   findings: DEMO-004 was accepted in v2 and is missing in v3 without retired/replacedBy (history/dropped-finding)',
        '                                 suggestion: keep DEMO-004 in v3 with its new status, or end it there with `retired: <why>` or `replacedBy: [<id>]`',
        '',
        '2 errors, 1 warning',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 when there are only warnings', async () => {
    const root = makeRoot([{file: 'reviews/demo/v2.md', replace: ['until: 2026-12-31, reason: One agent in production until Q4.}\nanswers', 'until: 2026-06-30, reason: One agent in production until Q4.}\nanswers']}]);
    roots.push(root);
    const io = memoryIO();
    expect(await run(['validate', '--root', root], io)).toBe(0);
    expect(io.stdout()).toContain('(finding/acceptance-expired)');
  });

  it('prints the problems as JSON that matches the published problem schema', async () => {
    const io = memoryIO();
    expect(await run(['validate', '--root', bad(), '--format', 'json'], io)).toBe(1);
    const list = JSON.parse(io.stdout()) as unknown[];
    expect(list).toHaveLength(3);
    for (const p of list) expect(problemSchema.parse(p)).toEqual(p);
    // The JSON Schema published at /api/v1/schema/problems.json, checked by an independent validator.
    const validate = jsonSchemaValidator(jsonSchemas().problems!);
    expect(validate(list), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{...(list[0] as object), severity: 'fatal'}])).toBe(false);
  });

  it('with --cache, reads only what changed on the next run, and prints the same problems', async () => {
    const r = bad();
    const cacheFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'wa-vc-')), 'validate.json');
    const first = memoryIO();
    expect(await run(['validate', '--root', r, '--cache', '--cache-file', cacheFile], first)).toBe(1);
    expect(first.stderr()).toMatch(/\(0 of 3 version files from the cache\)\n$/);
    const second = memoryIO();
    expect(await run(['validate', '--root', r, '--cache', '--cache-file', cacheFile], second)).toBe(1);
    expect(second.stderr()).toMatch(/\(3 of 3 version files from the cache\)\n$/);
    expect(second.stdout()).toBe(first.stdout());
    const plain = memoryIO();
    expect(await run(['validate', '--root', r], plain)).toBe(1);
    expect(second.stdout()).toBe(plain.stdout());
  });

  it('prints GitHub annotations with escaped properties', async () => {
    const io = memoryIO();
    expect(await run(['validate', '--root', bad(), '--format', 'github'], io)).toBe(1);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines[0]).toBe('::error file=reviews/demo/v1.md,line=33,col=15,title=schema/enum::findings[0].severity: expected high | medium | low, got "critical"');
    expect(lines[1]).toMatch(/^::warning file=reviews\/demo\/v2\.md,line=56,col=47,title=finding\/acceptance-expired::/);
  });

  it('exits 2 for a root that is missing or holds no content', async () => {
    const io = memoryIO();
    expect(await run(['validate', '--root', '/no/such/root'], io)).toBe(2);
    const empty = mkdtempSync(path.join(os.tmpdir(), 'wa-empty-'));
    const io2 = memoryIO();
    expect(await run(['validate', '--root', empty], io2)).toBe(2);
    expect(io2.stderr()).toContain('holds neither reviews/ nor lenses/');
  });

  it('exits 1 without a stack trace on a non-UTF-8 file, through the real bin', () => {
    const root = makeRoot([{file: 'reviews/demo/v4.md', write: new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a])}]);
    roots.push(root);
    const bin = path.resolve(__dirname, '../../../bin/wa-review.mjs');
    const result = spawnSync(process.execPath, [bin, 'validate', '--root', root], {encoding: 'utf8'});
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('reviews/demo/v4.md:2:1 error   not valid UTF-8 (byte 0xff at offset 4); save the file as UTF-8 (file/not-utf8)');
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });
});
