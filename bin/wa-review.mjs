#!/usr/bin/env node
// Entry point of the `wa-review` CLI. The TypeScript sources are bundled into dist/ by `npm ci` (the `prepare`
// script) or `npm run build:cli`; this file only starts the bundle and turns its result into an exit status.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('wa-review: the CLI is not built yet; run `npm ci` or `npm run build:cli` first\n');
  process.exit(2);
}
// A reader that stops early (`wa-review export ... | head`) closes the pipe: that is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { run } = await import(bundle.href);
process.exitCode = await run(process.argv.slice(2));
