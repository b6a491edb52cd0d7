import * as z from 'zod';
import {TOOL_ID} from '../schemas/primitives';
import {LENS_RISKS} from '../schemas/vocab';
import {DEFAULT_CONDITION, parseCondition} from './condition';

/**
 * The Well-Architected Tool's custom-lens JSON (schemaVersion "2021-11-01"), every rule of the "Lens format
 * specification" page, as one zod schema. Each refinement names its rule id in `params.rule`; built-in checks
 * (lengths, counts, patterns) get theirs from `toolIssueRule` in ./check.ts, by the field they sit on.
 *
 * Where the spec and the API disagree we take the stricter value: pillar ids at most 64 characters (API PillarId).
 */

export const TOOL_SCHEMA_VERSION = '2021-11-01';

export const TOOL_LIMITS = {
  pillars: 10,
  questionsPerPillar: 20,
  choicesPerQuestion: 15,
  riskRulesPerQuestion: 3,
  /** Extra links per choice, per type (HELPFUL_RESOURCE, IMPROVEMENT_PLAN). */
  extraResourcesPerType: 5,
  idLength: 128,
  pillarIdLength: 64,
  titleLength: 128,
  textLength: 2048,
  /** "500 KB", read as 500 x 1024 bytes. */
  fileBytes: 500 * 1024,
} as const;

/** The "None of these" choice: the only one that may go without an improvement plan. */
export const NONE_CHOICE_SUFFIX = '_no';

export const TOOL_RESOURCE_TYPES = ['HELPFUL_RESOURCE', 'IMPROVEMENT_PLAN'] as const;

const toolId = (what: string, max: number = TOOL_LIMITS.idLength) =>
  z
    .string()
    .regex(TOOL_ID, {error: `a ${what} id is 3-${TOOL_LIMITS.idLength} characters from A-Z, a-z, 0-9 and _`})
    .max(max, {error: (iss) => `a ${what} id is at most ${max} characters (the Tool API's limit), got ${String((iss.input as string).length)}`});

const title = (what: string) =>
  z
    .string()
    .min(1, {error: `the ${what} is empty`})
    .max(TOOL_LIMITS.titleLength, {error: (iss) => `a ${what} is at most ${TOOL_LIMITS.titleLength} characters, got ${String((iss.input as string).length)}`});

const text = (what: string) =>
  z.string().max(TOOL_LIMITS.textLength, {error: (iss) => `a ${what} is at most ${TOOL_LIMITS.textLength} characters, got ${String((iss.input as string).length)}`});

const toolUrl = () =>
  z
    .string()
    .regex(/^https?:\/\//, {error: (iss) => `a url starts with http:// or https://, got ${JSON.stringify(iss.input)}`})
    .describe('A link; must start with http:// or https://.');

const runAlways = {when: () => true} as const;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export const toolResourceSchema = z
  .strictObject({
    displayText: text('displayText').optional().describe('Text of the link (at most 2048 characters); required when `url` is set.'),
    url: toolUrl().optional(),
  })
  .superRefine((r, ctx) => {
    if (r.url !== undefined && r.displayText === undefined) {
      ctx.addIssue({code: 'custom', path: ['displayText'], message: 'a link with a url needs a displayText', params: {rule: 'schema/required'}});
    }
  }, runAlways)
  .describe('A link with its display text.');

export const toolAdditionalResourceSchema = z
  .strictObject({
    type: z.enum(TOOL_RESOURCE_TYPES).describe('Which list the links extend.'),
    content: z.array(toolResourceSchema).describe('The links.'),
  })
  .describe('Extra helpful or improvement-plan links of a choice.');

export const toolChoiceSchema = z
  .strictObject({
    id: toolId('choice').describe('Unique within the question; an id ending in `_no` is the "None of these" choice.'),
    title: title('choice title').describe('At most 128 characters.'),
    helpfulResource: toolResourceSchema.optional(),
    improvementPlan: toolResourceSchema.optional().describe('Required on every choice except the `_no` one.'),
    additionalResources: z.array(toolAdditionalResourceSchema).optional().describe('At most 5 extra helpful and 5 extra improvement-plan links.'),
  })
  .superRefine((c, ctx) => {
    const id = (c as {id?: unknown}).id;
    const plan: unknown = c.improvementPlan;
    if (!(typeof id === 'string' && id.endsWith(NONE_CHOICE_SUFFIX)) && !(isRecord(plan) && plan.displayText !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: plan === undefined ? [] : ['improvementPlan'],
        message: `choice ${typeof id === 'string' ? id : ''} needs an improvementPlan with a displayText (only the "${NONE_CHOICE_SUFFIX}" choice may go without)`,
        params: {rule: 'wa-lens/improvement-plan'},
      });
    }
    for (const type of TOOL_RESOURCE_TYPES) {
      const count = list(c.additionalResources).reduce<number>((n, g) => n + (isRecord(g) && g.type === type ? list(g.content).length : 0), 0);
      if (count > TOOL_LIMITS.extraResourcesPerType) {
        ctx.addIssue({
          code: 'custom',
          path: ['additionalResources'],
          message: `${count} extra ${type} links; a choice has at most ${TOOL_LIMITS.extraResourcesPerType} of each type`,
          params: {rule: 'wa-lens/extra-resources'},
        });
      }
    }
  }, runAlways)
  .describe('A choice (best practice) of a question.');

export const toolRiskRuleSchema = z
  .strictObject({
    condition: z.string().describe('`default`, or a Boolean expression over the question\'s choice ids with !, && (before ||), || and parentheses.'),
    risk: z.enum(LENS_RISKS).describe('The risk the question gets when this is the first rule that holds.'),
  })
  .describe('A risk rule; the first rule whose condition holds sets the risk.');

export const toolQuestionSchema = z
  .strictObject({
    id: toolId('question').describe('Unique in the lens.'),
    title: title('question title').describe('At most 128 characters.'),
    description: text('description').describe('Intent of the question (at most 2048 characters).'),
    helpfulResource: toolResourceSchema.optional(),
    choices: z.array(toolChoiceSchema).min(1).max(TOOL_LIMITS.choicesPerQuestion).describe('At most 15 choices.'),
    riskRules: z.array(toolRiskRuleSchema).max(TOOL_LIMITS.riskRulesPerQuestion).describe('At most 3 rules, exactly one `default`; order matters.'),
  })
  .superRefine((q, ctx) => {
    const choiceIds = list(q.choices).flatMap((c) => (isRecord(c) && typeof c.id === 'string' ? [c.id] : []));
    const seen = new Set<string>();
    list(q.choices).forEach((c, ci) => {
      if (!isRecord(c) || typeof c.id !== 'string') return;
      if (seen.has(c.id)) ctx.addIssue({code: 'custom', path: ['choices', ci, 'id'], message: `choice id "${c.id}" is used twice in this question`, params: {rule: 'lens/duplicate-id'}});
      seen.add(c.id);
    });
    const rules = list(q.riskRules);
    const defaults = rules.filter((r) => isRecord(r) && r.condition === DEFAULT_CONDITION).length;
    if (Array.isArray(q.riskRules) && defaults !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['riskRules'],
        message: defaults === 0 ? 'no risk rule has the condition `default`; every question needs exactly one' : `${defaults} risk rules have the condition \`default\`; a question has exactly one`,
        params: {rule: 'wa-lens/default-rule'},
      });
    }
    rules.forEach((r, ri) => {
      if (!isRecord(r) || typeof r.condition !== 'string' || r.condition === DEFAULT_CONDITION) return;
      const parsed = parseCondition({condition: r.condition, choices: choiceIds});
      if (parsed.ok) return;
      for (const e of parsed.errors) {
        ctx.addIssue({
          code: 'custom',
          path: ['riskRules', ri, 'condition'],
          message: `${e.message} (column ${e.column} of the condition)`,
          params: {rule: e.rule, column: e.column, ...(e.suggestion ? {suggestion: e.suggestion} : {})},
        });
      }
    });
  }, runAlways)
  .describe('A question of a pillar.');

export const toolPillarSchema = z
  .strictObject({
    id: toolId('pillar', TOOL_LIMITS.pillarIdLength).describe('`operationalExcellence`, `security`, `reliability`, `performance`, `costOptimization`, `sustainability`, or the lens\'s own (at most 64 characters).'),
    name: title('pillar name').describe('At most 128 characters.'),
    questions: z.array(toolQuestionSchema).max(TOOL_LIMITS.questionsPerPillar).describe('At most 20 questions.'),
  })
  .describe('A pillar of the lens.');

export const toolLensSchema = z
  .strictObject({
    schemaVersion: z.literal(TOOL_SCHEMA_VERSION).describe('Always "2021-11-01".'),
    name: title('lens name').describe('At most 128 characters.'),
    description: text('description').describe('Shown when lenses are picked for a workload (at most 2048 characters).'),
    pillars: z.array(toolPillarSchema).min(1).max(TOOL_LIMITS.pillars).describe('At most 10 pillars.'),
  })
  .superRefine((lens, ctx) => {
    const pillarIds = new Set<string>();
    const questionIds = new Map<string, string>();
    list(lens.pillars).forEach((p, pi) => {
      if (!isRecord(p)) return;
      if (typeof p.id === 'string') {
        if (pillarIds.has(p.id)) ctx.addIssue({code: 'custom', path: ['pillars', pi, 'id'], message: `pillar id "${p.id}" is used twice`, params: {rule: 'lens/duplicate-id'}});
        pillarIds.add(p.id);
      }
      list(p.questions).forEach((q, qi) => {
        if (!isRecord(q) || typeof q.id !== 'string') return;
        const first = questionIds.get(q.id);
        if (first !== undefined) {
          ctx.addIssue({code: 'custom', path: ['pillars', pi, 'questions', qi, 'id'], message: `question id "${q.id}" is already used in pillar "${first}"; question ids are unique in a lens`, params: {rule: 'lens/duplicate-id'}});
        } else questionIds.set(q.id, String(p.id));
      });
    });
  }, runAlways)
  .describe('A custom lens of the AWS Well-Architected Tool (`aws wellarchitected import-lens`).');

export type ToolLensInput = z.input<typeof toolLensSchema>;
export type ToolLens = z.output<typeof toolLensSchema>;
export type ToolQuestion = z.output<typeof toolQuestionSchema>;
export type ToolChoice = z.output<typeof toolChoiceSchema>;

/**
 * The format's own keys at each level, from the schemas, with the level of each nested object: the one table the
 * importer (which sets other keys aside) and the exporter (which writes nothing else) walk.
 */
export const TOOL_LEVELS = {
  lens: {schema: toolLensSchema, children: {pillars: 'pillar'}},
  pillar: {schema: toolPillarSchema, children: {questions: 'question'}},
  question: {schema: toolQuestionSchema, children: {helpfulResource: 'resource', choices: 'choice', riskRules: 'riskRule'}},
  choice: {schema: toolChoiceSchema, children: {helpfulResource: 'resource', improvementPlan: 'resource', additionalResources: 'additionalResource'}},
  additionalResource: {schema: toolAdditionalResourceSchema, children: {content: 'resource'}},
  resource: {schema: toolResourceSchema, children: {}},
  riskRule: {schema: toolRiskRuleSchema, children: {}},
} as const satisfies Record<string, {schema: {shape: object}; children: Record<string, string>}>;

export type ToolLevel = keyof typeof TOOL_LEVELS;

export function toolKeys(level: ToolLevel): string[] {
  return Object.keys(TOOL_LEVELS[level].schema.shape);
}
