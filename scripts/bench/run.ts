// npm run bench -- --size small|medium|large [--seed N] [--steps validate,build,weight] [--results FILE]
// Generates the corpus of a size, times `wa-review validate` against the raw YAML parse, builds the site and the
// control (each in its own site directory, under the shared build lock), measures page weight in Chromium, and
// writes bench/results.json and bench/results.md (one entry per size; other sizes are kept).
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {build as esbuild} from 'esbuild';
import {writeCorpus} from '../../src/bench/write';
import {isIdle, median, resultTable, runsFor, SIZES, type BuildSummary, type SizeName, type SizeResult} from '../../src/bench/stats';
import type {CorpusShape} from '../../src/bench/corpus';
import {measurePageWeight} from './page-weight';
import {writeSites} from './sites';

const PROJECT = path.resolve(__dirname, '../..');
const LOCK = '/tmp/wa-build.lock';
const DOCUSAURUS = path.join(PROJECT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const STEPS = ['validate', 'build', 'weight'] as const;
/** A timed run counts as undisturbed when other processes used less than this many cores on average. */
const IDLE_OTHERS_CORES = 0.25;
type Step = (typeof STEPS)[number];

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function sh(cmd: string, args: string[], opts: {cwd?: string} = {}): string {
  return execFileSync(cmd, args, {cwd: opts.cwd ?? PROJECT, encoding: 'utf8'});
}

function machine(): SizeResult['machine'] {
  const cpus = os.cpus();
  return {cpuModel: cpus[0]?.model.trim() ?? 'unknown', cpus: cpus.length, memoryBytes: os.totalmem(), node: process.version, kernel: `${os.type()} ${os.release()}`};
}

/** Times a command `runs` times after one warm-up run (file cache), through timed.mjs; returns wall times, what
 * the rest of the machine used meanwhile and the last stdout. */
function timeProcess(cmd: string, args: string[], {warmup = true}: {warmup?: boolean} = {}): {runsMs: number[]; othersCores: number[]; stdout: string; status: number | null} {
  const json = path.join(os.tmpdir(), `wa-bench-timed-${process.pid}.json`);
  const out = path.join(os.tmpdir(), `wa-bench-timed-${process.pid}.out`);
  const once = () => {
    const r = spawnSync(process.execPath, [path.join(__dirname, 'timed.mjs'), '--json', json, '--log', out, '--', cmd, ...args], {cwd: PROJECT, encoding: 'utf8'});
    const timed = JSON.parse(readFileSync(json, 'utf8')) as {wallMs: number; exitCode: number | null; othersCores: number};
    if (r.status === null) throw new Error(`${cmd} ${args.join(' ')} did not finish`);
    return {ms: timed.wallMs, othersCores: timed.othersCores, stdout: readFileSync(out, 'utf8'), status: timed.exitCode};
  };
  if (warmup) once();
  const first = once();
  const runs = [first];
  for (let i = 1; i < runsFor(first.ms); i++) runs.push(once());
  const last = runs.at(-1)!;
  if (last.status !== 0 && last.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${last.status}: ${last.stdout.slice(0, 2000)}`);
  return {runsMs: runs.map((r) => r.ms), othersCores: runs.map((r) => r.othersCores), stdout: last.stdout, status: last.status};
}

/** Bundles the CLI from the current sources into the output folder, as `npm run build:cli` does into dist/. */
async function bundleCli(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'cli', 'cli.mjs');
  const pkg = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as {version: string};
  await esbuild({
    entryPoints: [path.join(PROJECT, 'src/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: {__WA_REVIEW_VERSION__: JSON.stringify(pkg.version)},
    logLevel: 'warning',
    // Bare imports resolve from the project's node_modules, as dist/cli.mjs's do.
    nodePaths: [path.join(PROJECT, 'node_modules')],
  });
  await esbuild({
    entryPoints: [path.join(PROJECT, 'src/content/load-worker.ts')],
    outfile: path.join(outDir, 'cli', 'load-worker.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const launcher = path.join(outDir, 'cli', 'wa-review.mjs');
  // The same launcher as bin/wa-review.mjs, pointed at this bundle.
  writeFileSync(launcher, `const {run} = await import(${JSON.stringify(new URL(`file://${outfile}`).href)});\nprocess.exitCode = await run(process.argv.slice(2));\n`);
  return launcher;
}

function dirStats(dir: string): {bytes: number; files: number; pages: number} {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, {withFileTypes: true})) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else {
        files++;
        bytes += statSync(abs).size;
        if (e.name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return {bytes, files, pages};
}

/** One cold production build of a site directory, inside the shared lock; the lock wait is not timed. */
/** Docusaurus' own phase timings (DOCUSAURUS_PERF_LOGGER), in ms, for the phases that matter here. */
const PHASES: Record<string, RegExp> = {
  loadContent: /Load wa-reviews@default > loadContent\(\)/,
  contentLoaded: /Load wa-reviews@default > contentLoaded\(\)/,
  loadSite: /Build > en > Load site - /,
  bundling: /Build > en > Bundling with \w+ - /,
  ssg: /Build > en > SSG - /,
  postBuild: /Build > en > postBuild\(\) - /,
  brokenLinks: /Build > en > Broken links checker - /,
};

function phases(log: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of log.split('\n')) {
    if (!line.includes('[PERF]')) continue;
    const m = / - ([\d.]+) (ms|seconds)/.exec(line);
    if (!m) continue;
    const ms = Number(m[1]) * (m[2] === 'seconds' ? 1000 : 1);
    for (const [name, re] of Object.entries(PHASES)) if (re.test(line) && out[name] === undefined) out[name] = Math.round(ms);
  }
  return out;
}

function buildOnce(siteDir: string, label: string, run: number): {wallMs: number; peakRssBytes: number; loadBefore: number[]; othersCores: number; phases: Record<string, number>} {
  rmSync(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});
  rmSync(path.join(siteDir, 'build'), {recursive: true, force: true});
  const json = path.join(siteDir, `timed-${run}.json`);
  const logFile = path.join(siteDir, `build-${run}.log`);
  log(`${label}: build ${run + 1} (waiting for ${LOCK} if another build holds it)`);
  const r = spawnSync(
    'flock',
    [LOCK, process.execPath, path.join(__dirname, 'timed.mjs'), '--json', json, '--log', logFile, '--trace', path.join(siteDir, `memory-${run}.txt`), '--', process.execPath, DOCUSAURUS, 'build', siteDir, '--out-dir', path.join(siteDir, 'build')],
    // Cold builds: Rspack's persistent cache would live in the project's node_modules/.cache and warm later runs.
    // DOCUSAURUS_PERF_LOGGER prints Docusaurus' phase timings into the log (read back into the results).
    {cwd: PROJECT, stdio: 'inherit', env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1', DOCUSAURUS_PERF_LOGGER: 'true', NODE_ENV: 'production'}},
  );
  const timed = JSON.parse(readFileSync(json, 'utf8')) as {exitCode: number; wallMs: number; peakRssBytes: number; loadBefore: number[]; othersCores: number};
  if (r.status !== 0 || timed.exitCode !== 0) throw new Error(`${label} build failed (exit ${timed.exitCode}); see ${logFile}`);
  const phaseMs = phases(readFileSync(logFile, 'utf8'));
  log(`${label}: ${(timed.wallMs / 1000).toFixed(1)} s, peak ${(timed.peakRssBytes / 1024 ** 2).toFixed(0)} MiB, other processes ${timed.othersCores} cores, load before ${timed.loadBefore.map((x) => x.toFixed(2)).join(' ')}; phases ${JSON.stringify(phaseMs)}`);
  return {...timed, phases: phaseMs};
}

function buildSite(siteDir: string, label: string): BuildSummary {
  const first = buildOnce(siteDir, label, 0);
  const runs = [first];
  for (let i = 1; i < runsFor(first.wallMs); i++) runs.push(buildOnce(siteDir, label, i));
  const stats = dirStats(path.join(siteDir, 'build'));
  const medianMs = median(runs.map((r) => r.wallMs));
  return {
    medianMs,
    runsMs: runs.map((r) => r.wallMs),
    pages: stats.pages,
    secondsPerPage: medianMs / 1000 / stats.pages,
    peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)),
    outputBytes: stats.bytes,
    outputFiles: stats.files,
    loadBefore: runs[0]!.loadBefore,
    othersCores: runs.map((r) => r.othersCores),
    phasesMs: runs.find((r) => r.wallMs === medianMs)?.phases ?? runs[0]!.phases,
  };
}

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      size: {type: 'string', default: 'small'},
      seed: {type: 'string', default: '1'},
      steps: {type: 'string', default: STEPS.join(',')},
      results: {type: 'string', default: path.join(PROJECT, 'bench/results.json')},
    },
    strict: true,
  });
  const size = values.size as SizeName;
  if (!Object.hasOwn(SIZES, size)) {
    log(`unknown --size ${values.size}; valid sizes: ${Object.keys(SIZES).join(', ')}`);
    return 2;
  }
  const steps = new Set(values.steps!.split(',').map((s) => s.trim()) as Step[]);
  for (const s of steps) if (!STEPS.includes(s)) return log(`unknown step ${s}; valid steps: ${STEPS.join(', ')}`), 2;
  const out = path.join(PROJECT, 'bench/out', size);
  mkdirSync(out, {recursive: true});

  const before = os.loadavg();
  const m = machine();
  const commit = sh('git', ['rev-parse', 'HEAD']).trim();
  const uncommitted = sh('git', ['status', '--porcelain', '--', 'src', 'scripts', 'docusaurus.config.ts', 'package.json'])
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3));
  log(`size ${size}, load average ${before.map((x) => x.toFixed(2)).join(' ')} on ${m.cpus} CPUs`);

  const shape: CorpusShape = writeCorpus({out, options: {...SIZES[size], seed: Number(values.seed)}, lensesFrom: path.join(PROJECT, 'lenses')});
  const corpus = path.join(out, 'corpus');
  log(`corpus: ${shape.totals.reviewFiles} versions, ${shape.totals.findingEntries} finding entries, ${shape.totals.findingIds} ids`);

  const result: SizeResult = {
    size,
    date: new Date().toISOString(),
    commit,
    uncommitted,
    machine: m,
    load: {before, idle: isIdle(before[0]!, m.cpus), note: ''},
    corpus: shape,
  };

  if (steps.has('validate')) {
    const cli = await bundleCli(out);
    const v = timeProcess(process.execPath, [cli, 'validate', '--root', corpus, '--format', 'json']);
    const problems = JSON.parse(v.stdout || '[]') as unknown[];
    if (v.status !== 0 || problems.length) throw new Error(`the generated corpus does not validate: ${JSON.stringify(problems.slice(0, 5))}`);
    const medianMs = median(v.runsMs);
    result.validate = {runsMs: v.runsMs, othersCores: v.othersCores, medianMs, findingEntries: shape.totals.findingEntries, findingsPerSecond: shape.totals.findingEntries / (medianMs / 1000), problems: problems.length};
    const floor = timeProcess(process.execPath, [path.join(__dirname, 'yaml-floor.mjs'), corpus]);
    const parsed = JSON.parse(floor.stdout) as {files: number; parseMs: number};
    result.yamlFloor = {runsMs: floor.runsMs, othersCores: floor.othersCores, medianMs: median(floor.runsMs), parseOnlyMs: parsed.parseMs};
    log(`validate ${medianMs.toFixed(0)} ms, raw YAML parse floor ${result.yamlFloor.medianMs.toFixed(0)} ms (${parsed.parseMs.toFixed(0)} ms in parse calls)`);
    // With --cache and no file changed: the warm-up run fills the cache, the timed runs find everything in it.
    const cacheFile = path.join(out, 'validate-cache.json');
    rmSync(cacheFile, {force: true});
    const w = timeProcess(process.execPath, [cli, 'validate', '--root', corpus, '--format', 'json', '--cache', '--cache-file', cacheFile]);
    if (w.status !== 0 || w.stdout.trim() !== v.stdout.trim()) throw new Error(`validate --cache printed other problems than validate: ${w.stdout.slice(0, 500)}`);
    result.validateWarm = {runsMs: w.runsMs, othersCores: w.othersCores, medianMs: median(w.runsMs)};
    log(`validate --cache, nothing changed: ${result.validateWarm.medianMs.toFixed(0)} ms`);
  }

  if (steps.has('build') || steps.has('weight')) {
    const sites = writeSites({out, project: PROJECT});
    if (steps.has('build')) {
      const ours = buildSite(sites.reviews, 'site');
      const control = buildSite(sites.control, 'control');
      result.build = {ours, control, ratio: ours.secondsPerPage / control.secondsPerPage};
    }
    if (steps.has('weight')) {
      const buildDir = path.join(sites.reviews, 'build');
      if (!existsSync(path.join(buildDir, 'reviews', 'index.html'))) throw new Error(`no site build in ${buildDir}: run the build step first`);
      const firstReview = readdirSync(path.join(corpus, 'reviews'), {withFileTypes: true}).find((d) => d.isDirectory())!.name;
      const firstFinding = readdirSync(path.join(buildDir, 'findings')).filter((n) => /-\d{3,}$/.test(n)).sort()[0]!;
      result.pageWeight = await measurePageWeight({
        buildDir,
        pages: [
          {name: 'latest review', path: `/reviews/${firstReview}/`},
          {name: 'finding', path: `/findings/${firstFinding}/`},
          {name: 'index', path: '/reviews/'},
        ],
      });
    }
  }

  // Whether others shared the machine: the CPU other processes used during each timed run (timed.mjs), in cores.
  const shared = [
    ...(result.validate ? [['validate', Math.max(...result.validate.othersCores)] as const, ['YAML floor', Math.max(...result.yamlFloor!.othersCores)] as const] : []),
    ...(result.validateWarm ? [['validate --cache', Math.max(...result.validateWarm.othersCores)] as const] : []),
    ...(result.build ? [['site build', Math.max(...result.build.ours.othersCores)] as const, ['control build', Math.max(...result.build.control.othersCores)] as const] : []),
  ];
  const busy = shared.filter(([, c]) => c > IDLE_OTHERS_CORES);
  // The load average lags (it still counts the benchmark's own previous step), so the measure is others' CPU.
  result.load.idle = busy.length === 0;
  result.load.others = Object.fromEntries(shared);
  result.load.note = busy.length
    ? `Taken while other processes used the machine (${busy.map(([what, c]) => `${c.toFixed(2)} of ${m.cpus} cores during the ${what}`).join(', ')}; load average ${before[0]!.toFixed(2)} at the start): those timings are pessimistic.`
    : `Machine otherwise idle: load average ${before[0]!.toFixed(2)} at the start, other processes used at most ${Math.max(0, ...shared.map(([, c]) => c)).toFixed(2)} cores during any timed run.`;

  const resultsFile = path.resolve(values.results!);
  mkdirSync(path.dirname(resultsFile), {recursive: true});
  const all = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as {sizes?: Record<string, SizeResult>}) : {};
  const sizes = {...(all.sizes ?? {})};
  // A run of some steps keeps the other steps' last results for this size.
  const previous = sizes[size];
  // Which run measured each step: a step not run now keeps the run that measured it (older results name none, so
  // their own header stands for them).
  const measured = (r: SizeResult | undefined, step: 'validate' | 'build' | 'weight') =>
    r?.stepRuns?.[step] ?? (r && (step === 'validate' ? r.validate : step === 'build' ? r.build : r.pageWeight) ? {commit: r.commit, date: r.date, note: r.load.note} : undefined);
  result.stepRuns = {};
  for (const step of STEPS) {
    const run = steps.has(step) ? {commit, date: result.date, note: result.load.note} : measured(previous, step);
    if (run) result.stepRuns[step] = run;
  }
  sizes[size] = {...(previous ?? {}), ...result, ...(previous && !steps.has('validate') ? {validate: previous.validate, yamlFloor: previous.yamlFloor, validateWarm: previous.validateWarm} : {}), ...(previous && !steps.has('build') ? {build: previous.build} : {}), ...(previous && !steps.has('weight') ? {pageWeight: previous.pageWeight} : {})} as SizeResult;
  const ordered = Object.fromEntries((Object.keys(SIZES) as SizeName[]).filter((s) => sizes[s]).map((s) => [s, sizes[s]]));
  writeFileSync(resultsFile, `${JSON.stringify({schema: 'wa-bench-results/1', sizes: ordered}, null, 2)}\n`);
  const table = `# Benchmark results\n\nGenerated by \`npm run bench\`; see docs/performance.md for what each line measures.\n\n${Object.values(ordered).map((r) => resultTable(r as SizeResult)).join('\n')}`;
  writeFileSync(resultsFile.replace(/\.json$/, '.md'), table);
  process.stdout.write(resultTable(sizes[size]!));
  log(`wrote ${path.relative(PROJECT, resultsFile)} and ${path.relative(PROJECT, resultsFile.replace(/\.json$/, '.md'))}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    process.stderr.write(`[bench] ${error.message}\n`);
    process.exitCode = 1;
  },
);
