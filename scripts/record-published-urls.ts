// Adds every public URL of the current build (build/) to published-urls.txt. The file only grows: a URL that was
// ever published keeps resolving, directly or through a redirect (redirects.yaml). Run after `npm run build` when a
// change adds pages, and commit the file in the same pull request.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {loadCorpus} from '../src/content/load';
import {mergePublishedUrls, publicUrlsInBuild} from '../src/plugin/published-urls';

const root = path.resolve(__dirname, '..');
const file = path.join(root, 'published-urls.txt');
const outDir = path.join(root, 'build');
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error('no build in build/: run `npm run build` first');
  process.exit(2);
}
const {corpus} = loadCorpus({root});
const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Every public URL the site has published, relative to its base URL. This list only grows.\n';
const after = mergePublishedUrls({existing: before, found: publicUrlsInBuild({outDir, corpus})});
writeFileSync(file, after);
const added = after.split('\n').length - before.split('\n').length;
console.log(`published-urls.txt: ${added} new URL${added === 1 ? '' : 's'}`);
