/**
 * What a route component reads from its own path. Route `props` would cost a generated module, a chunk and a
 * registry entry per page in every page's main bundle (thousands of finding pages), so the plugin passes only the
 * shared data modules and the page's parameters come from its path, which follows the URL contract
 * (docs/reference/contracts.md#urls) under the site's base URL.
 */

function relative(path: string, baseUrl: string): string {
  if (!path.startsWith(baseUrl)) throw new Error(`unexpected route ${path} outside the base URL ${baseUrl}`);
  return path.slice(baseUrl.length);
}

/** `<base>findings/<ID>/` -> the finding id. */
export function findingIdFromPath(path: string, baseUrl: string): string {
  const m = /^findings\/([^/]+)\/$/.exec(relative(path, baseUrl));
  if (!m) throw new Error(`unexpected finding route ${path}`);
  return decodeURIComponent(m[1]!);
}

/** `<base>reviews/<id>/v<N>/` or `…/v<N>/changes/` -> N; `<base>reviews/<id>/` (the latest alias) -> undefined. */
export function versionFromPath(path: string, baseUrl: string): number | undefined {
  const m = /^reviews\/[^/]+\/(?:v([1-9]\d*)\/(?:changes\/)?)?$/.exec(relative(path, baseUrl));
  if (!m) throw new Error(`unexpected review route ${path}`);
  return m[1] === undefined ? undefined : Number(m[1]);
}

/** The version a review's main page shows: the latest published one, else the newest draft (plugin/props.ts). */
export function shownVersionNumber(review: {latestPublished: number | undefined; versions: ReadonlyArray<{version: number}>}): number {
  const shown = review.versions.find((v) => v.version === review.latestPublished) ?? review.versions.at(-1);
  if (!shown) throw new Error('unexpected: a review page without versions');
  return shown.version;
}
