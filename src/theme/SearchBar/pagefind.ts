/** The part of Pagefind's browser API (pagefind.js, written by the build under /pagefind/) the search box uses. */
export interface PagefindResultData {
  /** The page's path from the site root, e.g. `/findings/AGP-012/`. */
  url: string;
  excerpt: string;
  meta: {title?: string; kind?: string};
}

export interface PagefindApi {
  options(options: {baseUrl?: string; excerptLength?: number}): Promise<void>;
  init(): Promise<void>;
  /** Resolves to null when a later call superseded this one. */
  debouncedSearch(query: string, options?: object, timeoutMs?: number): Promise<{results: Array<{id: string; data(): Promise<PagefindResultData>}>} | null>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads the index's script from this site once, on first use. The bundler must leave this import alone: the file
 * exists only in the built site, next to the index it reads.
 */
export function loadPagefind(bundleUrl: string): Promise<PagefindApi> {
  loading ??= (import(/* webpackIgnore: true */ bundleUrl) as Promise<PagefindApi>).then(async (pagefind) => {
    // Result URLs from the site root: <Link> adds the base URL, as for every other link.
    await pagefind.options({baseUrl: '/', excerptLength: 24});
    await pagefind.init();
    return pagefind;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
