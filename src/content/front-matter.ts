import path from 'node:path';
import {problem} from './problem';
import {formatText} from './report';
import {splitFrontMatter} from './source';
import {parseYaml} from './yaml';

/**
 * Docusaurus' `markdown.parseFrontMatter`, backed by the project's one YAML parser, so the site and
 * `wa-review validate` can never read a file's front matter differently (gray-matter uses YAML 1.1: it would turn
 * `date: 2026-05-29` into a Date and accept duplicate keys).
 *
 * Review files hand Docusaurus only what a page head needs: the findings and metrics reach pages through the
 * plugin's data, not through each page bundle's front matter (which would ship them twice).
 */
export async function parseFrontMatter({filePath, fileContent}: {filePath: string; fileContent: string}): Promise<{
  frontMatter: Record<string, unknown>;
  content: string;
}> {
  const file = path.relative(process.cwd(), filePath).split(path.sep).join('/');
  const text = fileContent.replace(/\r\n?/g, '\n');
  if (!/^---[ \t]*\n/.test(text.startsWith('\ufeff') ? text.slice(1) : text)) return {frontMatter: {}, content: fileContent};
  const split = splitFrontMatter(text, file);
  if (!split.ok) throw new FrontMatterError(formatText(split.problems));
  const yaml = parseYaml(split.split.yaml, {file, lineOffset: split.split.yamlLineOffset});
  if (yaml.problems.length || yaml.value === undefined) throw new FrontMatterError(formatText(yaml.problems));
  const value = yaml.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new FrontMatterError(formatText([problem('yaml/not-a-mapping', {file, line: 2, column: 1}, 'front matter must be a mapping of keys to values')]));
  }
  const data = value as Record<string, unknown>;
  const content = split.split.body;
  if (isReviewFile(file)) {
    const slim: Record<string, unknown> = {};
    for (const key of ['title', 'description'] as const) if (typeof data[key] === 'string') slim[key] = data[key];
    return {frontMatter: slim, content};
  }
  return {frontMatter: data, content};
}

export function isReviewFile(file: string): boolean {
  return /(^|\/)reviews\/[^/]+\/v\d+\.md$/.test(file);
}

/** A content error: its message is the list of problems, and it carries no stack worth printing. */
export class FrontMatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrontMatterError';
    this.stack = `${this.name}: ${message}`;
  }
}
