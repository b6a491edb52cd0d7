/** Statistics and formatting of benchmark results: pure, so the table is tested without running a build. */

export function median(values: readonly number[]): number {
  if (!values.length) throw new Error('unexpected: the median of no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** How many runs to take: three when one run is short enough to repeat (under a minute), else one. */
export function runsFor(firstRunMs: number, {limitMs = 60_000, repeat = 3}: {limitMs?: number; repeat?: number} = {}): number {
  return firstRunMs < limitMs ? repeat : 1;
}

export const SIZES = {
  small: {reviews: 10, versions: 3, findings: 10},
  medium: {reviews: 50, versions: 5, findings: 20},
  large: {reviews: 200, versions: 5, findings: 30},
} as const;
export type SizeName = keyof typeof SIZES;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

export function formatMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** The load average counts as idle below half a core per core of the machine. */
export function isIdle(load1: number, cpus: number): boolean {
  return load1 < cpus * 0.5;
}

export interface BuildSummary {
  medianMs: number;
  runsMs: number[];
  pages: number;
  secondsPerPage: number;
  peakRssBytes: number;
  outputBytes: number;
  outputFiles: number;
  loadBefore: number[];
  /** CPU other processes used during each run, in cores. */
  othersCores: number[];
  /** Docusaurus' phase timings of the median run (DOCUSAURUS_PERF_LOGGER), ms. */
  phasesMs?: Record<string, number>;
}

export interface PageWeight {
  name: string;
  path: string;
  requests: number;
  /** gzip bytes of JavaScript referenced by the page's HTML (before any lazy chunk). */
  initialJs: number;
  /** gzip bytes of JavaScript loaded lazily after hydration (Mermaid and its diagram chunks). */
  lazyJs: number;
  css: number;
  /** KaTeX's stylesheet and fonts, gzip bytes; 0 when the page has no math. */
  katex: number;
  html: number;
  /** gzip bytes of route chunks prefetched for visible links (`<link rel=prefetch>`): not part of the page's weight. */
  prefetchJs: number;
  total: number;
  mermaid: boolean;
  katexLoaded: boolean;
}

export interface SizeResult {
  size: SizeName;
  date: string;
  commit: string;
  /** Files under src/ or scripts/ differing from the commit when the run started (others' work in progress). */
  uncommitted: string[];
  machine: {cpuModel: string; cpus: number; memoryBytes: number; node: string; kernel: string};
  /** `others`: the most CPU, in cores, other processes used during any run of each timed step. */
  load: {before: number[]; idle: boolean; note: string; others?: Record<string, number>};
  corpus: unknown;
  validate?: {runsMs: number[]; othersCores: number[]; medianMs: number; findingEntries: number; findingsPerSecond: number; problems: number};
  yamlFloor?: {runsMs: number[]; othersCores: number[]; medianMs: number; parseOnlyMs: number};
  /**
   * Which run measured each step, when they were measured by different runs (`--steps`): its commit, date and
   * whether the machine was otherwise idle. The header's commit is the last run's.
   */
  stepRuns?: Partial<Record<'validate' | 'build' | 'weight', {commit: string; date: string; note: string}>>;
  /** `validate --cache` with every file in the cache (no file changed since the last run). */
  validateWarm?: {runsMs: number[]; othersCores: number[]; medianMs: number};
  build?: {ours: BuildSummary; control: BuildSummary; ratio: number};
  pageWeight?: PageWeight[];
}

export interface TargetCheck {
  target: string;
  value: string;
  met: boolean | undefined;
}

/** The targets of the issue, checked against one size's results (they are stated for the large size). */
export function checkTargets(r: SizeResult): TargetCheck[] {
  const out: TargetCheck[] = [];
  if (r.validate && r.yamlFloor) {
    out.push({target: 'validate under 1 s', value: formatMs(r.validate.medianMs), met: r.validate.medianMs < 1000});
    if (r.validateWarm) out.push({target: 'validate under 1 s with --cache, no file changed', value: formatMs(r.validateWarm.medianMs), met: r.validateWarm.medianMs < 1000});
    const x = r.validate.medianMs / r.yamlFloor.medianMs;
    out.push({target: 'validate within 2x of the raw YAML parse', value: `${x.toFixed(2)}x`, met: x <= 2});
  }
  if (r.build) {
    out.push({target: 'build s/page within 1.5x of the control', value: `${r.build.ratio.toFixed(2)}x`, met: r.build.ratio <= 1.5});
    out.push({target: 'peak memory under 4 GiB', value: formatBytes(r.build.ours.peakRssBytes), met: r.build.ours.peakRssBytes < 4 * 1024 ** 3});
  }
  const review = r.pageWeight?.find((p) => p.name === 'latest review');
  if (review) out.push({target: 'review page JS under 250 KB gzip before Mermaid', value: `${(review.initialJs / 1000).toFixed(1)} KB`, met: review.initialJs < 250_000});
  return out;
}

/** The Markdown table of one size's results. */
export function resultTable(r: SizeResult): string {
  const lines: string[] = [];
  const c = r.corpus as {options?: {reviews: number; versions: number; findings: number}; totals?: {findingEntries: number; findingIds: number}} | undefined;
  lines.push(`### ${r.size}${c?.options ? ` (${c.options.reviews} reviews x ${c.options.versions} versions x ${c.options.findings} findings)` : ''}`);
  lines.push('');
  lines.push(`Commit \`${r.commit.slice(0, 12)}\`${r.uncommitted.length ? ` with uncommitted changes in ${r.uncommitted.length} file(s)` : ''}, ${r.date}. ${r.machine.cpuModel}, ${r.machine.cpus} CPUs, ${formatBytes(r.machine.memoryBytes)}, Node ${r.machine.node}. ${r.load.note}`);
  lines.push('');
  const runs = Object.entries(r.stepRuns ?? {});
  if (new Set(runs.map(([, x]) => `${x.commit} ${x.date}`)).size > 1) {
    lines.push(`Measured in more than one run: ${runs.map(([step, x]) => `${step} at \`${x.commit.slice(0, 12)}\`, ${x.date} (${x.note})`).join('; ')}.`);
    lines.push('');
  }
  lines.push('| measure | value |');
  lines.push('|---|---|');
  if (r.validate) {
    lines.push(`| \`wa-review validate\` wall time (median of ${r.validate.runsMs.length}) | ${formatMs(r.validate.medianMs)} |`);
    lines.push(`| findings per second (${r.validate.findingEntries} finding entries) | ${Math.round(r.validate.findingsPerSecond).toLocaleString('en-US')} |`);
  }
  if (r.validateWarm) lines.push(`| \`wa-review validate --cache\`, no file changed (median of ${r.validateWarm.runsMs.length}) | ${formatMs(r.validateWarm.medianMs)} |`);
  if (r.yamlFloor) {
    lines.push(`| raw YAML parse of the same front matter, process wall time (floor) | ${formatMs(r.yamlFloor.medianMs)} |`);
    lines.push(`| raw YAML parse, parse calls only | ${formatMs(r.yamlFloor.parseOnlyMs)} |`);
    if (r.validate) lines.push(`| validate / floor | ${(r.validate.medianMs / r.yamlFloor.medianMs).toFixed(2)}x |`);
  }
  if (r.build) {
    for (const [label, b] of [['site', r.build.ours], ['control (plain docs)', r.build.control]] as const) {
      lines.push(`| ${label} build wall time (median of ${b.runsMs.length}) | ${formatMs(b.medianMs)} |`);
      lines.push(`| ${label} pages emitted | ${b.pages.toLocaleString('en-US')} |`);
      lines.push(`| ${label} seconds per page | ${b.secondsPerPage.toFixed(4)} |`);
      lines.push(`| ${label} peak resident memory (process tree) | ${formatBytes(b.peakRssBytes)} |`);
      lines.push(`| ${label} output size | ${formatBytes(b.outputBytes)} in ${b.outputFiles.toLocaleString('en-US')} files |`);
      if (b.phasesMs && Object.keys(b.phasesMs).length) lines.push(`| ${label} phases | ${Object.entries(b.phasesMs).map(([k, v]) => `${k} ${formatMs(v)}`).join(', ')} |`);
    }
    lines.push(`| site s/page over control s/page | ${r.build.ratio.toFixed(2)}x |`);
  }
  if (r.pageWeight?.length) {
    lines.push('');
    lines.push('| page | requests | JS before Mermaid (gzip) | lazy JS: Mermaid (gzip) | CSS (gzip) | KaTeX CSS + fonts | HTML (gzip) | prefetched for links | Mermaid | KaTeX |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---|---|');
    for (const p of r.pageWeight) {
      const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
      lines.push(`| ${p.name} \`${p.path}\` | ${p.requests} | ${kb(p.initialJs)} | ${kb(p.lazyJs)} | ${kb(p.css)} | ${kb(p.katex)} | ${kb(p.html)} | ${kb(p.prefetchJs)} | ${p.mermaid ? 'loaded' : 'no'} | ${p.katexLoaded ? 'loaded' : 'no'} |`);
    }
  }
  const targets = checkTargets(r);
  if (targets.length) {
    lines.push('');
    lines.push(`| target${r.size === 'large' ? '' : ' (stated for the large size)'} | value | met |`);
    lines.push('|---|---|---|');
    for (const t of targets) lines.push(`| ${t.target} | ${t.value} | ${t.met === undefined ? '?' : t.met ? 'yes' : 'no'} |`);
  }
  return `${lines.join('\n')}\n`;
}
