import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type {LensSummaryProp} from '../../plugin/lens-props';

export interface LensIndexPageProps {
  lenses: LensSummaryProp[];
}

const KIND_LABEL: Record<LensSummaryProp['kind'], string> = {official: 'AWS official (catalog of question ids)', custom: 'ours', imported: 'imported custom lens'};

/** /lenses/: the lenses reviews answer to. */
export default function LensIndexPage({lenses}: LensIndexPageProps): React.JSX.Element {
  return (
    <Layout title="Lenses" description="The Well-Architected lenses the reviews answer to: the official catalog, the Agentic Systems Lens and imported lenses.">
      <main className="container margin-vert--lg">
        <h1>Lenses</h1>
        <table>
          <thead>
            <tr>
              <th scope="col">Lens</th>
              <th scope="col">Kind</th>
              <th scope="col">Published</th>
              <th scope="col">Version</th>
              <th scope="col">Questions</th>
              <th scope="col">Cited by findings</th>
            </tr>
          </thead>
          <tbody>
            {lenses.map((l) => (
              <tr key={l.id}>
                <td>
                  <Link to={`/lenses/${l.id}/`}>{l.name}</Link> (<code>{l.id}</code>)
                </td>
                <td>{KIND_LABEL[l.kind]}</td>
                <td>{l.published}</td>
                <td>{l.version}</td>
                <td>{l.questions}</td>
                <td>{l.cited}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    </Layout>
  );
}
