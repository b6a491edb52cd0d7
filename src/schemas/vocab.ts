/**
 * Closed vocabularies of the contract. Each is an `as const` array that feeds `z.enum`, the UI and the
 * formatters, so a new value is added in exactly one place.
 */

export const PILLARS = [
  'operational-excellence',
  'security',
  'reliability',
  'performance-efficiency',
  'cost-optimization',
  'sustainability',
] as const;
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_LABELS: Record<Pillar, string> = {
  'operational-excellence': 'Operational excellence',
  security: 'Security',
  reliability: 'Reliability',
  'performance-efficiency': 'Performance efficiency',
  'cost-optimization': 'Cost optimization',
  sustainability: 'Sustainability',
};

/** The pillar ids the Well-Architected Tool uses in lens JSON. */
export const TOOL_PILLAR_IDS: Record<Pillar, string> = {
  'operational-excellence': 'operationalExcellence',
  security: 'security',
  reliability: 'reliability',
  'performance-efficiency': 'performance',
  'cost-optimization': 'costOptimization',
  sustainability: 'sustainability',
};

/** Finding severity, ours (not the Tool's question risk). Ordered from worst. */
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_STATUSES = ['open', 'mitigating', 'resolved', 'accepted'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
/** "Open" in counts and badges. */
export const OPEN_STATUSES: readonly FindingStatus[] = ['open', 'mitigating'];

export const REVIEW_STATUSES = ['draft', 'published'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const SUBJECT_KINDS = ['repository', 'reference-design'] as const;

export const METRIC_BASES = ['measured', 'modeled', 'target'] as const;
export type MetricBasis = (typeof METRIC_BASES)[number];

export const METRIC_DIRECTIONS = ['lower-is-better', 'higher-is-better'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

export const EFFORTS = ['S', 'M', 'L'] as const;

/** Why a choice or a question does not apply, as the Tool records it (API_ChoiceUpdate). */
export const NOT_APPLICABLE_REASONS = [
  'OUT_OF_SCOPE',
  'BUSINESS_PRIORITIES',
  'ARCHITECTURE_CONSTRAINTS',
  'OTHER',
  'NONE',
] as const;

/** Risk levels in lens JSON risk rules. */
export const LENS_RISKS = ['HIGH_RISK', 'MEDIUM_RISK', 'NO_RISK'] as const;
export type LensRisk = (typeof LENS_RISKS)[number];

/** A question's risk as the Tool reports it (HRI = HIGH, MRI = MEDIUM). */
export const QUESTION_RISKS = ['HIGH', 'MEDIUM', 'NONE', 'NOT_APPLICABLE', 'UNANSWERED'] as const;
export type QuestionRisk = (typeof QUESTION_RISKS)[number];

export const LENS_KINDS = ['official', 'custom', 'imported'] as const;

/** How sure we are of an official question's wording: see lenses/README.md. */
export const TITLE_SOURCES = ['confirmed', 'third-party-notes', 'focus-area-only'] as const;
