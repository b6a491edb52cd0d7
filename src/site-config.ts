/**
 * Where the site is published. A project site on GitHub Pages lives under `/<repo>/`, so both parts come from
 * the environment (SITE_URL, BASE_URL) and default to a local site. Kept apart from docusaurus.config.ts so
 * tests and scripts read the same values.
 */
export interface SiteLocation {
  url: string;
  baseUrl: string;
}

export function siteLocation(env: NodeJS.ProcessEnv = process.env): SiteLocation {
  const url = (env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  let baseUrl = env.BASE_URL ?? '/';
  if (!baseUrl.startsWith('/')) baseUrl = `/${baseUrl}`;
  if (!baseUrl.endsWith('/')) baseUrl = `${baseUrl}/`;
  if (!/^https?:\/\/[^/\s]+$/.test(url)) {
    throw new Error(`SITE_URL must be an http(s) origin without a path, like https://example.org; got "${url}"`);
  }
  return {url, baseUrl};
}
