import * as z from 'zod';
import {METRIC_BASES, METRIC_DIRECTIONS} from './vocab';
import {isoDate, kebabId, reviewUrl, text} from './primitives';

export const metricInputSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9_]*$/, {error: 'expected a snake_case name usable in `formula`, like tokens_per_turn'}).describe('Name used in `formula`.'),
    value: z.number().describe('The input value.'),
    unit: z.string().min(1).optional().describe('Unit of the value.'),
    source: text('where the value comes from').describe('Where the value comes from: a price page, a data set, an assumption (say so).'),
    date: isoDate().optional().describe('When the value was read (prices change).'),
    link: reviewUrl().optional().describe('Link to the source.'),
  })
  .describe('A named input of a modeled metric.');

export const metricSchema = z
  .strictObject({
    id: kebabId().describe('Stable id of the metric within the review; the same id across versions is the same quantity.'),
    name: text('a name').describe('What is measured, in words.'),
    value: z.number().describe('The value.'),
    unit: text('a unit').describe('Unit of the value (ms, USD per task, tokens, %).'),
    direction: z.enum(METRIC_DIRECTIONS).describe('Whether lower or higher is better; diffs mark changes better or worse by it.'),
    basis: z.enum(METRIC_BASES).describe('`measured` (computed from an evidence spec in evidence/), `modeled` (inputs and formula; anything from synthetic data), or `target`.'),
    method: text('how the value was obtained').describe('How the value was obtained, in a sentence.'),
    inputs: z.array(metricInputSchema).optional().describe('Required for `modeled`: every input with its source.'),
    formula: z.string().min(1).optional().describe('Required for `modeled`: arithmetic over input names (+ - * / and parentheses); the loader recomputes it.'),
    evidence: kebabId().optional().describe('Required for `measured`: the id of an evidence spec in evidence/.'),
  })
  .superRefine((m, ctx) => {
    const need = (key: 'inputs' | 'formula' | 'evidence', why: string) =>
      ctx.addIssue({code: 'custom', path: [key], params: {rule: 'metric/basis-fields'}, message: why});
    if (m.basis === 'modeled') {
      if (!m.inputs?.length) need('inputs', 'a modeled metric lists its `inputs` (name, value, source), so readers can recompute it');
      if (!m.formula) need('formula', 'a modeled metric gives its `formula` over the input names');
      if (m.evidence) need('evidence', '`evidence` is for measured metrics; a number from synthetic data is modeled');
    }
    if (m.basis === 'measured') {
      if (!m.evidence) need('evidence', 'a measured metric names the evidence spec it is computed from (`evidence: <id>`)');
      if (m.formula || m.inputs) need(m.formula ? 'formula' : 'inputs', '`inputs` and `formula` are for modeled metrics');
    }
    if (m.basis === 'target' && (m.evidence || m.formula || m.inputs)) {
      need(m.evidence ? 'evidence' : m.formula ? 'formula' : 'inputs', 'a target is a goal: it has no evidence, inputs or formula');
    }
  })
  .describe('A number with its basis: measured, modeled or target.');

export type MetricInput = z.input<typeof metricSchema>;
export type Metric = z.output<typeof metricSchema>;
