// Bundles the `wa-review` CLI into dist/cli.mjs. Node 20 cannot run .ts files, so `npm ci` runs this through
// `prepare`; dependencies stay external (they are installed beside it) so the bundle is small and starts fast.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: [new URL('../src/cli/main.ts', import.meta.url).pathname],
  outfile: new URL('../dist/cli.mjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  define: { __WA_REVIEW_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});

// The loader's worker thread (src/content/load-parallel.ts): `validate` reads files in parallel when it is here.
await build({
  entryPoints: [new URL('../src/content/load-worker.ts', import.meta.url).pathname],
  outfile: new URL('../dist/load-worker.mjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// npm links the bins of dependencies into node_modules/.bin, never the project's own: link it too, so npm
// scripts, editors and hooks can call `wa-review` the way another repository would.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
const binDir = new URL('../node_modules/.bin/', import.meta.url).pathname;
mkdirSync(binDir, { recursive: true });
rmSync(`${binDir}wa-review`, { force: true });
symlinkSync('../../bin/wa-review.mjs', `${binDir}wa-review`);
