import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';

export interface RedirectPageProps {
  to: string;
  reason: string;
}

/** The page left at a moved URL: a static host cannot answer 301, so it refreshes to the new place at once. */
export default function RedirectPage({to, reason}: RedirectPageProps): React.JSX.Element {
  const {siteConfig} = useDocusaurusContext();
  const target = useBaseUrl(to);
  return (
    <Layout title="This page moved" description={`Moved to ${to}: ${reason}`}>
      <Head>
        <meta httpEquiv="refresh" content={`0; url=${target}`} />
        <link rel="canonical" href={`${siteConfig.url}${target}`} />
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--xl">
        <h1>This page moved</h1>
        <p>
          It is now at <Link to={to}>{to}</Link>. {reason}
        </p>
      </main>
    </Layout>
  );
}
