import {createHash} from 'node:crypto';
import * as z from 'zod';
import {urls} from '../plugin/routes';
import type {ReviewVersionEntry} from '../content/types';
import type {Finding, Location} from '../schemas/finding';
import type {Severity} from '../schemas/vocab';
import type {ExportContext} from './findings-json';
import {publishedVersions} from './published';

/**
 * /api/v1/sarif/<owner>/<repo>.sarif: the findings of one subject repository as SARIF 2.1.0 for GitHub code
 * scanning (docs/guides/linking-findings-from-other-repositories.md). Choices, each for a reason:
 *
 * - One rule per finding, `ruleId` = the finding id. Ids are permanent and never reused, which is what code
 *   scanning needs from a rule id; a finding's help (rationale, remediation, lens questions) is its own. A rule
 *   per lens question would merge unrelated findings and leave findings without a lens reference ruleless.
 * - One result per finding: its first location is the primary one, the others are related locations.
 * - `partialFingerprints[FINGERPRINT_KEY]` is a hash of the finding id alone: a new title or line keeps the
 *   alert, a new id makes another. We do not write `primaryLocationLineHash`: upload-sarif computes that one
 *   itself and warns when a given value differs (github/codeql-action#4052).
 * - Resolved and ended findings are left out: the next upload without them closes their alerts as fixed.
 *   Accepted findings stay in with an `external` suppression carrying the acceptance (SARIF's meaning of an
 *   accepted risk; code scanning itself still lists them as open). We write no suppression state/status: the
 *   property's name differs between SARIF 2.1.0 drafts and the standard.
 * - A result without a location makes code scanning reject the whole file ("locationFromSarifResult: expected at
 *   least one location", github/codeql-action#1738 and #2459), so findings without a location are left out and
 *   listed in the run's `properties.findingsWithoutLocation`.
 * - Per review, the findings come from its latest published version that read this repository (its commit is
 *   the run's `versionControlProvenance`); a later version about a reference design does not change them.
 * - `baselineState` compares with the review's previous published version of the same repository: new,
 *   unchanged or updated.
 */

export const SARIF_SCHEMA_URI = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json';
export const SARIF_TOOL_NAME = 'wa-review';
/** The key of our fingerprint in `partialFingerprints`; the `/v1` changes only if the way it is computed does. */
export const FINGERPRINT_KEY = 'wellArchitectedFindingId/v1';

const LEVELS = {high: 'error', medium: 'warning', low: 'note'} as const satisfies Record<Severity, string>;
/** GitHub's `problem.severity` for rules that are not security rules. */
const PROBLEM_SEVERITY = {high: 'error', medium: 'warning', low: 'recommendation'} as const satisfies Record<Severity, string>;
/** GitHub's `security-severity` (CVSS-like, 0.0-10.0) for security-pillar findings: high, medium, low. */
const SECURITY_SEVERITY = {high: '8.0', medium: '5.5', low: '3.0'} as const satisfies Record<Severity, string>;

const message = z.object({text: z.string(), markdown: z.string().optional()});
const physicalLocation = z.object({
  artifactLocation: z.object({uri: z.string()}),
  region: z.object({startLine: z.int().positive(), endLine: z.int().positive().optional()}).optional(),
});
const sarifLocation = z.object({id: z.int().nonnegative().optional(), physicalLocation, message: message.optional()});

/** The part of SARIF 2.1.0 this project writes; the vendored official schema is what the tests check. */
export const sarifLogSchema = z.object({
  $schema: z.literal(SARIF_SCHEMA_URI),
  version: z.literal('2.1.0'),
  runs: z.array(
    z.object({
      tool: z.object({
        driver: z.object({
          name: z.string(),
          informationUri: z.string(),
          rules: z.array(
            z.object({
              id: z.string(),
              shortDescription: message,
              fullDescription: message,
              helpUri: z.string(),
              help: message,
              defaultConfiguration: z.object({level: z.enum(['error', 'warning', 'note'])}),
              properties: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
            }),
          ),
        }),
      }),
      versionControlProvenance: z.array(z.object({repositoryUri: z.string(), revisionId: z.string()})),
      results: z.array(
        z.object({
          ruleId: z.string(),
          ruleIndex: z.int().nonnegative(),
          level: z.enum(['error', 'warning', 'note']),
          kind: z.literal('fail'),
          message,
          locations: z.array(sarifLocation).min(1),
          relatedLocations: z.array(sarifLocation).optional(),
          partialFingerprints: z.record(z.string(), z.string()),
          baselineState: z.enum(['new', 'unchanged', 'updated']),
          suppressions: z.array(z.object({kind: z.literal('external'), justification: z.string()})).optional(),
          properties: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
        }),
      ),
      properties: z.object({
        repository: z.string(),
        reviews: z.array(z.object({id: z.string(), version: z.int(), url: z.string()})),
        findingsWithoutLocation: z.array(z.string()),
      }),
    }),
  ),
});

export type SarifLog = z.output<typeof sarifLogSchema>;
type SarifRun = SarifLog['runs'][number];
type SarifResult = SarifRun['results'][number];
type SarifRule = SarifRun['tool']['driver']['rules'][number];

/** The stable fingerprint of a finding: depends on its id and nothing else. */
export function findingFingerprint(id: string): string {
  return createHash('sha256').update(`wa-review finding ${id}`).digest('hex').slice(0, 32);
}

/** Every repository that a published version reviewed (`owner/name`), sorted: each gets a SARIF file. */
export function sarifRepositories({corpus}: Pick<ExportContext, 'corpus'>): string[] {
  const repos = new Map<string, string>();
  for (const review of corpus.reviews) {
    for (const v of publishedVersions(review)) {
      const s = v.data.subject;
      if (s.kind === 'repository' && !repos.has(s.repo.toLowerCase())) repos.set(s.repo.toLowerCase(), s.repo);
    }
  }
  return [...repos.values()].sort((a, b) => a.localeCompare(b));
}

/** The SARIF file of one repository (`owner/name`, any case), or undefined when no published version reviewed it. */
export function toSarif({corpus, siteUrl, repo}: ExportContext & {repo: string}): SarifLog | undefined {
  const canonical = sarifRepositories({corpus}).find((r) => r.toLowerCase() === repo.toLowerCase());
  if (!canonical) return undefined;
  const reviewsRepo = (v: ReviewVersionEntry) => v.data.subject.kind === 'repository' && v.data.subject.repo.toLowerCase() === canonical.toLowerCase();

  const rules: SarifRule[] = [];
  const results: SarifResult[] = [];
  const commits: string[] = [];
  const reviews: SarifRun['properties']['reviews'] = [];
  const withoutLocation: string[] = [];
  for (const review of corpus.reviews) {
    // Per review, the latest published version that read this repository: a later reference-design version
    // says what a proposed design would change, not what the repository holds.
    const versions = publishedVersions(review).filter(reviewsRepo);
    const current = versions.at(-1);
    if (!current || current.data.subject.kind !== 'repository') continue;
    const previous = versions.at(-2);
    reviews.push({id: review.id, version: current.version, url: `${siteUrl}${urls.version(review.id, current.version)}`});
    if (!commits.includes(current.data.subject.commit)) commits.push(current.data.subject.commit);
    for (const f of current.data.findings) {
      if (f.retired !== undefined || f.replacedBy !== undefined || f.status === 'resolved') continue;
      if (f.locations.length === 0) {
        withoutLocation.push(f.id);
        continue;
      }
      const url = `${siteUrl}${urls.finding(f.id)}`;
      rules.push(toRule(f, url));
      results.push(toResult({finding: f, review: review.id, version: current, url, ruleIndex: rules.length - 1, previous: previous?.data.findings.find((x) => x.id === f.id)}));
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: SARIF_TOOL_NAME, informationUri: siteUrl, rules}},
        versionControlProvenance: commits.map((revisionId) => ({repositoryUri: `https://github.com/${canonical}`, revisionId})),
        results,
        properties: {repository: canonical, reviews, findingsWithoutLocation: withoutLocation},
      },
    ],
  };
}

function toRule(f: Finding, url: string): SarifRule {
  const tags = ['well-architected', f.pillar, ...(f.pillar === 'security' ? ['security'] : []), ...f.lensRefs];
  return {
    id: f.id,
    shortDescription: {text: f.title},
    fullDescription: {text: f.rationale},
    helpUri: url,
    help: {text: helpText(f, url), markdown: helpMarkdown(f, url)},
    defaultConfiguration: {level: LEVELS[f.severity]},
    properties: {
      tags: [...new Set(tags)],
      'problem.severity': PROBLEM_SEVERITY[f.severity],
      ...(f.pillar === 'security' ? {'security-severity': SECURITY_SEVERITY[f.severity]} : {}),
    },
  };
}

interface ResultInput {
  finding: Finding;
  review: string;
  version: ReviewVersionEntry;
  url: string;
  ruleIndex: number;
  /** The finding in the previous published version that read the repository, if it listed it. */
  previous: Finding | undefined;
}

function toResult({finding: f, review, version, url, ruleIndex, previous}: ResultInput): SarifResult {
  const [first, ...rest] = f.locations.map((l, i) => toLocation(l, i));
  return {
    ruleId: f.id,
    ruleIndex,
    level: LEVELS[f.severity],
    kind: 'fail',
    message: {text: `${f.id}: ${f.title} (${f.severity} severity, ${f.status}). ${url}`},
    locations: [first!],
    ...(rest.length ? {relatedLocations: rest} : {}),
    partialFingerprints: {[FINGERPRINT_KEY]: findingFingerprint(f.id)},
    baselineState: baselineState(f, previous),
    ...(f.status === 'accepted' && f.acceptance
      ? {suppressions: [{kind: 'external' as const, justification: `Risk accepted by ${f.acceptance.by} until ${f.acceptance.until}: ${f.acceptance.reason}`}]}
      : {}),
    properties: {
      review,
      reviewVersion: version.version,
      commit: version.data.subject.kind === 'repository' ? version.data.subject.commit : '',
      severity: f.severity,
      status: f.status,
      pillar: f.pillar,
      findingUrl: url,
    },
  };
}

function toLocation(l: Location, i: number): SarifResult['locations'][number] {
  const region = l.line !== undefined ? {startLine: l.line, ...(l.endLine !== undefined ? {endLine: l.endLine} : {})} : undefined;
  return {
    ...(i > 0 ? {id: i} : {}),
    physicalLocation: {artifactLocation: {uri: pathToUri(l.path)}, ...(region ? {region} : {})},
    ...(l.note ? {message: {text: l.note}} : i > 0 ? {message: {text: 'Also here.'}} : {}),
  };
}

/** A repository path as a relative URI reference: characters a URI cannot hold are percent-encoded. */
export function pathToUri(p: string): string {
  return encodeURI(p).replace(/[?#]/g, (c) => encodeURIComponent(c));
}

/** New when the previous published version did not list the id; updated when something a reader sees changed. */
export function baselineState(current: Finding, previous: Finding | undefined): SarifResult['baselineState'] {
  if (!previous) return 'new';
  const shown = (f: Finding) => JSON.stringify([f.title, f.pillar, f.severity, f.status, f.rationale, f.lensRefs, f.locations, f.acceptance ?? null]);
  return shown(current) === shown(previous) ? 'unchanged' : 'updated';
}

function helpText(f: Finding, url: string): string {
  const lines = [`${f.id}: ${f.title} (${f.severity} severity, ${f.pillar})`, '', f.rationale];
  for (const o of f.remediation?.options ?? []) lines.push('', `Option${o.recommended ? ' (recommended)' : ''}: ${o.title} (effort ${o.effort}). Trade-off: ${o.tradeoff}`);
  if (f.lensRefs.length) lines.push('', `Lens questions: ${f.lensRefs.join(', ')}`);
  lines.push('', url);
  return lines.join('\n');
}

function helpMarkdown(f: Finding, url: string): string {
  const lines = [`**${f.id}: ${md(f.title)}** (${f.severity} severity, ${f.pillar})`, '', md(f.rationale)];
  const options = f.remediation?.options ?? [];
  if (options.length) {
    lines.push('', 'Remediation options:', '');
    for (const o of options) lines.push(`- **${md(o.title)}** (effort ${o.effort}${o.recommended ? ', recommended' : ''})${o.description ? `: ${md(o.description)}` : ''} Trade-off: ${md(o.tradeoff)}`);
  }
  if (f.lensRefs.length) lines.push('', `Lens questions: ${f.lensRefs.map((r) => `\`${r}\``).join(', ')}`);
  lines.push('', `[${f.id} on the review site](${url})`);
  return lines.join('\n');
}

/** Text into Markdown without turning it into markup (emphasis, links, HTML). */
function md(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
