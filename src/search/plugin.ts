import type {LoadContext, Plugin} from '@docusaurus/types';
import {SEARCH_DIR, writeSearchIndex} from './index-site';

/**
 * The site's offline search: after the build has written every page, Pagefind indexes the ones the page components
 * marked searchable (src/search/scope.ts) and writes the index under /pagefind/. The navbar's search box
 * (src/theme/SearchBar) loads it from there; the development server has no index.
 */
export default function searchPlugin(_context: LoadContext): Plugin {
  return {
    name: 'wa-search',
    async postBuild({outDir}) {
      const {pages, errors} = await writeSearchIndex({outDir});
      if (errors.length) {
        // One line, no stack trace, like the content problems.
        process.stderr.write(`\n[ERROR] the search index could not be written: ${errors.join('; ')}\n`);
        process.exit(1);
      }
      if (pages === 0) process.stderr.write('\n[WARNING] the search index is empty: no page is marked searchable\n');
      else process.stdout.write(`[INFO] Search index: ${pages} pages in /${SEARCH_DIR}/\n`);
    },
  };
}
