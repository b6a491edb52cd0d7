import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {checkToolLens, exportToolLens, parseCondition, questionRisk} from '../../lens';
import type {Lens, LensQuestion} from '../../schemas/lens';
import {LENS_RISKS, TOOL_PILLAR_IDS, type LensRisk} from '../../schemas/vocab';
import {loadCorpus, type LoadResult} from '../load';

/**
 * The Agentic Systems Lens (lenses/agentic-systems.yaml) against the acceptance rules of its issue and the Tool's
 * custom-lens limits. Risk rules are checked over every selection a reviewer can make, with a small evaluator written
 * here and, as a cross-check, with the lens engine's (src/lens).
 */

const root = fileURLToPath(new URL('../../..', import.meta.url));
const LENS_ID = 'agentic-systems';
const OFFICIAL = ['wellarchitected', 'genai', 'agentic-ai'];

// ---------------------------------------------------------------------------------------------------------------
// A risk-rule condition evaluator of our own: `!` binds tightest, then `&&`, then `||`; parentheses group.

type Node = {kind: 'id'; id: string} | {kind: 'not'; of: Node} | {kind: 'and' | 'or'; of: Node[]};

function parse(condition: string): Node {
  const tokens = condition.match(/&&|\|\||[!()]|[A-Za-z0-9_]+|\S/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (expected?: string) => {
    const t = tokens[pos++];
    if (t === undefined || (expected !== undefined && t !== expected)) throw new Error(`condition "${condition}": expected ${expected ?? 'a token'} at token ${pos}, got ${t ?? 'the end'}`);
    return t;
  };
  const or = (): Node => {
    const of = [and()];
    while (peek() === '||') (take(), of.push(and()));
    return of.length === 1 ? of[0]! : {kind: 'or', of};
  };
  const and = (): Node => {
    const of = [not()];
    while (peek() === '&&') (take(), of.push(not()));
    return of.length === 1 ? of[0]! : {kind: 'and', of};
  };
  const not = (): Node => (peek() === '!' ? (take(), {kind: 'not', of: not()}) : atom());
  const atom = (): Node => {
    const t = take();
    if (t === '(') {
      const inner = or();
      take(')');
      return inner;
    }
    if (!/^[A-Za-z0-9_]+$/.test(t)) throw new Error(`condition "${condition}": unexpected "${t}"`);
    return {kind: 'id', id: t};
  };
  const node = or();
  if (pos !== tokens.length) throw new Error(`condition "${condition}": unexpected "${tokens[pos]}" after a complete expression`);
  return node;
}

function holds(node: Node, selected: ReadonlySet<string>): boolean {
  switch (node.kind) {
    case 'id':
      return selected.has(node.id);
    case 'not':
      return !holds(node.of, selected);
    case 'and':
      return node.of.every((n) => holds(n, selected));
    case 'or':
      return node.of.some((n) => holds(n, selected));
  }
}

function idsOf(node: Node): string[] {
  return node.kind === 'id' ? [node.id] : node.kind === 'not' ? idsOf(node.of) : node.of.flatMap(idsOf);
}

/** The Tool's semantics: the first rule whose condition holds sets the risk; `default` always holds. */
function riskOf(q: LensQuestion, selected: ReadonlySet<string>): LensRisk | undefined {
  for (const rule of q.riskRules ?? []) {
    if (rule.condition === 'default' || holds(parse(rule.condition), selected)) return rule.risk;
  }
  return undefined;
}

/** Every selection a reviewer can make: any subset of the practices, or "None of these" alone. */
function selections(q: LensQuestion): Array<Set<string>> {
  const practices = (q.choices ?? []).filter((c) => !c.id.endsWith('_no')).map((c) => c.id);
  expect(practices.length, `${q.id}: too many choices to enumerate`).toBeLessThanOrEqual(15);
  const out: Array<Set<string>> = [];
  for (let mask = 0; mask < 1 << practices.length; mask++) out.push(new Set(practices.filter((_, i) => mask & (1 << i))));
  const none = (q.choices ?? []).find((c) => c.id.endsWith('_no'));
  if (none) out.push(new Set([none.id]));
  return out;
}

const RANK: Record<LensRisk, number> = {NO_RISK: 0, MEDIUM_RISK: 1, HIGH_RISK: 2};

// ---------------------------------------------------------------------------------------------------------------

let loaded: LoadResult;
let lens: Lens;
let questions: LensQuestion[];

beforeAll(() => {
  loaded = loadCorpus({root});
  const entry = loaded.corpus.lenses.find((l) => l.data.id === LENS_ID);
  if (!entry) throw new Error(`lenses/${LENS_ID}.yaml did not load: ${loaded.problems.filter((p) => p.file.includes(LENS_ID)).map((p) => p.message).join('; ')}`);
  lens = entry.data;
  questions = lens.pillars.flatMap((p) => p.questions);
});

describe('the Agentic Systems Lens', () => {
  it('loads without a problem of its own', () => {
    expect(loaded.problems.filter((p) => p.file === `lenses/${LENS_ID}.yaml`)).toEqual([]);
  });

  it('is our custom lens, with a version citable from 2026-11-20', () => {
    expect(lens.kind).toBe('custom');
    expect(lens.published).toBe('2026-11-20');
    expect(lens.versions.map((v) => [v.version, v.date])).toContainEqual(['1.0.0', '2026-11-20']);
  });

  it('maps its pillars onto the Tool pillar ids and stays within the Tool limits', () => {
    const toolIds = new Map(Object.entries(TOOL_PILLAR_IDS).map(([pillar, id]) => [id, pillar]));
    expect(lens.pillars.length).toBeLessThanOrEqual(10);
    for (const p of lens.pillars) {
      expect(toolIds.get(p.id), `pillar ${p.id}`).toBe(p.pillar);
      expect(p.questions.length, `questions in ${p.id}`).toBeLessThanOrEqual(20);
    }
    expect(new Set(lens.pillars.map((p) => p.pillar)).size, 'all six Framework pillars').toBe(6);
    for (const q of questions) {
      expect(q.id).toMatch(/^ASL_[A-Z]+_\d{2}$/);
      expect(q.title.length, `${q.id} title`).toBeLessThanOrEqual(128);
      expect(q.description, `${q.id} description`).toBeTruthy();
      expect(q.description!.length, `${q.id} description`).toBeLessThanOrEqual(2048);
      expect(q.choices!.length, `${q.id} choices`).toBeLessThanOrEqual(15);
      expect(q.riskRules!.length, `${q.id} rules`).toBeLessThanOrEqual(3);
      for (const c of q.choices!) {
        expect(c.id, `${q.id} choice`).toMatch(new RegExp(`^${q.id}_[a-z]+$`));
        expect(c.title.length, `${c.id} title`).toBeLessThanOrEqual(128);
      }
    }
  });

  it('gives every question a "None of these" choice without an improvement plan, and every practice one', () => {
    for (const q of questions) {
      const none = q.choices!.filter((c) => c.id.endsWith('_no'));
      expect(none.map((c) => c.id), q.id).toEqual([`${q.id}_no`]);
      expect(none[0]!.improvementPlan, `${q.id}_no`).toBeUndefined();
      for (const c of q.choices!.filter((c) => !c.id.endsWith('_no'))) {
        expect(c.improvementPlan?.displayText, `${c.id} improvement plan`).toBeTruthy();
        expect(c.improvementPlan!.url, `${c.id} improvement plan link`).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//);
        expect(c.helpfulResource?.url, `${c.id} helpful resource link`).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//);
      }
    }
  });

  it('has exactly one default rule, last, and no two rules with the same risk', () => {
    for (const q of questions) {
      const rules = q.riskRules!;
      expect(rules.filter((r) => r.condition === 'default').length, q.id).toBe(1);
      expect(rules[rules.length - 1]!.condition, q.id).toBe('default');
      expect(new Set(rules.map((r) => r.risk)).size, `${q.id} risk levels`).toBe(rules.length);
    }
  });

  it('writes conditions over the question\'s own practices only, never its "None of these" choice', () => {
    for (const q of questions) {
      const practices = new Set(q.choices!.filter((c) => !c.id.endsWith('_no')).map((c) => c.id));
      for (const rule of q.riskRules!.filter((r) => r.condition !== 'default')) {
        for (const id of idsOf(parse(rule.condition))) expect(practices.has(id), `${q.id}: ${id} in "${rule.condition}"`).toBe(true);
      }
    }
  });

  it('has at least one non-default rule naming two or more choices in every question', () => {
    for (const q of questions) {
      const named = q.riskRules!.filter((r) => r.condition !== 'default').map((r) => new Set(idsOf(parse(r.condition))).size);
      expect(Math.max(0, ...named), q.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('can reach every risk level its rules name, checked over every selection', () => {
    for (const q of questions) {
      const reached = new Set(selections(q).map((s) => riskOf(q, s)));
      expect(reached.has(undefined), `${q.id}: a selection with no risk`).toBe(false);
      for (const rule of q.riskRules!) expect(reached.has(rule.risk), `${q.id}: ${rule.risk} ("${rule.condition}")`).toBe(true);
      // "None of these" and an empty answer fall through to the default rule.
      const fallback = q.riskRules![q.riskRules!.length - 1]!.risk;
      expect(riskOf(q, new Set([`${q.id}_no`])), `${q.id}_no`).toBe(fallback);
      expect(riskOf(q, new Set()), `${q.id} with nothing selected`).toBe(fallback);
    }
  });

  it('never raises the risk when a practice is added to a selection', () => {
    for (const q of questions) {
      const practices = q.choices!.filter((c) => !c.id.endsWith('_no')).map((c) => c.id);
      for (const s of selections(q).filter((s) => ![...s].some((id) => id.endsWith('_no')))) {
        for (const extra of practices.filter((id) => !s.has(id))) {
          const before = riskOf(q, s)!;
          const after = riskOf(q, new Set([...s, extra]))!;
          expect(RANK[after], `${q.id}: {${[...s].join(', ')}} + ${extra} goes from ${before} to ${after}`).toBeLessThanOrEqual(RANK[before]);
        }
      }
    }
  });

  it('extends official questions that exist in the loaded catalog and were published before the lens', () => {
    const catalog = new Map(
      loaded.corpus.lenses
        .filter((l) => OFFICIAL.includes(l.data.id))
        .map((l) => [l.data.id, {lens: l.data, questions: new Map(l.data.pillars.flatMap((p) => p.questions).map((q) => [q.id, q]))}]),
    );
    expect([...catalog.keys()].sort(), 'the official catalog lenses').toEqual([...OFFICIAL].sort());
    for (const q of questions) {
      expect(q.extends?.length ?? 0, `${q.id} extends`).toBeGreaterThan(0);
      expect(q.adds, `${q.id} adds`).toBeTruthy();
      for (const ref of q.extends!) {
        const [ns, id] = ref.split(':') as [string, string];
        const official = catalog.get(ns);
        expect(official, `${q.id}: ${ref} names a lens outside the official catalog`).toBeDefined();
        expect(official!.lens.kind, ref).toBe('official');
        const target = official!.questions.get(id);
        expect(target, `${q.id}: ${ref} is not a question of ${ns}`).toBeDefined();
        expect(target!.added ?? official!.lens.published, `${q.id}: ${ref} published after the lens`).toSatisfy((d: string) => d <= lens.published);
      }
      expect(new Set(q.extends).size, `${q.id}: duplicate extends`).toBe(q.extends!.length);
    }
  });

  it('agrees with the lens engine, which parses every condition without a warning', () => {
    for (const q of questions) {
      const choices = q.choices!.map((c) => c.id);
      for (const rule of q.riskRules!.filter((r) => r.condition !== 'default')) {
        const parsed = parseCondition({condition: rule.condition, choices});
        expect(parsed.ok, `${q.id}: "${rule.condition}"`).toBe(true);
        expect(parsed.warnings, `${q.id}: "${rule.condition}"`).toEqual([]);
      }
      for (const s of selections(q)) {
        expect(questionRisk({riskRules: q.riskRules!, selected: s})?.risk, `${q.id} {${[...s].join(', ')}}`).toBe(riskOf(q, s));
      }
    }
  });
});

describe('the Agentic Systems Lens as the Tool receives it', () => {
  it('exports to the Tool\'s custom-lens format with no error and no warning, and keeps every question, choice and rule', () => {
    const entry = loaded.corpus.lenses.find((l) => l.data.id === LENS_ID)!;
    const {json, problems} = exportToolLens({lens: entry.data, file: entry.file});
    expect(problems).toEqual([]);
    const data = JSON.parse(json!) as {schemaVersion: string; pillars: Array<{questions: Array<{id: string; choices: unknown[]; riskRules: unknown[]}>}>};
    // Checked again as data, the way an imported lens is: still nothing, not even a warning.
    expect(checkToolLens({data, target: {file: 'agentic-systems.json'}, severity: 'warning', bytes: Buffer.byteLength(json!, 'utf8')})).toEqual([]);
    expect(data.schemaVersion).toBe('2021-11-01');
    const exported = data.pillars.flatMap((p) => p.questions);
    expect(exported.map((q) => q.id)).toEqual(questions.map((q) => q.id));
    for (const [i, q] of exported.entries()) {
      expect(q.choices, q.id).toHaveLength(questions[i]!.choices!.length);
      expect(q.riskRules, q.id).toEqual(questions[i]!.riskRules);
    }
  });

  it('says in a sentence of its own what each question adds to the ones it extends', () => {
    for (const q of questions) {
      const adds = q.adds!.trim();
      expect(adds, `${q.id} adds`).toMatch(/^[A-Z].*\.$/s);
      expect(adds.split(/\s+/).length, `${q.id} adds`).toBeGreaterThanOrEqual(8);
      expect(q.description, `${q.id}: adds repeats the description`).not.toContain(adds);
    }
  });
});

describe('the test\'s own condition evaluator', () => {
  const s = (...ids: string[]) => new Set(ids);
  it('reads ! before && before ||, and honours parentheses', () => {
    expect(holds(parse('a || b && c'), s('a'))).toBe(true);
    expect(holds(parse('a || b && c'), s('b'))).toBe(false);
    expect(holds(parse('(a || b) && c'), s('a'))).toBe(false);
    expect(holds(parse('!a && b'), s('b'))).toBe(true);
    expect(holds(parse('!(a && b)'), s('a', 'b'))).toBe(false);
    expect(holds(parse('!!a'), s('a'))).toBe(true);
  });
  it('refuses what is not a condition', () => {
    for (const bad of ['a &&', '(a || b', 'a b', 'a & b', '']) expect(() => parse(bad), bad).toThrow();
  });
  it('knows every risk level of the Tool', () => {
    expect(Object.keys(RANK).sort()).toEqual([...LENS_RISKS].sort());
  });
});
