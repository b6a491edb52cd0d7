/**
 * Every rule id a problem can carry, in one table. Ids are `category/kebab-name`, a public contract: tools
 * filter on them and docs/reference/rules.md is generated from this table. A test fails when any code path
 * emits an id that is not here.
 */
export interface RuleInfo {
  /** The default severity; a few checks lower it to a warning for imported content. */
  severity: 'error' | 'warning';
  /** What the rule checks, in one sentence, for the reference page. */
  summary: string;
}

export const RULES = {
  // Files
  'file/unreadable': {severity: 'error', summary: 'The file or folder cannot be read.'},
  'file/empty': {severity: 'error', summary: 'The file is empty.'},
  'file/not-utf8': {severity: 'error', summary: 'The file is not valid UTF-8 (it is never silently repaired).'},
  'file/too-large': {severity: 'error', summary: 'The file is over the size cap (1 MiB for a review version, 512 KiB for a lens; 500 KB for a lens exported to the Well-Architected Tool).'},
  'file/unexpected': {severity: 'error', summary: 'A file under reviews/ or lenses/ that the loader does not know what to do with.'},
  'file/mdx-refused': {severity: 'error', summary: 'Reviews are Markdown (`.md`); `.mdx` could run code and is refused.'},
  // YAML
  'yaml/no-front-matter': {severity: 'error', summary: 'A review version must start with a `---` front-matter block.'},
  'yaml/syntax': {severity: 'error', summary: 'The YAML does not parse (for `wa-review import-lens`: the file is not strict JSON).'},
  'yaml/duplicate-key': {severity: 'error', summary: 'A key appears twice in one mapping (or JSON object).'},
  'yaml/alias-limit': {severity: 'error', summary: 'Too many YAML aliases (a guard against alias bombs).'},
  'yaml/not-a-mapping': {severity: 'error', summary: 'The front matter (or a fenced block) must be a mapping of keys to values.'},
  // Schema
  'schema/required': {severity: 'error', summary: 'A required field is missing.'},
  'schema/type': {severity: 'error', summary: 'A value has the wrong type.'},
  'schema/enum': {severity: 'error', summary: 'A value is not one of the allowed values.'},
  'schema/unknown-key': {severity: 'error', summary: 'A key the schema does not define (with a did-you-mean suggestion).'},
  'schema/format': {severity: 'error', summary: 'A string does not have the required format (date, id, sha, URL).'},
  'schema/range': {severity: 'error', summary: 'A number, string or list is too small or too large.'},
  'schema/invalid': {severity: 'error', summary: 'A value is invalid for a reason the message states.'},
  // Markdown bodies
  'markdown/raw-html': {severity: 'error', summary: 'Raw HTML in a review body, outside the short allow-list.'},
  'markdown/mdx-key': {severity: 'error', summary: 'An `mdx` front-matter key, which would override the forced Markdown format.'},
  'markdown/fenced-block': {severity: 'error', summary: 'A ```tradeoff or ```before-after block holds something other than one mapping.'},
  'url/unsafe': {severity: 'error', summary: 'A link with a refused scheme (`javascript:`, `data:`, `vbscript:`, `file:`, or `http:` in a review).'},
  // Reviews across versions
  'review/id-mismatch': {severity: 'error', summary: '`review` differs from the folder name.'},
  'review/version-mismatch': {severity: 'error', summary: '`version` differs from the file name `v<N>.md`.'},
  'review/version-gap': {severity: 'error', summary: 'Versions do not run 1, 2, 3... without gaps.'},
  'review/date-order': {severity: 'error', summary: 'A version is dated before the previous one.'},
  'review/prefix-changed': {severity: 'error', summary: '`idPrefix` changed between versions, or two reviews share a prefix.'},
  'review/draft-not-last': {severity: 'error', summary: 'A draft version is followed by another version; only the newest version may be a draft.'},
  'review/subject-page-missing': {severity: 'error', summary: 'A reference-design subject names a page that does not exist.'},
  // Findings
  'finding/id-prefix': {severity: 'error', summary: 'A finding id does not start with the review\'s `idPrefix`.'},
  'finding/duplicate-id': {severity: 'error', summary: 'A finding id appears twice in one version.'},
  'finding/resolution-missing': {severity: 'error', summary: 'A resolved finding has no `resolution`, or another status has one.'},
  'finding/acceptance-missing': {severity: 'error', summary: 'An accepted finding has no `acceptance`, or another status has one.'},
  'finding/acceptance-expired': {severity: 'warning', summary: 'An accepted risk\'s `acceptance.until` is before the version date.'},
  'finding/ended-twice': {severity: 'error', summary: 'A finding is both `retired` and `replacedBy`, or replaces itself.'},
  'finding/replaced-by-unknown': {severity: 'error', summary: '`replacedBy` names a finding that is not in the same version.'},
  'finding/recommended-count': {severity: 'error', summary: 'More than one remediation option is marked recommended.'},
  'finding/location-missing': {severity: 'error', summary: 'A location of a reference-design finding does not exist in this project.'},
  // Finding history
  'history/dropped-finding': {severity: 'error', summary: 'An open, mitigating or accepted finding disappears without being retired or replaced.'},
  'history/id-reused': {severity: 'error', summary: 'A finding id that ended (retired or replaced), or that belongs to another review, appears again.'},
  'history/bad-transition': {severity: 'error', summary: 'A status change the lifecycle does not allow (a resolved finding can only stay resolved or reopen as open).'},
  'history/resolution-version': {severity: 'error', summary: '`resolution.version` is not a version in which the finding was resolved.'},
  // Lenses and references
  'lens/unknown-lens': {severity: 'error', summary: 'A lens id that is not in lenses/.'},
  'lens/unknown-question': {severity: 'error', summary: 'A lens reference to a question the lens does not have.'},
  'lens/not-yet-published': {severity: 'error', summary: 'A lens question cited by a version dated before the question was published.'},
  'lens/unknown-version': {severity: 'error', summary: 'A review cites a lens version the lens file does not list.'},
  'lens/undeclared': {severity: 'error', summary: 'A lens reference whose lens is not in the version\'s `lenses`.'},
  'lens/duplicate-id': {severity: 'error', summary: 'A lens, pillar, question or choice id is used twice where it must be unique.'},
  'lens/file-name': {severity: 'error', summary: 'A lens file\'s `id` differs from its file name.'},
  'lens/version-order': {severity: 'error', summary: 'Lens versions are not in date order, or the first is before `published`.'},
  // The Well-Architected Tool's custom-lens format (src/lens/): errors for our custom lenses and for exports,
  // warnings for imported lenses (their data is kept as it is). Ids, text lengths, unknown keys and missing fields
  // of the Tool's format are reported with the schema/* rules, as in our own format.
  'wa-lens/title-length': {severity: 'error', summary: 'A lens or pillar name, or a question or choice title, is empty or over the Tool\'s 128 characters.'},
  'wa-lens/pillar-count': {severity: 'error', summary: 'A lens has no pillar, or more than the Tool\'s 10.'},
  'wa-lens/question-count': {severity: 'error', summary: 'A pillar has more than the Tool\'s 20 questions.'},
  'wa-lens/choice-count': {severity: 'error', summary: 'A question has no choice, or more than the Tool\'s 15.'},
  'wa-lens/risk-rule-count': {severity: 'error', summary: 'A question has more than the Tool\'s 3 risk rules.'},
  'wa-lens/default-rule': {severity: 'error', summary: 'A question does not have exactly one risk rule whose condition is `default`.'},
  'wa-lens/improvement-plan': {severity: 'error', summary: 'A choice other than the `_no` one has no improvementPlan with a displayText.'},
  'wa-lens/url-scheme': {severity: 'error', summary: 'A lens link\'s url does not start with http:// or https:// (an empty url counts).'},
  'wa-lens/extra-resources': {severity: 'error', summary: 'A choice has more than 5 extra helpful links or more than 5 extra improvement-plan links.'},
  'wa-lens/condition-syntax': {severity: 'error', summary: 'A risk-rule condition does not parse (choice ids, !, &&, ||, parentheses); located by column.'},
  'wa-lens/condition-choice': {severity: 'error', summary: 'A risk-rule condition names an id that is not a choice of its question; located by column.'},
  'wa-lens/condition-precedence': {severity: 'warning', summary: 'A condition mixes && and || without parentheses (read as in C: && before ||; the Tool does not document it).'},
  // Metrics
  'metric/basis-fields': {severity: 'error', summary: 'A metric lacks the fields its basis needs (modeled: inputs and formula; measured: evidence).'},
  'metric/duplicate-id': {severity: 'error', summary: 'A metric id appears twice in one version.'},
  'metric/unknown-evidence': {severity: 'error', summary: 'A measured metric names an evidence spec that is not in evidence/.'},
  'metric/formula': {severity: 'error', summary: 'A modeled metric\'s formula does not parse, uses an unknown input, or does not give its value.'},
  // Trade-offs, diagrams, answers
  'tradeoff/chosen': {severity: 'error', summary: 'A trade-off matrix does not mark exactly one option as chosen.'},
  'tradeoff/criteria': {severity: 'error', summary: 'A matrix cell is missing, names an unknown criterion, or an id repeats.'},
  'tradeoff/duplicate-id': {severity: 'error', summary: 'Two trade-off matrices or two diagram pairs of one version share an id.'},
  'tradeoff/unknown-finding': {severity: 'error', summary: 'A trade-off or diagram names a finding that is not in the version.'},
  'answers/choices': {severity: 'error', summary: 'An answer selects a choice twice, or as both selected and not applicable, or lacks a reason.'},
  'answers/unknown-choice': {severity: 'error', summary: 'An answer names a choice the question does not have.'},
  'answers/duplicate-question': {severity: 'error', summary: 'Two answers for the same question in one version.'},
  // Immutability of published versions
  'lock/missing': {severity: 'error', summary: 'A published version is not recorded in reviews/versions.lock (`wa-review lock`).'},
  'lock/mismatch': {severity: 'error', summary: 'A published version changed after it was locked; corrections go to errata.yaml or a new version.'},
  'lock/stale': {severity: 'error', summary: 'versions.lock names a version that is not published (deleted, or turned back into a draft).'},
  'lock/syntax': {severity: 'error', summary: 'A line of versions.lock is not `<review-id>/v<N> sha256:<hex>`, or repeats one.'},
  'errata/unknown-version': {severity: 'error', summary: 'An erratum corrects a version that is not published.'},
  'errata/date': {severity: 'error', summary: 'An erratum is dated before the version it corrects.'},
  'errata/unknown-finding': {severity: 'error', summary: 'An erratum names a finding that the corrected version does not list.'},
  // References to findings from other repositories (wa-review check-refs)
  'refs/unknown-finding': {severity: 'error', summary: 'A file cites a finding id (of a known review prefix) or a finding URL that no published version has.'},
  'refs/ended-finding': {severity: 'warning', summary: 'A file cites a finding that was retired or replaced; the message names the successor.'},
  'refs/resolved-finding': {severity: 'warning', summary: 'A file cites a finding that is resolved.'},
  'refs/bad-index': {severity: 'error', summary: 'The findings.json given with `--index` cannot be read or fetched, is not JSON, or is not a findings.json of a supported apiVersion.'},
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

export const RULE_IDS = Object.keys(RULES) as RuleId[];
