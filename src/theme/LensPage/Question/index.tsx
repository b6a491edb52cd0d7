import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import type {QuestionProp, QuestionRefProp} from '../../../plugin/lens-props';
import {Choices} from '../Choices';
import {ResourceText, SafeLink} from '../SafeLink';
import styles from '../styles.module.css';

export interface QuestionProps {
  question: QuestionProp;
  /** Show the findings citing the question (off when no review answers to or cites the lens). */
  citations: boolean;
}

const TITLE_SOURCE: Record<NonNullable<QuestionProp['titleSource']>, string> = {
  confirmed: 'title in our words, checked against the AWS page',
  'third-party-notes': 'title in our words, from notes that cite the AWS page',
  'focus-area-only': 'only the focus area is known',
};

const STATUS_CLOSED = new Set(['resolved']);

/** One question: intent, the official questions it extends, best practices, risk rules in words, citing findings. */
export function Question({question: q, citations}: QuestionProps): React.JSX.Element {
  return (
    <section className={styles.question}>
      <Heading as="h3" id={q.id}>
        <span className={styles.qid}>{q.id}</span>
        {q.title}
      </Heading>
      {q.url || q.titleSource || q.added ? (
        <p className={clsx(styles.small, styles.muted)}>
          {[q.titleSource ? TITLE_SOURCE[q.titleSource] : undefined, q.added ? `added ${q.added}` : undefined].filter(Boolean).join('; ')}
          {q.url ? (
            <>
              {q.titleSource || q.added ? ' · ' : ''}
              <SafeLink url={q.url}>The question on its publisher&apos;s site</SafeLink>
            </>
          ) : null}
        </p>
      ) : null}
      {q.description ? <p>{q.description}</p> : null}
      {q.helpfulResource ? (
        <p>
          <ResourceText resource={q.helpfulResource} />
        </p>
      ) : null}
      {q.extends.length || q.adds ? (
        <div className={clsx(styles.block, styles.extends)}>
          <h4>Extends</h4>
          <RefList refs={q.extends} />
          {q.adds ? (
            <p>
              <strong>What it adds:</strong> {q.adds}
            </p>
          ) : null}
        </div>
      ) : null}
      {q.extendedBy.length ? (
        <div className={styles.block}>
          <h4>Extended by</h4>
          <RefList refs={q.extendedBy} />
        </div>
      ) : null}
      {q.choices.length ? (
        <div className={styles.block}>
          <h4>Best practices</h4>
          <Choices questionId={q.id} choices={q.choices} />
        </div>
      ) : null}
      {q.rules.length ? (
        <div className={styles.block} data-testid="risk-rules">
          <h4>Risk rules</h4>
          <p className={clsx(styles.small, styles.muted)}>Read in order: the first rule that holds for the selected best practices sets the question&apos;s risk in the Well-Architected Tool.</p>
          <ol className={styles.rules}>
            {q.rules.map((r, i) => (
              <li key={i} className={styles[`rule-${r.risk}`]}>
                <span data-rule-sentence>
                  <span className={clsx(styles.badge, styles[`risk-${r.level}`])}>{r.level}</span>
                  {r.sentence.slice(r.level.length)}
                </span>
                {r.unreachable ? <span className={styles.muted}> (never applies: an earlier rule always holds first, or the condition cannot hold)</span> : null}
                {r.problem ? <span className={styles.muted}> ({r.problem})</span> : null}
                <code className={clsx(styles.condition, styles.muted)}>{r.condition}</code>
              </li>
            ))}
          </ol>
          {q.noDefault ? <p className={clsx(styles.small, styles.muted)}>No rule is <code>default</code>: a selection that no rule matches gets no risk.</p> : null}
        </div>
      ) : null}
      {citations ? (
        <div className={styles.block}>
          <h4>Findings citing it</h4>
          {q.citedBy.length ? (
            <ul>
              {q.citedBy.map((f) => (
                <li key={f.id}>
                  <Link to={`/findings/${f.id}/`} className={clsx(styles[`sev-${f.severity}`], (f.ended || STATUS_CLOSED.has(f.status)) && styles.closed)}>
                    {f.id}
                  </Link>{' '}
                  {f.title} <span className={styles.muted}>({[f.severity, f.ended ? 'ended' : f.status, `${f.review} v${f.version}`].join(', ')})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.muted}>None yet.</p>
          )}
        </div>
      ) : null}
    </section>
  );
}

function RefList({refs}: {refs: QuestionRefProp[]}): React.JSX.Element {
  return (
    <ul>
      {refs.map((r) => (
        <li key={r.ref}>
          {r.to ? <Link to={r.to}>{r.ref}</Link> : <code>{r.ref}</code>}
          {r.title ? ` ${r.title}` : ''}
          {r.lensName ? <span className={styles.muted}> ({r.lensName})</span> : null}
        </li>
      ))}
    </ul>
  );
}
