import Link from '@docusaurus/Link';
import type {ReviewSummaryProp} from '../../plugin/props';
import {SEVERITIES} from '../../schemas/vocab';
import {SeverityBadge} from '../Badges';
import styles from './styles.module.css';

/** What a review card needs; the home page has only the first fields (plugin global data). */
export type ReviewListItem = Pick<ReviewSummaryProp, 'id' | 'title' | 'version' | 'date' | 'status' | 'open'> & Partial<Pick<ReviewSummaryProp, 'description' | 'subject' | 'versions'>>;

export interface ReviewListProps {
  reviews: readonly ReviewListItem[];
}

/** One card per review: its latest version, date, subject and open findings by severity. */
export function ReviewList({reviews}: ReviewListProps): React.JSX.Element {
  return (
    <ul className={styles.list}>
      {reviews.map((r) => {
        const open = SEVERITIES.reduce((n, s) => n + r.open[s], 0);
        return (
          <li key={r.id} className={styles.card} data-review={r.id}>
            <Link to={`/reviews/${r.id}/`} className={styles.title}>
              {r.title}
            </Link>
            <p className={styles.meta}>
              v{r.version}
              {r.versions ? ` of ${r.versions}` : ''} · <time dateTime={r.date}>{r.date}</time>
              {r.status === 'draft' ? ' · draft (nothing published yet)' : ''}
            </p>
            {r.subject ? (
              <p className={styles.meta}>
                {r.subject.kind === 'repository' ? (
                  <>
                    <code>{r.subject.repo}</code> at <code>{r.subject.commit.slice(0, 12)}</code>
                  </>
                ) : (
                  <>
                    Reference design <code>{r.subject.page}</code>
                  </>
                )}
              </p>
            ) : null}
            {r.description ? <p className={styles.description}>{r.description}</p> : null}
            <p className={styles.counts} aria-label={`${open} open findings: ${SEVERITIES.map((s) => `${r.open[s]} ${s}`).join(', ')}`}>
              <span className={styles.open}>
                <strong>{open}</strong> open
              </span>
              {SEVERITIES.map((s) => (
                <SeverityBadge key={s} severity={s} suffix={String(r.open[s])} />
              ))}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
