import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {evaluateCondition, parseCondition, printCondition, questionRisk, type ConditionNode} from '../condition';

const FIXTURES = path.resolve(__dirname, '../__fixtures__/wa-lenses');

/**
 * The oracle: a condition becomes a JavaScript expression (choice ids -> `s.has("id")`; `!`, `&&`, `||` and
 * parentheses are JavaScript's, with C's precedence) and JavaScript evaluates it. Nothing of the parser is used.
 */
function oracle(condition: string): (selected: ReadonlySet<string>) => boolean {
  const js = condition.replace(/[A-Za-z0-9_]+/g, (id) => `s.has(${JSON.stringify(id)})`);
  return new Function('s', `return (${js});`) as (s: ReadonlySet<string>) => boolean;
}

/** The Tool's semantics, written out: the first rule whose condition holds sets the risk; `default` always holds. */
function oracleRisk(rules: Array<{condition: string; risk: string}>, selected: ReadonlySet<string>): string | undefined {
  for (const r of rules) if (r.condition === 'default' || oracle(r.condition)(selected)) return r.risk;
  return undefined;
}

/** A small seeded generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every subset of the choices up to 12 of them (4096 selections), a fixed sample of 4096 above. */
function selections(choices: string[], seed: number): Array<Set<string>> {
  const n = choices.length;
  if (n <= 12) return Array.from({length: 2 ** n}, (_, mask) => new Set(choices.filter((_, i) => mask & (1 << i))));
  const rnd = random(seed);
  const out = [new Set<string>(), new Set(choices)];
  while (out.length < 4096) out.push(new Set(choices.filter(() => rnd() < 0.5)));
  return out;
}

interface FixtureQuestion {
  lens: string;
  id: string;
  choices: string[];
  rules: Array<{condition: string; risk: 'HIGH_RISK' | 'MEDIUM_RISK' | 'NO_RISK'}>;
}

const questions: FixtureQuestion[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const lens = JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as {pillars: Array<{questions: Array<{id: string; choices: Array<{id: string}>; riskRules: FixtureQuestion['rules']}>}>};
    return lens.pillars.flatMap((p) => p.questions.map((q) => ({lens: f, id: q.id, choices: q.choices.map((c) => c.id), rules: q.riskRules})));
  });

describe('the evaluator, differentially against an independent truth table', () => {
  it('covers the eight fixture lenses', () => {
    expect(new Set(questions.map((q) => q.lens)).size).toBe(8);
    expect(questions.length).toBe(11 + 16 + 8 + 21 + 22 + 29 + 36 + 35);
  });

  it.each(questions.map((q) => [`${q.lens} ${q.id}`, q] as const))('%s: every condition and the risk agree for every selection', (_, q) => {
    const conditions = q.rules.filter((r) => r.condition !== 'default');
    const parsed = conditions.map((r) => {
      const p = parseCondition({condition: r.condition, choices: q.choices});
      expect(p.ok, `${r.condition} parses`).toBe(true);
      return {ast: (p as {ast: ConditionNode}).ast, truth: oracle(r.condition)};
    });
    let checked = 0;
    for (const selected of selections(q.choices, q.id.length * 7919)) {
      for (const {ast, truth} of parsed) expect(evaluateCondition(ast, selected)).toBe(truth(selected));
      expect(questionRisk({riskRules: q.rules, selected})?.risk).toBe(oracleRisk(q.rules, selected));
      checked++;
    }
    expect(checked).toBe(q.choices.length <= 12 ? 2 ** q.choices.length : 4096);
  });

  it('agrees with the oracle on random conditions, printed with and without parentheses', () => {
    const ids = ['a1', 'b2', 'c3', 'd4'];
    const tree: fc.Arbitrary<ConditionNode> = fc.letrec<{node: ConditionNode}>((tie) => ({
      node: fc.oneof(
        {depthSize: 'small', withCrossShrink: true},
        fc.constantFrom(...ids).map((id): ConditionNode => ({type: 'choice', id, column: 0})),
        tie('node').map((operand): ConditionNode => ({type: 'not', operand})),
        fc.tuple(fc.constantFrom('and' as const, 'or' as const), fc.array(tie('node'), {minLength: 2, maxLength: 3})).map(([type, operands]): ConditionNode => ({type, operands, parenthesized: false, column: 0})),
      ),
    })).node;
    // Minimal parentheses by C's precedence: a group needs them only under a tighter operator.
    const rank = (n: ConditionNode) => (n.type === 'or' ? 1 : n.type === 'and' ? 2 : 3);
    const minimal = (n: ConditionNode): string => {
      if (n.type === 'choice') return n.id;
      if (n.type === 'not') return `!${rank(n.operand) < 3 ? `(${minimal(n.operand)})` : minimal(n.operand)}`;
      return n.operands.map((o) => (rank(o) <= rank(n) && o.type !== n.type ? `(${minimal(o)})` : rank(o) < rank(n) ? `(${minimal(o)})` : minimal(o))).join(n.type === 'and' ? ' && ' : ' || ');
    };
    const direct = (n: ConditionNode, s: ReadonlySet<string>): boolean =>
      n.type === 'choice' ? s.has(n.id) : n.type === 'not' ? !direct(n.operand, s) : n.type === 'and' ? n.operands.every((o) => direct(o, s)) : n.operands.some((o) => direct(o, s));
    fc.assert(
      fc.property(tree, fc.subarray(ids), (node, chosen) => {
        const s = new Set(chosen);
        for (const text of [minimal(node), printCondition(node)]) {
          const p = parseCondition({condition: text, choices: ids});
          if (!p.ok) return false;
          if (evaluateCondition(p.ast, s) !== direct(node, s) || oracle(text)(s) !== direct(node, s)) return false;
        }
        return true;
      }),
      {numRuns: 2000, seed: 20261125},
    );
  });
});

describe('precedence, as stated in the docs', () => {
  const all = ['a', 'b', 'c'];
  const holds = (condition: string, selected: string[]) => {
    const p = parseCondition({condition, choices: all});
    if (!p.ok) throw new Error(p.errors[0]!.message);
    return evaluateCondition(p.ast, new Set(selected));
  };

  it('reads a || b && c as a || (b && c)', () => {
    expect(printCondition((parseCondition({condition: 'a || b && c'}) as {ast: ConditionNode}).ast)).toBe('a || (b && c)');
    expect(holds('a || b && c', ['a'])).toBe(true); // (a || b) && c would be false
    expect(holds('(a || b) && c', ['a'])).toBe(false);
  });

  it('reads !a && b as (!a) && b', () => {
    expect(printCondition((parseCondition({condition: '!a && b'}) as {ast: ConditionNode}).ast)).toBe('!a && b');
    expect(holds('!a && b', ['a'])).toBe(false); // !(a && b) would be true
    expect(holds('!(a && b)', ['a'])).toBe(true);
    expect(holds('!a && b', ['b'])).toBe(true);
  });

  it('reads a && b || c as (a && b) || c, and !!a as a', () => {
    expect(holds('a && b || c', ['c'])).toBe(true);
    expect(holds('a && (b || c)', ['c'])).toBe(false);
    expect(holds('!!a', ['a'])).toBe(true);
  });

  it.each([
    ['a || b && c', 1, 8],
    ['a && b || c', 1, 3],
    ['a || b && c || a && c', 2, 8],
    ['(a && b) || c', 0, 0],
    ['a || (b && c)', 0, 0],
    ['a && (b || c)', 0, 0],
    ['!a && b', 0, 0],
    ['a && b && c', 0, 0],
  ] as const)('warns about %j without parentheses (%i warnings, first at column %i)', (condition, count, column) => {
    const p = parseCondition({condition, choices: all});
    expect(p.ok).toBe(true);
    expect(p.warnings).toHaveLength(count);
    if (count) expect(p.warnings[0]).toMatchObject({rule: 'wa-lens/condition-precedence', column});
  });
});

describe('located errors', () => {
  const choices = ['SEC_01_a', 'SEC_01_b', 'SEC_01_no'];
  it.each([
    ['', 'wa-lens/condition-syntax', 1, 'the condition is empty'],
    ['SEC_01_a &&', 'wa-lens/condition-syntax', 12, 'expected a choice id, "!" or "(", got the end of the condition'],
    ['(SEC_01_a || SEC_01_b', 'wa-lens/condition-syntax', 22, 'expected ")" to close the "(" at column 1, got the end of the condition'],
    ['SEC_01_a & SEC_01_b', 'wa-lens/condition-syntax', 10, '"&" alone is not an operator'],
    ['SEC_01_a SEC_01_b', 'wa-lens/condition-syntax', 10, 'expected &&, || or the end of the condition, got "SEC_01_b"'],
    ['SEC_01_a || $x', 'wa-lens/condition-syntax', 13, 'unexpected character "$"; a condition holds choice ids, !, &&, || and parentheses'],
    ['SEC_01_a)', 'wa-lens/condition-syntax', 9, 'expected &&, || or the end of the condition, got ")"'],
    ['SEC_01_a && SEC_01_c', 'wa-lens/condition-choice', 13, '"SEC_01_c" is not a choice of this question'],
    ['SEC_01_a and SEC_01_b', 'wa-lens/condition-syntax', 10, 'expected &&, || or the end of the condition, got "and"'],
    ['SEC_01_a || default', 'wa-lens/condition-choice', 13, '"default" is not a choice of this question'],
  ] as const)('%j: %s at column %i', (condition, rule, column, message) => {
    const p = parseCondition({condition, choices});
    expect(p.ok).toBe(false);
    expect(p.ok ? [] : p.errors[0]).toMatchObject({rule, column, message});
  });

  it('suggests the closest choice id', () => {
    const p = parseCondition({condition: 'SEC_01_a && SEC_01_bb', choices});
    expect(p.ok ? undefined : p.errors[0]!.suggestion).toBe('did you mean "SEC_01_b"?');
  });

  it('refuses every unknown id, not only the first', () => {
    const p = parseCondition({condition: 'x_1 || SEC_01_a || y_2', choices});
    expect(p.ok ? [] : p.errors.map((e) => e.column)).toEqual([1, 20]);
  });
});

describe('risk of a question', () => {
  const rules = [
    {condition: 'a && b', risk: 'NO_RISK'},
    {condition: 'a || b', risk: 'MEDIUM_RISK'},
    {condition: 'default', risk: 'HIGH_RISK'},
  ] as const;
  it.each([
    [['a', 'b'], 'NO_RISK', 0],
    [['b'], 'MEDIUM_RISK', 1],
    [[], 'HIGH_RISK', 2],
  ] as const)('the first rule that holds sets it: %j -> %s', (selected, risk, rule) => {
    expect(questionRisk({riskRules: rules, selected})).toEqual({risk, rule});
  });

  it('default always holds, wherever it stands; no rule holding gives undefined', () => {
    expect(questionRisk({riskRules: [{condition: 'default', risk: 'NO_RISK'}, {condition: 'a', risk: 'HIGH_RISK'}], selected: ['a']})).toEqual({risk: 'NO_RISK', rule: 0});
    expect(questionRisk({riskRules: [{condition: 'a', risk: 'NO_RISK'}], selected: []})).toBeUndefined();
  });
});
