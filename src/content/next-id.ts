import {spawnSync} from 'node:child_process';

/** The next unused finding id: one above the highest number ever used with the prefix, at least three digits. */
export function nextFindingId({prefix, used}: {prefix: string; used: Iterable<string>}): string {
  const pattern = new RegExp(`^${prefix}-(\\d{3,})$`);
  let max = 0;
  for (const id of used) {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}-${String(max + 1).padStart(3, '0')}`;
}

/**
 * Every id with the prefix that ever appeared in the review's folder, in any commit of the repository's history
 * (a draft id that was deleted before publishing still counts: someone may have linked it). Returns undefined
 * when the root is not in a git repository or git is not installed.
 */
export function idsInGitHistory({root, reviewDir, prefix}: {root: string; reviewDir: string; prefix: string}): Set<string> | undefined {
  const result = spawnSync('git', ['log', '--all', '-p', '--no-color', '--format=', '--', reviewDir], {cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});
  if (result.status !== 0 || result.error) return undefined;
  return new Set(result.stdout.match(new RegExp(`\\b${prefix}-\\d{3,}\\b`, 'g')) ?? []);
}
