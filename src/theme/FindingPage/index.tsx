import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type {ReviewProp} from '../../plugin/props';
import {PILLAR_LABELS} from '../../schemas/vocab';

export interface FindingPageProps {
  review: ReviewProp;
  id: string;
}

/** /findings/<ID>/: where a finding stands now and how it got there. Its URL never breaks. */
export default function FindingPage({review, id}: FindingPageProps): React.JSX.Element {
  const record = review.findings.find((f) => f.id === id)!;
  const published = record.history.filter((h) => !h.draft);
  const current = published.at(-1) ?? record.history.at(-1)!;
  const ended = current.ended;
  return (
    <Layout title={`${id}: ${current.title}`} description={`${id}, ${current.severity} severity ${PILLAR_LABELS[current.pillar].toLowerCase()} finding, ${current.status}`}>
      <Head>
        <meta property="og:title" content={`${id}: ${current.title}`} />
      </Head>
      <main className="container margin-vert--lg">
        <nav aria-label="Breadcrumbs">
          <Link to="/reviews/">Reviews</Link> / <Link to={`/reviews/${review.id}/`}>{review.versions.at(-1)?.data.title}</Link> / {id}
        </nav>
        <h1>
          {id}: {current.title}
        </h1>
        <p>
          {PILLAR_LABELS[current.pillar]} · severity {current.severity} · {current.status} (as of v{current.version}, {current.date})
        </p>
        {ended ? (
          <div className="alert alert--info" role="note">
            {'retired' in ended ? `Retired in v${current.version}: ${ended.retired}` : <>Replaced in v{current.version} by {ended.replacedBy.map((s, i) => <span key={s}>{i ? ', ' : ''}<Link to={`/findings/${s}/`}>{s}</Link></span>)}</>}
          </div>
        ) : null}
        {record.replaces.length ? (
          <p>
            Replaces {record.replaces.map((s, i) => <span key={s}>{i ? ', ' : ''}<Link to={`/findings/${s}/`}>{s}</Link></span>)}.
          </p>
        ) : null}
        <h2>History</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Date</th>
              <th scope="col">Severity</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {record.history.map((h) => (
              <tr key={h.version}>
                <td>
                  <Link to={`/reviews/${review.id}/v${h.version}/#${id}`}>v{h.version}</Link>
                  {h.draft ? ' (draft)' : ''}
                </td>
                <td>{h.date}</td>
                <td>{h.severity}</td>
                <td>{h.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    </Layout>
  );
}
