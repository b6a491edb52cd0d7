import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {ReviewList} from '../components/ReviewList';
import type {GlobalProp} from '../plugin/props';
import styles from './index.module.css';

const POINTS = [
  ['Findings with permalinks', 'Each finding is typed: pillar, severity with its reason, status, the lens questions it answers, file and line at a pinned commit, and remediation options with their trade-offs. Its id never changes or returns.'],
  ['Versions that say what changed', 'A published version never changes. The next one says what changed in the design, what the reviewers learned, and what they got wrong the first time.'],
  ['Numbers with their basis', 'Every metric is measured from named evidence, modeled with its inputs and formula written out, or a target, and says which.'],
  ['Answers the Tool understands', 'Lens answers are recorded as the Well-Architected Tool records them, and the risk it would report sits beside our own severity, labelled.'],
] as const;

const DOCS = [
  ['/docs/', 'Overview', 'what the project is and how to read a review'],
  ['/docs/methodology/agentic-extensions/', 'Methodology', 'where Well-Architected needs extending for agents'],
  ['/lenses/', 'Lenses', 'the Framework, the official AI lenses and the Agentic Systems Lens'],
  ['/docs/reference/contracts/', 'Contracts', 'fields, URLs, the CLI and its problem format'],
] as const;

export default function Home(): React.JSX.Element {
  const {siteConfig} = useDocusaurusContext();
  const data = usePluginData('wa-reviews') as GlobalProp | undefined;
  const reviews = data?.reviews ?? [];
  return (
    <Layout description={siteConfig.tagline}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {siteConfig.title}
          </Heading>
          <p className={styles.tagline}>{siteConfig.tagline}.</p>
          <p className={styles.intro}>
            Each review reads a real design at a named commit and records what it found as data: findings, trade-offs between pillars, before and after
            diagrams, and modeled numbers you can recompute. Any two versions can be compared.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/reviews/">
              Browse the reviews
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/">
              Read the docs
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section className={styles.section}>
          <Heading as="h2" id="reviews">
            Reviews
          </Heading>
          {reviews.length ? <ReviewList reviews={reviews} /> : <p>No review is published yet.</p>}
          <p>
            <Link to="/reviews/#dashboard">Open findings across all reviews, by pillar and severity →</Link>
          </p>
        </section>
        <section className={styles.section}>
          <Heading as="h2" id="what-a-review-gives-you">
            What a review gives you
          </Heading>
          <ul className={styles.points}>
            {POINTS.map(([title, text]) => (
              <li key={title}>
                <strong>{title}.</strong> {text}
              </li>
            ))}
          </ul>
        </section>
        <section className={styles.section}>
          <Heading as="h2" id="documentation">
            Documentation
          </Heading>
          <ul className={styles.docs}>
            {DOCS.map(([to, title, text]) => (
              <li key={to}>
                <Link to={to}>{title}</Link>: {text}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}
