import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {loadCorpus} from '../../content/load';
import type {Lens} from '../../schemas/lens';
import type {LensRisk} from '../../schemas/vocab';
import {DEFAULT_CONDITION, parseCondition, type ConditionNode} from '../condition';
import {describeCondition, describeRule, RISK_WORDS} from '../describe';
import {importToolLens} from '../import';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURES = path.resolve(__dirname, '../__fixtures__/wa-lenses');
const TITLES = {a: 'A', b: 'B', c: 'C', d: 'D', e: 'E'};

function rule(condition: string, risk: LensRisk = 'HIGH_RISK', titles: Record<string, string> = TITLES, first = false): string {
  if (condition === DEFAULT_CONDITION) return describeRule({risk, condition, titles, first});
  const parsed = parseCondition({condition});
  if (!parsed.ok) throw new Error(`test condition "${condition}" does not parse`);
  return describeRule({risk, condition: parsed.ast, titles, first});
}

describe('describeRule', () => {
  it.each([
    // The cases the lens pages promise.
    ['!a && !b', 'HIGH_RISK', 'HIGH if neither “A” nor “B”'],
    ['a && b', 'NO_RISK', 'NONE if “A” and “B”'],
    ['default', 'MEDIUM_RISK', 'MEDIUM otherwise'],
    // One choice, either way.
    ['a', 'MEDIUM_RISK', 'MEDIUM if “A”'],
    ['!a', 'HIGH_RISK', 'HIGH if not “A”'],
    ['(!a)', 'HIGH_RISK', 'HIGH if not “A”'],
    ['!!a', 'NO_RISK', 'NONE if “A”'],
    ['a && a', 'NO_RISK', 'NONE if “A”'],
    // Lists.
    ['a && b && c', 'NO_RISK', 'NONE if “A”, “B” and “C”'],
    ['a || b', 'MEDIUM_RISK', 'MEDIUM if “A” or “B”'],
    ['a || b || c', 'MEDIUM_RISK', 'MEDIUM if “A”, “B” or “C”'],
    ['!a && !b && !c', 'HIGH_RISK', 'HIGH if none of “A”, “B” or “C”'],
    // Negated groups, by De Morgan.
    ['!(a || b)', 'HIGH_RISK', 'HIGH if neither “A” nor “B”'],
    ['!(a && b)', 'HIGH_RISK', 'HIGH if not both “A” and “B”'],
    ['!a || !b', 'HIGH_RISK', 'HIGH if not both “A” and “B”'],
    ['(!a) || (!b) || (!c)', 'HIGH_RISK', 'HIGH if not all of “A”, “B” and “C”'],
    ['!(a && (b || c))', 'HIGH_RISK', 'HIGH if either not “A”, or neither “B” nor “C”'],
    // Mixed: selected first, then what must be missing.
    ['a && !b', 'MEDIUM_RISK', 'MEDIUM if “A” but not “B”'],
    ['!b && a', 'MEDIUM_RISK', 'MEDIUM if “A” but not “B”'],
    ['a && !b && !c', 'MEDIUM_RISK', 'MEDIUM if “A” but neither “B” nor “C”'],
    ['a && b && !(c && d)', 'MEDIUM_RISK', 'MEDIUM if “A” and “B” but not both “C” and “D”'],
    ['a && b && c && (!d || !e)', 'MEDIUM_RISK', 'MEDIUM if “A”, “B” and “C” but not both “D” and “E”'],
    ['!a || b', 'HIGH_RISK', 'HIGH if either not “A” or “B”'],
    // Parentheses survive as "either", "any of", "both", "all of".
    ['a && (b || c)', 'MEDIUM_RISK', 'MEDIUM if “A” and either “B” or “C”'],
    ['a && (b || c || d)', 'MEDIUM_RISK', 'MEDIUM if “A” and any of “B”, “C” or “D”'],
    ['a || (b && c)', 'MEDIUM_RISK', 'MEDIUM if “A”, or both “B” and “C”'],
    ['a || b && c', 'MEDIUM_RISK', 'MEDIUM if “A”, or both “B” and “C”'],
    ['a || (b && c && d)', 'MEDIUM_RISK', 'MEDIUM if “A”, or all of “B”, “C” and “D”'],
    ['(a || b) && (c || d)', 'MEDIUM_RISK', 'MEDIUM if either “A” or “B”, and either “C” or “D”'],
    ['(a && !b) || (!c && d)', 'HIGH_RISK', 'HIGH if “A” but not “B”, or “D” but not “C”'],
    ['(!a && !b) || c', 'HIGH_RISK', 'HIGH if neither “A” nor “B”, or “C”'],
  ] as const)('%s (%s) reads "%s"', (condition, risk, sentence) => {
    expect(rule(condition, risk)).toBe(sentence);
  });

  it('says "in every case" for a default rule that comes first, and names the risk as the Tool does', () => {
    expect(rule('default', 'NO_RISK', TITLES, true)).toBe('NONE in every case');
    expect(RISK_WORDS).toEqual({HIGH_RISK: 'HIGH', MEDIUM_RISK: 'MEDIUM', NO_RISK: 'NONE'});
  });

  it('shows an id without a title as itself, and titles on one line', () => {
    expect(rule('a && zz_9', 'NO_RISK', {a: '  Spread\n   over lines  '})).toBe('NONE if “Spread over lines” and “zz_9”');
    // An inherited property is not a title.
    expect(rule('constructor', 'NO_RISK', {})).toBe('NONE if “constructor”');
  });
});

/** Every lens with risk rules: ours (lenses/) and the eight fixture lenses, as the loader and import read them. */
function lensesWithRules(): Array<{name: string; lens: Lens}> {
  const {corpus} = loadCorpus({root});
  const real = corpus.lenses.map((l) => ({name: l.file, lens: l.data}));
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const {lens, problems} = importToolLens({bytes: readFileSync(path.join(FIXTURES, f)), file: f, today: '2026-11-25'});
      if (!lens) throw new Error(`${f} did not import: ${problems.map((p) => p.message).join('; ')}`);
      return {name: f, lens};
    });
  return [...real, ...fixtures];
}

function choiceIds(node: ConditionNode): string[] {
  return node.type === 'choice' ? [node.id] : node.type === 'not' ? choiceIds(node.operand) : node.operands.flatMap(choiceIds);
}

describe('every rule of the real lenses and of the fixture lenses', () => {
  const lenses = lensesWithRules();

  it('covers ours and the eight fixtures', () => {
    expect(lenses.filter((l) => l.name.endsWith('.json'))).toHaveLength(8);
    expect(lenses.some((l) => l.lens.id === 'agentic-systems')).toBe(true);
  });

  it('reads as a sentence that starts with the risk and names every choice of the condition by its title', () => {
    let rules = 0;
    for (const {name, lens} of lenses) {
      for (const q of lens.pillars.flatMap((p) => p.questions)) {
        const titles = Object.fromEntries((q.choices ?? []).map((c) => [c.id, c.title]));
        for (const [i, r] of (q.riskRules ?? []).entries()) {
          const where = `${name} ${q.id} "${r.condition}"`;
          rules++;
          if (r.condition === DEFAULT_CONDITION) {
            expect(describeRule({risk: r.risk, condition: r.condition, titles, first: i === 0}), where).toBe(`${RISK_WORDS[r.risk]} ${i === 0 ? 'in every case' : 'otherwise'}`);
            continue;
          }
          // Without the choice list, so conditions naming an unknown id still get a tree.
          const parsed = parseCondition({condition: r.condition});
          expect(parsed.ok, where).toBe(true);
          if (!parsed.ok) continue;
          const sentence = describeRule({risk: r.risk, condition: parsed.ast, titles});
          expect(sentence.startsWith(`${RISK_WORDS[r.risk]} if `), where).toBe(true);
          expect(sentence, where).not.toMatch(/undefined|\s{2}|,,|^\s|\s$/);
          for (const id of choiceIds(parsed.ast)) {
            const title = (titles[id] ?? id).replace(/\s+/g, ' ').trim() || id;
            expect(sentence, `${where}: ${id}`).toContain(`“${title}”`);
          }
        }
      }
    }
    expect(rules).toBeGreaterThan(400);
  });
});

describe('random conditions', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const {tree} = fc.letrec<{tree: ConditionNode}>((tie) => ({
    tree: fc.oneof(
      {depthSize: 'small', withCrossShrink: true},
      fc.constantFrom(...ids).map((id): ConditionNode => ({type: 'choice', id, column: 1})),
      tie('tree').map((operand): ConditionNode => ({type: 'not', operand})),
      fc.record({type: fc.constantFrom('and' as const, 'or' as const), operands: fc.array(tie('tree'), {minLength: 2, maxLength: 4}), parenthesized: fc.boolean(), column: fc.constant(1)}),
    ),
  }));

  it('always get a clause that names each of their choices', () => {
    fc.assert(
      fc.property(tree, (node) => {
        const clause = describeCondition({node, titles: TITLES});
        expect(clause).not.toMatch(/undefined|\s{2}|^\s|\s$|^$/);
        for (const id of choiceIds(node)) expect(clause).toContain(`“${TITLES[id as keyof typeof TITLES]}”`);
      }),
      {seed: 20261125, numRuns: 2000},
    );
  });
});
