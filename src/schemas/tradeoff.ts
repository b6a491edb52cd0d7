import * as z from 'zod';
import {PILLARS} from './vocab';
import {findingId, kebabId, text} from './primitives';

export const TRADEOFF_SCORES = [1, 2, 3, 4, 5] as const;

export const tradeoffCriterionSchema = z
  .union([
    z.enum(PILLARS),
    z.strictObject({
      id: kebabId().describe('Id used as a key in each option\'s `scores`.'),
      label: text('a label').describe('Column heading.'),
    }),
  ])
  .describe('A column: a pillar id, or `{id, label}` for another criterion (latency, operator effort).');

export const tradeoffCellSchema = z
  .strictObject({
    score: z.int().min(1).max(5).describe('1 (worst) to 5 (best) for this option on this criterion.'),
    reason: text('the reason for the score').describe('Why this score, in a sentence.'),
  })
  .describe('One cell of the matrix.');

export const tradeoffOptionSchema = z
  .strictObject({
    id: kebabId().describe('Stable id of the option within the matrix.'),
    title: text('a title').describe('The option (a row).'),
    chosen: z.boolean().default(false).describe('Marks the chosen option; exactly one per matrix.'),
    scores: z.record(z.string(), tradeoffCellSchema).describe('One cell per criterion, keyed by pillar id or criterion id.'),
  })
  .describe('A row of the matrix.');

export const tradeoffSchema = z
  .strictObject({
    id: kebabId().describe('Stable id of the matrix within the review; the same id across versions is the same decision.'),
    title: text('a title').describe('The decision, e.g. "Provisioned throughput vs on-demand".'),
    criteria: z.array(tradeoffCriterionSchema).min(2, {error: 'a trade-off weighs at least two criteria'}).describe('Columns.'),
    options: z.array(tradeoffOptionSchema).min(2, {error: 'a trade-off compares at least two options'}).describe('Rows.'),
    decision: text('why the chosen option was chosen').describe('Why the chosen option wins, and what it gives up.'),
    findings: z.array(findingId()).default([]).describe('Findings this decision bears on.'),
  })
  .superRefine((t, ctx) => {
    const keys = t.criteria.map((c) => (typeof c === 'string' ? c : c.id));
    keys.forEach((k, i) => {
      if (keys.indexOf(k) !== i) ctx.addIssue({code: 'custom', path: ['criteria', i], params: {rule: 'tradeoff/criteria'}, message: `criterion "${k}" is listed twice`});
    });
    const chosen = t.options.filter((o) => o.chosen).length;
    if (chosen !== 1) {
      ctx.addIssue({code: 'custom', path: ['options'], params: {rule: 'tradeoff/chosen'}, message: `exactly one option is \`chosen: true\`; found ${chosen}`});
    }
    t.options.forEach((o, i) => {
      for (const k of keys) {
        if (!(k in o.scores)) ctx.addIssue({code: 'custom', path: ['options', i, 'scores'], params: {rule: 'tradeoff/criteria'}, message: `option "${o.id}" has no score for "${k}"`});
      }
      for (const k of Object.keys(o.scores)) {
        if (!keys.includes(k)) {
          ctx.addIssue({code: 'custom', path: ['options', i, 'scores', k], params: {rule: 'tradeoff/criteria', key: true, valid: keys}, message: `"${k}" is not a criterion of this matrix. Valid: ${keys.join(', ')}`});
        }
      }
      if (t.options.findIndex((x) => x.id === o.id) !== i) {
        ctx.addIssue({code: 'custom', path: ['options', i, 'id'], params: {rule: 'tradeoff/criteria'}, message: `option id "${o.id}" is used twice`});
      }
    });
  })
  .describe('A trade-off between pillars: options as rows, criteria as columns, a score and a reason per cell.');

export type TradeoffInput = z.input<typeof tradeoffSchema>;
export type Tradeoff = z.output<typeof tradeoffSchema>;
