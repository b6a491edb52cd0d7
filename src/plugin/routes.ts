import path from 'node:path';
import type {RouteConfig} from '@docusaurus/types';
import type {Corpus} from '../content/types';
import {diffVersions} from '../diff/diff-versions';
import {toExplorerRows} from './explorer-props';
import {toLensProp, toLensSummaries} from './lens-props';
import {shownVersion, toIndexProp, toReviewProp} from './props';

/** The public URL contract (docs/reference/contracts.md#urls), relative to the base URL. */
export const urls = {
  reviews: () => 'reviews/',
  review: (id: string) => `reviews/${id}/`,
  version: (id: string, version: number) => `reviews/${id}/v${version}/`,
  findings: () => 'findings/',
  finding: (id: string) => `findings/${id}/`,
  changes: (id: string, version: number) => `reviews/${id}/v${version}/changes/`,
  compare: (id: string) => `reviews/${id}/compare/`,
  lenses: () => 'lenses/',
  lens: (id: string) => `lenses/${id}/`,
};

export const ROUTE_COMPONENTS = {
  index: '@theme/ReviewIndexPage',
  // Route components read the page's version or finding id from its path (plugin/route-params.ts): per-page
  // `props` would each become a module, a chunk and a registry entry in every page's main bundle.
  version: '@theme/ReviewVersionRoute',
  finding: '@theme/FindingRoute',
  findings: '@theme/FindingsExplorerPage',
  lenses: '@theme/LensIndexPage',
  lens: '@theme/LensPage',
  redirect: '@theme/RedirectPage',
  changes: '@theme/ReviewChangesRoute',
  compare: '@theme/ReviewComparePage',
} as const;

export type CreateData = (name: string, data: string | object) => Promise<string>;

/**
 * Every route of the plugin, built from the corpus by a pure function (given createData): one data module per
 * review shared by its version and finding pages, one for the index.
 */
export async function buildAllRoutes({corpus, createData, baseUrl, root}: {corpus: Corpus; createData: CreateData; baseUrl: string; root: string}): Promise<RouteConfig[]> {
  const at = (p: string) => `${baseUrl}${p}`;
  const routes: RouteConfig[] = [];
  const indexData = await createData('reviews-index.json', toIndexProp({corpus}));
  routes.push({path: at(urls.reviews()), component: ROUTE_COMPONENTS.index, exact: true, modules: {index: indexData}});

  for (const review of corpus.reviews) {
    const reviewData = await createData(`review-${review.id}.json`, toReviewProp({review, corpus}));
    const shown = shownVersion(review);
    for (const v of review.versions) {
      const modules: RouteConfig['modules'] = {review: reviewData, content: path.join(root, v.file)};
      routes.push({path: at(urls.version(review.id, v.version)), component: ROUTE_COMPONENTS.version, exact: true, modules});
      if (v === shown) {
        routes.push({path: at(urls.review(review.id)), component: ROUTE_COMPONENTS.version, exact: true, modules});
      }
    }
    // Diffs, computed once at build time: each version against the one before; any pair in the browser.
    for (const [i, v] of review.versions.entries()) {
      const prev = review.versions[i - 1];
      if (!prev) continue;
      const diffData = await createData(`diff-${review.id}-v${v.version}.json`, diffVersions({from: prev, to: v}));
      routes.push({path: at(urls.changes(review.id, v.version)), component: ROUTE_COMPONENTS.changes, exact: true, modules: {review: reviewData, diff: diffData}});
    }
    if (review.versions.length > 1) {
      const bodies = await createData(`review-${review.id}-bodies.json`, Object.fromEntries(review.versions.map((v) => [v.version, v.body])));
      routes.push({path: at(urls.compare(review.id)), component: ROUTE_COMPONENTS.compare, exact: true, modules: {review: reviewData, bodies}});
    }
    // A finding page for every id ever published, so links to it never break; draft-only ids get none yet.
    for (const f of corpus.findings) {
      if (f.review !== review.id || !f.history.some((h) => !h.draft)) continue;
      routes.push({path: at(urls.finding(f.id)), component: ROUTE_COMPONENTS.finding, exact: true, modules: {review: reviewData}});
    }
  }
  const explorer = await createData('findings-explorer.json', toExplorerRows({corpus}));
  routes.push({path: at(urls.findings()), component: ROUTE_COMPONENTS.findings, exact: true, modules: {findings: explorer}});
  for (const r of corpus.redirects) {
    routes.push({path: at(r.from.slice(1)), component: ROUTE_COMPONENTS.redirect, exact: true, props: {to: r.to, reason: r.reason}});
  }
  const lensIndex = await createData('lenses-index.json', toLensSummaries({corpus}));
  routes.push({path: at(urls.lenses()), component: ROUTE_COMPONENTS.lenses, exact: true, modules: {lenses: lensIndex}});
  for (const {data: lens} of corpus.lenses) {
    const lensData = await createData(`lens-${lens.id}.json`, toLensProp({lens, corpus}));
    routes.push({path: at(urls.lens(lens.id)), component: ROUTE_COMPONENTS.lens, exact: true, modules: {lens: lensData}});
  }
  return routes;
}
