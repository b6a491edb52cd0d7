import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import {useEffect, useMemo, useState} from 'react';
import {FindingRow, FindingRows} from '../../components/FindingRow';
import {FindingFilters} from '../../components/FindingFilters';
import {facetCounts, NO_FILTERS, shownStatus} from '../../components/FindingTable/filters';
import type {ExplorerRow} from '../../plugin/explorer-props';
import {exploreRows, extraFacets, parseExplorerState, serializeExplorerState, type ExplorerState} from './explorer';
import styles from './styles.module.css';

export interface FindingsExplorerPageProps {
  findings: ExplorerRow[];
}

const EXTRA_LABELS = {review: 'Review', repo: 'Subject repository', lens: 'Lens question'} as const;

/**
 * /findings/: every published finding across reviews, in its current state, filterable by review, subject
 * repository, pillar, severity, status, service and lens question. The filters live in the URL, read after mount.
 */
export default function FindingsExplorerPage({findings}: FindingsExplorerPageProps): React.JSX.Element {
  const [state, setState] = useState<ExplorerState>({filters: NO_FILTERS});
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setState(parseExplorerState(window.location.search));
    setReady(true);
  }, []);
  useEffect(() => {
    if (ready) window.history.replaceState(null, '', `${window.location.pathname}${serializeExplorerState(window.location.search, state)}${window.location.hash}`);
  }, [state, ready]);
  const rows = useMemo(() => exploreRows(findings, state), [findings, state]);
  const facets = useMemo(() => extraFacets(findings), [findings]);
  // Reviews are offered by title; the URL keeps the id.
  const reviewTitles = useMemo(() => new Map(findings.map((f) => [f.review, f.reviewTitle])), [findings]);
  // The findings the review, repository and lens selects leave: what the pillar, severity and status filters count.
  const inScope = useMemo(() => exploreRows(findings, {...state, filters: NO_FILTERS}), [findings, state]);
  const counts = useMemo(() => facetCounts(inScope), [inScope]);
  return (
    <Layout title="Findings" description="Every published finding across the reviews, with its current severity and status, filterable by review, repository, pillar, severity, status, service and lens question.">
      <main className="container margin-vert--lg">
        <h1>Findings</h1>
        <p>
          Every finding ever published, as it stands in the latest published version that lists it. Each links to its
          permanent page and history.
        </p>
        <div className={styles.extra}>
          {(Object.keys(EXTRA_LABELS) as Array<keyof typeof EXTRA_LABELS>).map((key) => (
            <label key={key} className={styles.field}>
              <span>{EXTRA_LABELS[key]}</span>
              <select
                className="wa-select"
                value={state[key] ?? ''}
                data-facet={key}
                onChange={(e) => {
                  const {[key]: _drop, ...rest} = state;
                  setState(e.target.value ? {...rest, [key]: e.target.value} : rest);
                }}>
                <option value="">Any</option>
                {facets[key].map(([v, n]) => (
                  <option key={v} value={v}>
                    {key === 'review' ? (reviewTitles.get(v) ?? v) : v} ({n})
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <FindingFilters filters={state.filters} counts={counts} shown={rows.length} total={inScope.length} onChange={(filters) => setState({...state, filters})} />
        <p className={styles.count} data-testid="explorer-count">
          {rows.length} {rows.length === 1 ? 'finding' : 'findings'}
        </p>
        <FindingRows>
          {rows.map((r) => (
            <FindingRow key={r.id} id={r.id} title={r.title} severity={r.severity} status={shownStatus(r)} pillar={r.pillar}>
              <span className={styles.meta}>
                <Link to={`/reviews/${r.review}/v${r.version}/#${r.id}`}>
                  {r.reviewTitle}, v{r.version}
                </Link>
                {r.repo ? ` · ${r.repo}` : ''}
              </span>
            </FindingRow>
          ))}
        </FindingRows>
      </main>
    </Layout>
  );
}
