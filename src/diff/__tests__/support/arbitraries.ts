import fc from 'fast-check';
import {countFindings} from '../../../content/derive';
import type {Diagram} from '../../../schemas/diagram';
import type {Finding} from '../../../schemas/finding';
import type {Metric} from '../../../schemas/metric';
import type {Tradeoff} from '../../../schemas/tradeoff';
import {FINDING_STATUSES, METRIC_BASES, METRIC_DIRECTIONS, PILLARS, SEVERITIES} from '../../../schemas/vocab';
import type {DiffVersionInput} from '../../types';

/**
 * Random versions of one review for property tests. Values come from small pools, so two generated versions
 * share ids and often fields, and every kind of change (same, changed, added, removed, ended) turns up. They are
 * shaped like the corpus, not validated by it: the diff must hold for any data of these types.
 */

const FINDING_IDS = ['PT-001', 'PT-002', 'PT-003', 'PT-004', 'PT-005', 'PT-006', 'PT-007'];
const METRIC_IDS = ['cost', 'latency', 'coverage', 'errors'];
const MATRIX_IDS = ['m-one', 'm-two', 'm-three'];
const HEADINGS = ['Summary', 'Security', 'Reliability', 'Metrics', 'Summary'];

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const some = <T>(values: T[]) => fc.subarray(values);

const location = pick({path: 'a.tf', line: 1}, {path: 'a.tf', line: 1, note: 'changed note'}, {path: 'b.tf'}, {path: 'c.md', line: 3, endLine: 9});
const option = fc.record({
  title: pick('Deny egress', 'Firewall', 'Gateway'),
  services: some(['Amazon VPC', 'AWS Network Firewall']),
  effort: pick('S' as const, 'M' as const, 'L' as const),
  tradeoff: pick('costs more', 'slower'),
  recommended: fc.boolean(),
});

const finding = (id: string): fc.Arbitrary<Finding> =>
  fc
    .record({
      title: pick('Open egress', 'Egress is open'),
      pillar: fc.constantFrom(...PILLARS),
      severity: fc.constantFrom(...SEVERITIES),
      rationale: pick('why', 'because'),
      status: fc.constantFrom(...FINDING_STATUSES),
      lensRefs: some(['wellarchitected:SEC05', 'genai:GENSEC01', 'agentic-ai:AGENTSEC02']),
      services: some(['Amazon ECS', 'Amazon VPC']),
      locations: fc.uniqueArray(location, {maxLength: 3, selector: (l) => `${l.path}:${l.line}`}),
      remediation: fc.option(fc.record({options: fc.uniqueArray(option, {minLength: 1, maxLength: 3, selector: (o) => o.title})}), {nil: undefined}),
      owner: fc.option(pick('platform', 'security'), {nil: undefined}),
      ending: fc.oneof(
        {weight: 4, arbitrary: fc.constant(undefined)},
        {weight: 1, arbitrary: pick('no longer applies').map((retired) => ({retired}))},
        {weight: 1, arbitrary: fc.subarray(FINDING_IDS, {minLength: 1, maxLength: 2}).map((replacedBy) => ({replacedBy}))},
      ),
    })
    .map(({ending, remediation, owner, ...f}) => {
      const out: Finding = {id, ...f, ...(ending ?? {})};
      if (remediation) out.remediation = remediation;
      if (owner) out.owner = owner;
      if (f.status === 'resolved') out.resolution = {how: 'fixed', version: 1};
      if (f.status === 'accepted') out.acceptance = {by: 'head', until: '2026-12-31', reason: 'later'};
      return out;
    });

const metric = (id: string): fc.Arbitrary<Metric> =>
  fc.record({
    id: fc.constant(id),
    name: pick(`${id} name`, `${id} renamed`),
    value: fc.constantFrom(0, 1, 2.5, 10, -3),
    // Mostly the same unit, direction and basis, so comparable changes are common too.
    unit: pick('USD', 'USD', 'USD', 'ms'),
    direction: fc.constantFrom(...METRIC_DIRECTIONS, 'lower-is-better', 'lower-is-better'),
    basis: fc.constantFrom(...METRIC_BASES, 'modeled', 'modeled', 'modeled'),
    method: pick('sum', 'p99'),
  });

const CRITERIA = ['security', 'cost-optimization', {id: 'latency', label: 'Latency'}, {id: 'latency', label: 'Tool latency'}] as const;

const tradeoff = (id: string): fc.Arbitrary<Tradeoff> =>
  fc
    .record({
      title: pick('Deny or firewall', 'Egress control'),
      criteria: fc.uniqueArray(fc.constantFrom(...CRITERIA), {minLength: 2, maxLength: 3, selector: (c) => (typeof c === 'string' ? c : c.id)}),
      options: fc.uniqueArray(fc.record({id: pick('a', 'b', 'c'), title: pick('Option', 'Renamed option')}), {minLength: 2, maxLength: 3, selector: (o) => o.id}),
      chosen: fc.nat(2),
      scores: fc.array(fc.record({score: fc.integer({min: 1, max: 5}), reason: pick('good', 'bad')}), {minLength: 9, maxLength: 9}),
      decision: pick('because', 'cheaper'),
      findings: some(FINDING_IDS.slice(0, 3)),
    })
    .map(({criteria, options, chosen, scores, ...t}) => ({
      id,
      ...t,
      criteria: criteria.map((c) => (typeof c === 'string' ? c : {...c})),
      options: options.map((o, i) => ({
        ...o,
        chosen: i === chosen % options.length,
        scores: Object.fromEntries(criteria.map((c, k) => [typeof c === 'string' ? c : c.id, scores[i * 3 + k]!])),
      })),
    }));

const side = fc.record({mermaid: pick('flowchart LR\n A --> B', 'flowchart LR\n A --> G --> B'), alt: pick('direct', 'through a gateway')});
const diagram = (id: string): fc.Arbitrary<Diagram> =>
  fc.record({id: fc.constant(id), title: pick('Tool path', 'Tool-call path'), caption: pick('gateway added', 'egress closed'), before: side, after: side, findings: some(FINDING_IDS.slice(0, 2))});

/** A list of items for a random subset of `ids`, in a random order. */
function keyed<T>(ids: string[], item: (id: string) => fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray(ids).chain((chosen) => (chosen.length ? fc.tuple(...chosen.map(item)) : fc.constant([] as T[])));
}

const body = fc
  .array(fc.tuple(fc.constantFrom(...HEADINGS), some(['One line.', 'Two words here.', '```yaml\n## not a heading\n```', 'Last line.'])), {maxLength: 5})
  .chain((sections) =>
    fc.constantFrom('', '# Title\n\nIntro.\n').map((intro) => `${intro}${sections.map(([h, lines]) => `\n## ${h}\n\n${lines.join('\n')}\n`).join('')}`),
  );

export const versionArb: fc.Arbitrary<DiffVersionInput> = fc
  .record({
    version: fc.integer({min: 1, max: 9}),
    findings: keyed(FINDING_IDS, finding),
    metrics: keyed(METRIC_IDS, metric),
    tradeoffs: keyed(MATRIX_IDS, tradeoff),
    diagrams: keyed(MATRIX_IDS, diagram),
    body,
  })
  .map(({version, findings, metrics, tradeoffs, diagrams, body}) => ({
    data: {review: 'prop', title: 'Property review', version, date: '2026-01-01', status: 'published' as const, findings, metrics, tradeoffs, diagrams},
    body,
    counts: countFindings({findings}),
  }));
