import * as z from 'zod';
import {EFFORTS, FINDING_STATUSES, PILLARS, SEVERITIES} from './vocab';
import {findingId, isoDate, reviewUrl, text} from './primitives';
import {lensRefSchema} from './lens-ref';

export const locationSchema = z
  .strictObject({
    path: z
      .string()
      .min(1)
      .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\s\\]+$/, {error: 'expected a path relative to the subject repository root, without .. or a leading /'})
      .describe('File or folder in the subject repository, relative to its root, at the subject commit.'),
    line: z.int().positive().optional().describe('First line the finding is about (1-based).'),
    endLine: z.int().positive().optional().describe('Last line of the range, when it spans several lines.'),
    note: z.string().min(1).optional().describe('What this location shows, when the path alone does not say.'),
  })
  .superRefine((loc, ctx) => {
    if (loc.endLine !== undefined && (loc.line === undefined || loc.endLine < loc.line)) {
      ctx.addIssue({code: 'custom', path: ['endLine'], message: 'endLine needs a line and must not be before it'});
    }
  })
  .describe('Where in the subject the finding can be seen.');

export const remediationOptionSchema = z
  .strictObject({
    title: text('the option as an action').describe('The option as an action, e.g. "Route tool calls through AgentCore Gateway".'),
    description: z.string().min(1).optional().describe('How it works and what it changes, in a few sentences.'),
    services: z.array(z.string().min(1)).default([]).describe('AWS services and features the option uses.'),
    effort: z.enum(EFFORTS).describe('Rough effort: S (days), M (weeks), L (a quarter or more).'),
    tradeoff: text('what the option costs in another pillar').describe('What the option costs or risks in another pillar.'),
    recommended: z.boolean().default(false).describe('Marks the option the reviewers recommend; say why in `description` or the finding rationale.'),
  })
  .describe('One way to remediate the finding.');

export const remediationSchema = z
  .strictObject({
    options: z.array(remediationOptionSchema).min(1, {error: 'give at least one remediation option'}).describe('Remediation options, side by side.'),
  })
  .describe('How the finding can be remediated.');

export const resolutionSchema = z
  .strictObject({
    how: text('how the finding was resolved').describe('What resolved it.'),
    link: reviewUrl().optional().describe('The change that resolved it (commit, pull request, ADR).'),
    version: z.int().positive().describe('The review version in which the resolution was recorded.'),
  })
  .describe('Required when `status` is `resolved`.');

export const acceptanceSchema = z
  .strictObject({
    by: text('who accepts the risk').describe('Who accepts the risk (a role or a named owner).'),
    until: isoDate().describe('When the acceptance expires and must be revisited; an expired acceptance is a warning.'),
    reason: text('why the risk is accepted').describe('Why the risk is accepted rather than remediated.'),
  })
  .describe('Required when `status` is `accepted`.');

export const findingSchema = z
  .strictObject({
    id: findingId().describe('Permanent id `<idPrefix>-NNN`: never reused, never renumbered, encodes nothing that can change.'),
    title: text('a title').max(160).describe('What is wrong, specifically (component, feature, failure).'),
    pillar: z.enum(PILLARS).describe('The Well-Architected pillar the finding belongs to.'),
    severity: z.enum(SEVERITIES).describe('Our severity (not the Tool\'s question risk).'),
    rationale: text('why this severity').describe('Why this severity: blast radius, likelihood, detectability.'),
    status: z.enum(FINDING_STATUSES).describe('`open`, `mitigating`, `resolved` (with `resolution`) or `accepted` (with `acceptance`). "Open" in counts means open or mitigating.'),
    lensRefs: z.array(lensRefSchema).default([]).describe('The lens questions the finding answers, namespaced.'),
    services: z.array(z.string().min(1)).default([]).describe('AWS services and features the finding is about.'),
    locations: z.array(locationSchema).default([]).describe('Where in the subject the finding can be seen.'),
    remediation: remediationSchema.optional().describe('Remediation options.'),
    owner: z.string().min(1).optional().describe('Who owns the remediation.'),
    tracking: reviewUrl().optional().describe('The issue that tracks the remediation (https URL).'),
    resolution: resolutionSchema.optional(),
    acceptance: acceptanceSchema.optional(),
    retired: text('why the finding is retired').optional().describe('Ends the id in this version: why the finding no longer applies. The id may not appear in a later version.'),
    replacedBy: z.array(findingId()).min(1).optional().describe('Ends the id in this version: the findings of this version that replace it.'),
  })
  .superRefine((f, ctx) => {
    if (f.status === 'resolved' && !f.resolution) {
      ctx.addIssue({code: 'custom', path: ['resolution'], params: {rule: 'finding/resolution-missing'}, message: 'a resolved finding needs `resolution: {how, version}`'});
    }
    if (f.status !== 'resolved' && f.resolution) {
      ctx.addIssue({code: 'custom', path: ['resolution'], params: {rule: 'finding/resolution-missing'}, message: `\`resolution\` is only for resolved findings; this one is ${f.status}`});
    }
    if (f.status === 'accepted' && !f.acceptance) {
      ctx.addIssue({code: 'custom', path: ['acceptance'], params: {rule: 'finding/acceptance-missing'}, message: 'an accepted finding needs `acceptance: {by, until, reason}`'});
    }
    if (f.status !== 'accepted' && f.acceptance) {
      ctx.addIssue({code: 'custom', path: ['acceptance'], params: {rule: 'finding/acceptance-missing'}, message: `\`acceptance\` is only for accepted findings; this one is ${f.status}`});
    }
    if (f.retired !== undefined && f.replacedBy !== undefined) {
      ctx.addIssue({code: 'custom', path: ['replacedBy'], params: {rule: 'finding/ended-twice'}, message: 'a finding is either `retired` or `replacedBy`, not both'});
    }
    if (f.replacedBy?.includes(f.id)) {
      ctx.addIssue({code: 'custom', path: ['replacedBy'], params: {rule: 'finding/ended-twice'}, message: `${f.id} cannot replace itself`});
    }
    const recommended = f.remediation?.options.filter((o) => o.recommended).length ?? 0;
    if (recommended > 1) {
      ctx.addIssue({code: 'custom', path: ['remediation', 'options'], params: {rule: 'finding/recommended-count'}, message: `${recommended} options are marked recommended; mark one`});
    }
  })
  .describe('A finding: one specific problem in the subject, with its severity, status and remediation.');

export type FindingInput = z.input<typeof findingSchema>;
export type Finding = z.output<typeof findingSchema>;
export type Location = z.output<typeof locationSchema>;
export type RemediationOption = z.output<typeof remediationOptionSchema>;
