import {execFileSync, spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../cli';
import {EXIT} from '../exit-codes';
import {memoryIO} from '../io';
import {defineVerb} from '../verb';

const echo = defineVerb({
  name: 'echo',
  summary: 'prints its arguments',
  args: '<word>...',
  minPositionals: 1,
  maxPositionals: Infinity,
  options: {format: {type: 'string', description: 'output format', choices: ['text', 'json']}},
  async run({positionals, values, root, io}) {
    io.out(`${values.format === 'json' ? JSON.stringify(positionals) : positionals.join(' ')} @${root}\n`);
    return EXIT.ok;
  },
});

describe('runCli', () => {
  it('runs a verb with its options and the --root it was given', async () => {
    const io = memoryIO();
    const code = await runCli(['echo', 'a', 'b', '--format', 'json', '--root', '/tmp'], [echo], io);
    expect(code).toBe(EXIT.ok);
    expect(io.stdout()).toBe('["a","b"] @/tmp\n');
  });

  it.each([
    [['frob'], /unknown verb "frob". Valid verbs: echo/],
    [['--frob'], /unknown option --frob/],
    [['echo', 'a', '--frob'], /Unknown option '--frob'/],
    [['echo'], /missing argument: <word>/],
    [['echo', 'a', '--format', 'xml'], /--format xml: expected one of text, json/],
    [['echo', 'a', '--root', '/no/such/dir'], /--root \/no\/such\/dir: no such folder/],
    [[], /Usage: wa-review <verb>/],
  ])('exits 2 with a usage message for %j', async (argv, message) => {
    const io = memoryIO();
    expect(await runCli(argv, [echo], io)).toBe(EXIT.usage);
    expect(io.stderr()).toMatch(message);
    expect(io.stderr()).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('prints help for the tool and for one verb, listing options and exit codes', async () => {
    const io = memoryIO();
    expect(await runCli(['--help'], [echo], io)).toBe(EXIT.ok);
    expect(io.stdout()).toContain('echo           prints its arguments');
    expect(io.stdout()).toMatch(/Exit status:\n  0 .*\n  1 .*\n  2 .*usage/);
    const verbIO = memoryIO();
    expect(await runCli(['echo', '--help'], [echo], verbIO)).toBe(EXIT.ok);
    expect(verbIO.stdout()).toContain('Usage: wa-review echo <word>... [--format text|json] [--root DIR]');
  });
});

describe('the installed bin', () => {
  const bin = path.resolve(__dirname, '../../../bin/wa-review.mjs');
  const pkg = require('../../../package.json') as {version: string; bin: Record<string, string>};

  it('is declared in package.json and prints the package version', () => {
    expect(pkg.bin['wa-review']).toBe('bin/wa-review.mjs');
    expect(execFileSync(process.execPath, [bin, '--version'], {encoding: 'utf8'})).toBe(`${pkg.version}\n`);
  });

  it('stops quietly when its reader closes the pipe early', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" export wa-lens --lens agentic-systems | head -c 10 >/dev/null`], {encoding: 'utf8'});
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it('exits 2 on an unknown verb without a stack trace', () => {
    const result = spawnSync(process.execPath, [bin, 'no-such-verb'], {encoding: 'utf8'});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown verb "no-such-verb"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
