import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import clsx from 'clsx';
import type {LensProp} from '../../plugin/lens-props';
import {CoverageMatrix} from './CoverageMatrix';
import {plural, publishedLine} from './format';
import {Question} from './Question';
import {SafeLink} from './SafeLink';
import styles from './styles.module.css';
import {searchBody} from '../../search/scope';

export interface LensPageProps {
  lens: LensProp;
}

export const KIND_LABEL: Record<LensProp['kind'], string> = {
  official: 'AWS official lens (catalog of its questions)',
  custom: 'Custom lens (ours)',
  imported: 'Imported custom lens',
};

/** /lenses/<id>/: a lens's questions with their practices and rules in words, and the coverage matrix. */
export default function LensPage({lens}: LensPageProps): React.JSX.Element {
  const toolJson = useBaseUrl(lens.toolJson ?? '/');
  const {counts} = lens;
  return (
    <Layout title={lens.name} description={lens.description ?? `${lens.name}: questions, risk rules and the findings that cite them`}>
      <main className={clsx('container margin-vert--lg', styles.page)} {...searchBody('Lens')}>
        <nav aria-label="Breadcrumbs" className="margin-bottom--sm">
          <Link to="/lenses/">Lenses</Link> / {lens.name}
        </nav>
        <Heading as="h1">{lens.name}</Heading>
        {lens.description ? <p className={styles.lead}>{lens.description}</p> : null}
        <dl className={styles.facts}>
          <dt>Kind</dt>
          <dd>
            {KIND_LABEL[lens.kind]} · id <code>{lens.id}</code>
          </dd>
          <dt>Publisher</dt>
          <dd>{lens.publisher}</dd>
          <dt>Published</dt>
          <dd>
            {publishedLine(lens)}
          </dd>
          <dt>Questions</dt>
          <dd>
            {counts.questions} in {plural(counts.pillars, 'pillar')}
            {counts.practices ? `, ${counts.practices} best practices` : ''}
            {counts.extends ? `; extends ${counts.extends} official questions` : ''}
            {counts.extendedBy ? `; ${counts.extendedBy} questions of other lenses extend it` : ''}
          </dd>
          {lens.url ? (
            <>
              <dt>Home page</dt>
              <dd>
                <SafeLink url={lens.url}>{lens.url}</SafeLink>
              </dd>
            </>
          ) : null}
          {lens.toolJson ? (
            <>
              <dt>Tool JSON</dt>
              <dd>
                <a href={toolJson} download>
                  {lens.id}.json
                </a>{' '}
                <span className={styles.muted}>for aws wellarchitected import-lens</span>
              </dd>
            </>
          ) : lens.toolJsonProblems !== undefined ? (
            <>
              <dt>Tool JSON</dt>
              <dd>
                not published: the lens breaks {plural(lens.toolJsonProblems, 'rule')} of the Tool&apos;s format (<code>npx wa-review export wa-lens --lens {lens.id}</code> lists them)
              </dd>
            </>
          ) : null}
          {lens.toolImport ? (
            <>
              <dt>Imported from</dt>
              <dd>
                <code>{lens.toolImport.file}</code> on {lens.toolImport.importedOn} (sha256 <code>{lens.toolImport.sha256.slice(0, 12)}…</code>
                {lens.toolImport.schemaVersion ? `, schemaVersion ${lens.toolImport.schemaVersion}` : ''}
                {lens.toolImport.extras ? `; ${lens.toolImport.extras} keys outside the Tool's format kept aside` : ''}); data shown as imported.
              </dd>
            </>
          ) : null}
        </dl>
        {lens.versions.some((v) => v.notes) || lens.notes ? (
          <details className={clsx(styles.details, 'margin-bottom--lg')}>
            <summary>Versions and sources</summary>
            <ul>
              {lens.versions.map((v) => (
                <li key={v.version}>
                  <strong>{v.version}</strong> ({v.date}){v.notes ? `: ${v.notes}` : ''}
                </li>
              ))}
            </ul>
            {lens.notes ? <p>{lens.notes}</p> : null}
          </details>
        ) : null}

        <Heading as="h2" id="lens-coverage">
          Coverage
        </Heading>
        <CoverageMatrix lens={lens} />

        {lens.pillars.map((p) => (
          <section key={p.id}>
            <Heading as="h2" id={`pillar-${p.id}`}>
              {p.name}
            </Heading>
            {p.questions.length ? p.questions.map((q) => <Question key={q.id} question={q} citations={lens.reviews.length > 0} />) : <p className={styles.muted}>No questions.</p>}
          </section>
        ))}
      </main>
    </Layout>
  );
}
