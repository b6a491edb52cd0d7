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

/**
 * Locates the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), so
 * the message can point at it. Only called once the strict decoder has refused the bytes.
 */
function firstInvalidUtf8(bytes: Uint8Array): {offset: number; byte: number; line: number; column: number} {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      if (b === 0x0a) (line++, (lineStart = i + 1));
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else break;
    let cp = b & (0x3f >> need);
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) break;
    i += need + 1;
  }
  const offset = Math.min(i, bytes.length - 1);
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
