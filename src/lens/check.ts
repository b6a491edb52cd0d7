import type * as z from 'zod';
import {formatPath, problem, type Problem} from '../content/problem';
import type {RuleId} from '../content/rules';
import type {ParsedYaml} from '../content/yaml';
import {DEFAULT_CONDITION, parseCondition} from './condition';
import {TOOL_LIMITS, toolKeys, toolLensSchema} from './tool-schema';

type Issue = z.core.$ZodIssue;

/** Where problems point: a file and a locator for data paths (our YAML's, or the imported JSON's). */
export interface CheckTarget {
  file: string;
  locate?: ParsedYaml['locate'];
}

/**
 * The rule of a built-in zod issue, from the field it sits on; refinements carry theirs in `params.rule`. What our
 * own format checks the same way (ids, text lengths, unknown keys, missing fields, closed sets) keeps the schema/*
 * rule it has there, so one violation has one rule id in a lens file and in a lens JSON.
 */
export function toolIssueRule(issue: Issue, input: unknown): RuleId {
  const key = [...issue.path].reverse().find((s) => typeof s === 'string');
  switch (issue.code) {
    case 'custom':
      return (issue.params as {rule: RuleId}).rule;
    case 'unrecognized_keys':
      return 'schema/unknown-key';
    case 'invalid_type':
      return input === undefined ? 'schema/required' : 'schema/type';
    case 'invalid_value':
      return 'schema/enum';
    case 'invalid_format':
      return key === 'url' ? 'wa-lens/url-scheme' : 'schema/format';
    case 'too_big':
    case 'too_small':
      if (issue.origin === 'array') {
        const counts: Record<string, RuleId> = {pillars: 'wa-lens/pillar-count', questions: 'wa-lens/question-count', choices: 'wa-lens/choice-count', riskRules: 'wa-lens/risk-rule-count'};
        return counts[key ?? ''] ?? 'schema/range';
      }
      return key === 'title' || key === 'name' ? 'wa-lens/title-length' : 'schema/range';
    default:
      return 'schema/invalid';
  }
}

function issueMessage(issue: Issue, input: unknown): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return ''; // one problem per key, below
    case 'invalid_type':
      return input === undefined ? `missing required field "${String(issue.path[issue.path.length - 1] ?? '')}"` : `expected ${issue.expected}, got ${Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}, got ${JSON.stringify(input)}`;
    case 'too_big':
    case 'too_small':
      if (issue.origin === 'array' && Array.isArray(input)) {
        const key = String(issue.path[issue.path.length - 1] ?? 'items');
        return issue.code === 'too_big' ? `${input.length} ${key}; at most ${String(issue.maximum)}` : `no ${key}; at least ${String(issue.minimum)}`;
      }
      return issue.message;
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = data;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg as string] : undefined;
  return v;
}

/**
 * Every violation of the Tool's format in a lens JSON value (any value: imported data may have any shape), as
 * located problems, plus warnings for conditions that mix && and || without parentheses. `severity` applies to
 * the violations (warnings for imported lenses, errors for ours); the precedence lint is always a warning.
 * `bytes` is the size of the file the Tool would receive.
 */
export function checkToolLens({data, target, severity, bytes}: {data: unknown; target: CheckTarget; severity: 'error' | 'warning'; bytes?: number}): Problem[] {
  const at = (path: ReadonlyArray<PropertyKey>, key = false) => ({file: target.file, ...(target.locate?.(path, {key}) ?? {}), path: formatPath(path)});
  const problems: Problem[] = [];
  if (bytes !== undefined && bytes > TOOL_LIMITS.fileBytes) {
    problems.push(problem('file/too-large', {file: target.file}, `the lens JSON is ${bytes} bytes; the Tool takes at most 500 KB (${TOOL_LIMITS.fileBytes} bytes)`, {severity, suggestion: 'shorten descriptions or split the lens'}));
  }
  const result = toolLensSchema.safeParse(data, {reportInput: true});
  if (!result.success) {
    for (const issue of result.error.issues as Issue[]) {
      const input = (issue as {input?: unknown}).input ?? (issue.code === 'invalid_type' ? undefined : valueAt(data, issue.path));
      const rule = toolIssueRule(issue, (issue as {input?: unknown}).input);
      if (issue.code === 'unrecognized_keys') {
        const known = knownKeysAt(issue.path);
        for (const key of issue.keys) {
          const path = [...issue.path, key];
          problems.push(problem(rule, at(path, true), `"${key}" is not a key of the Tool's format${known ? `; valid keys here: ${known.join(', ')}` : ''}`, {severity}));
        }
        continue;
      }
      const suggestion = issue.code === 'custom' ? (issue.params as {suggestion?: string} | undefined)?.suggestion : undefined;
      // A wrong type means the data is not a lens at all: an error even for imported content.
      const sev = rule === 'schema/type' ? 'error' : severity;
      problems.push(problem(rule, at(issue.path), issueMessage(issue, input), {severity: sev, ...(suggestion ? {suggestion} : {})}));
    }
  }
  problems.push(...lintConditions({data, at}));
  return problems;
}

/** The level of the object at a data path of a lens (pillars[0].questions[1] is a question, ...). */
function knownKeysAt(path: ReadonlyArray<PropertyKey>): string[] | undefined {
  const names = path.filter((s): s is string => typeof s === 'string');
  const last = names[names.length - 1];
  const level = last === undefined ? 'lens' : ({pillars: 'pillar', questions: 'question', choices: 'choice', riskRules: 'riskRule', additionalResources: 'additionalResource', content: 'resource', helpfulResource: 'resource', improvementPlan: 'resource'} as const)[last as 'pillars'];
  return level ? toolKeys(level) : undefined;
}

/** Warnings for conditions that parse but mix && and || without parentheses. */
function lintConditions({data, at}: {data: unknown; at: (path: ReadonlyArray<PropertyKey>) => {file: string; path: string}}): Problem[] {
  const problems: Problem[] = [];
  const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  arr(rec(data).pillars).forEach((p, pi) =>
    arr(rec(p).questions).forEach((q, qi) =>
      arr(rec(q).riskRules).forEach((r, ri) => {
        const condition = rec(r).condition;
        if (typeof condition !== 'string' || condition === DEFAULT_CONDITION) return;
        for (const w of parseCondition({condition}).warnings) {
          problems.push(problem('wa-lens/condition-precedence', at(['pillars', pi, 'questions', qi, 'riskRules', ri, 'condition']), `${w.message} (column ${w.column} of the condition)`, w.suggestion ? {suggestion: w.suggestion} : {}));
        }
      }),
    ),
  );
  return problems;
}
