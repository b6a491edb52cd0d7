import {isEnded} from '../derive';
import type {LoadedVersion} from '../load-review';
import {problem, type Problem} from '../problem';
import type {ReviewVersionEntry} from '../types';
import {where} from '../yaml';

export interface VersionSlot {
  version: number;
  file: string;
  loaded: LoadedVersion;
}

type Parsed = VersionSlot & {loaded: LoadedVersion & {entry: ReviewVersionEntry}};

/**
 * The rules across the versions of one review: numbering, dates, prefix, drafts, and the finding lifecycle
 * (docs/reference/contracts.md#finding-lifecycle). Versions that failed to parse are skipped; their own
 * problems are already reported.
 */
export function checkReviewHistory({reviewId, reviewDir, slots}: {reviewId: string; reviewDir: string; slots: readonly VersionSlot[]}): Problem[] {
  const problems: Problem[] = [];
  const sorted = [...slots].sort((a, b) => a.version - b.version);
  sorted.forEach((slot, i) => {
    if (slot.version !== i + 1) {
      const prev = i === 0 ? undefined : sorted[i - 1]!.version;
      const expected = i + 1;
      problems.push(
        problem('review/version-gap', {file: slot.file, line: 1, column: 1}, prev === undefined ? `the first version of ${reviewId} is v${slot.version}; versions start at v1` : `v${slot.version} follows v${prev}; versions run without gaps (expected v${expected}.md)`),
      );
    }
  });
  if (sorted.length === 0) problems.push(problem('file/unexpected', {file: reviewDir}, `the review folder ${reviewId} has no version files (v1.md, v2.md, ...)`));

  const parsed = sorted.filter((s): s is Parsed => s.loaded.entry !== undefined);
  const ended = new Map<string, number>(); // id -> version it ended in
  const seenIn = new Map<string, number>(); // id -> last version listing it
  for (let i = 0; i < parsed.length; i++) {
    const cur = parsed[i]!;
    const prev = i > 0 && parsed[i - 1]!.version === cur.version - 1 ? parsed[i - 1] : undefined;
    const data = cur.loaded.entry.data;
    const at = (p: PropertyKey[]) => where(cur.file, cur.loaded.yaml!, p);
    if (prev) {
      const pd = prev.loaded.entry.data;
      if (data.date < pd.date) problems.push(problem('review/date-order', at(['date']), `v${cur.version} is dated ${data.date}, before v${prev.version} (${pd.date})`));
      if (data.idPrefix !== pd.idPrefix) problems.push(problem('review/prefix-changed', at(['idPrefix']), `idPrefix changed from ${pd.idPrefix} in v${prev.version} to ${data.idPrefix}; a review keeps its prefix`, {suggestion: `idPrefix: ${pd.idPrefix}`}));
      if (pd.status === 'draft') {
        problems.push(problem('review/draft-not-last', where(prev.file, prev.loaded.yaml!, ['status']), `v${prev.version} is a draft but v${cur.version} follows it; publish v${prev.version} first (only the newest version may be a draft)`));
      }
      const curIds = new Map(data.findings.map((f, j) => [f.id, j]));
      for (const f of pd.findings) {
        if (isEnded(f)) continue;
        const j = curIds.get(f.id);
        if (j === undefined) {
          if (f.status !== 'resolved') {
            problems.push(
              problem('history/dropped-finding', at(['findings']), `${f.id} was ${f.status} in v${prev.version} and is missing in v${cur.version} without retired/replacedBy`, {
                suggestion: `keep ${f.id} in v${cur.version} with its new status, or end it there with \`retired: <why>\` or \`replacedBy: [<id>]\``,
              }),
            );
          }
          continue;
        }
        const now = data.findings[j]!;
        if (f.status === 'resolved' && now.status !== 'resolved' && now.status !== 'open') {
          problems.push(problem('history/bad-transition', at(['findings', j, 'status']), `${f.id} was resolved in v${prev.version}; it can stay resolved or reopen as open, not become ${now.status}`));
        }
      }
    }
    data.findings.forEach((f, j) => {
      const endedIn = ended.get(f.id);
      const lastSeen = seenIn.get(f.id);
      if (endedIn !== undefined) {
        problems.push(problem('history/id-reused', at(['findings', j, 'id']), `${f.id} ended in v${endedIn} (retired or replaced) and cannot appear again; a new finding gets a new id`));
      } else if (lastSeen !== undefined && lastSeen < cur.version - 1) {
        problems.push(problem('history/id-reused', at(['findings', j, 'id']), `${f.id} was last listed in v${lastSeen} and left the review; an id does not come back, give the finding a new id`));
      }
      if (f.status === 'resolved' && f.resolution) {
        const k = f.resolution.version;
        const then = parsed.find((p) => p.version === k)?.loaded.entry.data.findings.find((x) => x.id === f.id);
        if (k > cur.version) {
          problems.push(problem('history/resolution-version', at(['findings', j, 'resolution', 'version']), `resolution.version is ${k}, after this version (v${cur.version})`, {suggestion: `version: ${cur.version}`}));
        } else if (k < cur.version && then && then.status !== 'resolved') {
          problems.push(problem('history/resolution-version', at(['findings', j, 'resolution', 'version']), `resolution.version is ${k}, but ${f.id} was ${then.status} in v${k}`));
        } else if (k < cur.version && !then && parsed.some((p) => p.version === k)) {
          problems.push(problem('history/resolution-version', at(['findings', j, 'resolution', 'version']), `resolution.version is ${k}, but v${k} does not list ${f.id}`));
        }
      }
    });
    for (const f of data.findings) {
      seenIn.set(f.id, cur.version);
      if (isEnded(f) && !ended.has(f.id)) ended.set(f.id, cur.version);
    }
  }
  return problems;
}

/** Across reviews: every review has its own finding-id prefix, so ids are unique site-wide. */
export function checkPrefixes(reviews: ReadonlyArray<{id: string; first: VersionSlot | undefined}>): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const r of reviews) {
    const entry = r.first?.loaded.entry;
    if (!entry) continue;
    const other = owner.get(entry.data.idPrefix);
    if (other) {
      problems.push(problem('review/prefix-changed', where(r.first!.file, r.first!.loaded.yaml!, ['idPrefix']), `idPrefix ${entry.data.idPrefix} is already the prefix of review ${other}; finding ids are unique across the site, so each review has its own prefix`));
    } else owner.set(entry.data.idPrefix, r.id);
  }
  return problems;
}
