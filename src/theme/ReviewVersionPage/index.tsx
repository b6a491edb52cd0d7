import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {TOCItem} from '@docusaurus/mdx-loader';
import {MDXProvider} from '@mdx-js/react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import MDXContent from '@theme/MDXContent';
import TOC from '@theme/TOC';
import TOCCollapsible from '@theme/TOCCollapsible';
import {useMemo} from 'react';
import {BeforeAfter} from '../../components/BeforeAfter';
import {dataBlockComponents} from '../../components/DataBlocks';
import {FindingDetail} from '../../components/FindingDetail';
import {FindingTable} from '../../components/FindingTable';
import {serializeFilters} from '../../components/FindingTable/filters';
import {MetricsPanel} from '../../components/MetricsPanel';
import {PillarSummary} from '../../components/PillarSummary';
import {PrintHeader} from '../../components/PrintHeader';
import {ReviewHeader} from '../../components/ReviewHeader';
import {TradeoffMatrix} from '../../components/TradeoffMatrix';
import type {ReviewProp} from '../../plugin/props';
import {isSearchableVersion, searchBody, SEARCH_IGNORE} from '../../search/scope';
import styles from './styles.module.css';

interface ContentModule {
  (): React.JSX.Element;
  toc: readonly TOCItem[];
}

export interface ReviewVersionPageProps {
  review: ReviewProp;
  content: ContentModule;
  version: number;
  /** True on /reviews/<id>/, which shows the latest version and points search engines at its v<N> URL. */
  alias: boolean;
}

/** Section ids of the page's own parts, chosen not to collide with the headings of review bodies. */
const SECTIONS = {summary: 'pillar-summary', findings: 'findings', metrics: 'metric-values', tradeoffs: 'trade-off-matrices', diagrams: 'before-and-after-diagrams'} as const;

export default function ReviewVersionPage({review, content: Content, version, alias}: ReviewVersionPageProps): React.JSX.Element {
  const v = review.versions.find((x) => x.version === version)!;
  const d = v.data;
  // Ids with a row on this page: in the findings' text, these link to it.
  const rowIds = new Set(d.findings.map((f) => f.id));
  const previous = review.versions.find((x) => x.version === version - 1);
  const {siteConfig} = useDocusaurusContext();
  const canonicalPath = useBaseUrl(`/reviews/${review.id}/v${version}/`);
  const katexCss = useBaseUrl('/vendor/katex/katex.min.css');
  // Finding anchors are link targets from finding pages and other repositories: register them for the
  // build's broken-anchor check.
  const brokenLinks = useBrokenLinks();
  for (const f of d.findings) brokenLinks.collectAnchor(f.id);
  const findingPages = useMemo(() => review.findings.filter((f) => f.history.some((h) => !h.draft)).map((f) => f.id), [review.findings]);
  const pagePath = alias ? `/reviews/${review.id}/` : `/reviews/${review.id}/v${version}/`;
  // Matrices and diagrams written in the front matter follow the text, each group under its own heading; those
  // written as fenced blocks render in place.
  const trailingTradeoffs = d.tradeoffs.filter((t) => !v.fromBody.tradeoffs.includes(t.id));
  const trailingDiagrams = d.diagrams.filter((x) => !v.fromBody.diagrams.includes(x.id));
  const toc: TOCItem[] = [
    {value: 'Summary by pillar', id: SECTIONS.summary, level: 2},
    {value: 'Findings', id: SECTIONS.findings, level: 2},
    ...(d.metrics.length ? [{value: 'Metrics at a glance', id: SECTIONS.metrics, level: 2}] : []),
    ...Content.toc,
    ...(trailingTradeoffs.length ? [{value: 'Trade-off matrices', id: SECTIONS.tradeoffs, level: 2}] : []),
    ...(trailingDiagrams.length ? [{value: 'Before and after', id: SECTIONS.diagrams, level: 2}] : []),
  ];
  return (
    <Layout title={`${d.title} (v${version})`} description={d.description ?? `Well-Architected review of ${d.title}, version ${version}`}>
      <Head>
        <link rel="canonical" href={`${siteConfig.url}${canonicalPath}`} />
        {d.status === 'draft' || alias ? <meta name="robots" content="noindex" /> : null}
        {/* Self-hosted KaTeX styles, only on pages with math (scripts/vendor-assets.mjs). */}
        {v.hasMath ? <link rel="stylesheet" href={katexCss} /> : null}
      </Head>
      <main className="container margin-vert--lg">
        <div className="row">
          {/* Only the latest published version, at its v<N> URL, is in the site search. */}
          <article className={`col col--9 ${styles.report}`} {...(isSearchableVersion({version, status: d.status, latestPublished: review.latestPublished, alias}) ? searchBody('Review', `v${version}`) : {})}>
            <PrintHeader title={d.title} version={version} date={d.date} status={d.status} url={`${siteConfig.url}${canonicalPath}`} />
            <ReviewHeader review={review} version={v} alias={alias} />
            <div {...SEARCH_IGNORE}>
              <TOCCollapsible toc={toc} className={styles.tocMobile} />
            </div>

            <Heading as="h2" id={SECTIONS.summary}>
              Summary by pillar
            </Heading>
            <PillarSummary
              counts={v.counts}
              questionRisks={review.questionRisks?.[version]}
              lensQuestions={review.lensQuestions}
              findingsHref={({pillar, severity}) => `${pagePath}?${serializeFilters({pillar: [pillar], severity: [severity], status: ['open', 'mitigating']})}#${SECTIONS.findings}`}
            />

            <Heading as="h2" id={SECTIONS.findings}>
              Findings
            </Heading>
            <FindingTable
              findings={d.findings}
              findingPages={findingPages}
              lensQuestions={review.lensQuestions}
              detail={(f) => <FindingDetail finding={f} subject={d.subject} versionDate={d.date} lensQuestions={review.lensQuestions} linkableIds={rowIds} />}
            />

            {d.metrics.length ? (
              <>
                <Heading as="h2" id={SECTIONS.metrics}>
                  Metrics at a glance
                </Heading>
                <MetricsPanel metrics={d.metrics} {...(previous ? {previous: {version: previous.version, metrics: previous.data.metrics}} : {})} />
              </>
            ) : null}

            <div className={styles.body}>
              <MDXContent>
                <MDXProvider components={dataBlockComponents}>
                  <Content />
                </MDXProvider>
              </MDXContent>
            </div>
            {trailingTradeoffs.length ? (
              <section>
                <Heading as="h2" id={SECTIONS.tradeoffs}>
                  Trade-off matrices
                </Heading>
                {trailingTradeoffs.map((t) => (
                  <TradeoffMatrix key={t.id} tradeoff={t} />
                ))}
              </section>
            ) : null}
            {trailingDiagrams.length ? (
              <section>
                <Heading as="h2" id={SECTIONS.diagrams}>
                  Before and after
                </Heading>
                {trailingDiagrams.map((x) => (
                  <BeforeAfter key={x.id} diagram={x} />
                ))}
              </section>
            ) : null}
          </article>
          <div className={`col col--3 ${styles.tocDesktop}`}>
            <TOC toc={toc} />
          </div>
        </div>
      </main>
    </Layout>
  );
}
