import {findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError} from 'jsonc-parser';
import {problem, type Problem} from '../content/problem';
import type {ParsedYaml, Position} from '../content/yaml';

/** A strictly parsed JSON document with positions: the same `locate` as our YAML, so problems point into it. */
export interface ParsedJson {
  /** The value as `JSON.parse` reads it; undefined when the text is not strict JSON. */
  value: unknown;
  problems: Problem[];
  locate: ParsedYaml['locate'];
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected characters (JSON has no comments, single quotes, NaN or unquoted keys)',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes (a trailing comma?)',
  ValueExpected: 'expected a value (a trailing comma?)',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'expected the end of the file after the value',
  InvalidCommentToken: 'comments are not JSON',
  UnexpectedEndOfComment: 'comments are not JSON',
  UnexpectedEndOfString: 'the string is not closed',
  UnexpectedEndOfNumber: 'the number is cut short',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'a control character inside a string must be escaped',
};

/**
 * Parses JSON as RFC 8259 has it (no comments, no trailing commas), with located errors and positions for every
 * data path; duplicate keys are refused too, since `JSON.parse` would silently keep only the last one. Never throws.
 * The value comes from `JSON.parse` itself, so what we import is what every other JSON reader sees.
 */
export function parseJson(text: string, {file}: {file: string}): ParsedJson {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const pos = (offset: number): Position => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return {line: lo + 1, column: offset - lineStarts[lo]! + 1};
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false});
  const locate: ParsedYaml['locate'] = (path, opts = {}) => {
    if (!root) return {line: 1, column: 1};
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, path.slice(0, n) as Array<string | number>);
      if (!node) continue;
      const keyNode = opts.key && n === path.length && node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return pos((keyNode ?? node).offset);
    }
    return pos(root.offset);
  };
  if (errors.length) {
    // The first error is the cause; the rest are usually its echoes.
    const first = errors[0]!;
    const name = printParseErrorCode(first.error);
    return {value: undefined, problems: [problem('yaml/syntax', {file, ...pos(first.offset)}, `not strict JSON: ${MESSAGES[name] ?? name}`)], locate};
  }
  const problems: Problem[] = [];
  if (root) collectDuplicateKeys(root, (keyNode, key) => problems.push(problem('yaml/duplicate-key', {file, ...pos(keyNode.offset)}, `the key "${key}" appears twice in one object; JSON readers keep only one of them`)));
  if (problems.length) return {value: undefined, problems, locate};
  try {
    return {value: JSON.parse(text) as unknown, problems, locate};
  } catch (error) {
    return {value: undefined, problems: [problem('yaml/syntax', {file, line: 1, column: 1}, `not strict JSON: ${(error as Error).message}`)], locate};
  }
}

function collectDuplicateKeys(node: JsonNode, report: (keyNode: JsonNode, key: string) => void): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const keyNode = prop.children?.[0];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      if (seen.has(key)) report(keyNode, key);
      seen.add(key);
    }
  }
  for (const child of node.children ?? []) collectDuplicateKeys(child, report);
}
