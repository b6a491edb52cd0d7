import type {Problem} from './problem';

export const REPORT_FORMATS = ['text', 'json', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** ESLint-style lines: `file:line:col  severity path: message (rule)`, a suggestion indented below, a summary. */
export function formatText(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const locs = problems.map((p) => (p.line ? `${p.file}:${p.line}:${p.column}` : p.file));
  const width = Math.max(...locs.map((l) => l.length));
  const lines = problems.map((p, i) => {
    const head = `${locs[i]!.padEnd(width)} ${p.severity.padEnd(7)} ${p.path ? `${p.path}: ` : ''}${p.message} (${p.rule})`;
    return p.suggestion ? `${head}\n${' '.repeat(width + 9)}suggestion: ${p.suggestion}` : head;
  });
  return `${lines.join('\n')}\n\n${summary(problems)}\n`;
}

export function summary(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export function formatJson(problems: readonly Problem[]): string {
  return `${JSON.stringify(problems, null, 2)}\n`;
}

/** GitHub Actions workflow commands: one annotation per problem on the pull request's files. */
export function formatGithub(problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const props = [`file=${escapeProperty(p.file)}`];
      if (p.line) props.push(`line=${p.line}`);
      if (p.column) props.push(`col=${p.column}`);
      props.push(`title=${escapeProperty(p.rule)}`);
      const text = `${p.path ? `${p.path}: ` : ''}${p.message}${p.suggestion ? ` (suggestion: ${p.suggestion})` : ''}`;
      return `::${p.severity} ${props.join(',')}::${escapeData(text)}\n`;
    })
    .join('');
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatProblems(problems: readonly Problem[], format: ReportFormat): string {
  return format === 'json' ? formatJson(problems) : format === 'github' ? formatGithub(problems) : formatText(problems);
}
