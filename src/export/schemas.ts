import * as z from 'zod';
import {findingSchema, locationSchema} from '../schemas/finding';
import {reviewLensSchema} from '../schemas/lens-ref';
import {metricSchema} from '../schemas/metric';
import {subjectSchema} from '../schemas/subject';
import {FINDING_STATUSES, PILLARS, SEVERITIES} from '../schemas/vocab';
import {PILLAR_RATINGS} from '../content/derive';

/**
 * The machine-readable exports under /api/v1/, as zod schemas: the types are inferred from them and their JSON
 * Schemas are published under /api/v1/schema/ (docs/reference/contracts.md#urls). A field may be added within
 * apiVersion 1; a field is never renamed, retyped or given another meaning without a new apiVersion.
 */

/** The version of every JSON export's shape; `/api/v1/` carries it in the path too. */
export const API_VERSION = 1;

const apiVersion = z.literal(API_VERSION).describe('Version of this shape. Fields may be added within a version; anything else changes it (and the /api/v<N>/ path).');
const absoluteUrl = (what: string) => z.url({protocol: /^https?$/}).describe(what);
/** An object with one key per value of a closed vocabulary. */
function keyed<K extends string, S extends z.ZodType>(keys: readonly K[], make: (key: K) => S) {
  return z.object(Object.fromEntries(keys.map((k) => [k, make(k)])) as Record<K, S>);
}
const severityCounts = keyed(SEVERITIES, (s) => z.int().nonnegative().describe(`Open ${s}-severity findings.`)).describe(
  'Open (open or mitigating) findings by severity; ended findings are not counted.',
);

// ---------------------------------------------------------------------------------------------------------------
// findings.json

export const findingEndingSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('retired').describe('The id was retired: the finding no longer applies.'),
      version: z.int().positive().describe('The review version in which the id ended.'),
      reason: z.string().describe('Why it was retired.'),
    }),
    z.object({
      kind: z.literal('replaced').describe('The id was replaced by other findings of the same version.'),
      version: z.int().positive().describe('The review version in which the id ended.'),
      replacedBy: z.array(z.string()).min(1).describe('The ids that replace it, in that version.'),
    }),
  ])
  .describe('How the id ended; null while it is current.');

export const exportedSubjectSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('repository'),
      repo: z.string().describe('The repository, `owner/name`.'),
      commit: z.string().describe('The full commit sha the version was read at; locations refer to it.'),
    }),
    z.object({
      kind: z.literal('reference-design'),
      page: z.string().describe('The page of this project that states the design.'),
      basedOn: z.object({repo: z.string(), commit: z.string()}).nullable().describe('The repository and commit the design starts from, if any.'),
    }),
  ])
  .describe('What the version that gives the finding its state reviewed.');

export const findingsJsonEntrySchema = z
  .object({
    id: z.string().describe('The permanent finding id, `<idPrefix>-NNN`.'),
    url: absoluteUrl('The finding page, `<site>findings/<ID>/`: a permalink that never breaks.'),
    review: z.string().describe('The review id.'),
    version: z.int().positive().describe('The latest published version that lists the finding; the state below is from it.'),
    date: z.string().describe('The date of that version (YYYY-MM-DD).'),
    firstVersion: z.int().positive().describe('The first published version that lists the finding.'),
    title: z.string().describe('The title, as of `version`.'),
    pillar: z.enum(PILLARS).describe('The Well-Architected pillar.'),
    severity: z.enum(SEVERITIES).describe('Our severity (not the Well-Architected Tool\'s question risk).'),
    status: z.enum(FINDING_STATUSES).describe('The status as of `version`.'),
    open: z.boolean().describe('True when the status is open or mitigating and the id has not ended: what counts as open in counts and badges.'),
    ended: findingEndingSchema.nullable(),
    successors: z.array(z.string()).describe('For a replaced id, the current findings that replace it (following replacements through later versions); otherwise empty.'),
    replaces: z.array(z.string()).describe('Ids whose `replacedBy` names this finding.'),
    lensRefs: z.array(z.string()).describe('The lens questions the finding answers, namespaced (`wellarchitected:SEC03`).'),
    subject: exportedSubjectSchema,
    locations: z.array(locationSchema).describe('Where in the subject the finding can be seen, at the subject commit.'),
  })
  .describe('One published finding with its current state.');

export const findingsJsonReviewSchema = z
  .object({
    id: z.string().describe('The review id.'),
    title: z.string().describe('The title of the latest published version.'),
    idPrefix: z.string().describe('The prefix of the review\'s finding ids.'),
    url: absoluteUrl('The review page (its latest published version).'),
    latestVersion: z.int().positive().describe('The latest published version.'),
    subject: exportedSubjectSchema,
  })
  .describe('A review with at least one published version.');

export const findingsJsonSchema = z
  .object({
    apiVersion,
    site: absoluteUrl('The site\'s base URL, ending with a slash; every URL in this file starts with it.'),
    reviews: z.array(findingsJsonReviewSchema).describe('Every review with a published version, by id.'),
    findings: z.array(findingsJsonEntrySchema).describe('Every finding id ever published, by id; drafts appear nowhere.'),
  })
  .describe('/api/v1/findings.json: every published finding with its current state and permalink.');

export type FindingsJson = z.output<typeof findingsJsonSchema>;
export type FindingsJsonEntry = z.output<typeof findingsJsonEntrySchema>;
export type FindingEnding = z.output<typeof findingEndingSchema>;
export type ExportedSubject = z.output<typeof exportedSubjectSchema>;

// ---------------------------------------------------------------------------------------------------------------
// reviews/<id>.json

export const reviewJsonFindingSchema = z
  .object({...findingSchema.shape, url: absoluteUrl('The finding page.')})
  .describe('A finding as the version lists it (every front-matter field, defaults filled in), with its page.');

export const reviewJsonVersionSchema = z
  .object({
    version: z.int().positive().describe('The version number.'),
    url: absoluteUrl('The page of this version.'),
    date: z.string().describe('The version date (YYYY-MM-DD).'),
    title: z.string().describe('The title.'),
    description: z.string().optional().describe('One or two sentences, when the version has them.'),
    reviewers: z.array(z.string()).describe('Who reviewed.'),
    nextReviewDue: z.string().optional().describe('When the next version is due, when set.'),
    subject: subjectSchema,
    lenses: z.array(reviewLensSchema).describe('The lenses (and versions) the version answers to.'),
    open: severityCounts,
    pillars: keyed(PILLARS, (p) => z.object({rating: z.enum(PILLAR_RATINGS).describe('By the worst open finding.'), open: severityCounts}).describe(`The ${p} pillar.`)).describe(
      'Each pillar\'s rating and open findings.',
    ),
    metrics: z.array(metricSchema).describe('The metrics, as written.'),
    findings: z.array(reviewJsonFindingSchema).describe('The findings of the version, including those resolved, accepted or ended in it.'),
  })
  .describe('One published version.');

export const reviewJsonSchema = z
  .object({
    apiVersion,
    id: z.string().describe('The review id.'),
    url: absoluteUrl('The review page (its latest published version).'),
    idPrefix: z.string().describe('The prefix of the review\'s finding ids.'),
    latestVersion: z.int().positive().describe('The latest published version.'),
    versions: z.array(reviewJsonVersionSchema).describe('Every published version, oldest first; drafts are left out.'),
  })
  .describe('/api/v1/reviews/<id>.json: a review\'s published versions with their findings and metrics.');

export type ReviewJson = z.output<typeof reviewJsonSchema>;

// ---------------------------------------------------------------------------------------------------------------
// findings.csv

/** One row of findings.csv; the column order is the key order. Columns are only ever appended. */
export const findingsCsvRowSchema = z
  .object({
    id: z.string().describe('The finding id.'),
    url: z.string().describe('The finding page.'),
    review: z.string().describe('The review id.'),
    version: z.string().describe('The latest published version that lists the finding (its state is from it).'),
    date: z.string().describe('The date of that version.'),
    title: z.string().describe('The title.'),
    pillar: z.enum(PILLARS).describe('The pillar.'),
    severity: z.enum(SEVERITIES).describe('The severity.'),
    status: z.enum(FINDING_STATUSES).describe('The status.'),
    open: z.enum(['true', 'false']).describe('`true` when open or mitigating and not ended.'),
    ended: z.enum(['', 'retired', 'replaced']).describe('How the id ended, or empty.'),
    ended_in: z.string().describe('The version in which it ended, or empty.'),
    successors: z.string().describe('Current findings that replace it, separated by spaces.'),
    replaces: z.string().describe('Ids it replaces, separated by spaces.'),
    lens_refs: z.string().describe('Lens questions, separated by spaces.'),
    subject_repo: z.string().describe('The subject repository `owner/name` (for a reference design: the repository it starts from, or empty).'),
    subject_commit: z.string().describe('The commit of that repository, or empty.'),
    first_version: z.string().describe('The first published version that lists the finding.'),
    locations: z.string().describe('`path` or `path:line` or `path:line-endLine`, separated by spaces.'),
  })
  .describe('One row of /api/v1/findings.csv (RFC 4180, UTF-8, CRLF line ends, a header row). Every value is a string.');

export type FindingsCsvRow = z.output<typeof findingsCsvRowSchema>;
export const FINDINGS_CSV_COLUMNS = Object.keys(findingsCsvRowSchema.shape) as Array<keyof FindingsCsvRow>;

// ---------------------------------------------------------------------------------------------------------------
// reviews/<id>/badge.json

/**
 * A shields.io endpoint badge. shields.io refuses unknown keys in an endpoint's JSON (badges/shields,
 * `services/endpoint-common.js`: `validateEndpointData` with `allowAndStripUnknownKeys: false`), so this file
 * carries shields' own `schemaVersion` and no `apiVersion`.
 */
export const badgeSchema = z
  .strictObject({
    schemaVersion: z.literal(1).describe('shields.io endpoint schema version; always 1.'),
    label: z.string().describe('The left text.'),
    message: z.string().min(1).describe('The right text: open high and medium findings of the latest published version.'),
    color: z.string().describe('The right colour: red with any open high finding, orange with open medium, yellow with open low only, brightgreen with none.'),
  })
  .describe('/api/v1/reviews/<id>/badge.json: a shields.io endpoint badge of the review\'s open findings.');

export type Badge = z.output<typeof badgeSchema>;
