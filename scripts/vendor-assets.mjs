// Copies third-party browser assets the site serves itself (no CDN: readers may be offline, and a failed request
// is a console error) into static/vendor/, which is generated and not committed. Runs on `npm ci` (prepare) and
// before `npm run build` and `npm start`.
import {cpSync, mkdirSync, readdirSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const out = new URL('../static/vendor/', import.meta.url).pathname;
const katexDist = path.join(path.dirname(require.resolve('katex/package.json')), 'dist');

rmSync(path.join(out, 'katex'), {recursive: true, force: true});
mkdirSync(path.join(out, 'katex', 'fonts'), {recursive: true});
cpSync(path.join(katexDist, 'katex.min.css'), path.join(out, 'katex', 'katex.min.css'));
// Browsers take the first format they support, and every current one supports woff2.
for (const f of readdirSync(path.join(katexDist, 'fonts'))) {
  if (f.endsWith('.woff2')) cpSync(path.join(katexDist, 'fonts', f), path.join(out, 'katex', 'fonts', f));
}
