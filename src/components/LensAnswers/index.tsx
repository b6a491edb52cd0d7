import Link from '@docusaurus/Link';
import type {LensQuestionProp, QuestionRiskProp} from '../../plugin/props';
import {PILLAR_LABELS, PILLARS, QUESTION_RISKS} from '../../schemas/vocab';
import {QUESTION_RISK_SHORT, QuestionRiskBadge} from '../Badges';
import {lensQuestionHref} from '../FindingDetail/links';
import styles from './styles.module.css';

export interface LensAnswersProps {
  questionRisks: readonly QuestionRiskProp[];
  lensQuestions: Record<string, LensQuestionProp>;
}

/**
 * The version's lens answers as the Well-Architected Tool records them, by pillar: the risk the Tool would
 * report, the choices selected or not applicable, and the reviewers' notes. Collapsed: it is the Tool's view.
 */
export function LensAnswers({questionRisks, lensQuestions}: LensAnswersProps): React.JSX.Element {
  const groups = [...PILLARS, undefined].map((pillar) => ({pillar, questions: questionRisks.filter((q) => q.pillar === pillar)})).filter((g) => g.questions.length);
  return (
    <details className={styles.answers} id="lens-answers">
      <summary>
        <strong>Lens answers, as the Tool records them</strong>{' '}
        <span className={styles.muted}>
          {questionRisks.length} question{questionRisks.length === 1 ? '' : 's'}:{' '}
          {QUESTION_RISKS.map((r) => [r, questionRisks.filter((q) => q.risk === r).length] as const)
            .filter(([, n]) => n)
            .map(([r, n]) => `${n} ${QUESTION_RISK_SHORT[r]}`)
            .join(' · ')}
        </span>
      </summary>
      {groups.map(({pillar, questions}) => (
        <section key={pillar ?? 'other'}>
          <h4 className={styles.pillar}>{pillar ? PILLAR_LABELS[pillar] : 'Other'}</h4>
          <ul className={styles.list}>
            {questions.map((q) => {
              const href = lensQuestionHref(q.question);
              return (
                <li key={q.question} data-question={q.question} data-risk={q.risk}>
                  <div className={styles.head}>
                    <QuestionRiskBadge risk={q.risk} />
                    {href ? <Link to={href}>{q.question}</Link> : <code>{q.question}</code>}
                  </div>
                  {lensQuestions[q.question] ? <p className={styles.title}>{lensQuestions[q.question]!.title}</p> : null}
                  {q.selected?.length ? (
                    <p className={styles.line}>
                      <span className={styles.label}>Selected</span> {q.selected.join('; ')}
                    </p>
                  ) : null}
                  {q.notApplicable?.length ? (
                    <p className={styles.line}>
                      <span className={styles.label}>Not applicable</span> {q.notApplicable.join('; ')}
                    </p>
                  ) : null}
                  {q.notes ? <p className={styles.line}>{q.notes}</p> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </details>
  );
}
