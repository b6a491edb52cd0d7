import {createHash} from 'node:crypto';
import {stringify} from 'yaml';
import {renderLock} from '../content/lock';
import type {FindingInput} from '../schemas/finding';
import type {ReviewInput} from '../schemas/review';
import {PILLAR_LABELS, PILLARS, SEVERITIES, type FindingStatus, type Pillar, type Severity} from '../schemas/vocab';
import {createRng, type Rng} from './prng';
import {PROSE_SHAPE, PROSE_WORDS, REWRITE_SHARE, reviewBody, SERVICES, type BodyParts} from './prose';

/**
 * The benchmark corpus: R reviews of V published versions with F findings each, schema-valid, with findings that
 * evolve across versions along the lifecycle of docs/reference/contracts.md (new ids, resolutions, severity
 * changes, a retired id, a replaced id), and the same prose as a control site of plain Docusaurus docs pages.
 * Pure: it returns file contents by path; the caller writes them and copies the project's lenses beside them.
 */

export interface CorpusOptions {
  reviews: number;
  versions: number;
  /** Findings listed in each version. */
  findings: number;
  seed: number;
}

export interface GeneratedFile {
  /** Relative to the output folder, forward slashes. */
  path: string;
  content: string;
}

/** Recorded as shape.json: what one version holds, and the corpus totals. */
export interface CorpusShape {
  generator: string;
  options: CorpusOptions;
  layout: {corpus: string; control: string};
  perVersion: {
    proseWords: number;
    headings: {h1: number; h2: number; h3: number};
    tables: number;
    tableRows: number;
    codeBlocks: number;
    mermaidDiagrams: number;
    mathBlocks: number;
    links: number;
    findings: number;
    metrics: number;
    lensesDeclared: string[];
    /** Share of paragraphs, code block, diagram and formula a later version rewrites; the rest carries over. */
    rewriteShare: number;
  };
  lifecycle: {
    /** From v2 on, per version. */
    resolvedPerVersion: number;
    severityChangesPerVersion: number;
    retiredPerVersion: number;
    /** From v3 on, per version. */
    replacedPerVersion: number;
    note: string;
  };
  totals: {
    reviewFiles: number;
    findingEntries: number;
    findingIds: number;
    publishedFindingIds: number;
    corpusBytes: number;
    controlPages: number;
    controlBytes: number;
  };
}

export const GENERATOR_VERSION = 'wa-bench-corpus/1';

const LENSES = [
  {id: 'wellarchitected', version: '2024-11-06'},
  {id: 'genai', version: '2025-04-15'},
] as const;

/** Lens questions a finding of each pillar may cite (the Framework catalog and the Generative AI Lens). */
const QUESTIONS: Record<Pillar, string[]> = {
  'operational-excellence': [...range(1, 11).map((n) => `wellarchitected:OPS${pad(n, 2)}`), ...range(1, 5).map((n) => `genai:GENOPS${pad(n, 2)}`)],
  security: [...range(1, 11).map((n) => `wellarchitected:SEC${pad(n, 2)}`), ...range(1, 6).map((n) => `genai:GENSEC${pad(n, 2)}`)],
  reliability: [...range(1, 13).map((n) => `wellarchitected:REL${pad(n, 2)}`), ...range(1, 6).map((n) => `genai:GENREL${pad(n, 2)}`)],
  'performance-efficiency': [...range(1, 5).map((n) => `wellarchitected:PERF${pad(n, 2)}`), ...range(1, 4).map((n) => `genai:GENPERF${pad(n, 2)}`)],
  'cost-optimization': [...range(1, 11).map((n) => `wellarchitected:COST${pad(n, 2)}`), ...range(1, 5).map((n) => `genai:GENCOST${pad(n, 2)}`)],
  sustainability: [...range(1, 6).map((n) => `wellarchitected:SUS${pad(n, 2)}`), ...range(1, 3).map((n) => `genai:GENSUS${pad(n, 2)}`)],
};

const PROBLEMS = [
  'has no timeout on', 'retries without backoff on', 'logs full prompts from', 'grants wildcard permissions to', 'has no alarm on',
  'shares one key across', 'skips validation of', 'keeps unbounded history in', 'has no owner for', 'pins no version of',
  'caches nothing from', 'has no budget for', 'runs in one Availability Zone behind', 'exposes internal errors from',
];
const TEAMS = ['platform-team', 'agent-team', 'security-engineering', 'sre', 'finops', 'data-platform'];
const REPO_DIRS = ['src/agents', 'src/tools', 'infra/stacks', 'src/gateway', 'policies', 'src/memory', 'config'];
const REPO_FILES = ['handler.py', 'stack.ts', 'policy.json', 'agent.yaml', 'main.tf', 'router.go', 'index.ts'];

interface LiveFinding {
  id: string;
  pillar: Pillar;
  severity: Severity;
  status: FindingStatus;
  title: string;
  services: string[];
  lensRefs: string[];
  location: {path: string; line: number};
  owner: string;
  issue: number;
  acceptedUntil?: string;
  resolvedIn?: number;
  ended?: {retired: string} | {replacedBy: string[]};
}

export function generateCorpus(options: CorpusOptions): {files: GeneratedFile[]; shape: CorpusShape} {
  const {reviews, versions, findings, seed} = options;
  for (const [k, v] of Object.entries({reviews, versions, findings})) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`--${k} must be a positive integer, got ${v}`);
  }
  if (findings < 4) throw new Error('--findings must be at least 4: each version resolves, retires and re-rates findings');
  const root = createRng(seed);
  const files: GeneratedFile[] = [];
  const lock: Array<{review: string; version: number; hash: string}> = [];
  let findingEntries = 0;
  let findingIds = 0;
  const lifecycle = lifecycleCounts(findings);

  for (let i = 1; i <= reviews; i++) {
    const r = root.fork(`review-${i}`);
    const id = `${r.pick(['support', 'claims', 'search', 'billing', 'triage', 'coding', 'travel', 'sales'])}-${r.pick(['agent', 'assistant', 'copilot', 'platform', 'pipeline'])}-${pad(i, 4)}`;
    const prefix = `R${pad(i, 4)}`;
    const title = `${cap(id.split('-').slice(0, 2).join(' '))} (bench-org/${id})`;
    const services = r.sample(SERVICES, 8);
    const repo = `bench-org/${id}`;
    let nextId = 1;
    const fresh = (): string => `${prefix}-${pad(nextId++, 3)}`;
    let live: LiveFinding[] = [];
    let bodyParts: BodyParts | undefined;
    const startDay = r.int(0, 60);

    for (let n = 1; n <= versions; n++) {
      const v = r.fork(`v${n}`);
      const date = addDays('2026-01-05', startDay + (n - 1) * 45);
      // Carry what the lifecycle keeps, then change it: resolved and ended ids leave after the version that lists them.
      let listed = live.filter((f) => !f.ended && f.status !== 'resolved').map((f) => ({...f}));
      if (n > 1) {
        const active = () => listed.filter((f) => !f.ended && (f.status === 'open' || f.status === 'mitigating'));
        for (const f of v.sample(active(), lifecycle.retired)) f.ended = {retired: `No longer applies: the component was removed before v${n}.`};
        for (const f of v.sample(active(), lifecycle.resolved)) (f.status = 'resolved'), (f.resolvedIn = n);
        for (const f of v.sample(active(), lifecycle.severityChanges)) f.severity = SEVERITIES[(SEVERITIES.indexOf(f.severity) + v.int(1, 2)) % 3]!;
        for (const f of v.sample(active(), 1)) f.status = f.status === 'open' ? 'mitigating' : 'open';
      }
      const replaced = n > 2 ? v.sample(listed.filter((f) => !f.ended && (f.status === 'open' || f.status === 'mitigating')), lifecycle.replaced) : [];
      while (listed.length < findings) listed.push(newFinding(v, fresh(), services, date));
      // A replaced finding names one of this version's new findings as its successor.
      const newcomers = listed.filter((f) => !live.some((x) => x.id === f.id));
      replaced.forEach((f, k) => {
        const successor = newcomers[k % newcomers.length];
        if (successor) f.ended = {replacedBy: [successor.id]};
      });
      live = listed;
      findingEntries += listed.length;

      const front: ReviewInput = {
        review: id,
        title,
        description: `Benchmark review ${i} of ${reviews}, version ${n}: ${listed.length} findings across the six pillars.`,
        version: n,
        date,
        status: 'published',
        reviewers: [`${v.pick(['Review team A', 'Review team B', 'Review team C'])}, bench-org`],
        idPrefix: prefix,
        nextReviewDue: addDays(date, 90),
        subject: {kind: 'repository', repo, commit: v.hex(40), paths: r.sample(REPO_DIRS, 3)},
        lenses: LENSES.map((l) => ({...l})),
        metrics: metrics(v, date),
        findings: listed.map((f) => toFinding(f, v)),
      };
      const table = PILLARS.map((p) => {
        const of = listed.filter((f) => f.pillar === p && !f.ended);
        const count = (s: FindingStatus) => of.filter((f) => f.status === s).length;
        return {pillar: PILLAR_LABELS[p], open: count('open'), mitigating: count('mitigating'), resolved: count('resolved'), accepted: count('accepted')};
      });
      const {text: body, parts} = reviewBody(r.fork(`body-v${n}`), {title: title.replace(/ \(.*$/, ''), version: n, table, services}, bodyParts);
      bodyParts = parts;
      const content = `---\n${stringify(front, {lineWidth: 0})}---\n\n${body}`;
      files.push({path: `corpus/reviews/${id}/v${n}.md`, content});
      lock.push({review: id, version: n, hash: createHash('sha256').update(content, 'utf8').digest('hex')});
      files.push({path: `control/docs/${id}/v${n}.md`, content: `---\n${stringify({title: `${front.title} (v${n})`, description: front.description}, {lineWidth: 0})}---\n\n${body}`});
    }
    findingIds += nextId - 1;
  }
  files.push({path: 'corpus/reviews/versions.lock', content: renderLock(lock)});
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const bytes = (prefix: string) => files.filter((f) => f.path.startsWith(prefix)).reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  const shape: CorpusShape = {
    generator: GENERATOR_VERSION,
    options,
    layout: {corpus: 'corpus/ (reviews/, versions.lock; lenses/ copied from the project)', control: 'control/docs/<review>/v<N>.md: the same bodies as plain docs pages'},
    perVersion: {
      proseWords: PROSE_WORDS,
      headings: {h1: 1, h2: PROSE_SHAPE.sections.filter((s) => s.depth === 2).length, h3: PROSE_SHAPE.sections.filter((s) => s.depth === 3).length},
      tables: 1,
      tableRows: PILLARS.length,
      codeBlocks: 1,
      mermaidDiagrams: 1,
      mathBlocks: 1,
      links: 1,
      findings,
      metrics: 3,
      lensesDeclared: LENSES.map((l) => `${l.id}@${l.version}`),
      rewriteShare: REWRITE_SHARE,
    },
    lifecycle: {
      resolvedPerVersion: lifecycle.resolved,
      severityChangesPerVersion: lifecycle.severityChanges,
      retiredPerVersion: lifecycle.retired,
      replacedPerVersion: versions > 2 ? lifecycle.replaced : 0,
      note: 'v1 lists F new findings (open, mitigating, some accepted). Each later version drops what the previous one resolved or ended, retires one open id, resolves some, re-rates some, flips one between open and mitigating, from v3 replaces one by a new id, and fills up to F with fresh ids.',
    },
    totals: {
      reviewFiles: reviews * versions,
      findingEntries,
      findingIds,
      publishedFindingIds: findingIds,
      corpusBytes: bytes('corpus/'),
      controlPages: reviews * versions,
      controlBytes: bytes('control/'),
    },
  };
  return {files, shape};
}

function lifecycleCounts(findings: number) {
  return {
    retired: 1,
    replaced: 1,
    resolved: Math.max(1, Math.round(findings / 10)),
    severityChanges: Math.max(1, Math.round(findings / 10)),
  };
}

function newFinding(r: Rng, id: string, services: readonly string[], date: string): LiveFinding {
  const pillar = r.pick(PILLARS);
  const service = r.pick(services);
  const accepted = r.chance(0.08);
  return {
    id,
    pillar,
    severity: r.pick(SEVERITIES),
    status: accepted ? 'accepted' : r.chance(0.25) ? 'mitigating' : 'open',
    title: `${service} ${r.pick(PROBLEMS)} ${r.pick(['tool calls', 'model calls', 'session state', 'the retrieval index', 'tenant data', 'the approval queue'])}`,
    services: [service, ...r.sample(services.filter((s) => s !== service), r.int(0, 2))],
    lensRefs: r.sample(QUESTIONS[pillar], r.int(1, 2)),
    location: {path: `${r.pick(REPO_DIRS)}/${r.pick(REPO_FILES)}`, line: r.int(1, 900)},
    owner: r.pick(TEAMS),
    issue: r.int(1, 9999),
    ...(accepted ? {acceptedUntil: addDays(date, 900)} : {}),
  };
}

function toFinding(f: LiveFinding, r: Rng): FindingInput {
  const svc = f.services[0]!;
  const out: FindingInput = {
    id: f.id,
    title: f.title,
    pillar: f.pillar,
    severity: f.severity,
    rationale: `Rated ${f.severity}: ${r.pick(['a single failure', 'one misconfigured tenant', 'a looping session', 'a leaked credential'])} reaches ${r.pick(['every tenant', 'the whole fleet', 'one workflow', 'the audit trail'])}, and ${r.pick(['nothing alerts on it', 'it is found only by customers', 'the logs show it a day later', 'a runbook covers it'])}.`,
    status: f.status,
    lensRefs: [...f.lensRefs],
    services: [...f.services],
    locations: [{path: f.location.path, line: f.location.line, endLine: f.location.line + 12}],
    remediation: {
      options: [
        {title: `Put ${svc} behind a policy with explicit limits`, description: 'Limits per call and per session, enforced outside the agent, with alarms on every denial.', services: [svc], effort: 'M', tradeoff: 'More configuration to keep in step with the tool catalog.', recommended: true},
        {title: 'Document the limit in the runbook and review it monthly', services: [], effort: 'S', tradeoff: 'Relies on people; nothing enforces it between reviews.', recommended: false},
      ],
    },
    owner: f.owner,
    tracking: `https://github.com/bench-org/tracker/issues/${f.issue}`,
  };
  if (f.status === 'resolved') out.resolution = {how: `Fixed in the subject repository; the review read the change at this version's commit.`, link: `https://github.com/bench-org/tracker/issues/${f.issue}`, version: f.resolvedIn!};
  if (f.status === 'accepted') out.acceptance = {by: 'Head of platform', until: f.acceptedUntil!, reason: 'The workload is internal and the exposure is bounded by the tenant quota.'};
  if (f.ended && 'retired' in f.ended) out.retired = f.ended.retired;
  if (f.ended && 'replacedBy' in f.ended) out.replacedBy = [...f.ended.replacedBy];
  return out;
}

function metrics(r: Rng, date: string): ReviewInput['metrics'] {
  const turns = r.int(4, 12);
  const tokensIn = r.int(20, 80) * 100;
  const tokensOut = r.int(2, 10) * 100;
  const calls = r.int(2, 10);
  return [
    {
      id: 'tokens-per-task',
      name: 'Model tokens per task',
      value: turns * (tokensIn + tokensOut),
      unit: 'tokens',
      direction: 'lower-is-better',
      basis: 'modeled',
      method: 'Turns per task times the tokens of one turn, from the review team\'s reading of the prompts.',
      inputs: [
        {name: 'turns_per_task', value: turns, unit: 'turns', source: 'Assumption of this review', date},
        {name: 'input_tokens_per_turn', value: tokensIn, unit: 'tokens', source: 'Assumption of this review', date},
        {name: 'output_tokens_per_turn', value: tokensOut, unit: 'tokens', source: 'Assumption of this review', date},
      ],
      formula: 'turns_per_task * (input_tokens_per_turn + output_tokens_per_turn)',
    },
    {
      id: 'tool-calls-per-task',
      name: 'Tool calls per task',
      value: calls * turns,
      unit: 'calls',
      direction: 'lower-is-better',
      basis: 'modeled',
      method: 'Calls per turn times turns per task.',
      inputs: [
        {name: 'calls_per_turn', value: calls, unit: 'calls', source: 'Assumption of this review', date},
        {name: 'turns_per_task', value: turns, unit: 'turns', source: 'Assumption of this review', date},
      ],
      formula: 'calls_per_turn * turns_per_task',
    },
    {id: 'p99-turn-latency', name: 'p99 latency of one turn', value: r.int(8, 40) * 100, unit: 'ms', direction: 'lower-is-better', basis: 'target', method: 'The product goal for an interactive turn.'},
  ];
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function range(from: number, to: number): number[] {
  return Array.from({length: to - from + 1}, (_, i) => from + i);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
