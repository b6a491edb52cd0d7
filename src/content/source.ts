import {readFileSync, statSync} from 'node:fs';
import {problem, type Problem} from './problem';

/** Size caps, part of the contract: a review version over 1 MiB is refused; a lens file over 512 KiB too. */
export const REVIEW_SIZE_CAP = 1024 * 1024;
export const LENS_SIZE_CAP = 512 * 1024;

const utf8 = new TextDecoder('utf-8', {fatal: true});

export type SourceResult = {ok: true; text: string; bytes: Uint8Array} | {ok: false; problems: Problem[]};

/**
 * Reads a content file strictly: unreadable, empty, oversized and non-UTF-8 files are problems, never silently
 * repaired text. Line endings are normalised to LF (positions by line are unchanged); a BOM is dropped.
 */
export function readSource(absPath: string, file: string, cap: number): SourceResult {
  let bytes: Uint8Array;
  try {
    const size = statSync(absPath).size;
    if (size > cap) {
      return {ok: false, problems: [problem('file/too-large', {file}, `${size} bytes is over the cap of ${cap} bytes; split the content`)]};
    }
    bytes = readFileSync(absPath);
  } catch (error) {
    return {ok: false, problems: [problem('file/unreadable', {file}, `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)]};
  }
  return decodeSource(bytes, file, cap);
}

export function decodeSource(bytes: Uint8Array, file: string, cap: number): SourceResult {
  if (bytes.length > cap) {
    return {ok: false, problems: [problem('file/too-large', {file}, `${bytes.length} bytes is over the cap of ${cap} bytes; split the content`)]};
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {ok: false, problems: [problem('file/not-utf8', {file, line: at.line, column: at.column}, `not valid UTF-8 (byte 0x${at.byte.toString(16).padStart(2, '0')} at offset ${at.offset}); save the file as UTF-8`)]};
  }
  if (text.trim() === '') return {ok: false, problems: [problem('file/empty', {file}, 'the file is empty')]};
  return {ok: true, text: text.replace(/\r\n?/g, '\n'), bytes};
}

/** Locates the first byte that breaks UTF-8, so the message can point at it. */
function firstInvalidUtf8(bytes: Uint8Array): {offset: number; byte: number; line: number; column: number} {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, mid + 1), {stream: true});
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  const offset = Math.min(lo, bytes.length - 1);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) (line++, (lineStart = i + 1));
  return {offset, byte: bytes[offset] ?? 0, line, column: offset - lineStart + 1};
}

export interface FrontMatterSplit {
  /** The YAML between the `---` lines. */
  yaml: string;
  /** Lines before the YAML (the opening `---`). */
  yamlLineOffset: number;
  body: string;
  /** Lines before the body. */
  bodyLineOffset: number;
}

/** Splits `---\n<yaml>\n---\n<body>`; the front matter must open on the first line. */
export function splitFrontMatter(text: string, file: string): {ok: true; split: FrontMatterSplit} | {ok: false; problems: Problem[]} {
  const src = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (!/^---[ \t]*\n/.test(src)) {
    return {ok: false, problems: [problem('yaml/no-front-matter', {file, line: 1, column: 1}, 'expected the file to start with a `---` line opening the front matter')]};
  }
  const open = src.indexOf('\n') + 1;
  const close = /^---[ \t]*$/m;
  const rest = src.slice(open);
  const m = close.exec(rest);
  if (!m) {
    return {ok: false, problems: [problem('yaml/no-front-matter', {file, line: 1, column: 1}, 'the front matter opened on line 1 is never closed by a `---` line')]};
  }
  const yaml = rest.slice(0, m.index);
  const afterClose = rest.slice(m.index + m[0].length);
  const body = afterClose.startsWith('\n') ? afterClose.slice(1) : afterClose;
  const yamlLines = yaml.split('\n').length - 1;
  return {ok: true, split: {yaml, yamlLineOffset: 1, body, bodyLineOffset: 1 + yamlLines + 1}};
}
