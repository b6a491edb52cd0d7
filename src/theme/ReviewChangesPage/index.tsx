import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import {DiffView} from '../../components/DiffView';
import type {ReviewDiff} from '../../diff/types';
import type {ReviewProp} from '../../plugin/props';

export interface ReviewChangesPageProps {
  review: ReviewProp;
  diff: ReviewDiff;
  version: number;
}

/** /reviews/<id>/v<N>/changes/: what version N changed against N-1, computed at build time. */
export default function ReviewChangesPage({review, diff}: ReviewChangesPageProps): React.JSX.Element {
  const {from, to} = diff;
  const draft = to.status === 'draft';
  return (
    <Layout title={`${to.title}: changes in v${to.version}`} description={`What version ${to.version} of ${to.title} changed against version ${from.version}: findings, metrics, ratings and text.`}>
      {draft ? (
        <Head>
          <meta name="robots" content="noindex" />
        </Head>
      ) : null}
      <main className="container margin-vert--lg">
        <nav aria-label="Breadcrumbs">
          <Link to="/reviews/">Reviews</Link> / <Link to={`/reviews/${review.id}/`}>{to.title}</Link> / changes in v{to.version}
        </nav>
        <h1>
          Changes in version {to.version}
          {draft ? ' (draft)' : ''}
        </h1>
        <p>
          <Link to={`/reviews/${review.id}/v${from.version}/`}>Version {from.version}</Link> ({from.date}) →{' '}
          <Link to={`/reviews/${review.id}/v${to.version}/`}>version {to.version}</Link> ({to.date}). Compare{' '}
          <Link to={`/reviews/${review.id}/compare/?from=${from.version}&to=${to.version}`}>any two versions</Link>.
        </p>
        <DiffView diff={diff} />
      </main>
    </Layout>
  );
}
