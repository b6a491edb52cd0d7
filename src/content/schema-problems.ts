import type * as z from 'zod';
import {didYouMean} from './did-you-mean';
import {formatPath, problem, type Problem} from './problem';
import {isRuleId, type RuleId} from './rules';
import type {ParsedYaml} from './yaml';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

export interface SchemaContext {
  file: string;
  /** Positions come from here. */
  yaml: Pick<ParsedYaml, 'locate'>;
  /** Where the validated value sits in the YAML document (for a list item validated alone). */
  basePath?: ReadonlyArray<PropertyKey>;
}

/**
 * Validates data with a zod schema and turns every issue into a located problem with a rule id and, where it
 * can, a did-you-mean. All issues at once, never only the first.
 */
export function parseWithSchema<S extends AnySchema>(
  schema: S,
  data: unknown,
  ctx: SchemaContext,
): {data: z.output<S> | undefined; problems: Problem[]} {
  const result = (schema as unknown as z.ZodType).safeParse(data, {reportInput: true});
  if (result.success) return {data: result.data as z.output<S>, problems: []};
  const problems = result.error.issues.flatMap((issue) => issueProblems(issue as Issue, [], schema, data, ctx));
  return {data: undefined, problems: dedupe(problems)};
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.line}:${p.column}:${p.rule}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function issueProblems(issue: Issue, prefix: PropertyKey[], root: AnySchema, data: unknown, ctx: SchemaContext): Problem[] {
  const path = [...prefix, ...issue.path];
  const full = [...(ctx.basePath ?? []), ...path];
  const at = (key = false) => ({file: ctx.file, ...ctx.yaml.locate(full, {key}), path: formatPath(full)});
  const input = (issue as {input?: unknown}).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) {
        const key = String(path[path.length - 1] ?? '');
        const allowed = enumValuesAt(root, path);
        return [
          problem('schema/required', at(), `missing required field "${key}"`, {
            suggestion: `add \`${key}: ${allowed ? allowed.join(' | ') : `<${issue.expected}>`}\``,
          }),
        ];
      }
      return [problem('schema/type', at(), `expected ${issue.expected}, got ${describe(input)}`)];
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      if (input === undefined) {
        const key = String(path[path.length - 1] ?? '');
        return [problem('schema/required', at(), `missing required field "${key}"`, {suggestion: `add \`${key}: ${values.join(' | ')}\``})];
      }
      const guess = typeof input === 'string' ? didYouMean(input, values) : undefined;
      return [
        problem('schema/enum', at(), `expected ${values.join(' | ')}, got ${describe(input)}`, guess ? {suggestion: `did you mean "${guess}"?`} : {}),
      ];
    }
    case 'unrecognized_keys': {
      const known = keysAt(root, path);
      return issue.keys.map((key) => {
        const keyPath = [...full, key];
        const where = {file: ctx.file, ...ctx.yaml.locate(keyPath, {key: true}), path: formatPath(keyPath)};
        if (key === 'mdx' && path.length === 0) {
          return problem('markdown/mdx-key', where, 'the `mdx` front-matter key is refused: reviews are always rendered as plain Markdown (`md`)');
        }
        const present = isRecord(valueAt(data, path)) ? Object.keys(valueAt(data, path) as object) : [];
        const guess = didYouMean(key, known.filter((k) => !present.includes(k)));
        return problem('schema/unknown-key', where, `unknown key "${key}". Valid keys: ${known.join(', ')}`, guess ? {suggestion: `did you mean "${guess}"?`} : {});
      });
    }
    case 'invalid_format':
      return [problem('schema/format', at(), withInput(issue.message, input))];
    case 'too_small':
    case 'too_big':
      return [problem('schema/range', at(), rangeMessage(issue, input))];
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        // zod puts the discriminator at the end of the path; the union's object is its parent.
        if (path[path.length - 1] === issue.discriminator) {
          path.pop();
          full.pop();
        }
        const options = ((issue as {options?: unknown[]}).options ?? []).map(String);
        const got = isRecord(input) ? (input as Record<string, unknown>)[issue.discriminator] : undefined;
        const guess = typeof got === 'string' ? didYouMean(got, options) : undefined;
        const where = {file: ctx.file, ...ctx.yaml.locate(full), path: formatPath(full)};
        if (got === undefined) {
          // Without its discriminator zod checks no branch, so report the likely typo of it here.
          const known = keysAt(root, path);
          const typos = isRecord(input)
            ? Object.keys(input)
                .filter((k) => !known.includes(k))
                .map((k) => {
                  const keyPath = [...full, k];
                  const guess = didYouMean(k, known);
                  return problem('schema/unknown-key', {file: ctx.file, ...ctx.yaml.locate(keyPath, {key: true}), path: formatPath(keyPath)}, `unknown key "${k}". Valid keys: ${known.join(', ')}`, guess ? {suggestion: `did you mean "${guess}"?`} : {});
                })
            : [];
          return [problem('schema/required', where, `missing required field "${issue.discriminator}"`, {suggestion: `add \`${issue.discriminator}: ${options.join(' | ')}\``}), ...typos];
        }
        const at = {file: ctx.file, ...ctx.yaml.locate([...full, issue.discriminator]), path: formatPath([...full, issue.discriminator])};
        return [problem('schema/enum', at, `expected ${options.join(' | ')}, got ${describe(got)}`, guess ? {suggestion: `did you mean "${guess}"?`} : {})];
      }
      const branches = (issue.errors ?? []) as Issue[][];
      const best = pickBranch(branches, input);
      if (!best) return [problem('schema/invalid', at(), issue.message)];
      return best.flatMap((sub) => issueProblems(sub, path, root, data, ctx));
    }
    case 'custom': {
      const rule = (issue.params as {rule?: string} | undefined)?.rule;
      return [problem(rule && isRuleId(rule) ? (rule as RuleId) : 'schema/invalid', at(), issue.message)];
    }
    default:
      return [problem('schema/invalid', at(), withInput(issue.message, input))];
  }
}

/** The union branch the author most likely meant: not one whose base type is wrong, then the fewest issues. */
function pickBranch(branches: Issue[][], input: unknown): Issue[] | undefined {
  const wrongBase = (b: Issue[]) =>
    b.length === 1 && b[0]!.path.length === 0 && (b[0]!.code === 'invalid_type' || (b[0]!.code === 'invalid_value' && typeof input !== 'string'));
  const ranked = [...branches].sort((a, b) => Number(wrongBase(a)) - Number(wrongBase(b)) || a.length - b.length);
  return ranked[0];
}

function rangeMessage(issue: Issue & {code: 'too_small' | 'too_big'}, input: unknown): string {
  if (!/^Too (small|big)/.test(issue.message)) return issue.message;
  const bound = issue.code === 'too_small' ? (issue as {minimum: unknown}).minimum : (issue as {maximum: unknown}).maximum;
  const cmp = issue.code === 'too_small' ? 'at least' : 'at most';
  const origin = (issue as {origin?: string}).origin;
  const what = origin === 'string' ? ' characters' : origin === 'array' ? ' items' : '';
  const got = origin === 'string' && typeof input === 'string' ? `, got ${input.length}` : origin === 'array' && Array.isArray(input) ? `, got ${input.length}` : typeof input === 'number' ? `, got ${input}` : '';
  return `expected ${cmp} ${String(bound)}${what}${got}`;
}

function withInput(message: string, input: unknown): string {
  return input === undefined || message.includes('got') ? message : `${message}; got ${describe(input)}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return `${typeof value} ${String(value)}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = data;
  for (const seg of path) v = (v as Record<PropertyKey, unknown> | undefined)?.[seg as string];
  return v;
}

// Walking a schema along a data path, to name valid keys and values in messages.

function def(schema: AnySchema): {type: string} & Record<string, unknown> {
  return (schema as unknown as {_zod: {def: {type: string} & Record<string, unknown>}})._zod.def;
}

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (;;) {
    const d = def(s);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'prefault' || d.type === 'readonly' || d.type === 'catch') s = d.innerType as AnySchema;
    else if (d.type === 'pipe') s = d.in as AnySchema;
    else if (d.type === 'lazy') s = (d.getter as () => AnySchema)();
    else return s;
  }
}

function candidatesAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>): AnySchema[] {
  let current: AnySchema[] = [schema];
  for (const seg of path) {
    const next: AnySchema[] = [];
    for (const s of current.flatMap(expandUnion)) {
      const d = def(s);
      if (d.type === 'object') {
        const shape = d.shape as Record<string, AnySchema>;
        if (typeof seg === 'string' && shape[seg]) next.push(shape[seg]);
      } else if (d.type === 'array' && typeof seg === 'number') next.push(d.element as AnySchema);
      else if (d.type === 'record') next.push(d.valueType as AnySchema);
    }
    current = next;
  }
  return current.flatMap(expandUnion);
}

function expandUnion(schema: AnySchema): AnySchema[] {
  const s = unwrap(schema);
  const d = def(s);
  return d.type === 'union' ? (d.options as AnySchema[]).flatMap(expandUnion) : [s];
}

function keysAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>): string[] {
  const keys = new Set<string>();
  for (const s of candidatesAt(schema, path)) {
    const d = def(s);
    if (d.type === 'object') for (const k of Object.keys(d.shape as object)) keys.add(k);
  }
  return [...keys];
}

function enumValuesAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>): string[] | undefined {
  const values: string[] = [];
  for (const s of candidatesAt(schema, path)) {
    const d = def(s);
    if (d.type === 'enum') values.push(...Object.values(d.entries as Record<string, string>));
    else if (d.type === 'literal') values.push(...(d.values as unknown[]).map(String));
  }
  return values.length ? values : undefined;
}

export {keysAt as schemaKeysAt};
