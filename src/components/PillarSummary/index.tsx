import Link from '@docusaurus/Link';
import {PILLAR_RATING_RULE} from '../../content/derive';
import type {FindingCounts} from '../../content/types';
import type {LensQuestionProp, QuestionRiskProp} from '../../plugin/props';
import {PILLAR_LABELS, QUESTION_RISKS, SEVERITIES, type Pillar, type Severity} from '../../schemas/vocab';
import {QUESTION_RISK_SHORT, RatingBadge, SEVERITY_LABELS} from '../Badges';
import {LensAnswers} from '../LensAnswers';
import {pillarRows, type PillarRow} from './summary';
import styles from './styles.module.css';

export interface PillarSummaryProps {
  counts: FindingCounts;
  /** The Tool's risk of each answered lens question; absent or empty when the version records no answers. */
  questionRisks?: readonly QuestionRiskProp[];
  lensQuestions: Record<string, LensQuestionProp>;
  /** Where the finding table filtered by pillar and severity is, e.g. `/reviews/x/v2/?pillar=security#findings`. */
  findingsHref: (filter: {pillar: Pillar; severity: Severity}) => string;
}

/** The Tool's risk of the pillar's answered questions, as counts; the answers themselves are listed below the cards. */
function ToolRisk({row}: {row: PillarRow}): React.JSX.Element {
  return (
    <p className={styles.tool}>
      <span className={styles.toolLabel}>Tool&apos;s risk</span>{' '}
      {row.questions.length ? (
        <>
          {QUESTION_RISKS.filter((r) => row.tool[r]).map((r, i) => (
            <span key={r}>
              {i ? ' · ' : ''}
              {row.tool[r]} {QUESTION_RISK_SHORT[r]}
            </span>
          ))}{' '}
          <span className={styles.of}>
            ({row.questions.length} question{row.questions.length === 1 ? '' : 's'})
          </span>
        </>
      ) : (
        <span className={styles.of}>no question of this pillar answered</span>
      )}
    </p>
  );
}

/**
 * Per pillar: our open findings by severity and the rating derived from them, with the rule written out; beside
 * them, labelled as the Tool's, the risk the Well-Architected Tool gives the answered lens questions.
 */
export function PillarSummary({counts, questionRisks = [], lensQuestions, findingsHref}: PillarSummaryProps): React.JSX.Element {
  const rows = pillarRows({counts, questionRisks});
  const answered = questionRisks.length > 0;
  return (
    <div className={styles.summary}>
      <ul className={styles.grid}>
        {rows.map((row) => {
          const total = SEVERITIES.reduce((n, s) => n + row.open[s], 0);
          return (
            <li key={row.pillar} className={styles.card} data-pillar={row.pillar} data-rating={row.rating}>
              <div className={styles.head}>
                <strong className={styles.name}>{PILLAR_LABELS[row.pillar]}</strong>
                <RatingBadge rating={row.rating} />
              </div>
              <p className={styles.counts}>
                <span className={styles.total}>{total}</span> open finding{total === 1 ? '' : 's'}
              </p>
              <ul className={styles.severities} aria-label={`Open ${PILLAR_LABELS[row.pillar]} findings by severity`}>
                {SEVERITIES.map((s) => {
                  const text = (
                    <>
                      <span className={styles.n}>{row.open[s]}</span> {SEVERITY_LABELS[s].toLowerCase()}
                    </>
                  );
                  return (
                    <li key={s} data-severity={s} className={row.open[s] ? undefined : styles.zero}>
                      {row.open[s] ? <Link to={findingsHref({pillar: row.pillar, severity: s})}>{text}</Link> : text}
                    </li>
                  );
                })}
              </ul>
              <div className={styles.bar} aria-hidden="true">
                {SEVERITIES.map((s) => (row.open[s] ? <span key={s} className={styles[s]} style={{flexGrow: row.open[s]}} /> : null))}
              </div>
              {answered ? <ToolRisk row={row} /> : null}
            </li>
          );
        })}
      </ul>
      <p className={styles.rule}>
        <strong>How the rating is derived.</strong> {PILLAR_RATING_RULE}
      </p>
      <p className={styles.rule}>
        <strong>The Tool&apos;s question risk</strong>{' '}
        {answered
          ? "is what the AWS Well-Architected Tool would report for this version's lens answers (high-risk and medium-risk issues, HRI and MRI), computed at build time with each question's risk rules. It is the Tool's measure of how far practice is from each question, not our severity."
          : 'is not shown: this version records no lens answers.'}
      </p>
      {answered ? <LensAnswers questionRisks={questionRisks} lensQuestions={lensQuestions} /> : null}
    </div>
  );
}
