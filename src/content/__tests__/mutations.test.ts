import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {isMap, isPair, isScalar, isSeq, parseDocument, LineCounter, type Node as YamlNode} from 'yaml';
import {afterAll, describe, expect, it} from 'vitest';
import {loadCorpus} from '../load';
import {splitFrontMatter} from '../source';
import {EFFORTS, FINDING_STATUSES, METRIC_BASES, METRIC_DIRECTIONS, PILLARS, REVIEW_STATUSES, SEVERITIES, SUBJECT_KINDS} from '../../schemas/vocab';
import {makeRoot, removeRoot, VALID_FIXTURE} from './support/fixture-root';

/**
 * Typed mutations of a valid review: every key and every enum value of v1's front matter is mistyped in turn;
 * each must be reported with its rule id on the mutated node's line, and did-you-mean must name the original.
 */

const V1 = 'reviews/demo/v1.md';
const V2 = 'reviews/demo/v2.md';
const FILES = [V1, V2] as const;
const originals: Record<string, string> = Object.fromEntries(FILES.map((f) => [f, readFileSync(path.join(VALID_FIXTURE, f), 'utf8')]));
const original = originals[V1]!;
const fmLines = 1; // the opening `---`

interface Site {
  file: string;
  kind: 'key' | 'value';
  text: string;
  offset: number;
  line: number;
}

function sites(file: string): Site[] {
  const original = originals[file]!;
  const split = splitFrontMatter(original, file);
  if (!split.ok) throw new Error('unexpected: fixture has no front matter');
  const lc = new LineCounter();
  const doc = parseDocument(split.split.yaml, {lineCounter: lc});
  const yamlStart = original.indexOf('\n') + 1;
  const out: Site[] = [];
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const k = pair.key as YamlNode & {value: string};
        out.push({file, kind: 'key', text: String(k.value), offset: yamlStart + k.range![0], line: lc.linePos(k.range![0]).line + fmLines});
        if (isScalar(pair.value) && typeof pair.value.value === 'string' && ENUM_VALUES.has(pair.value.value)) {
          const v = pair.value as YamlNode & {value: string};
          out.push({file, kind: 'value', text: v.value, offset: yamlStart + v.range![0], line: lc.linePos(v.range![0]).line + fmLines});
        }
        visit(pair.value);
      }
    } else if (isSeq(node)) node.items.forEach(visit);
  };
  visit(doc.contents);
  return out;
}

/** Every value of the schemas' closed vocabularies (taken from them, so a new one is mutated too). */
const ENUM_VALUES = new Set<string>([...PILLARS, ...SEVERITIES, ...FINDING_STATUSES, ...REVIEW_STATUSES, ...SUBJECT_KINDS, ...METRIC_BASES, ...METRIC_DIRECTIONS, ...EFFORTS]);

/** Four kinds of typo, each at edit distance 1: a dropped letter, two neighbours swapped, a doubled letter, a wrong last letter. */
function typos(word: string): string[] {
  const out = new Set<string>();
  if (word.length > 3) out.add(word.slice(0, 2) + word.slice(3));
  if (word.length > 3) out.add(word.slice(0, 1) + word[2] + word[1] + word.slice(3));
  if (word.length >= 3) out.add(word.slice(0, 2) + word[1] + word.slice(2));
  if (word.length >= 3) out.add(word.slice(0, -1) + (word.endsWith('x') ? 'q' : 'x'));
  return [...out].filter((t) => t !== word);
}

const roots: string[] = [];
afterAll(() => roots.forEach(removeRoot));

function mutate(site: Site, replacement: string): string {
  const root = makeRoot();
  roots.push(root);
  const text = originals[site.file]!;
  writeFileSync(path.join(root, site.file), text.slice(0, site.offset) + replacement + text.slice(site.offset + site.text.length));
  return root;
}

const all = FILES.flatMap(sites);
const keySites = all.filter((s) => s.kind === 'key' && s.text.length > 3);
const valueSites = all.filter((s) => s.kind === 'value' && s.text.length >= 3);

describe('a mistyped key', () => {
  it('covers many keys of the fixture', () => expect(keySites.length).toBeGreaterThan(40));
  it.each(keySites.flatMap((s) => typos(s.text).map((t) => [s.text, t, s] as const)))('%s -> %s: unknown key, did you mean the original', (orig, typo, site) => {
    const {problems} = loadCorpus({root: mutate(site, typo)});
    const hit = problems.find((p) => p.rule === 'schema/unknown-key' && p.file === site.file);
    expect(hit, JSON.stringify(problems)).toBeDefined();
    expect(hit!.line).toBe(site.line);
    expect(hit!.message).toContain(`"${typo}"`);
    expect(hit!.suggestion).toBe(`did you mean "${orig}"?`);
  });
});

describe('a mistyped enum value', () => {
  it('covers the closed vocabularies', () => expect(new Set(valueSites.map((s) => s.text)).size).toBeGreaterThanOrEqual(14));
  it.each(valueSites.flatMap((s) => typos(s.text).map((t) => [s.text, t, s] as const)))('%s -> %s: enum problem, did you mean the original', (orig, typo, site) => {
    const {problems} = loadCorpus({root: mutate(site, typo)});
    const hit = problems.find((p) => p.rule === 'schema/enum' && p.file === site.file);
    expect(hit, JSON.stringify(problems)).toBeDefined();
    expect(hit!.line).toBe(site.line);
    expect(hit!.suggestion).toBe(`did you mean "${orig}"?`);
  });
});

describe('other typed mutations', () => {
  const cases: Array<[string, (text: string) => string, string, number]> = [
    ['a wrong type', (t) => t.replace('    value: 0.09', '    value: "cheap"'), 'schema/type', 19],
    ['a duplicate finding id', (t) => t.replace('  - id: DEMO-002', '  - id: DEMO-001'), 'finding/duplicate-id', 51],
    ['a missing required field', (t) => t.replace('    title: No backups of agent memory\n', ''), 'schema/required', 51],
    ['a version/file mismatch', (t) => t.replace('version: 1\n', 'version: 3\n'), 'review/version-mismatch', 4],
  ];
  it.each(cases)('%s', (_, edit, rule, line) => {
    const root = makeRoot();
    roots.push(root);
    writeFileSync(path.join(root, V1), edit(original));
    const {problems} = loadCorpus({root});
    expect(problems.filter((p) => p.rule === rule).map((p) => `${p.file}:${p.line}`)).toContain(`${V1}:${line}`);
  });

  it('a finding dropped between versions', () => {
    const root = makeRoot([{file: 'reviews/demo/v2.md', deleteLines: [50, 56]}]);
    roots.push(root);
    const {problems} = loadCorpus({root});
    const dropped = problems.find((p) => p.rule === 'history/dropped-finding');
    // DEMO-004 is new in v2, so deleting it from v2 drops it from v3... and DEMO-003's successor disappears.
    expect(problems.map((p) => p.rule)).toContain('finding/replaced-by-unknown');
    expect(dropped).toBeUndefined();
    const root2 = makeRoot([{file: 'reviews/demo/v2.md', deleteLines: [27, 35]}]);
    roots.push(root2);
    const p2 = loadCorpus({root: root2}).problems.filter((p) => p.rule === 'history/dropped-finding');
    expect(p2.map((p) => [p.file, p.line, p.message])).toEqual([['reviews/demo/v2.md', 27, 'DEMO-001 was open in v1 and is missing in v2 without retired/replacedBy']]);
  });
});
