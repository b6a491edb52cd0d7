import {createHash} from 'node:crypto';
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadCorpus} from '../../content/load';
import {generateCorpus} from '../corpus';
import {countWords, PROSE_WORDS} from '../prose';
import {writeCorpus} from '../write';

const LENSES = path.resolve(__dirname, '../../../lenses');
const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, {recursive: true, force: true})));

function write(options: {reviews: number; versions: number; findings: number; seed: number}): string {
  const out = mkdtempSync(path.join(os.tmpdir(), 'wa-bench-'));
  tmp.push(out);
  writeCorpus({out, options, lensesFrom: LENSES});
  return out;
}

/** Every file under a folder with the sha-256 of its bytes, by relative path. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out[path.relative(dir, abs)] = createHash('sha256').update(readFileSync(abs)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('the benchmark corpus', () => {
  const options = {reviews: 4, versions: 4, findings: 10, seed: 11};
  const out = write(options);

  it('validates: every review version, the lock and the lens references pass the loader without a problem', () => {
    const {corpus, problems} = loadCorpus({root: path.join(out, 'corpus')});
    expect(problems).toEqual([]);
    expect(corpus.reviews).toHaveLength(4);
    expect(corpus.reviews.every((r) => r.versions.length === 4 && r.latestPublished === 4)).toBe(true);
    expect(corpus.reviews.flatMap((r) => r.versions).every((v) => v.data.findings.length === 10 && v.hasMath && v.hasMermaid)).toBe(true);
  });

  it('gives byte-identical files for the same seed, and other files for another seed', () => {
    const again = write(options);
    expect(tree(again)).toEqual(tree(out));
    const other = write({...options, seed: 12});
    expect(tree(other)['shape.json']).toBeDefined();
    expect(tree(other)).not.toEqual(tree(out));
  });

  it('evolves findings along the lifecycle: new ids, resolutions, severity changes, a retired and a replaced id', () => {
    const {corpus} = loadCorpus({root: path.join(out, 'corpus')});
    const records = corpus.findings;
    expect(records.some((f) => f.firstVersion > 1)).toBe(true);
    expect(records.some((f) => f.history.some((h) => h.status === 'resolved'))).toBe(true);
    expect(records.some((f) => new Set(f.history.map((h) => h.severity)).size > 1)).toBe(true);
    expect(records.some((f) => f.history.some((h) => h.ended && 'retired' in h.ended))).toBe(true);
    expect(records.some((f) => f.replaces.length > 0)).toBe(true);
    expect(records.some((f) => f.history.some((h) => h.status === 'accepted'))).toBe(true);
  });

  it('records its shape, and every body has the stated number of prose words', () => {
    const shape = JSON.parse(readFileSync(path.join(out, 'shape.json'), 'utf8'));
    expect(shape.options).toEqual(options);
    expect(shape.perVersion).toMatchObject({proseWords: 1500, tables: 1, codeBlocks: 1, mermaidDiagrams: 1, mathBlocks: 1, findings: 10});
    expect(shape.totals.reviewFiles).toBe(16);
    const {files} = generateCorpus(options);
    const body = files.find((f) => f.path.endsWith('/v2.md') && f.path.startsWith('corpus/'))!.content.split(/\n---\n/)[1]!;
    const prose = body
      .replace(/```[\s\S]*?```/g, '')
      .replace(/\$\$[\s\S]*?\$\$/g, '')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('|'))
      .join(' ');
    expect(countWords(prose)).toBe(PROSE_WORDS);
    expect(PROSE_WORDS).toBe(1500);
  });

  it('updates prose the way reviews are updated: a later version keeps most paragraphs and rewrites some', () => {
    const {files} = generateCorpus(options);
    const paragraphs = (n: number) => {
      const f = files.find((x) => x.path.startsWith('corpus/reviews/') && x.path.endsWith(`/v${n}.md`))!;
      return new Set(f.content.split(/\n---\n/)[1]!.split('\n\n').filter((p) => /^[A-Z*W]/.test(p) && p.split(' ').length > 50));
    };
    const [v1, v2] = [paragraphs(1), paragraphs(2)];
    const kept = [...v2].filter((p) => v1.has(p)).length;
    expect(kept).toBeGreaterThan(v2.size * 0.4);
    expect(kept).toBeLessThan(v2.size);
  });

  it('writes the same prose as a plain docs page per review version for the control site', () => {
    const {files} = generateCorpus(options);
    const review = files.filter((f) => f.path.startsWith('corpus/reviews/') && f.path.endsWith('.md'));
    const control = files.filter((f) => f.path.startsWith('control/docs/'));
    expect(control).toHaveLength(review.length);
    const bodyOf = (s: string) => s.slice(s.indexOf('\n---\n') + 5);
    for (const f of review) expect(bodyOf(control.find((c) => c.path === f.path.replace('corpus/reviews/', 'control/docs/'))!.content)).toBe(bodyOf(f.content));
  });

  it('refuses sizes it cannot shape', () => {
    expect(() => generateCorpus({reviews: 0, versions: 1, findings: 10, seed: 1})).toThrow(/--reviews/);
    expect(() => generateCorpus({reviews: 1, versions: 1, findings: 3, seed: 1})).toThrow(/at least 4/);
  });
});
