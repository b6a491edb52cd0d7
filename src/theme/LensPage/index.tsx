import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {LensProp} from '../../plugin/lens-props';

export interface LensPageProps {
  lens: LensProp;
}

/** /lenses/<id>/: a lens's questions, and the findings that cite each. */
export default function LensPage({lens: {lens, citedBy}}: LensPageProps): React.JSX.Element {
  return (
    <Layout title={lens.name} description={lens.description ?? `${lens.name}: questions and the findings that cite them`}>
      <main className="container margin-vert--lg">
        <nav aria-label="Breadcrumbs">
          <Link to="/lenses/">Lenses</Link> / {lens.name}
        </nav>
        <h1>{lens.name}</h1>
        <p>
          Lens id <code>{lens.id}</code>, published {lens.published} by {lens.publisher}; version {lens.versions.at(-1)!.version}.
          {lens.url ? (
            <>
              {' '}
              <a href={lens.url} rel="noopener noreferrer">
                Documentation
              </a>
              .
            </>
          ) : null}
        </p>
        {lens.description ? <p>{lens.description}</p> : null}
        {lens.pillars.map((p) => (
          <section key={p.id}>
            <Heading as="h2" id={`pillar-${p.id}`}>
              {p.name}
            </Heading>
            {p.questions.map((q) => (
              <section key={q.id}>
                <Heading as="h3" id={q.id}>
                  {q.id}: {q.title}
                </Heading>
                {q.description ? <p>{q.description}</p> : null}
                {q.url ? (
                  <p>
                    <a href={q.url} rel="noopener noreferrer">
                      Question page
                    </a>
                  </p>
                ) : null}
                {citedBy[q.id]?.length ? (
                  <p>
                    Cited by{' '}
                    {citedBy[q.id]!.map((f, i) => (
                      <span key={f.id}>
                        {i ? ', ' : ''}
                        <Link to={`/findings/${f.id}/`}>{f.id}</Link>
                      </span>
                    ))}
                  </p>
                ) : null}
              </section>
            ))}
          </section>
        ))}
      </main>
    </Layout>
  );
}
