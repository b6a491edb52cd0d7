#!/usr/bin/env node
// node scripts/bench/yaml-floor.mjs <content-root>
// The floor under `wa-review validate`: read every review version and parse its front matter with `yaml`, nothing
// else (no schema, no body, no checks). Prints {files, parseMs} as JSON; the caller times the whole process.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';

const root = process.argv[2];
const reviews = path.join(root, 'reviews');
const started = performance.now();
let files = 0;
let parseMs = 0;
for (const dir of readdirSync(reviews, {withFileTypes: true})) {
  if (!dir.isDirectory()) continue;
  for (const name of readdirSync(path.join(reviews, dir.name))) {
    if (!/^v\d+\.md$/.test(name)) continue;
    const text = readFileSync(path.join(reviews, dir.name, name), 'utf8');
    const end = text.indexOf('\n---', 4);
    const t0 = performance.now();
    parse(text.slice(4, end));
    parseMs += performance.now() - t0;
    files++;
  }
}
process.stdout.write(`${JSON.stringify({files, parseMs, totalMs: performance.now() - started})}\n`);
