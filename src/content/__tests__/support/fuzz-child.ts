/**
 * The loader's fuzz properties, run in a child process so that the test can stop a case that hangs (a synchronous
 * loop would block the test's own event loop and its timeouts). Before each case it tells the parent what it is
 * about to load; at the end it reports how many cases ran, or the first failure. Started by fuzz.test.ts as
 * `node --import tsx fuzz-child.ts <property>`.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {loadCorpus} from '../../load';
import {loadReviewVersion} from '../../load-review';
import {problemSchema, type Problem} from '../../problem';
import {RULES} from '../../rules';
import {makeRoot, removeRoot, VALID_FIXTURE} from './fixture-root';

export type FuzzMessage = {case: number; what: string} | {done: number} | {failed: string};

const send = (m: FuzzMessage) => process.send!(m);
const V1 = 'reviews/demo/v1.md';
/** Every kind of file the loader reads: versions (published and draft), errata, the lock, lenses. */
const FILES = [V1, 'reviews/demo/v2.md', 'reviews/demo/v3.md', 'reviews/demo/errata.yaml', 'reviews/versions.lock', 'lenses/demo-lens.yaml', 'lenses/wellarchitected.yaml'] as const;
const original = Object.fromEntries(FILES.map((f) => [f, readFileSync(path.join(VALID_FIXTURE, f))]));

const yamlish = fc.constantFrom(':', ': ', '-', '- ', '[', ']', '{', '}', '&a ', '*a', '!!str ', '!!js/function ', '\t', '\n', '  ', '"', "'", '|', '>', '? ', '#', '---\n', '...\n', '%YAML 1.1\n', '<<: *a\n', '\u0000', '\ufeff', '```tradeoff\n', '```\n', '<script>', '$$\n', 'id: ', 'version: 2\n', '!', '&&', '||', '(', ')');

function checkProblems(problems: readonly Problem[]): void {
  for (const p of problems) {
    const parsed = problemSchema.safeParse(p);
    if (!parsed.success) throw new Error(`not a problem: ${JSON.stringify(p)}`);
    if (!(p.rule in RULES)) throw new Error(`unregistered rule ${p.rule}`);
  }
}

function insert(text: string, inserts: Array<[number, string]>): string {
  let t = text;
  for (const [i, s] of [...inserts].sort((a, b) => b[0] - a[0])) t = t.slice(0, Math.min(i, t.length)) + s + t.slice(Math.min(i, t.length));
  return t;
}

const root = makeRoot();
let n = 0;
const announce = (what: string) => send({case: ++n, what});

/** One version file, loaded alone (the part that parses and validates it). */
function loadVersion(content: Uint8Array | string): void {
  const target = path.join(root, V1);
  writeFileSync(target, content);
  announce(`${V1}: ${JSON.stringify(typeof content === 'string' ? content.slice(0, 200) : Buffer.from(content).toString('base64').slice(0, 200))}`);
  checkProblems(loadReviewVersion({absPath: target, file: V1, reviewId: 'demo', version: 1}).problems);
  writeFileSync(target, original[V1]!);
}

const v1 = original[V1]!;
const v1Text = v1.toString('utf8');
const properties: Record<string, () => void> = {
  bytes: () =>
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(v1.length - 1), fc.integer({min: 0, max: 255})), {minLength: 1, maxLength: 8}), (edits) => {
        const copy = Uint8Array.from(v1);
        for (const [i, b] of edits) copy[i] = b;
        loadVersion(copy);
      }),
      {numRuns: 300, seed: 20261125},
    ),
  yaml: () =>
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(v1Text.length), yamlish), {minLength: 1, maxLength: 6}), (inserts) => loadVersion(insert(v1Text, inserts))),
      {numRuns: 300, seed: 42},
    ),
  strings: () =>
    fc.assert(
      fc.property(fc.oneof(fc.string({maxLength: 400}), fc.nat(v1Text.length).map((k) => v1Text.slice(0, k))), (t) => loadVersion(t)),
      {numRuns: 300, seed: 7},
    ),
  // The whole corpus with one file mutated: the checks across files (history, lifecycle, lock, errata, lens
  // references, answers) run on whatever still parses.
  corpus: () =>
    fc.assert(
      fc.property(fc.constantFrom(...FILES), fc.array(fc.tuple(fc.nat(20_000), yamlish), {minLength: 1, maxLength: 4}), (file, inserts) => {
        const text = insert(original[file]!.toString('utf8'), inserts);
        writeFileSync(path.join(root, file), text);
        announce(`${file}: ${JSON.stringify(inserts)}`);
        checkProblems(loadCorpus({root}).problems);
        writeFileSync(path.join(root, file), original[file]!);
      }),
      {numRuns: 200, seed: 2026},
    ),
};

const name = process.argv[2] ?? '';
try {
  const property = properties[name];
  if (!property) throw new Error(`no property "${name}"; properties: ${Object.keys(properties).join(', ')}`);
  property();
  send({done: n});
} catch (e) {
  send({failed: e instanceof Error ? e.message : String(e)});
} finally {
  removeRoot(root);
  process.disconnect();
}
