import {isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode} from 'yaml';
import {formatPath, problem, type Problem} from './problem';

/** Aliases allowed in one document; far above honest use, far below an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

const PARSE_OPTIONS = {uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2', schema: 'core', merge: false} as const;

export interface Position {
  line: number;
  column: number;
}

export interface ParsedYaml {
  /** The plain data (YAML 1.2 core schema: dates stay strings); undefined when the YAML did not parse. */
  value: unknown;
  problems: Problem[];
  /**
   * The file position of the node at a data path: the key itself when `key` is set (for unknown keys), else the
   * value. A path that does not exist resolves to its nearest existing parent.
   */
  locate(path: ReadonlyArray<PropertyKey>, opts?: {key?: boolean}): Position;
}

export interface YamlSource {
  /** File path for problems, relative to the content root. */
  file: string;
  /** Lines of the file before the first line of this YAML text (front matter: 1, for the `---` line). */
  lineOffset?: number;
}

/**
 * The one YAML parser of the project: `yaml`'s parseDocument with positions, unique keys and an alias limit.
 * Validation, the site build (`markdown.parseFrontMatter`) and fenced blocks all go through it, so they can never
 * read the same text differently. It never throws: every failure comes back as a problem.
 */
export function parseYaml(text: string, {file, lineOffset = 0}: YamlSource): ParsedYaml {
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  const pos = (offset: number): Position => {
    const {line, col} = lineCounter.linePos(offset);
    return {line: line + lineOffset, column: col};
  };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {lineCounter, ...PARSE_OPTIONS});
  } catch (error) {
    problems.push(problem('yaml/syntax', {file, line: 1 + lineOffset, column: 1}, `YAML does not parse: ${(error as Error).message}`));
    return {value: undefined, problems, locate: () => ({line: 1 + lineOffset, column: 1})};
  }
  for (const error of [...doc.errors, ...doc.warnings]) {
    const at = pos(error.pos[0]);
    const rule = error.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax';
    const key = /^[^:\n]*/.exec(text.slice(error.pos[0]))![0].trim();
    const message = error.code === 'DUPLICATE_KEY' ? `duplicate key "${key}": a key may appear once in a mapping` : `YAML: ${firstLine(error.message)}`;
    problems.push(problem(rule, {file, ...at}, message));
  }
  if (problems.some((p) => p.severity === 'error')) return {value: undefined, problems, locate: locator(doc, pos, lineOffset)};
  let value: unknown;
  try {
    value = doc.toJS({maxAliasCount: MAX_ALIAS_COUNT});
  } catch (error) {
    const msg = (error as Error).message;
    const rule = /alias/i.test(msg) ? 'yaml/alias-limit' : 'yaml/syntax';
    problems.push(
      problem(rule, {file, line: 1 + lineOffset, column: 1}, rule === 'yaml/alias-limit' ? `more than ${MAX_ALIAS_COUNT} alias expansions; write the values out` : `YAML: ${firstLine(msg)}`),
    );
    return {value: undefined, problems, locate: locator(doc, pos, lineOffset)};
  }
  // A valid document is located only when a later check finds a problem in it, which is rare: keep the text and
  // parse it again then, instead of holding every document's node tree until all files are checked (with a large
  // corpus the retained trees made garbage collection a third of `validate`'s time).
  let reparsed: ((path: ReadonlyArray<PropertyKey>, opts?: {key?: boolean}) => Position) | undefined;
  const locate = (path: ReadonlyArray<PropertyKey>, opts: {key?: boolean} = {}): Position => {
    if (!reparsed) {
      const lc = new LineCounter();
      const again = parseDocument(text, {lineCounter: lc, ...PARSE_OPTIONS});
      reparsed = locator(again, (offset) => {
        const {line, col} = lc.linePos(offset);
        return {line: line + lineOffset, column: col};
      }, lineOffset);
    }
    return reparsed(path, opts);
  };
  return {value, problems, locate};
}

function locator(doc: Document.Parsed, pos: (offset: number) => Position, lineOffset: number) {
  return (path: ReadonlyArray<PropertyKey>, opts: {key?: boolean} = {}): Position => {
    const found = findNode(doc, path, opts.key ?? false);
    return found?.range ? pos(found.range[0]) : {line: 1 + lineOffset, column: 1};
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function findNode(doc: Document.Parsed, path: ReadonlyArray<PropertyKey>, wantKey: boolean): YamlNode | undefined {
  let node: unknown = doc.contents;
  let last: YamlNode | undefined = (doc.contents as YamlNode | null) ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return last;
      if (isLast && wantKey) return pair.key as YamlNode;
      node = pair.value;
      // A key with no value (`severity:`) has an empty or no value node; point at its key.
      const value = pair.value as YamlNode | null;
      last = value?.range && value.range[1] > value.range[0] ? value : (pair.key as YamlNode);
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return last;
      node = item;
      last = item as YamlNode;
    } else {
      return last;
    }
  }
  return last;
}

/** The problem location of a data path: file, line and column of its node, and the path as text. */
export function where(
  file: string,
  yaml: Pick<ParsedYaml, 'locate'>,
  path: ReadonlyArray<PropertyKey>,
  opts: {key?: boolean} = {},
): {file: string; line: number; column: number; path: string} {
  return {file, ...yaml.locate(path, opts), path: formatPath(path)};
}
