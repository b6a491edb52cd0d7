import {readFileSync} from 'node:fs';
import path from 'node:path';
import {problem, type Problem} from './problem';

/**
 * reviews/versions.lock: one line per published version, `<review-id>/v<N> sha256:<hex>`, sorted. It makes
 * "published versions never change" checkable: the loader compares each published file's hash with its line.
 */
export const LOCK_FILE = 'reviews/versions.lock';

const HEADER = `# Content hashes of published review versions: a published version never changes after it lands.
# Corrections go to reviews/<review-id>/errata.yaml. Record a newly published version with
# \`wa-review lock <review-id> <version>\`; before it lands on main, delete its line to lock it again.
`;

const LINE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/v([1-9]\d*) sha256:([0-9a-f]{64})$/;

export interface LockEntry {
  review: string;
  version: number;
  hash: string;
  line: number;
}

export function lockKey(review: string, version: number): string {
  return `${review}/v${version}`;
}

/** Reads the lock file; a missing file is an empty lock. */
export function readLock(root: string): {entries: Map<string, LockEntry>; problems: Problem[]; exists: boolean} {
  const entries = new Map<string, LockEntry>();
  const problems: Problem[] = [];
  let text: string;
  try {
    text = readFileSync(path.join(root, LOCK_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {entries, problems, exists: false};
    return {entries, problems: [problem('file/unreadable', {file: LOCK_FILE}, `cannot read the lock: ${(error as NodeJS.ErrnoException).code}`)], exists: true};
  }
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = LINE.exec(line);
    if (!m) {
      problems.push(problem('lock/syntax', {file: LOCK_FILE, line: i + 1, column: 1}, `expected "<review-id>/v<N> sha256:<64 hex>", got "${line.slice(0, 80)}"`));
      return;
    }
    const key = lockKey(m[1]!, Number(m[2]));
    if (entries.has(key)) problems.push(problem('lock/syntax', {file: LOCK_FILE, line: i + 1, column: 1}, `${key} is listed twice (first on line ${entries.get(key)!.line})`));
    else entries.set(key, {review: m[1]!, version: Number(m[2]), hash: m[3]!, line: i + 1});
  });
  return {entries, problems, exists: true};
}

export function renderLock(entries: Iterable<Pick<LockEntry, 'review' | 'version' | 'hash'>>): string {
  const lines = [...entries]
    .sort((a, b) => a.review.localeCompare(b.review) || a.version - b.version)
    .map((e) => `${lockKey(e.review, e.version)} sha256:${e.hash}`);
  return `${HEADER}${lines.join('\n')}\n`;
}
