import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadCorpus} from '../../content/load';
import {loadLensFile} from '../../content/load-lens';
import type {Problem} from '../../content/problem';
import {exportableLenses, exportToolLens, toToolData} from '../export';
import {importedLensFile, importToolLens, lensIdFromName} from '../import';

const FIXTURES = path.resolve(__dirname, '../__fixtures__/wa-lenses');
const README = readFileSync(path.join(FIXTURES, 'README.md'), 'utf8');
const FILES = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
const TODAY = '2026-11-25';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, {recursive: true, force: true})));
const tempRoot = (): string => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'wa-lens-'));
  roots.push(root);
  return root;
};

/** What the fixtures' README says of each file: its summary row and its sha256. */
interface Expected {
  bytes: number;
  pillars: number;
  questions: number;
  choices: number;
  nonSpec: Record<string, number>;
  urlNotHttp: number;
  noDefault: number;
  sha256: string;
}

function readme(file: string): Expected {
  const row = README.split('\n').find((l) => l.startsWith(`| \`${file}\` |`));
  if (!row) throw new Error(`${file} is not in the README table`);
  const cells = row.split('|').slice(1, -1).map((c) => c.trim());
  const nonSpec: Record<string, number> = {};
  for (const m of cells[9]!.matchAll(/([\w.]+)\.`([^`]+)`×(\d+)/g)) nonSpec[`${m[1]}.${m[2]}`] = Number(m[3]);
  const count = (re: RegExp) => Number(re.exec(cells[10]!)?.[1] ?? 0);
  const section = README.slice(README.indexOf(`### \`${file}\``));
  return {
    bytes: Number(cells[1]),
    pillars: Number(cells[2]),
    questions: Number(cells[3]),
    choices: Number(cells[4]),
    nonSpec,
    urlNotHttp: count(/url not http\(s\):\/\/ ×(\d+)/),
    noDefault: count(/exactly one 'default' ×(\d+)/),
    sha256: /sha256 `([0-9a-f]{64})`/.exec(section)![1]!,
  };
}

/** `pillars[1].questions[3].choices[0].helpfulResource.Url` -> `choice.helpfulResource.Url`, as the README counts them. */
function nonSpecLabel(p: Problem): string {
  const segs = p.path.replace(/\[\d+\]/g, '').split('.');
  const levels: Record<string, string> = {pillars: 'pillar', questions: 'question', choices: 'choice'};
  let last = -1;
  segs.forEach((s, i) => (levels[s] ? (last = i) : undefined));
  return [last < 0 ? 'lens' : levels[segs[last]!]!, ...segs.slice(last + 1)].join('.');
}

const tally = (items: string[]): Record<string, number> => items.reduce<Record<string, number>>((t, k) => ((t[k] = (t[k] ?? 0) + 1), t), {});

/** The spec's own keys, written out from the format's page (not taken from our schema). */
const SPEC: Record<string, string[]> = {
  lens: ['schemaVersion', 'name', 'description', 'pillars'],
  pillar: ['id', 'name', 'questions'],
  question: ['id', 'title', 'description', 'helpfulResource', 'choices', 'riskRules'],
  choice: ['id', 'title', 'helpfulResource', 'improvementPlan', 'additionalResources'],
  link: ['displayText', 'url'],
  group: ['type', 'content'],
  rule: ['condition', 'risk'],
};
type J = Record<string, unknown>;
function specOnly(v: J, level: string): J {
  const pick = (o: J, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k)));
  const o = pick(v, SPEC[level]!);
  const each = (k: string, lv: string) => {
    if (Array.isArray(o[k])) o[k] = (o[k] as J[]).map((x) => specOnly(x, lv));
    else if (o[k] && typeof o[k] === 'object') o[k] = specOnly(o[k] as J, lv);
  };
  if (level === 'lens') each('pillars', 'pillar');
  if (level === 'pillar') each('questions', 'question');
  if (level === 'question') (each('helpfulResource', 'link'), each('choices', 'choice'), each('riskRules', 'rule'));
  if (level === 'choice') (each('helpfulResource', 'link'), each('improvementPlan', 'link'), each('additionalResources', 'group'));
  if (level === 'group') each('content', 'link');
  return o;
}

const original = (file: string): J => JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as J;
const imported = new Map(FILES.map((f) => [f, importToolLens({bytes: readFileSync(path.join(FIXTURES, f)), file: f, today: TODAY})]));
const CONFORMING = FILES.filter((f) => readme(f).urlNotHttp + readme(f).noDefault === 0);

describe('the fixture lenses', () => {
  it('are the eight upstream files, byte for byte (sha256 and size as their README records)', () => {
    expect(FILES).toHaveLength(8);
    for (const f of FILES) {
      const bytes = readFileSync(path.join(FIXTURES, f));
      expect(bytes.length, f).toBe(readme(f).bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), f).toBe(readme(f).sha256);
    }
    expect(readFileSync(path.join(FIXTURES, 'custom-lens-apigw-lambda-v0.1.json'), 'latin1')).toContain('\r\n');
    expect(CONFORMING.sort()).toEqual(['Amazon_S3_Lens.json', 'ORR-Whitepaper-Sample-PUBLISHED.json', 'Passport-Custom-Lens.json', 'custom-lens-iceberg-amaozn-s3-v1.0.json']);
  });
});

describe('import', () => {
  it.each(FILES)('%s: imports with exactly the warnings its README lists', (file) => {
    const want = readme(file);
    const {lens, yaml, problems} = imported.get(file)!;
    expect(lens, JSON.stringify(problems.filter((p) => p.severity === 'error'))).toBeDefined();
    expect(yaml).toBeDefined();
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    const byRule = (rule: string) => problems.filter((p) => p.rule === rule);
    expect(tally(byRule('schema/unknown-key').map(nonSpecLabel))).toEqual(want.nonSpec);
    expect(byRule('wa-lens/url-scheme')).toHaveLength(want.urlNotHttp);
    expect(byRule('wa-lens/default-rule')).toHaveLength(want.noDefault);
    // Not a defect of the format: our lint on `A && B || C`, which one published condition has (see the guide).
    const lint = byRule('wa-lens/condition-precedence').map((p) => p.path);
    expect(lint).toEqual(file === 'Amazon_ECS_Lens.json' ? ['pillars[1].questions[0].riskRules[0].condition'] : []);
    const counted = ['schema/unknown-key', 'wa-lens/url-scheme', 'wa-lens/default-rule', 'wa-lens/condition-precedence'];
    expect(problems.filter((p) => !counted.includes(p.rule))).toEqual([]);
    expect(lens!.pillars).toHaveLength(want.pillars);
    expect(lens!.pillars.flatMap((p) => p.questions)).toHaveLength(want.questions);
    expect(lens!.pillars.flatMap((p) => p.questions.flatMap((q) => q.choices ?? []))).toHaveLength(want.choices);
  });

  it.each(FILES)('%s: keeps the data unchanged and every extra key aside, with its value', (file) => {
    const json = original(file);
    const {lens} = imported.get(file)!;
    expect(toToolData(lens!)).toEqual(specOnly(json, 'lens'));
    const extras = lens!.toolImport!.extras ?? [];
    expect(extras.length).toBe(Object.values(readme(file).nonSpec).reduce((a, b) => a + b, 0));
    for (const {pointer, value} of extras) {
      const at = pointer.split('/').slice(1).reduce<unknown>((v, seg) => (v as J)[seg.replace(/~1/g, '/').replace(/~0/g, '~')], json);
      expect(at).toEqual(value);
    }
    expect(lens!.toolImport).toMatchObject({file, importedOn: TODAY, schemaVersion: '2021-11-01', sha256: readme(file).sha256});
  });

  it('writes lens files the loader reads back as imported lenses, with the format\'s violations as warnings', () => {
    const root = tempRoot();
    for (const f of FILES) {
      const {lens, yaml} = imported.get(f)!;
      const abs = path.join(root, importedLensFile(lens!.id));
      mkdirSync(path.dirname(abs), {recursive: true});
      writeFileSync(abs, yaml!);
    }
    const {corpus, problems} = loadCorpus({root});
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(corpus.lenses.map((l) => l.data.kind)).toEqual(Array(8).fill('imported'));
    for (const f of FILES) {
      const entry = corpus.lenses.find((l) => l.data.id === imported.get(f)!.lens!.id)!;
      expect(entry.data).toEqual(imported.get(f)!.lens);
      const mine = problems.filter((p) => p.file === entry.file);
      expect(mine.filter((p) => p.rule === 'wa-lens/default-rule')).toHaveLength(readme(f).noDefault);
      expect(mine.filter((p) => p.rule === 'wa-lens/url-scheme')).toHaveLength(readme(f).urlNotHttp);
    }
    expect(exportableLenses(corpus)).toHaveLength(8);
  });

  it('refuses, with every violation, under --strict', () => {
    const bytes = readFileSync(path.join(FIXTURES, 'custom-lens-apigw-lambda-v0.1.json'));
    const strict = importToolLens({bytes, file: 'a.json', today: TODAY, strict: true});
    expect(strict.lens).toBeUndefined();
    expect(tally(strict.problems.map((p) => `${p.severity} ${p.rule}`))).toEqual({'error schema/unknown-key': 66, 'error wa-lens/url-scheme': 4});
    const conforming = importToolLens({bytes: readFileSync(path.join(FIXTURES, 'custom-lens-iceberg-amaozn-s3-v1.0.json')), file: 'i.json', today: TODAY, strict: true});
    expect(conforming.problems).toEqual([]);
    expect(conforming.lens?.id).toBe('iceberg-on-amazon-s3-best-practice-lens');
  });

  const lensText = readFileSync(path.resolve(__dirname, '../__fixtures__/minimal-lens.json'), 'utf8');
  it.each([
    ['a trailing comma', lensText.replace('"HIGH_RISK"}\n          ]', '"HIGH_RISK"},\n          ]'), 'yaml/syntax', '40:11', 'not strict JSON: expected a value (a trailing comma?)'],
    ['a comment', `// lens\n${lensText}`, 'yaml/syntax', '1:1', 'not strict JSON: comments are not JSON'],
    ['single quotes', lensText.replace('"Minimal lens"', "'Minimal lens'"), 'yaml/syntax', '3:11', 'not strict JSON: unexpected characters (JSON has no comments, single quotes, NaN or unquoted keys)'],
    ['a duplicate key', lensText.replace('"name": "Minimal lens",', '"name": "Minimal lens", "name": "Again",'), 'yaml/duplicate-key', '3:27', 'the key "name" appears twice in one object; JSON readers keep only one of them'],
    ['a list', '[1, 2]', 'schema/type', '1:1', 'expected a custom lens: a JSON object with schemaVersion, name, description and pillars, got a list'],
    ['an object without pillars', '{"name": "x"}', 'schema/required', '1:1', 'not a custom lens: it has no "pillars" list'],
    ['pillars that are not a list', '{\n  "pillars": 5\n}', 'schema/type', '2:14', 'not a custom lens: "pillars" is not a list'],
    ['a title that is a number', lensText.replace('"title": "Are credentials scoped per task?"', '"title": 42'), 'schema/type', '44:20', 'expected string, got number'],
    ['a question without title', lensText.replace('"title": "Are credentials scoped per task?",', ''), 'schema/required', '42:9', 'missing required field "title"'],
    ['an empty file', '  \n', 'file/empty', '0:0', 'the file is empty'],
  ])('refuses %s with a located error', (_, text, rule, at, message) => {
    const r = importToolLens({bytes: new TextEncoder().encode(text), file: 'lens.json', today: TODAY});
    expect(r.lens).toBeUndefined();
    expect(r.yaml).toBeUndefined();
    const first = r.problems.find((p) => p.severity === 'error')!;
    expect(`${first.rule} ${first.line}:${first.column} ${first.message}`).toBe(`${rule} ${at} ${message}`);
  });

  it('refuses a file that is not UTF-8, and what our format cannot hold (a javascript: link)', () => {
    expect(importToolLens({bytes: new Uint8Array([0x7b, 0xe9, 0x7d]), file: 'l.json', today: TODAY}).problems.map((p) => p.rule)).toEqual(['file/not-utf8']);
    const r = importToolLens({bytes: new TextEncoder().encode(lensText.replace('http://example.com/plan', 'javascript:alert(1)')), file: 'l.json', today: TODAY});
    expect(r.lens).toBeUndefined();
    // The Tool's rule (a warning) yields to our format's refusal at the same place: one problem per defect.
    expect(r.problems.map((p) => `${p.severity} ${p.rule} ${p.line}:${p.column}`)).toEqual(['error url/unsafe 20:96']);
  });

  it('derives a lens id from the name', () => {
    expect(lensIdFromName('Custom Lens - Amazon API Gateway & AWS Lambda Integration')).toBe('custom-lens-amazon-api-gateway-aws-lambda-integration');
    expect(lensIdFromName('3 Tier Lens')).toBe('lens-3-tier-lens');
    expect(lensIdFromName('Ünïcödé lens')).toBe('unicode-lens');
    expect(lensIdFromName('a'.repeat(30) + ' ' + 'b'.repeat(40))!.length).toBeLessThanOrEqual(63);
    expect(lensIdFromName('!!!')).toBeUndefined();
  });
});

describe('export', () => {
  it.each(CONFORMING)('%s: import then export reproduces its pillars, questions, choices, rules and resources', (file) => {
    const {lens} = imported.get(file)!;
    const {json, problems} = exportToolLens({lens: lens!});
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(JSON.parse(json!)).toEqual(specOnly(original(file), 'lens'));
    expect(json!.charCodeAt(0)).toBe(0x7b); // no BOM
  });

  it.each(FILES.filter((f) => !CONFORMING.includes(f)))('%s: refuses to export, listing every violation', (file) => {
    const {lens} = imported.get(file)!;
    const {json, problems} = exportToolLens({lens: lens!});
    expect(json).toBeUndefined();
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBe(readme(file).urlNotHttp + readme(file).noDefault);
  });

  it('writes the format\'s own keys only, in the format\'s order', () => {
    const json = exportToolLens({lens: imported.get('custom-lens-apigw-lambda-v0.1.json')!.lens!}).problems;
    expect(json.some((p) => p.rule === 'schema/unknown-key')).toBe(false);
    const s3 = JSON.parse(exportToolLens({lens: imported.get('Amazon_S3_Lens.json')!.lens!}).json!) as J;
    expect(Object.keys(s3)).toEqual(['schemaVersion', 'name', 'description', 'pillars']);
  });

  it('changes exactly one field of the export when one choice title changes in the lens file', () => {
    const root = tempRoot();
    const {lens, yaml} = imported.get('Amazon_S3_Lens.json')!;
    const file = importedLensFile(lens!.id);
    const abs = path.join(root, file);
    mkdirSync(path.dirname(abs), {recursive: true});
    const exportOf = (text: string) => {
      writeFileSync(abs, text);
      const loaded = loadLensFile(abs, file);
      return JSON.parse(exportToolLens({lens: loaded.entry!.data, file, locate: loaded.yaml!.locate}).json!) as J;
    };
    const before = exportOf(yaml!);
    const line = '            title: Retry 5XX errors\n';
    expect(yaml!.split(line)).toHaveLength(2);
    const after = exportOf(yaml!.replace(line, '            title: Retry 5XX errors with backoff\n'));
    expect(leafDiff(before, after)).toEqual([['pillars[2].questions[1].choices[0].title', 'Retry 5XX errors', 'Retry 5XX errors with backoff']]);
  });

  it('imports and exports the largest fixture quickly', () => {
    const bytes = readFileSync(path.join(FIXTURES, 'Amazon_S3_Lens.json'));
    const t0 = performance.now();
    const r = importToolLens({bytes, file: 'Amazon_S3_Lens.json', today: TODAY});
    const t1 = performance.now();
    exportToolLens({lens: r.lens!});
    const t2 = performance.now();
    console.log(`Amazon_S3_Lens.json (${bytes.length} bytes): import ${Math.round(t1 - t0)} ms, export ${Math.round(t2 - t1)} ms`);
    expect(t2 - t0).toBeLessThan(3000);
  });
});

function leafDiff(a: unknown, b: unknown, at = ''): Array<[string, unknown, unknown]> {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => leafDiff((a as J)[k], (b as J)[k], Array.isArray(a) ? `${at}[${k}]` : at ? `${at}.${k}` : k));
  }
  return Object.is(a, b) ? [] : [[at, a, b]];
}
