import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type {IndexProp} from '../../plugin/props';
import {PILLAR_LABELS, PILLARS, SEVERITIES} from '../../schemas/vocab';

export interface ReviewIndexPageProps {
  index: IndexProp;
}

/** /reviews/: every review's latest version and the open findings across them. */
export default function ReviewIndexPage({index}: ReviewIndexPageProps): React.JSX.Element {
  return (
    <Layout title="Reviews" description="Well-Architected reviews of AI and agentic systems on AWS, with their open findings by pillar and severity.">
      <main className="container margin-vert--lg">
        <h1>Reviews</h1>
        <ul>
          {index.reviews.map((r) => (
            <li key={r.id}>
              <Link to={`/reviews/${r.id}/`}>{r.title}</Link>: v{r.version} of {r.versions}, {r.date}
              {r.status === 'draft' ? ' (draft)' : ''}; open findings: {SEVERITIES.map((s) => `${r.open[s]} ${s}`).join(', ')}
            </li>
          ))}
        </ul>
        <h2>Open findings across reviews</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Pillar</th>
              {SEVERITIES.map((s) => (
                <th scope="col" key={s}>
                  {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PILLARS.map((p) => (
              <tr key={p}>
                <th scope="row">{PILLAR_LABELS[p]}</th>
                {SEVERITIES.map((s) => (
                  <td key={s}>{index.dashboard[p][s]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </main>
    </Layout>
  );
}
