import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type {LensProp} from '../../../plugin/lens-props';
import styles from '../styles.module.css';

export interface CoverageMatrixProps {
  lens: Pick<LensProp, 'pillars' | 'reviews' | 'counts' | 'kind'>;
}

const RISK_LABEL: Record<string, string> = {HIGH: 'HIGH', MEDIUM: 'MEDIUM', NONE: 'NONE', NOT_APPLICABLE: 'N/A', UNANSWERED: 'unanswered'};

/**
 * Questions x reviews: in each cell the Tool's risk from the review's answers (when it answers the question) and the
 * review's findings citing the question. The table scrolls inside its own box on a narrow screen.
 */
export function CoverageMatrix({lens}: CoverageMatrixProps): React.JSX.Element {
  const {pillars, reviews, counts} = lens;
  if (!reviews.length) return <p className={styles.muted}>No published review answers to this lens or cites it yet.</p>;
  const answered = reviews.some((r) => Object.keys(r.risks).length);
  return (
    <>
      <p>
        {counts.citedQuestions} of {counts.questions} questions are cited by {counts.findings} finding{counts.findings === 1 ? '' : 's'} in the latest published version of {reviews.length} review{reviews.length === 1 ? '' : 's'}.
      </p>
      <div className={styles.tableWrap} role="region" aria-label="Coverage matrix: questions by reviews" tabIndex={0}>
        {/* Inline: Infima's boosted `table {display: block; overflow: auto}` would make the table its own scroller. */}
        <table className={styles.matrix} data-testid="coverage-matrix" style={{display: 'table', width: '100%', overflow: 'visible'}}>
          <thead>
            <tr>
              <th scope="col" className={styles.stick}>
                Question
              </th>
              {reviews.map((r) => (
                <th scope="col" key={r.id} title={r.title}>
                  <Link to={`/reviews/${r.id}/`}>{r.id}</Link>
                  <br />
                  <span className={clsx(styles.small, styles.muted)}>
                    v{r.version}, {r.date}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pillars.map((p) => [
              <tr key={`pillar-${p.id}`} className={styles.pillarRow}>
                <th scope="colgroup" colSpan={reviews.length + 1}>
                  <span className={styles.pillarName}>{p.name}</span>
                </th>
              </tr>,
              ...p.questions.map((q) => (
                <tr key={q.id}>
                  <th scope="row" className={styles.stick}>
                    <Link to={`#${q.id}`}>{q.id}</Link> <span className={styles.small}>{q.title}</span>
                  </th>
                  {reviews.map((r) => {
                    const risk = r.risks[q.id];
                    const findings = q.citedBy.filter((f) => f.review === r.id);
                    return (
                      <td key={r.id} className={styles.cell}>
                        {risk ? <span className={clsx(styles.badge, styles[`risk-${risk}`])} title={`The Tool's risk from the review's answers: ${risk}`}>{RISK_LABEL[risk]}</span> : null}
                        {risk && findings.length ? <br /> : null}
                        {findings.map((f) => (
                          <Link
                            key={f.id}
                            to={`/findings/${f.id}/`}
                            title={`${f.title} (${f.severity}, ${f.ended ? 'ended' : f.status})`}
                            aria-label={`${f.id}, ${f.severity} severity, ${f.ended ? 'ended' : f.status}`}
                            className={clsx(styles[`sev-${f.severity}`], (f.ended || f.status === 'resolved') && styles.closed)}>
                            {f.id}
                          </Link>
                        ))}
                        {!risk && !findings.length ? <span className={styles.muted} aria-label="nothing">–</span> : null}
                      </td>
                    );
                  })}
                </tr>
              )),
            ])}
          </tbody>
        </table>
      </div>
      <p className={clsx(styles.small, styles.muted)}>
        {answered ? 'A badge is the question\'s risk in the Well-Architected Tool (HIGH, MEDIUM, NONE), computed from the review\'s answers with the rules below. ' : ''}
        Finding ids are our findings citing the question, marked by severity (▲ high, ◆ medium, ● low, in red, amber and blue); struck through when resolved or ended.
      </p>
    </>
  );
}
