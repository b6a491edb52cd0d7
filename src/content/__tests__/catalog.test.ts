import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import type {Lens} from '../../schemas/lens';
import {TOOL_PILLAR_IDS, type Pillar} from '../../schemas/vocab';
import {loadCorpus} from '../load';
import {loadLensFile} from '../load-lens';
import {type Edit, makeRoot, removeRoot, VALID_FIXTURE} from './support/fixture-root';

/**
 * The official lens catalog in lenses/: the exact question ids per lens and pillar, their links and dates. The
 * expected ids are generated here from the counts AWS publishes, so a question added, dropped, renumbered or put
 * in the wrong pillar fails the test.
 */

const root = fileURLToPath(new URL('../../..', import.meta.url));

interface PillarSpec {
  pillar: Pillar;
  prefix: string;
  count: number;
}

interface CatalogSpec {
  id: string;
  total: number;
  published: string;
  /** Path of the lens's pages under https://docs.aws.amazon.com/wellarchitected/latest/. */
  docsPath: string;
  /** The documentation page of a question, from its id. */
  pageOf: (id: string) => string;
  pillars: PillarSpec[];
}

const FRAMEWORK_PAGE = (id: string) => {
  const [, prefix, nn] = /^([A-Z]+)(\d{2})$/.exec(id)!;
  return `${prefix!.toLowerCase()}-${nn}.html`;
};
const LENS_PAGE = (id: string) => `${id.toLowerCase()}.html`;

const CATALOG: CatalogSpec[] = [
  {
    id: 'wellarchitected',
    total: 57,
    published: '2023-10-03',
    docsPath: 'framework/',
    pageOf: FRAMEWORK_PAGE,
    pillars: [
      {pillar: 'operational-excellence', prefix: 'OPS', count: 11},
      {pillar: 'security', prefix: 'SEC', count: 11},
      {pillar: 'reliability', prefix: 'REL', count: 13},
      {pillar: 'performance-efficiency', prefix: 'PERF', count: 5},
      {pillar: 'cost-optimization', prefix: 'COST', count: 11},
      {pillar: 'sustainability', prefix: 'SUS', count: 6},
    ],
  },
  {
    id: 'genai',
    total: 29,
    published: '2025-04-15',
    docsPath: 'generative-ai-lens/',
    pageOf: LENS_PAGE,
    pillars: [
      {pillar: 'operational-excellence', prefix: 'GENOPS', count: 5},
      {pillar: 'security', prefix: 'GENSEC', count: 6},
      {pillar: 'reliability', prefix: 'GENREL', count: 6},
      {pillar: 'performance-efficiency', prefix: 'GENPERF', count: 4},
      {pillar: 'cost-optimization', prefix: 'GENCOST', count: 5},
      {pillar: 'sustainability', prefix: 'GENSUS', count: 3},
    ],
  },
  {
    id: 'agentic-ai',
    total: 41,
    published: '2026-06-10',
    docsPath: 'agentic-ai-lens/',
    pageOf: LENS_PAGE,
    pillars: [
      {pillar: 'operational-excellence', prefix: 'AGENTOPS', count: 7},
      {pillar: 'security', prefix: 'AGENTSEC', count: 9},
      {pillar: 'reliability', prefix: 'AGENTREL', count: 8},
      {pillar: 'performance-efficiency', prefix: 'AGENTPERF', count: 7},
      {pillar: 'cost-optimization', prefix: 'AGENTCOST', count: 7},
      {pillar: 'sustainability', prefix: 'AGENTSUS', count: 3},
    ],
  },
];

/** OPS01..OPS11: the ids a pillar must hold, in order. */
const expectedIds = ({prefix, count}: PillarSpec): string[] =>
  Array.from({length: count}, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

const fileOf = (id: string) => `lenses/${id}.yaml`;

const loadFile = (id: string) => loadLensFile(path.join(root, fileOf(id)), fileOf(id));

function load(id: string): Lens {
  const loaded = loadFile(id);
  if (!loaded.entry) throw new Error(`${fileOf(id)} does not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return loaded.entry.data;
}

describe('official lens catalog', () => {
  it('the project corpus holds the three official lenses and reports no problem in their files', () => {
    const {corpus, problems} = loadCorpus({root});
    const mine = new Set(CATALOG.map((c) => fileOf(c.id)));
    expect(problems.filter((p) => mine.has(p.file))).toEqual([]);
    const official = corpus.lenses.filter((l) => l.data.kind === 'official').map((l) => l.data.id);
    expect(official).toEqual(expect.arrayContaining(CATALOG.map((c) => c.id)));
  });

  describe.each(CATALOG)('$id', (spec) => {
    const loaded = loadFile(spec.id);
    const lens = loaded.entry?.data as Lens;
    const questions = lens?.pillars.flatMap((p) => p.questions) ?? [];

    it('validates with no problems', () => {
      expect(loaded.problems).toEqual([]);
      expect(loaded.entry).toBeDefined();
    });

    it('is an official AWS lens named after its file, with its publication date as the first version', () => {
      expect(lens.id).toBe(spec.id);
      expect(lens.kind).toBe('official');
      expect(lens.publisher).toBe('AWS');
      expect(lens.published).toBe(spec.published);
      expect(lens.versions[0]!.date).toBe(spec.published);
      expect(lens.notes?.length ?? 0).toBeGreaterThan(100);
      expect(lens.url).toMatch(new RegExp(`^https://docs\\.aws\\.amazon\\.com/wellarchitected/latest/${spec.docsPath}`));
    });

    it(`has exactly ${spec.total} questions`, () => {
      expect(questions).toHaveLength(spec.total);
      expect(new Set(questions.map((q) => q.id)).size).toBe(spec.total);
    });

    it('has the six Framework pillars in order, each with the Tool pillar id and exactly its question ids', () => {
      expect(lens.pillars.map((p) => p.pillar)).toEqual(spec.pillars.map((p) => p.pillar));
      for (const ps of spec.pillars) {
        const pillar = lens.pillars.find((p) => p.pillar === ps.pillar)!;
        expect(pillar.id).toBe(TOOL_PILLAR_IDS[ps.pillar]);
        expect(pillar.questions.map((q) => q.id)).toEqual(expectedIds(ps));
      }
    });

    it('gives every id the prefix of its pillar', () => {
      for (const ps of spec.pillars) {
        const pillar = lens.pillars.find((p) => p.pillar === ps.pillar)!;
        for (const q of pillar.questions) expect(q.id).toMatch(new RegExp(`^${ps.prefix}\\d{2}$`));
      }
    });

    it('links every question to its https page on docs.aws.amazon.com', () => {
      for (const q of questions) {
        expect(q.url).toBeDefined();
        const url = new URL(q.url!);
        expect(url.protocol).toBe('https:');
        expect(url.hostname).toBe('docs.aws.amazon.com');
        expect(q.url).toBe(`https://docs.aws.amazon.com/wellarchitected/latest/${spec.docsPath}${spec.pageOf(q.id)}`);
      }
    });

    it('says how sure each title is, and copies no choices or risk rules from AWS', () => {
      for (const q of questions) {
        expect(q.titleSource).toBeDefined();
        expect(q.title.length).toBeLessThanOrEqual(128);
        expect(q.choices).toBeUndefined();
        expect(q.riskRules).toBeUndefined();
        // Titles are ours: AWS words its questions as "How do you ...?"
        expect(q.title).not.toMatch(/^How (do|are|is|does) /);
        expect(q.title).not.toMatch(/\?$/);
      }
    });
  });

  it('dates the lenses so that reviews of 2026-05-29 can cite the Framework and the Generative AI Lens but not the Agentic AI Lens', () => {
    const published = Object.fromEntries(CATALOG.map((c) => [c.id, load(c.id).published]));
    expect(published.wellarchitected! <= '2026-05-29').toBe(true);
    expect(published.genai! <= '2026-05-29').toBe(true);
    expect(published['agentic-ai']! > '2026-05-29').toBe(true);
  });
});

describe('lens files in lenses/', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach(removeRoot));
  const LENS = 'lenses/wellarchitected.yaml';
  const problemsAfter = (edits: Edit[]) => {
    const r = makeRoot(edits);
    roots.push(r);
    return loadCorpus({root: r}).problems.map((p) => `${p.file}:${p.line} ${p.rule} ${p.path}`);
  };

  it('refuses an official question with no link or no titleSource, at the question', () => {
    expect(problemsAfter([{file: LENS, deleteLines: [17, 17]}])).toEqual([`${LENS}:14 schema/required pillars[0].questions[0].url`]);
    expect(problemsAfter([{file: LENS, deleteLines: [20, 20]}])).toEqual([`${LENS}:18 schema/required pillars[0].questions[1].titleSource`]);
  });

  it('refuses a lens named .yml, which the export would not find, suggesting the .yaml name', () => {
    const r = makeRoot([{file: 'lenses/demo-lens.yaml', remove: true}, {file: 'lenses/demo-lens.yml', write: readFileSync(path.join(VALID_FIXTURE, 'lenses/demo-lens.yaml'))}]);
    roots.push(r);
    const problems = loadCorpus({root: r}).problems;
    expect(problems.filter((p) => p.file === 'lenses/demo-lens.yml').map((p) => [p.rule, p.suggestion])).toEqual([['file/unexpected', 'rename it to demo-lens.yaml']]);
  });

  it('reports a lens file that does not validate once, not again at every reference to it', () => {
    // demo-lens is cited by finding lensRefs, the version's lenses and its answers: a broken file must not make
    // them unknown lenses, nor the answers check throw.
    const broken = problemsAfter([{file: 'lenses/demo-lens.yaml', replace: ['kind: custom', 'kind: customised']}]);
    expect(broken).toEqual(['lenses/demo-lens.yaml:3 schema/enum kind']);
  });

  it('refuses an official question holding choices or risk rules, where they are', () => {
    const choices = '        choices: [{id: sec03_no, title: None of these}]\n        riskRules: [{condition: default, risk: HIGH_RISK}]';
    expect(problemsAfter([{file: LENS, insertAfterLine: 17, text: choices}])).toEqual([
      `${LENS}:18 schema/invalid pillars[0].questions[0].choices`,
      `${LENS}:19 schema/invalid pillars[0].questions[0].riskRules`,
    ]);
  });
});
