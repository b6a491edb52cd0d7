import Link from '@docusaurus/Link';
import type {IndexProp} from '../../plugin/props';
import {PILLAR_LABELS, PILLARS, SEVERITIES} from '../../schemas/vocab';
import {SeverityBadge} from '../Badges';
import {dashboardCells} from './dashboard';
import styles from './styles.module.css';

export interface ReviewDashboardProps {
  reviews: IndexProp['reviews'];
}

/**
 * Open findings across the latest published version of every review, pillar by severity. Each count names its
 * review and links to that review's finding table, filtered to exactly those findings.
 */
export function ReviewDashboard({reviews}: ReviewDashboardProps): React.JSX.Element {
  const cells = dashboardCells({reviews});
  const totals = Object.fromEntries(SEVERITIES.map((s) => [s, PILLARS.reduce((n, p) => n + cells[p][s].total, 0)]));
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>Open findings (open or mitigating) by pillar and severity, across the latest published version of each review.</caption>
        <thead>
          <tr>
            <th scope="col">Pillar</th>
            {SEVERITIES.map((s) => (
              <th scope="col" key={s}>
                <SeverityBadge severity={s} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PILLARS.map((p) => (
            <tr key={p}>
              <th scope="row">{PILLAR_LABELS[p]}</th>
              {SEVERITIES.map((s) => {
                const cell = cells[p][s];
                return (
                  <td key={s} data-severity={s} data-label={s} data-count={cell.total} className={cell.total ? styles.some : styles.none}>
                    <span className={styles.total}>{cell.total}</span>
                    {cell.reviews.length ? (
                      <ul className={styles.reviews}>
                        {cell.reviews.map((r) => (
                          <li key={r.id}>
                            <Link to={r.href} title={`${r.title}: the ${r.count} open ${s}-severity ${PILLAR_LABELS[p].toLowerCase()} findings`}>
                              {r.count} in {r.id}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All pillars</th>
            {SEVERITIES.map((s) => (
              <td key={s} data-severity={s} data-label={s}>
                <span className={styles.total}>{totals[s]}</span>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
