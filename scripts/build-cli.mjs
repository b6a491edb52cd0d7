// Bundles the `wa-review` CLI into dist/cli.mjs, and the loader's worker into dist/load-worker.mjs. Node 20 cannot
// run .ts files, so `npm ci` runs this through `prepare`; dependencies stay external (they are installed beside
// it) so the bundles are small and start fast.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const bundle = (entry, out, extra = {}) =>
  build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    outfile: new URL(out, import.meta.url).pathname,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    ...extra,
  });

await bundle('../src/cli/main.ts', '../dist/cli.mjs', { define: { __WA_REVIEW_VERSION__: JSON.stringify(pkg.version) } });
// The loader's worker thread (src/content/load-parallel.ts): `validate` reads files in parallel when it is here.
await bundle('../src/content/load-worker.ts', '../dist/load-worker.mjs');

// npm links the bins of dependencies into node_modules/.bin, never the project's own: link it too, so npm
// scripts, editors and hooks can call `wa-review` the way another repository would.
const binDir = new URL('../node_modules/.bin/', import.meta.url).pathname;
mkdirSync(binDir, { recursive: true });
rmSync(`${binDir}wa-review`, { force: true });
symlinkSync('../../bin/wa-review.mjs', `${binDir}wa-review`);
