import {didYouMean} from '../content/did-you-mean';
import type * as z from 'zod';
import type {riskRuleSchema} from '../schemas/lens';
import type {LensRisk} from '../schemas/vocab';

/**
 * Risk-rule conditions of the Well-Architected Tool's custom lenses, as code.
 *
 * The Tool's spec shows `&&`, `||`, `!` and parentheses over the question's choice ids (and the literal `default`)
 * but states no grammar and no precedence. We read them as C does, which is also how JavaScript reads them:
 *
 *     or   := and ("||" and)*
 *     and  := not ("&&" not)*
 *     not  := "!" not | atom
 *     atom := CHOICE_ID | "(" or ")"
 *
 * so `!` binds tightest, then `&&`, then `||`: `a || b && c` is `a || (b && c)` and `!a && b` is `(!a) && b`.
 * Because the Tool does not document this, mixing `&&` and `||` without parentheses earns a warning.
 */

/** The literal that always holds; a question has exactly one rule with it. */
export const DEFAULT_CONDITION = 'default';

export type ConditionNode =
  | {type: 'choice'; id: string; column: number}
  | {type: 'not'; operand: ConditionNode}
  | {type: 'and' | 'or'; operands: ConditionNode[]; parenthesized: boolean; column: number};

/** A problem inside one condition; `column` is 1-based within the condition text. */
export interface ConditionMessage {
  rule: 'wa-lens/condition-syntax' | 'wa-lens/condition-choice' | 'wa-lens/condition-precedence';
  column: number;
  message: string;
  suggestion?: string;
}

export type ConditionParse =
  | {ok: true; ast: ConditionNode; choices: string[]; warnings: ConditionMessage[]}
  | {ok: false; errors: ConditionMessage[]; warnings: ConditionMessage[]};

type Token =
  | {kind: 'id'; text: string; column: number}
  | {kind: '&&' | '||' | '!' | '(' | ')'; column: number}
  | {kind: 'end'; column: number};

class SyntaxFailure extends Error {
  constructor(readonly detail: ConditionMessage) {
    super(detail.message);
  }
}

const syntax = (column: number, message: string, suggestion?: string): SyntaxFailure =>
  new SyntaxFailure({rule: 'wa-lens/condition-syntax', column, message, ...(suggestion ? {suggestion} : {})});

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const column = i + 1;
    if (/\s/.test(ch)) {
      i++;
    } else if (/[A-Za-z0-9_]/.test(ch)) {
      const m = /^[A-Za-z0-9_]+/.exec(text.slice(i))![0];
      tokens.push({kind: 'id', text: m, column});
      i += m.length;
    } else if (text.startsWith('&&', i) || text.startsWith('||', i)) {
      tokens.push({kind: text.slice(i, i + 2) as '&&' | '||', column});
      i += 2;
    } else if (ch === '&' || ch === '|') {
      throw syntax(column, `"${ch}" alone is not an operator`, `write ${ch}${ch}`);
    } else if (ch === '!' || ch === '(' || ch === ')') {
      tokens.push({kind: ch, column});
      i++;
    } else {
      throw syntax(column, `unexpected character "${ch}"; a condition holds choice ids, !, &&, || and parentheses`);
    }
  }
  tokens.push({kind: 'end', column: text.length + 1});
  return tokens;
}

function describeToken(t: Token): string {
  return t.kind === 'id' ? `"${t.text}"` : t.kind === 'end' ? 'the end of the condition' : `"${t.kind}"`;
}

/** Recursive descent over the grammar above. */
function parseTokens(tokens: Token[]): {ast: ConditionNode; warnings: ConditionMessage[]} {
  let pos = 0;
  const warnings: ConditionMessage[] = [];
  const peek = (): Token => tokens[pos]!;
  const next = (): Token => tokens[pos++]!;

  function parseOr(): ConditionNode {
    const first = parseAnd();
    if (peek().kind !== '||') return first;
    const column = peek().column;
    const operands = [first];
    while (peek().kind === '||') {
      next();
      operands.push(parseAnd());
    }
    for (const bare of operands) {
      if (bare.type !== 'and' || bare.parenthesized) continue;
      warnings.push({
        rule: 'wa-lens/condition-precedence',
        column: bare.column,
        message: '&& and || are mixed without parentheses; they are read as in C (&& before ||), which the Tool does not document',
        suggestion: 'add parentheses around the && part to state the grouping',
      });
    }
    return {type: 'or', operands, parenthesized: false, column};
  }

  function parseAnd(): ConditionNode {
    const first = parseNot();
    if (peek().kind !== '&&') return first;
    const column = peek().column;
    const operands = [first];
    while (peek().kind === '&&') {
      next();
      operands.push(parseNot());
    }
    return {type: 'and', operands, parenthesized: false, column};
  }

  function parseNot(): ConditionNode {
    if (peek().kind === '!') {
      next();
      return {type: 'not', operand: parseNot()};
    }
    return parseAtom();
  }

  function parseAtom(): ConditionNode {
    const t = next();
    if (t.kind === 'id') return {type: 'choice', id: t.text, column: t.column};
    if (t.kind === '(') {
      const inner = parseOr();
      const close = next();
      if (close.kind !== ')') throw syntax(close.column, `expected ")" to close the "(" at column ${t.column}, got ${describeToken(close)}`);
      return inner.type === 'and' || inner.type === 'or' ? {...inner, parenthesized: true} : inner;
    }
    throw syntax(t.column, `expected a choice id, "!" or "(", got ${describeToken(t)}`);
  }

  const ast = parseOr();
  const rest = peek();
  if (rest.kind !== 'end') {
    throw syntax(rest.column, `expected &&, || or the end of the condition, got ${describeToken(rest)}`, rest.kind === 'id' ? 'join choice ids with && or ||' : undefined);
  }
  return {ast, warnings};
}

function choiceNodes(node: ConditionNode): Array<{id: string; column: number}> {
  if (node.type === 'choice') return [node];
  if (node.type === 'not') return choiceNodes(node.operand);
  return node.operands.flatMap(choiceNodes);
}

/**
 * Parses one condition (not the literal `default`). With `choices`, every id must be one of them: an unknown id is
 * an error located at its column, with a did-you-mean. Never throws.
 */
export function parseCondition({condition, choices}: {condition: string; choices?: readonly string[]}): ConditionParse {
  if (condition.trim() === '') {
    return {ok: false, errors: [{rule: 'wa-lens/condition-syntax', column: 1, message: 'the condition is empty', suggestion: 'write choice ids joined by &&, || and !, or `default`'}], warnings: []};
  }
  let parsed: {ast: ConditionNode; warnings: ConditionMessage[]};
  try {
    parsed = parseTokens(tokenize(condition));
  } catch (error) {
    if (error instanceof SyntaxFailure) return {ok: false, errors: [error.detail], warnings: []};
    throw error;
  }
  const refs = choiceNodes(parsed.ast);
  const errors: ConditionMessage[] = [];
  if (choices) {
    const known = new Set(choices);
    for (const ref of refs) {
      if (known.has(ref.id)) continue;
      const guess = ref.id === DEFAULT_CONDITION ? undefined : didYouMean(ref.id, choices);
      const words: Record<string, string> = {and: '&&', or: '||', not: '!', AND: '&&', OR: '||', NOT: '!'};
      const suggestion =
        ref.id === DEFAULT_CONDITION
          ? '`default` is a whole condition on its own, never part of an expression'
          : words[ref.id]
            ? `write ${words[ref.id]} instead of "${ref.id}"`
            : guess
              ? `did you mean "${guess}"?`
              : `valid choice ids: ${choices.join(', ')}`;
      errors.push({rule: 'wa-lens/condition-choice', column: ref.column, message: `"${ref.id}" is not a choice of this question`, suggestion});
    }
  }
  if (errors.length) return {ok: false, errors, warnings: parsed.warnings};
  return {ok: true, ast: parsed.ast, choices: [...new Set(refs.map((r) => r.id))], warnings: parsed.warnings};
}

/** Whether a parsed condition holds for a set of selected choice ids. */
export function evaluateCondition(node: ConditionNode, selected: ReadonlySet<string>): boolean {
  switch (node.type) {
    case 'choice':
      return selected.has(node.id);
    case 'not':
      return !evaluateCondition(node.operand, selected);
    case 'and':
      return node.operands.every((o) => evaluateCondition(o, selected));
    case 'or':
      return node.operands.some((o) => evaluateCondition(o, selected));
  }
}

/** A risk rule as our lens format and the Tool's both hold it. */
export type RiskRule = z.output<typeof riskRuleSchema>;

/**
 * The risk a question gets for a selection, with the Tool's semantics: rules are tried in order and the first whose
 * condition holds sets the risk; `default` always holds. Undefined when no rule holds (a question without a
 * `default`, as some published lenses have). A condition that does not parse never holds; validation reports it.
 */
export function questionRisk({riskRules, selected}: {riskRules: readonly RiskRule[]; selected: Iterable<string>}): {risk: LensRisk; rule: number} | undefined {
  const set = new Set(selected);
  for (const [index, rule] of riskRules.entries()) {
    if (rule.condition === DEFAULT_CONDITION) return {risk: rule.risk, rule: index};
    const parsed = parseCondition({condition: rule.condition});
    if (parsed.ok && evaluateCondition(parsed.ast, set)) return {risk: rule.risk, rule: index};
  }
  return undefined;
}

/** Prints a condition with every group parenthesized: the reading the evaluator uses, for messages and docs. */
export function printCondition(node: ConditionNode): string {
  switch (node.type) {
    case 'choice':
      return node.id;
    case 'not':
      return `!${node.operand.type === 'choice' || node.operand.type === 'not' ? printCondition(node.operand) : `(${printCondition(node.operand)})`}`;
    default:
      return node.operands.map((o) => (o.type === 'and' || o.type === 'or' ? `(${printCondition(o)})` : printCondition(o))).join(node.type === 'and' ? ' && ' : ' || ');
  }
}
