#!/usr/bin/env node
// Entry point of the `wa-review` CLI. The TypeScript sources are bundled into dist/ by `npm ci` (the `prepare`
// script) or `npm run build:cli`; this file only starts the bundle and turns its result into an exit status.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('wa-review: the CLI is not built yet; run `npm ci` or `npm run build:cli` first\n');
  process.exit(2);
}
const { run } = await import(bundle.href);
process.exitCode = await run(process.argv.slice(2));
