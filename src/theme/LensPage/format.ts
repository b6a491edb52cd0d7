/** Words shared by the lens pages. Pure; no React. */

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * "2026-11-20, version 1.0.0" for a lens with one version of its publication date; "2023-10-03; latest version
 * 2024-11-06 (3 versions)" when versions are labelled by date; "…; latest version 1.1.0 of 2027-02-01" otherwise.
 */
export function publishedLine({published, versions}: {published: string; versions: ReadonlyArray<{version: string; date: string}>}): string {
  const latest = versions.at(-1);
  if (!latest) return published;
  if (versions.length === 1 && latest.date === published) return latest.version === published ? published : `${published}, version ${latest.version}`;
  const label = latest.version === latest.date ? latest.version : `${latest.version} of ${latest.date}`;
  return `${published}; latest version ${label}${versions.length > 1 ? ` (${plural(versions.length, 'version')})` : ''}`;
}
