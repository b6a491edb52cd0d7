import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {loadCorpus} from '../load';
import {loadReviewVersion} from '../load-review';
import {problemSchema} from '../problem';
import {REVIEW_SIZE_CAP} from '../source';
import {makeRoot, relockAll, removeRoot, VALID_FIXTURE} from './support/fixture-root';

const V1 = 'reviews/demo/v1.md';
const bytes = readFileSync(path.join(VALID_FIXTURE, V1));
const text = bytes.toString('utf8');
const root = makeRoot();
afterAll(() => removeRoot(root));
const target = path.join(root, V1);

/** Loads one mutated version file; it must return problems as data, never throw, and finish quickly. */
function loadMutated(content: Uint8Array | string): void {
  writeFileSync(target, content);
  const started = performance.now();
  const result = loadReviewVersion({absPath: target, file: V1, reviewId: 'demo', version: 1});
  const ms = performance.now() - started;
  expect(ms).toBeLessThan(2000);
  for (const p of result.problems) expect(problemSchema.safeParse(p).success).toBe(true);
}

describe('the loader under random input', () => {
  it('never throws or hangs on random byte mutations', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({min: 0, max: 255})), {minLength: 1, maxLength: 8}), (edits) => {
        const copy = Uint8Array.from(bytes);
        for (const [i, b] of edits) copy[i] = b;
        loadMutated(copy);
      }),
      {numRuns: 300, seed: 20261125},
    );
  });

  const yamlish = fc.constantFrom(':', ': ', '-', '- ', '[', ']', '{', '}', '&a ', '*a', '!!str ', '!!js/function ', '\t', '\n', '  ', '"', "'", '|', '>', '? ', '#', '---\n', '...\n', '%YAML 1.1\n', '<<: *a\n', '\u0000', '\ufeff', '```tradeoff\n', '```\n', '<script>', '$$\n');
  it('never throws or hangs on random YAML and Markdown insertions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(text.length), yamlish), {minLength: 1, maxLength: 6}), (inserts) => {
        let t = text;
        for (const [i, s] of inserts.sort((a, b) => b[0] - a[0])) t = t.slice(0, i) + s + t.slice(i);
        loadMutated(t);
      }),
      {numRuns: 300, seed: 42},
    );
  });

  it('never throws on arbitrary strings and truncations of a valid file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({maxLength: 400}), fc.nat(text.length).map((n) => text.slice(0, n))), (t) => loadMutated(t)),
      {numRuns: 300, seed: 7},
    );
  });
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
