import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadCorpus} from '../content/load';
import {hasErrors} from '../content/problem';
import {formatText} from '../content/report';
import type {Corpus} from '../content/types';
import {writeApiFiles} from './api';

export interface ReviewsPluginOptions {
  /** The content root (holding reviews/, lenses/, evidence/); defaults to the site directory. */
  root?: string;
}

/**
 * The reviews plugin: the loader's corpus in, routes and published data out. Lifecycle only; routes, props and
 * files are built by pure functions in their own modules.
 */
export default function reviewsPlugin(context: LoadContext, options: ReviewsPluginOptions = {}): Plugin<Corpus> {
  const root = options.root ?? context.siteDir;
  return {
    name: 'wa-reviews',

    getPathsToWatch() {
      return ['reviews/**/*', 'lenses/**/*', 'evidence/**/*'].map((p) => `${root}/${p}`);
    },

    async loadContent() {
      const {corpus, problems} = loadCorpus({root});
      if (problems.length) process.stderr.write(`\n${formatText(problems)}`);
      if (hasErrors(problems)) failBuild('the content has errors (listed above); `npx wa-review validate` shows the same list');
      return corpus;
    },

    async postBuild({outDir}) {
      await writeApiFiles({outDir});
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
