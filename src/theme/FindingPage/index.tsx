import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {SeverityBadge, StatusBadge} from '../../components/Badges';
import {FindingDetail} from '../../components/FindingDetail';
import {LinkedText} from '../../components/LinkedText';
import type {ReviewProp} from '../../plugin/props';
import {PILLAR_LABELS} from '../../schemas/vocab';
import {findingPageFacts} from './facts';
import styles from './styles.module.css';
import {searchBody} from '../../search/scope';

export interface FindingPageProps {
  review: ReviewProp;
  id: string;
}

/**
 * /findings/<ID>/: where a finding stands now, how it got there, and, for an id that ended, where it went. People
 * paste this URL into tickets and other repositories' code: it never breaks and always says what happened.
 */
export default function FindingPage({review, id}: FindingPageProps): React.JSX.Element {
  const facts = findingPageFacts({review, id});
  const {current, finding, version, record, successors, predecessors, errata} = facts;
  const {siteConfig} = useDocusaurusContext();
  // Every id of this review that has a page: in the text, these link to it.
  const publishedIds = new Set(review.versions.filter((v) => v.data.status === 'published').flatMap((v) => v.data.findings.map((f) => f.id)));
  const url = `${siteConfig.url}${useBaseUrl(`/findings/${id}/`)}`;
  const title = `${id}: ${finding.title}`;
  const description = `${facts.statusText} · ${current.severity} severity · ${PILLAR_LABELS[finding.pillar]} · ${version.data.title}, v${version.version} (${version.data.date})`;
  return (
    <Layout title={title} description={description}>
      <Head>
        <link rel="canonical" href={url} />
        <meta property="og:type" content="article" />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
        <meta property="og:url" content={url} />
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={title} />
        <meta name="twitter:description" content={description} />
      </Head>
      <main className="container margin-vert--lg" {...searchBody('Finding')}>
        <nav aria-label="Breadcrumbs" className={styles.crumbs}>
          <Link to="/findings/">Findings</Link> / <Link to={`/reviews/${review.id}/`}>{version.data.title}</Link> / {id}
        </nav>
        <h1 className={styles.title}>
          <span className={styles.id}>{id}</span> {finding.title}
        </h1>
        {/* Badges are words in the page but noise in a search excerpt ("High Open SecurityAs of..."). */}
        <p className={styles.badges} data-pagefind-ignore="">
          <SeverityBadge severity={finding.severity} /> <StatusBadge status={facts.shownStatus} /> <span className={styles.pillar}>{PILLAR_LABELS[finding.pillar]}</span>
        </p>
        <p className={styles.where}>
          As of <Link to={`/reviews/${review.id}/v${version.version}/#${id}`}>version {version.version}</Link> ({version.data.date}) of the review{' '}
          <Link to={`/reviews/${review.id}/`}>{version.data.title}</Link>
          {version.data.subject.kind === 'repository' ? (
            <>
              {' '}
              of <a href={`https://github.com/${version.data.subject.repo}/tree/${version.data.subject.commit}`}>{version.data.subject.repo}</a> at{' '}
              <code>{version.data.subject.commit.slice(0, 12)}</code>
            </>
          ) : (
            ' of a reference design'
          )}
          .{facts.newerDraft ? ` A draft v${facts.newerDraft} may change it.` : ''}
        </p>

        {successors.length || facts.retiredReason ? (
          <div className={styles.ended} role="note">
            <strong>This finding ended in version {version.version}.</strong>{' '}
            {facts.retiredReason ? (
              <>
                Retired: <LinkedText text={facts.retiredReason} findings={{ids: publishedIds, href: (other) => `/findings/${other}/`}} />
              </>
            ) : null}
            {successors.length ? (
              <>
                It was replaced by:
                <ul>
                  {successors.map((s) => (
                    <li key={s.id}>
                      <Link to={`/findings/${s.id}/`}>{s.id}</Link>: {s.title} ({s.severity} severity, {s.status})
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
        {predecessors.length ? (
          <p className={styles.replaces}>
            Replaces{' '}
            {predecessors.map((p, i) => (
              <span key={p}>
                {i ? ', ' : ''}
                <Link to={`/findings/${p}/`}>{p}</Link>
              </span>
            ))}
            .
          </p>
        ) : null}

        <FindingDetail
          finding={finding}
          subject={version.data.subject}
          versionDate={version.data.date}
          lensQuestions={review.lensQuestions}
          findingHref={(other) => `/findings/${other}/`}
          linkableIds={publishedIds}
          showEnded={false}
          labelLevel="h2"
        />

        {errata.length ? (
          <>
            <Heading as="h2" id="errata">
              Corrections
            </Heading>
            <ul>
              {errata.map((e) => (
                <li key={`${e.date}-${e.version}`}>
                  {e.date}, to version {e.version}: <LinkedText text={e.text} />
                </li>
              ))}
            </ul>
          </>
        ) : null}

        <Heading as="h2" id="history">
          History
        </Heading>
        <div className={styles.scroll}>
          <table className={styles.timeline}>
            <caption className={styles.caption}>Severity and status of {id} in every version that lists it</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Date</th>
                <th scope="col">Severity</th>
                <th scope="col">Status</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {record.history.map((h, i) => (
                <tr key={h.version}>
                  <td>
                    <Link to={`/reviews/${review.id}/v${h.version}/#${id}`}>v{h.version}</Link>
                    {h.draft ? ' (draft)' : ''}
                  </td>
                  <td>{h.date}</td>
                  <td>
                    <SeverityBadge severity={h.severity} />
                  </td>
                  <td>
                    <StatusBadge status={h.ended ? 'ended' : h.status} />
                  </td>
                  <td>{facts.changes[i]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </Layout>
  );
}
