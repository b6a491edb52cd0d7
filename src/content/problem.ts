import * as z from 'zod';
import {RULES, isRuleId, type RuleId} from './rules';

export const problemSchema = z
  .strictObject({
    file: z.string().describe('Path of the file, relative to the content root, with forward slashes.'),
    line: z.int().nonnegative().describe('1-based line; 0 when the problem concerns a whole folder.'),
    column: z.int().nonnegative().describe('1-based column; 0 when the problem concerns a whole file or folder.'),
    path: z.string().describe('Where in the data, like `findings[3].severity`; empty for the file itself.'),
    rule: z.string().describe('Rule id `category/kebab-name`, from docs/reference/rules.md.'),
    severity: z.enum(['error', 'warning']).describe('Errors fail validation and the build; warnings do not.'),
    message: z.string().describe('What is wrong, and what is expected.'),
    suggestion: z.string().optional().describe('A likely fix: a did-you-mean, or the corrected YAML.'),
  })
  .describe('One problem found in the content.');

export type Problem = z.output<typeof problemSchema>;

export interface ProblemAt {
  file: string;
  line?: number;
  column?: number;
  path?: string;
}

/** Builds a problem; the severity comes from the rule table unless a check lowers it. */
export function problem(
  rule: RuleId,
  at: ProblemAt,
  message: string,
  extra: {suggestion?: string; severity?: 'error' | 'warning'} = {},
): Problem {
  if (!isRuleId(rule)) throw new Error(`unexpected rule id ${rule}`);
  return {
    file: at.file,
    line: at.line ?? 0,
    column: at.column ?? 0,
    path: at.path ?? '',
    rule,
    severity: extra.severity ?? RULES[rule].severity,
    message,
    ...(extra.suggestion !== undefined ? {suggestion: extra.suggestion} : {}),
  };
}

/** `findings[3].severity` from `['findings', 3, 'severity']`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message),
  );
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
