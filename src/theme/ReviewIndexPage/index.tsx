import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {ReviewDashboard} from '../../components/ReviewDashboard';
import {ReviewList} from '../../components/ReviewList';
import type {IndexProp} from '../../plugin/props';
import {SEVERITIES} from '../../schemas/vocab';
import styles from './styles.module.css';

export interface ReviewIndexPageProps {
  index: IndexProp;
}

/** /reviews/: every review's latest version and the open findings across them. */
export default function ReviewIndexPage({index}: ReviewIndexPageProps): React.JSX.Element {
  const published = index.reviews.filter((r) => r.status === 'published');
  const open = SEVERITIES.reduce((n, s) => n + published.reduce((m, r) => m + r.open[s], 0), 0);
  return (
    <Layout title="Reviews" description="Well-Architected reviews of AI and agentic systems on AWS, with their open findings by pillar and severity.">
      <main className="container margin-vert--lg">
        <header className={styles.header}>
          <h1>Reviews</h1>
          <p className={styles.lead}>
            {index.reviews.length} review{index.reviews.length === 1 ? '' : 's'} of AI and agentic systems on AWS, each pinned to the commit or design it read. {open} findings
            are open across their latest published versions.
          </p>
        </header>
        <ReviewList reviews={index.reviews} />
        <Heading as="h2" id="dashboard">
          Open findings across reviews
        </Heading>
        <p className={styles.note}>
          Each count links to the review&apos;s finding table, filtered to those findings. Drafts are not counted. A pillar&apos;s rating on a
          review page follows from the same counts.
        </p>
        <ReviewDashboard reviews={index.reviews} />
      </main>
    </Layout>
  );
}
