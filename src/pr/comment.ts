import type {Corpus} from '../content/types';
import {diffVersions} from '../diff/diff-versions';
import {formatDiffMarkdown} from '../diff/markdown';

/** The first line of the one comment the pull-request workflow keeps up to date. */
export const COMMENT_MARKER = '<!-- wa-review-diff -->';

/** Review ids whose files a change touches (`reviews/<id>/...`). */
export function touchedReviews(changedFiles: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const f of changedFiles) {
    const m = /^reviews\/([^/]+)\/[^/]+$/.exec(f);
    if (m) ids.add(m[1]!);
  }
  return [...ids].sort();
}

/**
 * The body of the pull-request comment: for each review the change touches, what its newest version changes
 * against the one before (the semantic diff as Markdown), or a summary of a new review. Links are absolute under
 * `site` so they work on github.com.
 */
export function prCommentBody({changedFiles, corpus, site, problems}: {changedFiles: readonly string[]; corpus: Corpus; site: string; problems: number}): string {
  const ids = touchedReviews(changedFiles);
  const parts: string[] = [COMMENT_MARKER, '## Review changes in this pull request', ''];
  if (problems) parts.push(`> **${problems} validation error${problems === 1 ? '' : 's'}**: see the annotations of the check run. Diffs of reviews with errors are left out.`, '');
  if (ids.length === 0) parts.push('No review changes.');
  for (const id of ids) {
    const review = corpus.reviews.find((r) => r.id === id);
    if (!review || review.versions.length === 0) {
      parts.push(`### ${id}`, '', 'This review was removed, or none of its versions validates.', '');
      continue;
    }
    const to = review.versions.at(-1)!;
    const from = review.versions.at(-2);
    if (!from) {
      const open = to.data.findings.filter((f) => f.status === 'open' || f.status === 'mitigating').length;
      parts.push(`### ${to.data.title}`, '', `A new review: v${to.version} (${to.data.status}), ${to.data.findings.length} findings, ${open} open. [Read it](${site}reviews/${id}/v${to.version}/).`, '');
      continue;
    }
    parts.push(formatDiffMarkdown({diff: diffVersions({from, to}), site}).trim(), '');
  }
  return `${parts.join('\n').trim()}\n`;
}
