import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const VALID_FIXTURE = path.resolve(__dirname, '../../__fixtures__/valid');

/** One change to the valid fixture corpus. */
export type Edit =
  | {file: string; replace: [from: string, to: string]}
  | {file: string; insertAfterLine: number; text: string}
  | {file: string; deleteLines: [from: number, to: number]}
  | {file: string; write: string | Uint8Array}
  | {file: string; symlink: string}
  | {file: string; remove: true};

/**
 * Copies the valid fixture to a temporary root and applies the edits; an edit that does not apply throws. Edited
 * published versions are locked again (their lines in versions.lock get the new hashes), so a case tests its
 * own rule and not immutability, unless `relock: false`.
 */
export function makeRoot(edits: readonly Edit[] = [], {relock = true}: {relock?: boolean} = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'wa-root-'));
  cpSync(VALID_FIXTURE, root, {recursive: true});
  for (const edit of edits) applyEdit(root, edit);
  if (relock && !edits.some((e) => e.file.endsWith('versions.lock'))) relockAll(root);
  return root;
}

/** Re-records every locked version's current hash (after a test wrote a published file directly). */
export function relockAll(root: string): void {
  const lockPath = path.join(root, 'reviews/versions.lock');
  const text = readFileSync(lockPath, 'utf8');
  const out = text.replace(/^([a-z0-9-]+)\/v(\d+) sha256:[0-9a-f]{64}$/gm, (line, review: string, version: string) => {
    const file = path.join(root, 'reviews', review, `v${version}.md`);
    return existsSync(file) ? `${review}/v${version} sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}` : line;
  });
  writeFileSync(lockPath, out);
}

export function removeRoot(root: string): void {
  rmSync(root, {recursive: true, force: true});
}

export function applyEdit(root: string, edit: Edit): void {
  const abs = path.join(root, edit.file);
  if ('write' in edit) {
    mkdirSync(path.dirname(abs), {recursive: true});
    writeFileSync(abs, edit.write);
  } else if ('symlink' in edit) {
    symlinkSync(edit.symlink, abs);
  } else if ('remove' in edit) {
    rmSync(abs, {recursive: true});
  } else {
    const text = readFileSync(abs, 'utf8');
    const lines = text.split('\n');
    let out: string;
    if ('replace' in edit) {
      const [from, to] = edit.replace;
      const count = text.split(from).length - 1;
      if (count !== 1) throw new Error(`edit of ${edit.file}: "${from}" occurs ${count} times, expected once`);
      out = text.replace(from, to);
    } else if ('insertAfterLine' in edit) {
      lines.splice(edit.insertAfterLine, 0, ...edit.text.split('\n'));
      out = lines.join('\n');
    } else {
      const [a, b] = edit.deleteLines;
      lines.splice(a - 1, b - a + 1);
      out = lines.join('\n');
    }
    writeFileSync(abs, out);
  }
}
