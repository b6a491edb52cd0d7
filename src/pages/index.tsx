import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';

export default function Home(): React.JSX.Element {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout description={siteConfig.tagline}>
      <main className="container margin-vert--xl">
        <Heading as="h1">{siteConfig.title}</Heading>
        <p className="hero__subtitle">{siteConfig.tagline}</p>
        <p>
          Each review is a set of typed findings against a named commit of a real design: pillar, severity, status,
          lens questions, locations and remediation options. Versions are immutable, every finding has a permalink,
          and any two versions can be compared.
        </p>
        <Link className="button button--primary button--lg" to="/docs/">
          Read the docs
        </Link>
      </main>
    </Layout>
  );
}
