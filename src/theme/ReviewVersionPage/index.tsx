import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {MDXProvider} from '@mdx-js/react';
import Layout from '@theme/Layout';
import MDXContent from '@theme/MDXContent';
import TOC from '@theme/TOC';
import type {TOCItem} from '@docusaurus/mdx-loader';
import {BeforeAfter} from '../../components/BeforeAfter';
import {dataBlockComponents} from '../../components/DataBlocks';
import {TradeoffMatrix} from '../../components/TradeoffMatrix';
import type {ReviewProp} from '../../plugin/props';
import {PILLAR_LABELS, PILLARS, SEVERITIES} from '../../schemas/vocab';
import {openBySeverity, pillarRating, PILLAR_RATING_RULE} from '../../content/derive';

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

export default function ReviewVersionPage({review, content: Content, version, alias}: ReviewVersionPageProps): React.JSX.Element {
  const v = review.versions.find((x) => x.version === version)!;
  const d = v.data;
  const {siteConfig} = useDocusaurusContext();
  const canonicalPath = useBaseUrl(`/reviews/${review.id}/v${version}/`);
  const katexCss = useBaseUrl('/vendor/katex/katex.min.css');
  const draft = d.status === 'draft';
  // Finding anchors are link targets from finding pages and other repositories: register them for the
  // build's broken-anchor check.
  const brokenLinks = useBrokenLinks();
  for (const f of d.findings) brokenLinks.collectAnchor(f.id);
  const sections: TOCItem[] = [
    {value: 'Summary by pillar', id: 'summary', level: 2},
    {value: 'Findings', id: 'findings', level: 2},
    ...(d.metrics.length ? [{value: 'Metrics', id: 'metrics', level: 2}] : []),
  ];
  return (
    <Layout title={`${d.title} (v${version})`} description={d.description ?? `Well-Architected review of ${d.title}, version ${version}`}>
      <Head>
        <link rel="canonical" href={`${siteConfig.url}${canonicalPath}`} />
        {draft || alias ? <meta name="robots" content="noindex" /> : null}
        {/* Self-hosted KaTeX styles, only on pages with math (scripts/vendor-assets.mjs). */}
        {v.hasMath ? <link rel="stylesheet" href={katexCss} /> : null}
      </Head>
      <main className="container margin-vert--lg">
        <div className="row">
          <article className="col col--9">
            <nav aria-label="Breadcrumbs">
              <Link to="/reviews/">Reviews</Link> / {d.title}
            </nav>
            <h1>{d.title}</h1>
            <p>
              Version {version} of {review.versions.length}, {d.date}, {d.status}
              {alias ? ' (latest)' : ''}. Reviewers: {d.reviewers.join(', ')}.
            </p>
            {draft ? (
              <div className="alert alert--warning" role="note">
                This version is a draft: it may change, and it counts in no index, export or badge.
              </div>
            ) : null}
            <p>
              Subject:{' '}
              {d.subject.kind === 'repository' ? (
                <a href={`https://github.com/${d.subject.repo}/tree/${d.subject.commit}`}>
                  {d.subject.repo} at {d.subject.commit.slice(0, 12)}
                </a>
              ) : (
                <Link to={`/${d.subject.page.replace(/^docs\//, 'docs/').replace(/\.mdx?$/, '/')}`}>{d.subject.page}</Link>
              )}
            </p>
            <nav aria-label="Versions">
              Versions:{' '}
              {review.versions.map((x, i) => (
                <span key={x.version}>
                  {i ? ' · ' : ''}
                  {x.version === version ? <strong>v{x.version}</strong> : <Link to={`/reviews/${review.id}/v${x.version}/`}>v{x.version}</Link>}
                </span>
              ))}
            </nav>

            <Heading as="h2" id="summary">Summary by pillar</Heading>
            <table>
              <thead>
                <tr>
                  <th scope="col">Pillar</th>
                  {SEVERITIES.map((s) => (
                    <th scope="col" key={s}>
                      Open {s}
                    </th>
                  ))}
                  <th scope="col">Rating</th>
                </tr>
              </thead>
              <tbody>
                {PILLARS.map((p) => {
                  const open = openBySeverity(v.counts, p);
                  return (
                    <tr key={p}>
                      <th scope="row">{PILLAR_LABELS[p]}</th>
                      {SEVERITIES.map((s) => (
                        <td key={s}>{open[s]}</td>
                      ))}
                      <td>{pillarRating(open)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p>{PILLAR_RATING_RULE}</p>

            <Heading as="h2" id="findings">Findings</Heading>
            {d.findings.map((f) => (
              <section key={f.id} id={f.id}>
                <h3>
                  <Link to={`/findings/${f.id}/`}>{f.id}</Link>: {f.title}
                </h3>
                <p>
                  {PILLAR_LABELS[f.pillar]} · severity {f.severity} · {f.status}
                  {f.retired ? ` · retired: ${f.retired}` : ''}
                  {f.replacedBy ? ` · replaced by ${f.replacedBy.join(', ')}` : ''}
                </p>
                <p>{f.rationale}</p>
                {f.lensRefs.length ? <p>Lens questions: {f.lensRefs.map((r) => `${r} (${review.lensQuestions[r]?.title ?? ''})`).join('; ')}</p> : null}
                {f.remediation ? (
                  <ul>
                    {f.remediation.options.map((o) => (
                      <li key={o.title}>
                        {o.title} (effort {o.effort}){o.recommended ? ', recommended' : ''}: {o.tradeoff}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </section>
            ))}

            {d.metrics.length ? (
              <>
                <Heading as="h2" id="metrics">Metrics</Heading>
                <ul>
                  {d.metrics.map((m) => (
                    <li key={m.id}>
                      {m.name}: {m.value} {m.unit} ({m.basis}; {m.method})
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <div>
              <MDXContent>
                <MDXProvider components={dataBlockComponents}>
                  <Content />
                </MDXProvider>
              </MDXContent>
            </div>
            {/* Matrices and diagrams written in the front matter; those written as fenced blocks render in place. */}
            {d.tradeoffs.filter((t) => !v.fromBody.tradeoffs.includes(t.id)).map((t) => (
              <TradeoffMatrix key={t.id} tradeoff={t} />
            ))}
            {d.diagrams.filter((x) => !v.fromBody.diagrams.includes(x.id)).map((x) => (
              <BeforeAfter key={x.id} diagram={x} />
            ))}
          </article>
          <div className="col col--3">
            <TOC toc={[...sections, ...Content.toc]} />
          </div>
        </div>
      </main>
    </Layout>
  );
}
