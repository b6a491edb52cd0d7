import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadCorpus} from '../content/load';
import {hasErrors} from '../content/problem';
import {formatText} from '../content/report';
import type {Corpus} from '../content/types';
import {writeApiFiles} from './api';
import {allFeeds} from './feeds';
import {createReviewMDXLoaderRule} from './markdown';
import {toGlobalProp, toIndexProp} from './props';
import {groupRoutes} from './route-groups';
import {buildAllRoutes} from './routes';

export interface ReviewsPluginOptions {
  /** The content root (holding reviews/, lenses/, evidence/); defaults to the site directory. */
  root?: string;
  /**
   * Rule ids whose problems do not stop the build. For the security tests only: they switch off the loader's
   * refusal of raw HTML to prove the Markdown pipeline's sanitizer holds on its own. The site never sets it.
   */
  ignoreRules?: string[];
}

/**
 * The reviews plugin: the loader's corpus in, routes and published data out. Lifecycle only; routes, props and
 * files are built by pure functions in their own modules.
 */
export default async function reviewsPlugin(context: LoadContext, options: ReviewsPluginOptions = {}): Promise<Plugin<Corpus>> {
  const root = path.resolve(options.root ?? context.siteDir);
  const mdxRule = await createReviewMDXLoaderRule({context, reviewsDir: path.join(root, 'reviews')});
  return {
    name: 'wa-reviews',

    getPathsToWatch() {
      return ['reviews/**/*', 'lenses/**/*', 'evidence/**/*'].map((p) => `${root}/${p}`);
    },

    async loadContent() {
      const ignored = new Set(options.ignoreRules ?? []);
      const {corpus, problems: all} = loadCorpus({root});
      const problems = all.filter((p) => !ignored.has(p.rule));
      if (problems.length) process.stderr.write(`\n${formatText(problems)}`);
      if (hasErrors(problems)) failBuild('the content has errors (listed above); `npx wa-review validate` shows the same list');
      return corpus;
    },

    async contentLoaded({content, actions}) {
      // Data modules as JavaScript holding one JSON string (`export default JSON.parse("…")`, what Rspack emits for
      // JSON anyway): as .json modules the bundler parsed every value and tracked every nested key for
      // tree-shaking, about 27 bytes of memory per byte of data (benchmark: docs/performance.md).
      const createData = (name: string, data: string | object) => {
        const json = typeof data === 'string' ? data : JSON.stringify(data);
        return actions.createData(name.replace(/\.json$/, '.js'), `export default JSON.parse(${JSON.stringify(json)});\n`);
      };
      const routes = await buildAllRoutes({corpus: content, createData, baseUrl: context.baseUrl, root});
      // Nested in a group per review and per finding-id prefix, so each page is matched against a few routes.
      const reviews = content.reviews.map((r) => ({id: r.id, idPrefix: r.versions[0]?.data.idPrefix}));
      groupRoutes({routes, baseUrl: context.baseUrl, reviews}).forEach(actions.addRoute);
      actions.setGlobalData(toGlobalProp({index: toIndexProp({corpus: content})}));
    },

    configureWebpack() {
      return {module: {rules: [mdxRule]}};
    },

    async postBuild({outDir, content}) {
      await writeApiFiles({outDir, corpus: content, siteUrl: `${context.siteConfig.url}${context.baseUrl}`});
      // Atom feeds of published versions and finding changes: /feed.xml and /reviews/<id>/feed.xml.
      for (const feed of allFeeds({corpus: content, siteUrl: `${context.siteConfig.url}${context.baseUrl}`})) {
        await mkdir(path.dirname(path.join(outDir, feed.path)), {recursive: true});
        await writeFile(path.join(outDir, feed.path), feed.xml);
      }
    },
  };
}

/**
 * Stops the build with a one-line message. In a production build the process ends here, so the reader sees the
 * problem list and not a stack trace; the dev server keeps running and shows the error instead.
 */
function failBuild(message: string): never {
  if (process.env.NODE_ENV === 'production') {
    process.stderr.write(`\n[ERROR] ${message}\n`);
    process.exit(1);
  }
  const error = new Error(message);
  error.stack = message;
  throw error;
}
