import type {RouteConfig} from '@docusaurus/types';

/** The component of a group route: it renders the group's own routes (src/theme/ReviewRouteGroup). */
export const GROUP_COMPONENT = '@theme/ReviewRouteGroup';

/**
 * Nests the plugin's routes in one group per review and one per finding-id prefix, as the docs plugin nests its
 * pages. React Router matches a page against the routes one by one, on every page render at build time (and on
 * every navigation in the browser): with every route at the top level, rendering N pages cost N x N/2 path
 * matches, and past React Router's cache of 10,000 compiled paths each match compiled a regular expression again.
 * Nested, a page is matched against the groups, then against its own group's few routes.
 *
 * - `<base>reviews/<id>/` holds the review's version, latest, changes and compare pages;
 * - `<base>findings/:id(<PREFIX>-[0-9]{3,})/` holds the finding pages of the review with that id prefix.
 *
 * Routes outside these patterns (the index, the explorer, lenses, redirects) stay at the top level. The URLs are
 * unchanged: only leaf routes are pages. No backslash in a group's path: Docusaurus writes paths into its
 * generated routes module unescaped.
 */
export function groupRoutes({routes, baseUrl, reviews}: {routes: readonly RouteConfig[]; baseUrl: string; reviews: ReadonlyArray<{id: string; idPrefix: string | undefined}>}): RouteConfig[] {
  const groups = new Map<string, RouteConfig & {routes: RouteConfig[]}>();
  const reviewGroup = new Map(reviews.map((r) => [`${baseUrl}reviews/${r.id}/`, r.id]));
  const prefixes = new Set(reviews.flatMap((r) => (r.idPrefix ? [r.idPrefix] : [])));
  const top: RouteConfig[] = [];
  const add = (path: string, route: RouteConfig) => {
    let group = groups.get(path);
    if (!group) groups.set(path, (group = {path, exact: false, component: GROUP_COMPONENT, routes: []}));
    group.routes.push(route);
  };
  for (const route of routes) {
    const review = /^reviews\/([^/]+)\//.exec(route.path.startsWith(baseUrl) ? route.path.slice(baseUrl.length) : '');
    const finding = /^findings\/([A-Z][A-Z0-9]*)-\d{3,}\/$/.exec(route.path.startsWith(baseUrl) ? route.path.slice(baseUrl.length) : '');
    if (!route.routes && review && reviewGroup.has(`${baseUrl}reviews/${review[1]}/`) && !isRedirect(route)) add(`${baseUrl}reviews/${review[1]}/`, route);
    else if (!route.routes && finding && prefixes.has(finding[1]!) && !isRedirect(route)) add(`${baseUrl}findings/:id(${finding[1]}-[0-9]{3,})/`, route);
    else top.push(route);
  }
  return [...top, ...groups.values()];
}

/** Redirect pages stay at the top level: a moved URL may sit under a group's path without being one of its pages. */
function isRedirect(route: RouteConfig): boolean {
  return route.component === '@theme/RedirectPage';
}
