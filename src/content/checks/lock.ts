import {lockKey, LOCK_FILE, type LockEntry} from '../lock';
import {problem, type Problem} from '../problem';
import type {ReviewEntry} from '../types';

/**
 * Published versions against the lock: a published version must be locked, and its bytes must still hash to its
 * line; a line must name a published version (a version cannot be unpublished or deleted). `unparsed` holds the
 * `<review>/v<N>` keys of version files that exist but failed to load.
 */
export function checkLock({reviews, entries, unparsed}: {reviews: readonly ReviewEntry[]; entries: ReadonlyMap<string, LockEntry>; unparsed: ReadonlySet<string>}): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const r of reviews) {
    for (const v of r.versions) {
      const key = lockKey(r.id, v.version);
      const entry = entries.get(key);
      if (v.data.status !== 'published') continue;
      seen.add(key);
      if (!entry) {
        problems.push(problem('lock/missing', {file: v.file, line: 1, column: 1}, `${key} is published but not recorded in ${LOCK_FILE}`, {suggestion: `npx wa-review lock ${r.id} ${v.version}`}));
      } else if (entry.hash !== v.contentHash) {
        problems.push(
          problem('lock/mismatch', {file: v.file, line: 1, column: 1}, `${key} was changed after it was published (its hash no longer matches ${LOCK_FILE}:${entry.line}); published versions are immutable`, {
            suggestion: `restore the published text (git checkout <commit> -- ${v.file}) and record the correction in reviews/${r.id}/errata.yaml, or put the change in a new version (wa-review new-version ${r.id})`,
          }),
        );
      }
    }
  }
  for (const [key, entry] of entries) {
    // A version whose file exists but does not parse has its own problems; its status is unknown here.
    if (!seen.has(key) && !unparsed.has(key)) {
      problems.push(problem('lock/stale', {file: LOCK_FILE, line: entry.line, column: 1}, `${key} is locked but is not a published version; a published version cannot be deleted or turned back into a draft`));
    }
  }
  return problems;
}
