#!/usr/bin/env node
// node scripts/bench/timed.mjs --json FILE --log FILE [--trace FILE] -- <command> [args...]
// Runs one command and records its wall time and the peak resident memory of its whole process tree (children
// included), sampled from /proc every 150 ms. Meant to run inside `flock /tmp/wa-build.lock`, so the time spent
// waiting for the shared build lock is never counted.
import {spawn} from 'node:child_process';
import {openSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';

const SAMPLE_MS = 150;
const PAGE_SIZE = 4096;

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
if (sep < 0) {
  process.stderr.write('usage: timed.mjs --json FILE --log FILE -- <command> [args...]\n');
  process.exit(2);
}
const opts = Object.fromEntries(argv.slice(0, sep).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const [cmd, ...args] = argv.slice(sep + 1);

/** Busy and total CPU time of the whole machine, in clock ticks, from /proc/stat. */
function machineCpu() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + (f[4] ?? 0);
  const total = f.reduce((a, b) => a + b, 0);
  return {busy: total - idle, total};
}

/** pid -> {ppid, rss bytes, cpu ticks} for every process, from /proc/<pid>/stat. */
function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields are counted after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime + stime, and cutime + cstime (children already reaped, which no longer have their own entry).
      const cpu = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      table.set(Number(name), {ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE, cpu});
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
}

function treeRss(rootPid) {
  const table = processTable();
  const children = new Map();
  for (const [pid, p] of table) {
    if (!children.has(p.ppid)) children.set(p.ppid, []);
    children.get(p.ppid).push(pid);
  }
  let total = 0;
  let count = 0;
  let cpu = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    const p = table.get(pid);
    if (p) (total += p.rss), (cpu += p.cpu), count++;
    stack.push(...(children.get(pid) ?? []));
  }
  return {total, count, cpu};
}

const loadBefore = loadavg();
const log = openSync(opts.log ?? '/dev/null', 'w');
const started = performance.now();
const child = spawn(cmd, args, {stdio: ['ignore', log, log], env: process.env});
let peak = 0;
let peakProcesses = 0;
let samples = 0;
let treeCpu = 0;
const cpuStart = machineCpu();
const trace = [];
const timer = setInterval(() => {
  const {total, count, cpu} = treeRss(child.pid);
  samples++;
  treeCpu = Math.max(treeCpu, cpu);
  if (opts.trace) trace.push(`${Math.round(performance.now() - started)} ${total}`);
  if (total > peak) (peak = total), (peakProcesses = count);
}, SAMPLE_MS);
child.on('exit', (code, signal) => {
  const wallMs = performance.now() - started;
  clearInterval(timer);
  // CPU the rest of the machine used meanwhile, in cores: a run shares the machine when this is well above 0.
  const cpuEnd = machineCpu();
  // The child has been reaped: its CPU time, and its children's, is now this process's cutime + cstime.
  const self = readFileSync('/proc/self/stat', 'utf8');
  const own = self.slice(self.lastIndexOf(')') + 2).split(' ');
  treeCpu = Math.max(treeCpu, Number(own[13]) + Number(own[14]));
  const cores = cpus().length;
  const ticksPerCore = (cpuEnd.total - cpuStart.total) / cores;
  const othersCores = ticksPerCore > 0 ? Math.max(0, cpuEnd.busy - cpuStart.busy - treeCpu) / ticksPerCore : 0;
  const result = {command: [cmd, ...args].join(' '), exitCode: code, signal, wallMs, peakRssBytes: peak, peakProcesses, samples, sampleMs: SAMPLE_MS, loadBefore, othersCores: Number(othersCores.toFixed(2))};
  if (opts.json) writeFileSync(opts.json, `${JSON.stringify(result, null, 2)}\n`);
  // --trace FILE: every sample as "<ms since start> <bytes>", to line memory up with the build's phases.
  if (opts.trace) writeFileSync(opts.trace, `${trace.join('\n')}\n`);
  process.exitCode = code ?? 1;
});
