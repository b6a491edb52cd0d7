import type {LensRisk} from '../schemas/vocab';
import {DEFAULT_CONDITION, type ConditionNode} from './condition';

/**
 * Risk rules in words, for the lens pages: `!a && !b` with HIGH_RISK reads "HIGH if neither “A” nor “B”", the
 * literal `default` reads "otherwise". Pure and total: any tree `parseCondition` returns gets a sentence.
 *
 * The condition is first put in negation normal form (De Morgan: `!(a || b)` is `!a && !b`, `!!a` is `a`), with
 * nested groups of the same operator flattened, so a `!` only ever sits on a choice. Then:
 *
 * - a group of && reads its selected choices first ("“A” and “B”"), then the ones that must be missing ("but
 *   neither “C” nor “D”"), then its || groups ("and either “E” or “F”");
 * - a group of || whose every operand is a missing choice reads "not both “A” and “B”" / "not all of ...";
 * - an || group inside an && group opens with "either" (two alternatives) or "any of" (three or more choices),
 *   and an && group of selected choices inside an || group with "both" or "all of", so the grouping of the
 *   condition survives in the sentence; alternatives that are themselves groups are separated by ", or".
 */

/** The risk as the Tool reports it for a question (HRI, MRI, none). */
export const RISK_WORDS: Record<LensRisk, 'HIGH' | 'MEDIUM' | 'NONE'> = {HIGH_RISK: 'HIGH', MEDIUM_RISK: 'MEDIUM', NO_RISK: 'NONE'};

/** Choice id -> title; an id without a title is shown as itself. */
export type ChoiceTitles = Readonly<Record<string, string>>;

type Nnf = {type: 'choice'; id: string; negated: boolean} | {type: 'and' | 'or'; operands: Nnf[]};
type Literal = Extract<Nnf, {type: 'choice'}>;

function toNnf(node: ConditionNode, negated: boolean): Nnf {
  switch (node.type) {
    case 'choice':
      return {type: 'choice', id: node.id, negated};
    case 'not':
      return toNnf(node.operand, !negated);
    default: {
      const type = (node.type === 'and') !== negated ? 'and' : 'or';
      const operands: Nnf[] = [];
      const seen = new Set<string>();
      for (const o of node.operands.map((x) => toNnf(x, negated)).flatMap((x) => (x.type === type ? x.operands : [x]))) {
        // `a && a` says "“A”" once.
        const key = o.type === 'choice' ? `${o.negated ? '!' : ''}${o.id}` : undefined;
        if (key !== undefined && seen.has(key)) continue;
        if (key !== undefined) seen.add(key);
        operands.push(o);
      }
      return operands.length === 1 ? operands[0]! : {type, operands};
    }
  }
}

const isLiteral = (n: Nnf): n is Literal => n.type === 'choice';

/** "A", "A and B", "A, B and C". */
function list(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)!}`;
}

/** "neither A nor B" for two missing choices, "none of A, B or C" for more, "not A" for one. */
function noneOf(names: readonly string[]): string {
  if (names.length === 1) return `not ${names[0]!}`;
  if (names.length === 2) return `neither ${names[0]!} nor ${names[1]!}`;
  return `none of ${list(names, 'or')}`;
}

/** "not both A and B", "not all of A, B and C": an || of missing choices. */
function notAllOf(names: readonly string[]): string {
  return names.length === 2 ? `not both ${list(names, 'and')}` : `not all of ${list(names, 'and')}`;
}

function render(node: Nnf, nested: boolean, name: (id: string) => string): string {
  if (isLiteral(node)) return node.negated ? `not ${name(node.id)}` : name(node.id);
  const literals = node.operands.filter(isLiteral);
  const groups = node.operands.filter((o) => !isLiteral(o));

  if (node.type === 'or') {
    if (groups.length === 0 && literals.every((l) => l.negated)) return notAllOf(literals.map((l) => name(l.id)));
    const items = node.operands.map((o) => render(o, true, name));
    if (groups.length) return `${nested || literals.some((l) => l.negated) ? 'either ' : ''}${items.join(', or ')}`;
    if (literals.some((l) => l.negated)) return `either ${list(items, 'or')}`;
    if (!nested) return list(items, 'or');
    return items.length === 2 ? `either ${list(items, 'or')}` : `any of ${list(items, 'or')}`;
  }

  // An && group: selected choices, then missing ones, then its || groups.
  const selected = literals.filter((l) => !l.negated).map((l) => name(l.id));
  const missing = literals.filter((l) => l.negated).map((l) => name(l.id));
  const notAll = groups.filter((g) => g.type === 'or' && g.operands.every((o) => isLiteral(o) && o.negated));
  const alternatives = groups.filter((g) => !notAll.includes(g));

  const negative = [...(missing.length ? [noneOf(missing)] : []), ...notAll.map((g) => render(g, true, name))];
  const onlySelected = missing.length === 0 && groups.length === 0;
  const positive = !selected.length ? '' : nested && onlySelected && selected.length > 1 ? `${selected.length === 2 ? 'both' : 'all of'} ${list(selected, 'and')}` : list(selected, 'and');
  const head = positive && negative.length ? `${positive} but ${negative.join(', and ')}` : positive || negative.join(', and ');
  const parts = [...(head ? [head] : []), ...alternatives.map((g) => render(g, true, name))];
  // "“A” and either “B” or “C”" reads well; with a list before it, a comma keeps the groups apart.
  const single = selected.length + missing.length === 1 && notAll.length === 0;
  return parts.length === 2 && single ? parts.join(' and ') : parts.join(', and ');
}

const quote = (text: string): string => `“${text.replace(/\s+/g, ' ').trim()}”`;

/** The condition as a clause: "neither “A” nor “B”". */
export function describeCondition({node, titles}: {node: ConditionNode; titles: ChoiceTitles}): string {
  const name = (id: string): string => quote(Object.hasOwn(titles, id) && titles[id]!.trim() ? titles[id]! : id);
  return render(toNnf(node, false), false, name);
}

/**
 * One risk rule as a sentence: "HIGH if neither “A” nor “B”", "NONE if “A” and “B”", "MEDIUM otherwise". A
 * `default` rule that comes first (nothing before it can hold) reads "in every case".
 */
export function describeRule({risk, condition, titles, first = false}: {risk: LensRisk; condition: ConditionNode | typeof DEFAULT_CONDITION; titles: ChoiceTitles; first?: boolean}): string {
  if (condition === DEFAULT_CONDITION) return `${RISK_WORDS[risk]} ${first ? 'in every case' : 'otherwise'}`;
  return `${RISK_WORDS[risk]} if ${describeCondition({node: condition, titles})}`;
}
