import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type {ReviewProp, VersionProp} from '../../plugin/props';
import {locationHref} from '../FindingDetail/links';
import {LinkedText} from '../LinkedText';
import styles from './styles.module.css';

export interface ReviewHeaderProps {
  review: ReviewProp;
  version: VersionProp;
  /** On /reviews/<id>/, the latest version under the review's own URL. */
  alias: boolean;
}

/** What was reviewed, when, by whom, against which lenses, and the other versions. */
export function ReviewHeader({review, version: v, alias}: ReviewHeaderProps): React.JSX.Element {
  const d = v.data;
  const subject = d.subject;
  const designPage = subject.kind === 'reference-design' ? locationHref({subject, location: {path: subject.page}}) : undefined;
  return (
    <header className={styles.header}>
      <nav aria-label="Breadcrumbs" className={styles.crumbs}>
        <Link to="/reviews/">Reviews</Link> <span aria-hidden="true">/</span> {d.review}
      </nav>
      <h1 className={styles.title}>{d.title}</h1>
      {d.description ? <p className={styles.lead}>{d.description}</p> : null}
      {d.status === 'draft' ? (
        <div className="alert alert--warning" role="note">
          This version is a draft: it may change, and it counts in no index, export or badge.
        </div>
      ) : null}
      <dl className={styles.facts}>
        <div>
          <dt>Version</dt>
          <dd>
            v{v.version} of {review.versions.length}, {d.status}
            {v.version === review.latestPublished ? ', latest' : null}
            {review.latestPublished !== undefined && v.version !== review.latestPublished ? (
              <>
                {' '}
                (latest: <Link to={`/reviews/${review.id}/v${review.latestPublished}/`}>v{review.latestPublished}</Link>)
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={d.date}>{d.date}</time>
            {d.nextReviewDue ? (
              <span className={styles.muted}>
                {' '}
                (next due <time dateTime={d.nextReviewDue}>{d.nextReviewDue}</time>)
              </span>
            ) : null}
          </dd>
        </div>
        <div className={styles.wide}>
          <dt>Subject</dt>
          <dd>
            {subject.kind === 'repository' ? (
              <>
                <a href={`https://github.com/${subject.repo}/tree/${subject.commit}`}>{subject.repo}</a> at <code>{subject.commit.slice(0, 12)}</code>
                {subject.paths?.length ? <span className={styles.muted}> ({subject.paths.join(', ')})</span> : null}
              </>
            ) : (
              <>
                Reference design {designPage ? <Link to={designPage.href}>{subject.page}</Link> : <code>{subject.page}</code>}
                {subject.basedOn ? (
                  <span className={styles.muted}>
                    {' '}
                    (from <a href={`https://github.com/${subject.basedOn.repo}/tree/${subject.basedOn.commit}`}>{subject.basedOn.repo}</a> at <code>{subject.basedOn.commit.slice(0, 12)}</code>)
                  </span>
                ) : null}
              </>
            )}
          </dd>
        </div>
        <div className={styles.wide}>
          <dt>Reviewers</dt>
          <dd>{d.reviewers.join(', ')}</dd>
        </div>
        <div className={styles.wide}>
          <dt>Lenses</dt>
          <dd className={styles.chips}>
            {d.lenses.map((l) => (
              <Link key={l.id} to={`/lenses/${l.id}/`} className={styles.chip}>
                {l.id} <span className={styles.muted}>{l.version}</span>
              </Link>
            ))}
          </dd>
        </div>
      </dl>
      <nav aria-label="Versions" className={styles.versions}>
        <span className={styles.muted}>Versions</span>
        {review.versions.map((x) =>
          x.version === v.version ? (
            <span key={x.version} className={clsx(styles.pill, styles.current)} aria-current="page">
              v{x.version}
            </span>
          ) : (
            <Link key={x.version} to={`/reviews/${review.id}/v${x.version}/`} className={styles.pill} title={`${x.data.date}${x.data.status === 'draft' ? ', draft' : ''}`}>
              v{x.version}
              {x.data.status === 'draft' ? ' (draft)' : ''}
            </Link>
          ),
        )}
        {v.version > 1 ? (
          <Link to={`/reviews/${review.id}/v${v.version}/changes/`} className={styles.diffLink}>
            What changed since v{v.version - 1}
          </Link>
        ) : null}
        {review.versions.length > 1 ? (
          <Link to={`/reviews/${review.id}/compare/?from=${review.versions[0]!.version}&to=${v.version === review.versions[0]!.version ? review.versions.at(-1)!.version : v.version}`} className={styles.diffLink}>
            Compare versions
          </Link>
        ) : null}
      </nav>
      <Errata errata={review.errata.filter((e) => e.version === v.version)} />
    </header>
  );
}

/** Dated corrections of this version: the published text never changes, so they stand beside it. */
function Errata({errata}: {errata: ReviewProp['errata']}): React.JSX.Element | null {
  if (!errata.length) return null;
  return (
    <aside className={styles.errata} aria-labelledby="errata-title">
      <h2 id="errata-title" className={styles.errataTitle}>
        Corrections to this version
      </h2>
      <ul>
        {errata.map((e) => (
          <li key={`${e.date}-${e.finding ?? ''}-${e.text.slice(0, 20)}`}>
            <time dateTime={e.date}>{e.date}</time>
            {e.finding ? (
              <>
                {' '}
                (<Link to={`/findings/${e.finding}/`}>{e.finding}</Link>)
              </>
            ) : null}
            : <LinkedText text={e.text} />
          </li>
        ))}
      </ul>
    </aside>
  );
}
