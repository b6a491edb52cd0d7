import * as z from 'zod';
import {NOT_APPLICABLE_REASONS} from './vocab';
import {TOOL_ID} from './primitives';
import {lensRefSchema} from './lens-ref';


const choiceId = () => z.string().regex(TOOL_ID, {error: 'expected a choice id of the question (3-128 of A-Z, a-z, 0-9, _)'});

export const answerSchema = z
  .strictObject({
    question: lensRefSchema.describe('The lens question answered, namespaced.'),
    applicable: z.boolean().default(true).describe('False when the whole question does not apply (the Tool\'s IsApplicable).'),
    reason: z.enum(NOT_APPLICABLE_REASONS).optional().describe('Why the question does not apply, when `applicable` is false.'),
    selected: z.array(choiceId()).default([]).describe('Choices (best practices) the subject follows.'),
    notApplicable: z
      .array(
        z.strictObject({
          choice: choiceId().describe('A choice of the question.'),
          reason: z.enum(NOT_APPLICABLE_REASONS).describe('Why it does not apply.'),
          notes: z.string().max(250).optional().describe('At most 250 characters, as in the Tool.'),
        }),
      )
      .default([])
      .describe('Choices that do not apply, with their reasons.'),
    notes: z.string().max(2084).optional().describe('Notes on the answer; at most 2084 characters, as in the Tool.'),
  })
  .superRefine((a, ctx) => {
    if (!a.applicable && a.reason === undefined) {
      ctx.addIssue({code: 'custom', path: ['reason'], params: {rule: 'answers/choices'}, message: 'a question that does not apply needs a `reason`'});
    }
    const na = new Set(a.notApplicable.map((c) => c.choice));
    a.selected.forEach((c, i) => {
      if (na.has(c)) ctx.addIssue({code: 'custom', path: ['selected', i], params: {rule: 'answers/choices'}, message: `choice ${c} is both selected and not applicable`});
      if (a.selected.indexOf(c) !== i) ctx.addIssue({code: 'custom', path: ['selected', i], params: {rule: 'answers/choices'}, message: `choice ${c} is selected twice`});
    });
  })
  .describe('How the subject answers one lens question, as the Well-Architected Tool records it.');

export type AnswerInput = z.input<typeof answerSchema>;
export type Answer = z.output<typeof answerSchema>;
