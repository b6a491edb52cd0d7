import clsx from 'clsx';
import type {PillarRating} from '../../content/derive';
import type {FindingStatus, MetricBasis, QuestionRisk, Severity} from '../../schemas/vocab';
import styles from './styles.module.css';

/**
 * Small labelled badges. Every one carries its meaning in words and a shape (bars, glyphs, border style); colour
 * only repeats it, so the pages read the same in greyscale, in print and to a screen reader.
 */

export const SEVERITY_LABELS: Record<Severity, string> = {high: 'High', medium: 'Medium', low: 'Low'};
const SEVERITY_LEVEL: Record<Severity, number> = {high: 3, medium: 2, low: 1};

/** Three bars, as many filled as the level: the same shape for severity, rating and the Tool's risk. */
function Bars({level}: {level: number}): React.JSX.Element {
  return (
    <svg className={styles.bars} viewBox="0 0 14 12" aria-hidden="true" focusable="false">
      {[0, 1, 2].map((i) => (
        <rect key={i} x={i * 5} y={8 - i * 4} width="4" height={4 + i * 4} rx="0.5" className={i < level ? styles.on : styles.off} />
      ))}
    </svg>
  );
}

export interface SeverityBadgeProps {
  severity: Severity;
  /** Text after the label, e.g. a count. */
  suffix?: string;
}

export function SeverityBadge({severity, suffix}: SeverityBadgeProps): React.JSX.Element {
  return (
    <span className={clsx(styles.badge, styles[severity])} data-severity={severity}>
      <Bars level={SEVERITY_LEVEL[severity]} />
      {SEVERITY_LABELS[severity]}
      {suffix ? <span className={styles.suffix}>{suffix}</span> : null}
    </span>
  );
}

/** A finding's status as shown: its `status`, or `ended` when this version retires or replaces it. */
export type ShownStatus = FindingStatus | 'ended';

export const STATUS_LABELS: Record<ShownStatus, string> = {
  open: 'Open',
  mitigating: 'Mitigating',
  resolved: 'Resolved',
  accepted: 'Accepted',
  ended: 'Ended',
};
const STATUS_GLYPHS: Record<ShownStatus, string> = {open: '○', mitigating: '◐', resolved: '✓', accepted: '⚑', ended: '⊘'};

export interface StatusBadgeProps {
  status: ShownStatus;
}

export function StatusBadge({status}: StatusBadgeProps): React.JSX.Element {
  return (
    <span className={clsx(styles.badge, styles.status)} data-status={status}>
      <span aria-hidden="true" className={styles.glyph}>
        {STATUS_GLYPHS[status]}
      </span>
      {STATUS_LABELS[status]}
    </span>
  );
}

export const RATING_LABELS: Record<PillarRating, string> = {
  'high-risk': 'High risk',
  'medium-risk': 'Medium risk',
  'low-risk': 'Low risk',
  'no-open-findings': 'No open findings',
};
const RATING_LEVEL: Record<PillarRating, [number, string]> = {
  'high-risk': [3, 'high'],
  'medium-risk': [2, 'medium'],
  'low-risk': [1, 'low'],
  'no-open-findings': [0, 'clear'],
};

export interface RatingBadgeProps {
  rating: PillarRating;
}

export function RatingBadge({rating}: RatingBadgeProps): React.JSX.Element {
  const [level, tone] = RATING_LEVEL[rating];
  return (
    <span className={clsx(styles.badge, styles[tone])} data-rating={rating}>
      <Bars level={level} />
      {RATING_LABELS[rating]}
    </span>
  );
}

export const QUESTION_RISK_LABELS: Record<QuestionRisk, string> = {
  HIGH: 'High risk (HRI)',
  MEDIUM: 'Medium risk (MRI)',
  NONE: 'No risk',
  NOT_APPLICABLE: 'Not applicable',
  UNANSWERED: 'Unanswered',
};
/** The Tool's own abbreviations (high-risk and medium-risk issues), for counts. */
export const QUESTION_RISK_SHORT: Record<QuestionRisk, string> = {HIGH: 'HRI', MEDIUM: 'MRI', NONE: 'none', NOT_APPLICABLE: 'n/a', UNANSWERED: 'unanswered'};
const QUESTION_RISK_LEVEL: Record<QuestionRisk, [number, string]> = {
  HIGH: [3, 'high'],
  MEDIUM: [2, 'medium'],
  NONE: [0, 'clear'],
  NOT_APPLICABLE: [0, 'neutral'],
  UNANSWERED: [0, 'neutral'],
};

export interface QuestionRiskBadgeProps {
  risk: QuestionRisk;
}

/** The Well-Architected Tool's risk of a question, drawn in outline so it never passes for our severity. */
export function QuestionRiskBadge({risk}: QuestionRiskBadgeProps): React.JSX.Element {
  const [level, tone] = QUESTION_RISK_LEVEL[risk];
  return (
    <span className={clsx(styles.badge, styles.outline, styles[tone])} data-risk={risk}>
      <Bars level={level} />
      {QUESTION_RISK_LABELS[risk]}
    </span>
  );
}

export const BASIS_LABELS: Record<MetricBasis, string> = {measured: 'Measured', modeled: 'Modeled', target: 'Target'};
const BASIS_GLYPHS: Record<MetricBasis, string> = {measured: '●', modeled: '◇', target: '◎'};

export interface BasisBadgeProps {
  basis: MetricBasis;
}

/** Measured is solid, modeled dashed, target dotted: the border style and glyph say it without colour. */
export function BasisBadge({basis}: BasisBadgeProps): React.JSX.Element {
  return (
    <span className={clsx(styles.badge, styles.basis)} data-basis={basis}>
      <span aria-hidden="true" className={styles.glyph}>
        {BASIS_GLYPHS[basis]}
      </span>
      {BASIS_LABELS[basis]}
    </span>
  );
}
