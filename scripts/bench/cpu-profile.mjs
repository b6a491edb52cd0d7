#!/usr/bin/env node
// node scripts/bench/cpu-profile.mjs <file.cpuprofile> [--top N] [--filter TEXT]
// Summarises a V8 CPU profile (node --cpu-prof): self and inclusive time by function, and self time by package or
// project folder, so a profile can be read and quoted without a browser.
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';

const {values, positionals} = parseArgs({allowPositionals: true, options: {top: {type: 'string', default: '25'}, filter: {type: 'string'}}});
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const top = Number(values.top);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample time per node: timeDeltas[i] is the time before samples[i].
const selfUs = new Map();
let totalUs = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
  totalUs += dt;
});

const where = (cf) => {
  const url = cf.url.replace(/^file:\/\//, '');
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (!url) return cf.functionName.startsWith('(') ? cf.functionName : '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  return url.replace(/^.*\/(src|scripts|dist|bench)\//, '$1/');
};
const key = (n) => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame)}:${n.callFrame.lineNumber + 1}`;

const self = new Map();
const incl = new Map();
const group = new Map();
for (const n of profile.nodes) {
  const t = selfUs.get(n.id) ?? 0;
  if (!t) continue;
  self.set(key(n), (self.get(key(n)) ?? 0) + t);
  const g = where(n.callFrame);
  group.set(g, (group.get(g) ?? 0) + t);
  // Inclusive: credit every distinct function on the stack once.
  const seen = new Set();
  for (let id = n.id; id !== undefined; id = parent.get(id)) {
    const k = key(byId.get(id));
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + t);
  }
}
const ms = (us) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / totalUs).toFixed(1).padStart(5)}%`;
const show = (title, map) => {
  console.log(`\n${title}`);
  [...map]
    .filter(([k]) => !values.filter || k.includes(values.filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([k, v]) => console.log(`${ms(v)}  ${k}`));
};
console.log(`total ${(totalUs / 1000).toFixed(0)} ms sampled`);
show('self time by package or folder', group);
show('self time by function', self);
show('inclusive time by function', incl);
