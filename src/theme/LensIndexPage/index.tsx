import Link from '@docusaurus/Link';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import clsx from 'clsx';
import type {LensSummaryProp} from '../../plugin/lens-props';
import {plural, publishedLine} from '../LensPage/format';
import styles from '../LensPage/styles.module.css';
import {searchBody} from '../../search/scope';

export interface LensIndexPageProps {
  lenses: LensSummaryProp[];
}

const GROUPS: Array<{kind: LensSummaryProp['kind']; id: string; title: string; intro: string}> = [
  {kind: 'custom', id: 'lenses-ours', title: 'Our lens', intro: 'Questions with best practices and risk rules, exportable to the Well-Architected Tool.'},
  {kind: 'official', id: 'lenses-official', title: 'AWS official lenses', intro: 'The catalog of their question ids, with short titles in our words and links to AWS; the practices themselves are on AWS’s pages.'},
  {kind: 'imported', id: 'lenses-imported', title: 'Imported lenses', intro: 'Custom lenses imported from Well-Architected Tool JSON, shown as imported.'},
];

/** /lenses/: every lens with its kind, dates, counts and coverage by findings. */
export default function LensIndexPage({lenses}: LensIndexPageProps): React.JSX.Element {
  const {withBaseUrl} = useBaseUrlUtils();
  return (
    <Layout title="Lenses" description="The Well-Architected lenses the reviews answer to: the official catalog, the Agentic Systems Lens and imported lenses, with the findings that cite each question.">
      <main className={clsx('container margin-vert--lg', styles.page)} {...searchBody('Lenses')}>
        <Heading as="h1">Lenses</Heading>
        <p className={styles.lead}>
          The lenses reviews answer to. Each lens page lists its questions with their best practices, its risk rules in words and the official questions they extend, and a coverage matrix of
          questions by reviews with the findings citing each question.
        </p>
        {GROUPS.map((g) => {
          const group = lenses.filter((l) => l.kind === g.kind);
          if (!group.length) return null;
          return (
            <section key={g.kind}>
              <Heading as="h2" id={g.id}>
                {g.title}
              </Heading>
              <p className={styles.muted}>{g.intro}</p>
              <div className={styles.cards}>
                {group.map((l) => (
                  <article key={l.id} className={styles.card} data-lens={l.id}>
                    <h3>
                      <Link to={`/lenses/${l.id}/`}>{l.name}</Link>
                    </h3>
                    {l.summary ? <p>{l.summary}</p> : null}
                    <dl className={styles.facts}>
                      <dt>Id</dt>
                      <dd>
                        <code>{l.id}</code>
                      </dd>
                      <dt>Publisher</dt>
                      <dd>{l.publisher}</dd>
                      <dt>Published</dt>
                      <dd>{publishedLine(l)}</dd>
                      <dt>Questions</dt>
                      <dd>
                        {l.counts.questions} in {plural(l.counts.pillars, 'pillar')}
                        {l.counts.practices ? `, ${l.counts.practices} best practices` : ''}
                      </dd>
                      <dt>Coverage</dt>
                      <dd>
                        {l.counts.findings ? `${l.counts.citedQuestions} of ${l.counts.questions} questions cited by ${plural(l.counts.findings, 'finding')}` : 'no finding cites it yet'}
                        {l.reviews ? ` in ${plural(l.reviews, 'review')}` : ''}
                      </dd>
                      {l.counts.extends || l.counts.extendedBy ? (
                        <>
                          <dt>Links</dt>
                          <dd>
                            {[l.counts.extends ? `extends ${plural(l.counts.extends, 'official question')}` : '', l.counts.extendedBy ? `extended by ${plural(l.counts.extendedBy, 'question')} of other lenses` : '']
                              .filter(Boolean)
                              .join('; ')}
                          </dd>
                        </>
                      ) : null}
                      {l.toolJson ? (
                        <>
                          <dt>Tool JSON</dt>
                          <dd>
                            <a href={withBaseUrl(l.toolJson)} download>
                              {l.id}.json
                            </a>
                          </dd>
                        </>
                      ) : l.toolJsonProblems !== undefined ? (
                        <>
                          <dt>Tool JSON</dt>
                          <dd className={styles.muted}>not published: breaks {plural(l.toolJsonProblems, 'rule')} of the Tool&apos;s format</dd>
                        </>
                      ) : null}
                    </dl>
                  </article>
                ))}
              </div>
            </section>
          );
        })}
      </main>
    </Layout>
  );
}
