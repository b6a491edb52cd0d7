/**
 * The arithmetic of modeled metrics: numbers, input names, + - * / and parentheses, usual precedence, left to
 * right. Small on purpose: a formula any reader can recompute by hand, evaluated without `eval`.
 */
export type FormulaResult = {ok: true; value: number; names: string[]} | {ok: false; error: string};

export function evaluateFormula(formula: string, inputs: Readonly<Record<string, number>>): FormulaResult {
  const tokens = formula.match(/\d+(?:\.\d+)?(?:e[+-]?\d+)?|[a-z_][a-z0-9_]*|[-+*/()]|\S/gi) ?? [];
  let i = 0;
  const names: string[] = [];
  const fail = (error: string): never => {
    throw new FormulaError(error);
  };
  const peek = () => tokens[i];
  const expr = (): number => {
    let v = term();
    while (peek() === '+' || peek() === '-') v = tokens[i++] === '+' ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (peek() === '*' || peek() === '/') {
      const op = tokens[i++];
      const r = factor();
      if (op === '/' && r === 0) fail('division by zero');
      v = op === '*' ? v * r : v / r;
    }
    return v;
  };
  const factor = (): number => {
    const t = tokens[i++];
    if (t === undefined) return fail('the formula ends too early');
    if (t === '-') return -factor();
    if (t === '+') return factor();
    if (t === '(') {
      const v = expr();
      if (tokens[i++] !== ')') fail('a "(" is not closed');
      return v;
    }
    if (/^\d/.test(t)) return Number(t);
    if (/^[a-z_]/i.test(t)) {
      if (!Object.hasOwn(inputs, t)) fail(`"${t}" is not an input; inputs are ${Object.keys(inputs).join(', ') || '(none)'}`);
      names.push(t);
      return inputs[t]!;
    }
    return fail(`unexpected "${t}"`);
  };
  try {
    const value = expr();
    if (i < tokens.length) fail(`unexpected "${tokens[i]}"`);
    if (!Number.isFinite(value)) fail('the result is not a finite number');
    return {ok: true, value, names};
  } catch (error) {
    if (error instanceof FormulaError) return {ok: false, error: error.message};
    throw error;
  }
}

class FormulaError extends Error {}

/** Whether a stated value matches the computed one, allowing for the rounding the author wrote it with. */
export function matchesStated(stated: number, computed: number): boolean {
  const decimals = (String(stated).split('.')[1] ?? '').length;
  const rounded = Number(computed.toFixed(decimals));
  if (rounded === stated) return true;
  return Math.abs(stated - computed) <= Math.abs(computed) * 0.005;
}
