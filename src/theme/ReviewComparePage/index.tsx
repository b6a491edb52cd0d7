import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import {useEffect, useMemo, useState} from 'react';
import {DiffView} from '../../components/DiffView';
import {diffVersions} from '../../diff/diff-versions';
import type {ReviewProp} from '../../plugin/props';
import {parsePair, serializePair} from './pair';
import styles from './styles.module.css';

export interface ReviewComparePageProps {
  review: ReviewProp;
  /** Version number -> body text, for the section diff. */
  bodies: Record<string, string>;
}

/**
 * /reviews/<id>/compare/?from=<A>&to=<B>: any two versions, diffed in the browser from the published data. The
 * query is read after mount (reading it during the first render would not match the static HTML).
 */
export default function ReviewComparePage({review, bodies}: ReviewComparePageProps): React.JSX.Element {
  const numbers = review.versions.map((v) => v.version);
  const [pair, setPair] = useState(() => ({from: numbers.at(-2)!, to: numbers.at(-1)!}));
  const [ready, setReady] = useState(false);
  // A link whose versions this review does not have, or names one version twice, shows the latest change and says so.
  const [refused, setRefused] = useState<string | undefined>(undefined);
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const asked = parsePair(window.location.search, numbers);
    if (asked) setPair(asked);
    else if (params.has('from') || params.has('to')) setRefused(`from=${params.get('from') ?? ''}&to=${params.get('to') ?? ''}`);
    setReady(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (ready) window.history.replaceState(null, '', `${window.location.pathname}${serializePair(pair)}${window.location.hash}`);
  }, [pair, ready]);
  const diff = useMemo(() => {
    const side = (n: number) => {
      const v = review.versions.find((x) => x.version === n)!;
      return {...v, body: bodies[String(n)]};
    };
    const lo = Math.min(pair.from, pair.to);
    const hi = Math.max(pair.from, pair.to);
    const between = review.versions.filter((v) => v.version > lo && v.version < hi);
    return diffVersions({from: side(pair.from), to: side(pair.to), between});
  }, [pair, review, bodies]);
  const title = review.versions.at(-1)!.data.title;
  const select = (which: 'from' | 'to') => (
    <label>
      {which === 'from' ? 'From' : 'to'}{' '}
      <select className={`wa-select ${styles.select}`} value={pair[which]} onChange={(e) => (setRefused(undefined), setPair({...pair, [which]: Number(e.target.value)}))} name={which}>
        {review.versions.map((v) => (
          <option key={v.version} value={v.version}>
            v{v.version} ({v.data.date}
            {v.data.status === 'draft' ? ', draft' : ''})
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Layout title={`${title}: compare versions`} description={`Compare any two versions of ${title}: findings, metrics, ratings and text.`}>
      <main className="container margin-vert--lg">
        <nav aria-label="Breadcrumbs">
          <Link to="/reviews/">Reviews</Link> / <Link to={`/reviews/${review.id}/`}>{title}</Link> / compare
        </nav>
        <h1>Compare versions</h1>
        <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label="Versions to compare">
          {select('from')} {select('to')}
        </form>
        {refused ? (
          <p className={styles.notice} role="status">
            The link asked for {refused}; this review has versions {numbers.join(', ')}, and a comparison needs two different ones. Shown
            instead: v{pair.from} → v{pair.to}.
          </p>
        ) : null}
        {pair.from === pair.to ? (
          <p className={styles.notice} role="status">
            Both sides are v{pair.from}: choose two different versions to see what changed.
          </p>
        ) : null}
        <DiffView diff={diff} />
      </main>
    </Layout>
  );
}
