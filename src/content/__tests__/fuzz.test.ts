import {fork} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadCorpus} from '../load';
import {REVIEW_SIZE_CAP} from '../source';
import type {FuzzMessage} from './support/fuzz-child';
import {makeRoot, relockAll, removeRoot, VALID_FIXTURE} from './support/fixture-root';

const V1 = 'reviews/demo/v1.md';
const text = readFileSync(path.join(VALID_FIXTURE, V1), 'utf8');

/** Longest a single case may take before it counts as a hang; a case normally takes milliseconds. */
const CASE_LIMIT_MS = 5_000;

/**
 * Runs one property of support/fuzz-child.ts in a child process and watches it: every case must return problems
 * as data (never throw) and finish within CASE_LIMIT_MS; a case that does not is killed and named.
 */
function fuzz(property: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'support/fuzz-child.ts'), [property], {execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc']});
    let last = 'before the first case';
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      f();
    };
    let timer = setTimeout(() => 0, 0);
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(() => (child.kill('SIGKILL'), reject(new Error(`a case took over ${CASE_LIMIT_MS} ms: ${last}`)))), CASE_LIMIT_MS);
    };
    arm();
    child.on('message', (m: FuzzMessage) => {
      if ('case' in m) {
        last = `case ${m.case}, ${m.what}`;
        arm();
      } else if ('done' in m) finish(() => resolve(m.done));
      else finish(() => reject(new Error(`${m.failed}\n(last case: ${last})`)));
    });
    child.on('exit', (code) => finish(() => reject(new Error(`the fuzz process exited with ${code} at ${last}`))));
  });
}

describe('the loader under random input (each case in a watched child process)', () => {
  it.each([
    ['bytes', 'random byte mutations of a version file', 300],
    ['yaml', 'random YAML and Markdown insertions into a version file', 300],
    ['strings', 'arbitrary strings and truncations of a valid version file', 300],
    ['corpus', 'insertions into any file of the corpus (versions, errata, lock, lenses), loading the whole corpus', 200],
  ] as const)('never throws or hangs on %s: %s', async (property, _what, runs) => {
    await expect(fuzz(property)).resolves.toBe(runs);
  }, 180_000);
});

describe('the size cap', () => {
  const pad = (size: number) => {
    const filler = `\nPadding to reach the cap. ${'x'.repeat(60)}\n`;
    let t = text;
    while (Buffer.byteLength(t) + filler.length < size) t += filler;
    return t + 'y'.repeat(size - Buffer.byteLength(t));
  };

  it('accepts a valid file one byte under the cap', () => {
    const r = makeRoot();
    writeFileSync(path.join(r, V1), pad(REVIEW_SIZE_CAP - 1));
    relockAll(r);
    const {problems} = loadCorpus({root: r});
    removeRoot(r);
    expect(problems).toEqual([]);
  });

  it('refuses a file one byte over the cap, naming the cap', () => {
    const r = makeRoot();
    writeFileSync(path.join(r, V1), pad(REVIEW_SIZE_CAP + 1));
    const {problems} = loadCorpus({root: r});
    removeRoot(r);
    expect(problems.filter((p) => p.file === V1).map((p) => [p.rule, p.message])).toEqual([['file/too-large', `${REVIEW_SIZE_CAP + 1} bytes is over the cap of ${REVIEW_SIZE_CAP} bytes; split the content`]]);
  });
});
