import * as z from 'zod';
import {LENS_KINDS, LENS_RISKS, PILLARS, TITLE_SOURCES} from './vocab';
import {isoDate, LENS_NAMESPACE, TOOL_ID, UNSAFE_SCHEMES} from './primitives';
import {lensRefSchema} from './lens-ref';

/**
 * Our lens format (`lenses/<id>.yaml`): everything the Well-Architected Tool's custom-lens JSON holds, plus our
 * fields (which official questions a question extends, what it adds, how sure we are of a title). The official
 * catalog uses the same format without choices: AWS's text is not ours to copy, only ids, titles in our words
 * and links.
 */

/** Lens links may be http: (imported lenses keep their data); code-running schemes never. */
const lensUrl = () =>
  z
    .string()
    .refine((v) => !UNSAFE_SCHEMES.test(v), {error: 'refused URL scheme: use https:', params: {rule: 'url/unsafe'}})
    .describe('An http(s) URL.');

const toolId = (what: string) => z.string().regex(TOOL_ID, {error: `expected a ${what} id of 3-128 characters from A-Z, a-z, 0-9 and _`});

export const resourceSchema = z
  .strictObject({
    displayText: z.string().max(2048).describe('Text shown for the link (at most 2048 characters).'),
    url: lensUrl().optional(),
  })
  .describe('A link with its display text.');

export const additionalResourceSchema = z
  .strictObject({
    type: z.enum(['HELPFUL_RESOURCE', 'IMPROVEMENT_PLAN']).describe('Which list the links extend.'),
    content: z.array(resourceSchema).min(1).describe('The links.'),
  })
  .describe('Extra helpful or improvement-plan links of a choice.');

export const lensChoiceSchema = z
  .strictObject({
    id: toolId('choice').describe('Choice id, unique within the question; an id ending in `_no` is the "None of these" choice.'),
    title: z.string().min(1).max(128).describe('The best practice, at most 128 characters.'),
    description: z.string().max(2048).optional().describe('What following the practice looks like (ours; not exported to the Tool).'),
    helpfulResource: resourceSchema.optional().describe('Why the practice matters, with an optional link.'),
    improvementPlan: resourceSchema.optional().describe('What to do when the practice is not followed; required except on the `_no` choice.'),
    additionalResources: z.array(additionalResourceSchema).optional().describe('At most 5 extra helpful and 5 extra improvement-plan links.'),
  })
  .describe('A choice (best practice) of a question.');

export const riskRuleSchema = z
  .strictObject({
    condition: z.string().min(1).describe('`default`, or a Boolean expression over the question\'s choice ids with `!`, `&&`, `||` and parentheses.'),
    risk: z.enum(LENS_RISKS).describe('The risk the question gets when the condition is the first that holds.'),
  })
  .describe('A risk rule; the first rule whose condition holds sets the question\'s risk.');

export const lensQuestionSchema = z
  .strictObject({
    id: toolId('question').describe('Question id, unique in the lens (e.g. AGENTSEC04, ASL_TOOL_01).'),
    title: z.string().min(1).describe('The question, in our words for official lenses (see `titleSource`). At most 128 characters when exported to the Tool.'),
    titleSource: z.enum(TITLE_SOURCES).optional().describe('Required for official lenses: `confirmed` (checked against the AWS page), `third-party-notes` (wording from notes that cite the page), or `focus-area-only` (only the focus-area name is known).'),
    url: z.string().url({protocol: /^https$/, error: 'expected an https: link to the question\'s documentation page'}).optional().describe('The question\'s documentation page; required for official lenses.'),
    added: isoDate().optional().describe('When the question was published, if later than the lens.'),
    description: z.string().max(2048).optional().describe('Intent of the question (at most 2048 characters).'),
    helpfulResource: resourceSchema.optional(),
    choices: z.array(lensChoiceSchema).optional().describe('Best practices; absent in the official catalog.'),
    riskRules: z.array(riskRuleSchema).optional().describe('Risk rules, most specific first, `default` last.'),
    extends: z.array(lensRefSchema).optional().describe('Official questions this question extends.'),
    adds: z.string().min(1).optional().describe('What this question covers that the questions it extends do not.'),
    notes: z.string().min(1).optional().describe('Notes for maintainers (not exported).'),
  })
  .describe('A lens question.');

export const lensPillarSchema = z
  .strictObject({
    id: toolId('pillar').max(64, {error: 'a pillar id is at most 64 characters (the Tool API limit)'}).describe('Pillar id as in the Tool (`operationalExcellence`, `security`, ...) or the lens\'s own.'),
    pillar: z.enum(PILLARS).optional().describe('The Framework pillar this lens pillar maps to, when it does.'),
    name: z.string().min(1).max(128).describe('Pillar name.'),
    questions: z.array(lensQuestionSchema).describe('Questions of the pillar.'),
  })
  .describe('A pillar of the lens.');

export const lensVersionSchema = z
  .strictObject({
    version: z.string().min(1).max(32).describe('Version label (at most 32 characters, as the Tool\'s LensVersion).'),
    date: isoDate().describe('Publication date of this version.'),
    notes: z.string().min(1).optional().describe('What changed.'),
  })
  .describe('A version of the lens.');

/**
 * Where an imported lens came from, and what of its JSON our format has no field for. Import keeps the Tool's data
 * unchanged in the lens fields and sets every other key aside here; export never writes them back.
 */
export const toolImportSchema = z
  .strictObject({
    file: z.string().min(1).describe('Name of the imported JSON file.'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, {error: 'expected the 64 lowercase hex digits of a SHA-256'}).describe('SHA-256 of the imported file\'s bytes.'),
    importedOn: isoDate().describe('When it was imported.'),
    schemaVersion: z.string().optional().describe('The file\'s `schemaVersion`, as it was (export always writes "2021-11-01").'),
    extras: z
      .array(
        z.strictObject({
          pointer: z.string().regex(/^(\/[^/]*)+$/, {error: 'expected a JSON Pointer like /pillars/0/questions/2/url'}).describe('Where the key was in the imported file (RFC 6901 JSON Pointer; array indexes as in that file).'),
          value: z.json().describe('Its value, unchanged.'),
        }),
      )
      .optional()
      .describe('Keys the Tool\'s format does not define (such as `_version`), kept aside with their values.'),
  })
  .describe('Provenance of an imported lens (`wa-review import-lens`).');

export const lensSchema = z
  .strictObject({
    id: z.string().regex(LENS_NAMESPACE, {error: 'expected a lens id like agentic-systems (lowercase, digits, hyphens)'}).describe('Lens id; the namespace of its questions in lens references; equals the file name.'),
    name: z.string().min(1).max(128).describe('Lens name.'),
    kind: z.enum(LENS_KINDS).describe('`official` (AWS\'s, catalog only), `custom` (ours, exportable), `imported` (someone else\'s custom lens).'),
    publisher: z.string().min(1).describe('Who publishes the lens.'),
    url: z.string().url({protocol: /^https?$/}).optional().describe('Home page of the lens.'),
    description: z.string().max(2048).optional().describe('What the lens is for (at most 2048 characters).'),
    published: isoDate().describe('When the lens was first published; a review may not cite it before this date.'),
    versions: z.array(lensVersionSchema).min(1).describe('Versions, oldest first; reviews cite one of them.'),
    notes: z.string().min(1).optional().describe('Provenance and caveats (for example, which titles could not be confirmed).'),
    pillars: z.array(lensPillarSchema).min(1).describe('Pillars and their questions.'),
    toolImport: toolImportSchema.optional().describe('For `kind: imported`: the file it came from and the keys set aside.'),
  })
  .superRefine((lens, ctx) => {
    // An official lens is a catalog of AWS's questions in our words: each says where AWS documents it and how sure
    // its title is, and holds none of AWS's choices or rules.
    if (lens.kind !== 'official') return;
    lens.pillars.forEach((p, i) =>
      p.questions.forEach((q, j) => {
        const at = ['pillars', i, 'questions', j];
        if (q.url === undefined) ctx.addIssue({code: 'custom', path: [...at, 'url'], params: {rule: 'schema/required'}, message: `official question ${q.id} needs \`url\`: the https page where AWS documents it`});
        if (q.titleSource === undefined) ctx.addIssue({code: 'custom', path: [...at, 'titleSource'], params: {rule: 'schema/required'}, message: `official question ${q.id} needs \`titleSource\`: confirmed, third-party-notes or focus-area-only`});
        if (q.choices !== undefined) ctx.addIssue({code: 'custom', path: [...at, 'choices'], params: {rule: 'schema/invalid'}, message: `official question ${q.id} holds no choices: the catalog keeps AWS's question ids and our titles only`});
        if (q.riskRules !== undefined) ctx.addIssue({code: 'custom', path: [...at, 'riskRules'], params: {rule: 'schema/invalid'}, message: `official question ${q.id} holds no risk rules: the catalog keeps AWS's question ids and our titles only`});
      }),
    );
  })
  .describe('A lens: our own, an official catalog, or an imported custom lens.');

export type LensInput = z.input<typeof lensSchema>;
export type Lens = z.output<typeof lensSchema>;
export type LensQuestion = z.output<typeof lensQuestionSchema>;
export type LensChoice = z.output<typeof lensChoiceSchema>;
