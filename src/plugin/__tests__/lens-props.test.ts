import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadCorpus} from '../../content/load';
import type {Corpus} from '../../content/types';
import {checkToolLens, exportToolLens, questionRisk, toolLensApiPath} from '../../lens';
import {importedLensFile, importToolLens} from '../../lens/import';
import type {LensQuestion} from '../../schemas/lens';
import {splitLensRef} from '../../schemas/lens-ref';
import {writeToolLensFiles} from '../api';
import {firstSentence, toLensProp, toLensSummaries, toolLensExports, toRuleProps, type LensProp} from '../lens-props';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURES = path.resolve(__dirname, '../../lens/__fixtures__/wa-lenses');
const TODAY = '2026-11-25';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, {recursive: true, force: true})));
const tempDir = (): string => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'wa-lens-props-'));
  temps.push(d);
  return d;
};

const question = (choices: string[], rules: Array<[string, 'HIGH_RISK' | 'MEDIUM_RISK' | 'NO_RISK']>): Pick<LensQuestion, 'choices' | 'riskRules'> => ({
  choices: choices.map((id) => ({id, title: id.toUpperCase()})),
  riskRules: rules.map(([condition, risk]) => ({condition, risk})),
});

describe('toRuleProps', () => {
  it('puts every rule in words, with the risk as the Tool names it', () => {
    const rules = toRuleProps({question: question(['q_a', 'q_b', 'q_no'], [['q_a && q_b', 'NO_RISK'], ['q_a || q_b', 'MEDIUM_RISK'], ['default', 'HIGH_RISK']])});
    expect(rules.map((r) => [r.level, r.sentence, r.unreachable])).toEqual([
      ['NONE', 'NONE if “Q_A” and “Q_B”', false],
      ['MEDIUM', 'MEDIUM if “Q_A” or “Q_B”', false],
      ['HIGH', 'HIGH otherwise', false],
    ]);
  });

  it('marks rules no selection reaches: after a first default, a contradiction, "None of these" with other choices', () => {
    const afterDefault = toRuleProps({question: question(['q_a'], [['default', 'NO_RISK'], ['q_a', 'HIGH_RISK']])});
    expect(afterDefault.map((r) => [r.sentence, r.unreachable])).toEqual([
      ['NONE in every case', false],
      ['HIGH if “Q_A”', true],
    ]);
    const contradiction = toRuleProps({question: question(['q_a', 'q_b'], [['(q_a) && (!q_a)', 'MEDIUM_RISK'], ['q_b', 'NO_RISK'], ['default', 'HIGH_RISK']])});
    expect(contradiction.map((r) => r.unreachable)).toEqual([true, false, false]);
    const none = toRuleProps({question: question(['q_a', 'q_no'], [['q_no && q_a', 'NO_RISK'], ['q_no', 'HIGH_RISK'], ['default', 'MEDIUM_RISK']])});
    expect(none.map((r) => r.unreachable)).toEqual([true, false, false]);
  });

  it('says when a condition cannot be read, and does not guess what it reaches', () => {
    const rules = toRuleProps({question: question(['q_a'], [['q_a &', 'HIGH_RISK'], ['unrelated_choice', 'MEDIUM_RISK'], ['default', 'NO_RISK']])});
    expect(rules[0]).toMatchObject({sentence: 'HIGH if the condition “q_a &” holds; it cannot be read', problem: '"&" alone is not an operator (write &&)'});
    expect(rules[1]!.problem).toBe('"unrelated_choice" is not a choice of this question (valid choice ids: q_a)');
    expect(rules.map((r) => r.unreachable)).toEqual([undefined, undefined, undefined]);
  });
});

describe('the lens pages of the site', () => {
  let corpus: Corpus;
  let ours: LensProp;
  beforeAll(() => {
    corpus = loadCorpus({root}).corpus;
    ours = toLensProp({lens: corpus.lenses.find((l) => l.data.id === 'agentic-systems')!.data, corpus});
  });

  it('show each question of the Agentic Systems Lens with its rules in words and what it extends, linked', () => {
    const questions = ours.pillars.flatMap((p) => p.questions);
    expect(questions).toHaveLength(17);
    for (const q of questions) {
      expect(q.rules.length, q.id).toBeGreaterThanOrEqual(2);
      for (const r of q.rules) {
        expect(r.problem, `${q.id} "${r.condition}"`).toBeUndefined();
        expect(r.unreachable, `${q.id} "${r.condition}"`).toBe(false);
        expect(r.sentence).toMatch(r.condition === 'default' ? /^(HIGH|MEDIUM|NONE) otherwise$/ : /^(HIGH|MEDIUM|NONE) if “/);
      }
      expect(q.adds, q.id).toBeTruthy();
      for (const ref of q.extends) {
        const {lens, question: id} = splitLensRef(ref.ref)!;
        expect(ref, ref.ref).toMatchObject({lens, question: id, to: `/lenses/${lens}/#${id}`});
        expect(ref.title, ref.ref).toBeTruthy();
      }
    }
    expect(ours.counts).toMatchObject({pillars: 6, questions: 17, practices: questions.reduce((n, q) => n + q.choices.length - 1, 0)});
    expect(ours.toolJson).toBe('/api/v1/lenses/agentic-systems.json');
  });

  it('list, on each official question, the questions that extend it', () => {
    const extensions = ours.pillars.flatMap((p) => p.questions.flatMap((q) => q.extends.map((r) => [r.ref, `agentic-systems:${q.id}`])));
    for (const [target, by] of extensions) {
      const {lens, question} = splitLensRef(target!)!;
      const official = toLensProp({lens: corpus.lenses.find((l) => l.data.id === lens)!.data, corpus});
      expect(official.kind).toBe('official');
      expect(official.toolJson).toBeUndefined();
      expect(official.toolJsonProblems).toBeUndefined();
      const q = official.pillars.flatMap((p) => p.questions).find((x) => x.id === question)!;
      expect(q.extendedBy.map((r) => r.ref), target).toContain(by);
      expect(q.extendedBy.find((r) => r.ref === by)!.to).toBe(`/lenses/agentic-systems/#${by!.split(':')[1]}`);
    }
  });

  it('give the coverage matrix its findings from the latest published versions, and the Tool risk from their answers', () => {
    expect(ours.reviews.map((r) => r.id).sort()).toEqual(corpus.reviews.filter((r) => r.latestPublished !== undefined).map((r) => r.id).sort());
    for (const col of ours.reviews) {
      const review = corpus.reviews.find((r) => r.id === col.id)!;
      const latest = review.versions.find((v) => v.version === review.latestPublished)!;
      expect(col.version).toBe(latest.version);
      for (const a of (latest.data.answers ?? []).filter((x) => x.question.startsWith('agentic-systems:'))) {
        const id = a.question.split(':')[1]!;
        const q = corpus.lenses.find((l) => l.data.id === 'agentic-systems')!.data.pillars.flatMap((p) => p.questions).find((x) => x.id === id)!;
        const expected = questionRisk({riskRules: q.riskRules!, selected: a.selected})!.risk;
        expect(col.risks[id], `${col.id} ${id}`).toBe({HIGH_RISK: 'HIGH', MEDIUM_RISK: 'MEDIUM', NO_RISK: 'NONE'}[expected]);
      }
    }
    // Every finding id in the matrix is published and cites the question it is listed under.
    const published = new Map(corpus.reviews.flatMap((r) => r.versions.filter((v) => v.data.status === 'published').flatMap((v) => v.data.findings.map((f) => [`${r.id} v${v.version} ${f.id}`, f] as const))));
    for (const q of ours.pillars.flatMap((p) => p.questions)) {
      for (const f of q.citedBy) expect(published.get(`${f.review} v${f.version} ${f.id}`)?.lensRefs, f.id).toContain(`agentic-systems:${q.id}`);
    }
    expect(ours.counts.findings).toBeGreaterThan(0);
  });

  it('summarise every lens for the index with the same counts', () => {
    const summaries = toLensSummaries({corpus});
    expect(summaries.map((s) => s.id)).toEqual(corpus.lenses.map((l) => l.data.id));
    for (const s of summaries) {
      const prop = toLensProp({lens: corpus.lenses.find((l) => l.data.id === s.id)!.data, corpus});
      expect(s.counts).toEqual(prop.counts);
      expect(s.reviews).toBe(prop.reviews.length);
      expect(s.toolJson).toBe(prop.toolJson);
    }
  });

  it('take the first sentence of a description for the index', () => {
    expect(firstSentence('AWS\'s lens for agents. This catalog lists its 41 questions.')).toBe('AWS\'s lens for agents.');
    expect(firstSentence('Version 1.0 of the lens (e.g. for S3). More.')).toBe('Version 1.0 of the lens (e.g. for S3).');
    expect(firstSentence('No full stop')).toBe('No full stop');
  });
});

describe('imported lenses', () => {
  let corpus: Corpus;
  let importRoot: string;
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
  beforeAll(() => {
    importRoot = tempDir();
    for (const f of files) {
      const {lens, yaml} = importToolLens({bytes: readFileSync(path.join(FIXTURES, f)), file: f, today: TODAY});
      const abs = path.join(importRoot, importedLensFile(lens!.id));
      mkdirSync(path.dirname(abs), {recursive: true});
      writeFileSync(abs, yaml!);
    }
    corpus = loadCorpus({root: importRoot}).corpus;
  });

  it('keep their data unchanged on the page, http: links included', () => {
    expect(corpus.lenses).toHaveLength(8);
    let http = 0;
    for (const {data: lens} of corpus.lenses) {
      const prop = toLensProp({lens, corpus});
      expect(prop.kind).toBe('imported');
      expect(prop.pillars.map((p) => p.questions.map((q) => q.choices))).toEqual(lens.pillars.map((p) => p.questions.map((q) => q.choices ?? [])));
      expect(prop.pillars.flatMap((p) => p.questions.map((q) => q.rules.map((r) => r.condition)))).toEqual(lens.pillars.flatMap((p) => p.questions.map((q) => (q.riskRules ?? []).map((r) => r.condition))));
      expect(prop.toolImport).toMatchObject({file: lens.toolImport!.file, sha256: lens.toolImport!.sha256});
      http += JSON.stringify(prop.pillars).match(/"http:\/\//g)?.length ?? 0;
      // Every rule gets a sentence; none is left as raw text except a condition that does not parse.
      for (const r of prop.pillars.flatMap((p) => p.questions.flatMap((q) => q.rules))) expect(r.sentence).toMatch(/^(HIGH|MEDIUM|NONE) (if|otherwise|in every case)/);
    }
    expect(http).toBeGreaterThan(0);
  });

  it('link to their Tool JSON exactly when it exports without a problem, and the build writes those files', async () => {
    const exported = toolLensExports({corpus});
    for (const {data: lens} of corpus.lenses) {
      const {problems} = exportToolLens({lens});
      const clean = problems.length === 0;
      expect(exported.has(lens.id), lens.id).toBe(clean);
      const prop = toLensProp({lens, corpus});
      expect(prop.toolJson, lens.id).toBe(clean ? toolLensApiPath(lens.id) : undefined);
      // A lens that is not published says how many rules of the format it breaks.
      expect(prop.toolJsonProblems, lens.id).toBe(clean ? undefined : problems.length);
    }
    expect(exported.size).toBe(4);
    const outDir = tempDir();
    await writeToolLensFiles({outDir, corpus});
    const written = readdirSync(path.join(outDir, 'api', 'v1', 'lenses')).sort();
    expect(written).toEqual([...exported.keys()].map((id) => `${id}.json`).sort());
    for (const [id, json] of exported) {
      const text = readFileSync(path.join(outDir, 'api', 'v1', 'lenses', `${id}.json`), 'utf8');
      expect(text).toBe(json);
      expect(checkToolLens({data: JSON.parse(text), target: {file: `${id}.json`}, severity: 'warning', bytes: Buffer.byteLength(text)})).toEqual([]);
    }
  });
});
