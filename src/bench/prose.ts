import type {Rng} from './prng';

/**
 * Review prose for the benchmark: sentences assembled from a fixed vocabulary of the domain, so a body reads like
 * a review to the Markdown pipeline (words, inline code, emphasis, links) without copying any real one. The
 * shape of a body is fixed (PROSE_SHAPE); only the words vary with the seed.
 */

export const SERVICES = [
  'Amazon Bedrock', 'Bedrock Guardrails', 'Bedrock AgentCore Runtime', 'AgentCore Gateway', 'AgentCore Memory', 'AWS Lambda',
  'Amazon API Gateway', 'Amazon DynamoDB', 'Amazon S3', 'AWS Step Functions', 'Amazon EventBridge', 'Amazon SQS', 'AWS KMS',
  'AWS IAM Identity Center', 'Amazon CloudWatch', 'AWS X-Ray', 'Amazon OpenSearch Serverless', 'AWS Secrets Manager',
  'Amazon ECS', 'AWS WAF', 'Amazon Cognito', 'AWS AppConfig', 'AWS CloudTrail', 'Amazon VPC', 'AWS PrivateLink',
] as const;

const SUBJECTS = [
  'the orchestrator', 'the planning agent', 'each tool call', 'the retrieval step', 'the session store', 'the approval flow',
  'the model gateway', 'the evaluation harness', 'the ingestion pipeline', 'the prompt template', 'the memory strategy',
  'the deployment pipeline', 'the tenant boundary', 'the fallback path', 'the trace exporter', 'the cost dashboard',
];
const VERBS = [
  'records', 'retries', 'routes', 'throttles', 'caches', 'validates', 'redacts', 'signs', 'batches', 'escalates', 'samples',
  'pins', 'replays', 'forwards', 'summarises', 'rejects',
];
const OBJECTS = [
  'model responses', 'tool arguments', 'retrieved passages', 'session state', 'approval decisions', 'token counts',
  'guardrail verdicts', 'prompt versions', 'trace spans', 'embedding batches', 'user identities', 'error budgets',
  'idempotency keys', 'cost allocation tags', 'evaluation scores', 'policy decisions',
];
const CONDITIONS = [
  'a request exceeds its budget', 'the model times out', 'a guardrail intervenes', 'the tenant changes', 'a tool fails twice',
  'the queue backs up', 'a deployment rolls back', 'an approver is away', 'the cache is cold', 'traffic doubles',
  'a prompt version changes', 'the region fails over',
];
const QUALIFIERS = [
  'without a documented owner', 'under load', 'in every environment', 'only in production', 'before the response is streamed',
  'after the session ends', 'with no alarm on it', 'per tenant', 'at the edge', 'once a day', 'for the audit trail',
  'as the runbook describes', 'with a fixed timeout', 'behind a feature flag',
];
const OPENERS = ['In practice', 'As built', 'By design', 'In the reviewed commit', 'Under the current policy', 'For now', 'In this version', 'Today'];
const LINKS = [
  'https://docs.aws.amazon.com/wellarchitected/latest/framework/welcome.html',
  'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails.html',
  'https://docs.aws.amazon.com/wellarchitected/latest/generative-ai-lens/generative-ai-lens.html',
];

type Template = (r: Rng) => string;
const TEMPLATES: Template[] = [
  (r) => `${r.pick(OPENERS)}, ${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(QUALIFIERS)}.`,
  (r) => `When ${r.pick(CONDITIONS)}, ${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} through ${r.pick(SERVICES)}.`,
  (r) => `${cap(r.pick(SUBJECTS))} ${r.pick(VERBS)} ${r.pick(OBJECTS)}, but nothing checks that it does so ${r.pick(QUALIFIERS)}.`,
  (r) => `The design relies on ${r.pick(SERVICES)} to keep ${r.pick(OBJECTS)} consistent when ${r.pick(CONDITIONS)}.`,
  (r) => `We read the \`${r.pick(['handler.py', 'policy.json', 'stack.ts', 'agent.yaml', 'routes.go', 'main.tf'])}\` file and found that ${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(QUALIFIERS)}.`,
  (r) => `**${cap(r.pick(OBJECTS))}** are kept ${r.pick(QUALIFIERS)}, which matters when ${r.pick(CONDITIONS)}.`,
  (r) => `A reader should expect ${r.pick(SUBJECTS)} to behave differently when ${r.pick(CONDITIONS)}, and *that difference* is the risk.`,
  (r) => `${cap(r.pick(SERVICES))} ${r.pick(VERBS)} ${r.pick(OBJECTS)} for ${r.pick(SUBJECTS)}, and the team owns the rest.`,
  (r) => `The cost of this choice shows up in ${r.pick(OBJECTS)}: ${r.pick(SUBJECTS)} ${r.pick(VERBS)} them ${r.pick(QUALIFIERS)}.`,
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function countWords(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

/**
 * A paragraph of exactly `words` words, ending with a full stop. `link` puts one https link in it (links are
 * part of what the pipeline checks and renders).
 */
export function paragraph(r: Rng, words: number, {link = false}: {link?: boolean} = {}): string {
  const out: string[] = [];
  if (link) out.push(...`See [the published guidance](${r.pick(LINKS)}) for the practice itself.`.split(' '));
  while (out.length < words) out.push(...r.pick(TEMPLATES)(r).split(' '));
  const kept = out.slice(0, words);
  // Never cut inside inline markup: a dangling ` or ** would change how the rest of the body parses.
  kept[kept.length - 1] = kept[kept.length - 1]!.replace(/[`*]/g, '').replace(/[.,:]*$/, '.');
  let text = kept.join(' ');
  for (const mark of ['**', '`']) if (text.split(mark).length % 2 === 0) text = text.replaceAll(mark, '');
  return text;
}

/** The fixed outline of a review body: headings, and the words of prose under each (1,500 in all). */
export const PROSE_SHAPE = {
  intro: 110,
  sections: [
    {depth: 2, title: 'Scope and method', words: [130, 110]},
    {depth: 2, title: 'Architecture as read', words: [120], diagram: true, after: [90]},
    {depth: 3, title: 'Model invocation path', words: [110]},
    {depth: 3, title: 'Tool calls and identity', words: [110]},
    {depth: 2, title: 'Findings by pillar', words: [70], table: true, after: [80]},
    {depth: 2, title: 'Cost model', words: [90], math: true, after: [80]},
    {depth: 2, title: 'Configuration reviewed', words: [70], code: true},
    {depth: 3, title: 'Guardrails', words: [110]},
    {depth: 3, title: 'Observability', words: [100]},
    {depth: 2, title: 'What changed since the previous version', words: [120]},
  ],
} as const;

export const PROSE_WORDS = PROSE_SHAPE.intro + PROSE_SHAPE.sections.reduce((n, s) => n + s.words.reduce((a, b) => a + b, 0) + ('after' in s ? s.after.reduce((a, b) => a + b, 0) : 0), 0);

export interface BodyInput {
  title: string;
  version: number;
  /** Rows of the findings table: pillar label and counts. */
  table: Array<{pillar: string; open: number; mitigating: number; resolved: number; accepted: number}>;
  services: readonly string[];
}

/** Share of prose paragraphs (and of the code block, diagram and formula) a later version rewrites. */
export const REWRITE_SHARE = 0.3;

/** The parts of a body that carry over to the next version when they are not rewritten. */
export interface BodyParts {
  paragraphs: string[];
  mermaid: string;
  math: string;
  code: string;
}

/**
 * One review body: the fixed outline filled with seeded prose, a table, a code block, a diagram and math. Given
 * the previous version's parts, a version rewrites about REWRITE_SHARE of them and keeps the rest, as reviews
 * are updated: the diff between versions then has unchanged, changed and new text.
 */
export function reviewBody(r: Rng, input: BodyInput, previous?: BodyParts): {text: string; parts: BodyParts} {
  const keep = (): boolean => previous !== undefined && !r.chance(REWRITE_SHARE);
  const paragraphs: string[] = [];
  const para = (words: number, opts?: {link?: boolean}): string => {
    const i = paragraphs.length;
    // Draw the rewrite decision and the candidate text always, so one part's choice does not shift the others.
    const kept = keep();
    const fresh = paragraph(r, words, opts);
    const text = kept ? previous!.paragraphs[i]! : fresh;
    paragraphs.push(text);
    return text;
  };
  const carry = (key: 'mermaid' | 'math' | 'code', fresh: string): string => (keep() ? previous![key] : fresh);
  const parts: BodyParts = {paragraphs, mermaid: carry('mermaid', mermaid(r, input.services)), math: carry('math', math(r)), code: carry('code', code(r))};
  const out: string[] = [`# ${input.title}: version ${input.version}`, para(PROSE_SHAPE.intro, {link: true})];
  for (const s of PROSE_SHAPE.sections) {
    out.push(`${'#'.repeat(s.depth)} ${s.title}`);
    for (const w of s.words) out.push(para(w));
    if ('diagram' in s) out.push(parts.mermaid);
    if ('table' in s) out.push(table(input.table));
    if ('math' in s) out.push(parts.math);
    if ('code' in s) out.push(parts.code);
    if ('after' in s) for (const w of s.after) out.push(para(w));
  }
  return {text: `${out.join('\n\n')}\n`, parts};
}

function mermaid(r: Rng, services: readonly string[]): string {
  const nodes = ['Client', ...services.slice(0, 6)];
  const lines = ['```mermaid', 'flowchart LR'];
  nodes.forEach((n, i) => lines.push(`  n${i}["${n}"]`));
  for (let i = 1; i < nodes.length; i++) lines.push(`  n${r.int(0, i - 1)} -->|${r.pick(['calls', 'reads', 'writes', 'emits'])}| n${i}`);
  lines.push('```');
  return lines.join('\n');
}

function table(rows: BodyInput['table']): string {
  const lines = ['| pillar | open | mitigating | resolved | accepted |', '|---|---:|---:|---:|---:|'];
  for (const row of rows) lines.push(`| ${row.pillar} | ${row.open} | ${row.mitigating} | ${row.resolved} | ${row.accepted} |`);
  return lines.join('\n');
}

function math(r: Rng): string {
  const a = r.int(2, 12);
  return ['$$', `C_{\\text{task}} = \\frac{${a} \\cdot (t_{\\text{in}} \\, p_{\\text{in}} + t_{\\text{out}} \\, p_{\\text{out}})}{10^{6} \\cdot s}`, '$$'].join('\n');
}

function code(r: Rng): string {
  const timeout = r.int(5, 120);
  const retries = r.int(0, 5);
  return [
    '```yaml',
    'agent:',
    `  model: ${r.pick(['anthropic.claude-sonnet', 'anthropic.claude-haiku', 'amazon.nova-pro', 'meta.llama'])}`,
    `  timeoutSeconds: ${timeout}`,
    `  maxRetries: ${retries}`,
    '  guardrail:',
    `    id: gr-${r.hex(10)}`,
    `    version: "${r.int(1, 9)}"`,
    '  tools:',
    ...r.sample(['search', 'refund', 'lookup-order', 'send-email', 'create-ticket', 'update-crm'], 3).map((t) => `    - name: ${t}\n      approval: ${r.pick(['none', 'human', 'policy'])}`),
    '  tracing:',
    `    sampleRate: ${r.int(1, 100) / 100}`,
    '```',
  ].join('\n');
}
