import type {LensChoice} from '../../../schemas/lens';
import {ResourceText, SafeLink} from '../SafeLink';
import styles from '../styles.module.css';

export interface ChoicesProps {
  questionId: string;
  choices: LensChoice[];
}

/** The best practices of a question, each with why it matters and its improvement plan (folded). */
export function Choices({questionId, choices}: ChoicesProps): React.JSX.Element {
  return (
    <ol className={styles.choices}>
      {choices.map((c) => {
        const extra = (c.additionalResources ?? []).flatMap((r) => r.content.map((content) => ({type: r.type, content})));
        const folded = c.helpfulResource || c.improvementPlan || extra.length;
        return (
          <li key={c.id} id={`${questionId}.${c.id}`} className={c.id.endsWith('_no') ? styles.none : undefined}>
            <p>
              <strong>{c.title}</strong> <code className={styles.small}>{c.id}</code>
            </p>
            {c.description ? <p>{c.description}</p> : null}
            {folded ? (
              <details className={styles.details}>
                <summary>{[c.helpfulResource && 'Why it matters', c.improvementPlan && 'improvement plan', extra.length && 'more links'].filter(Boolean).join(', ').replace(/^./, (s) => s.toUpperCase())}</summary>
                <dl>
                  {c.helpfulResource ? (
                    <>
                      <dt>Why it matters</dt>
                      <dd>
                        <ResourceText resource={c.helpfulResource} />
                      </dd>
                    </>
                  ) : null}
                  {c.improvementPlan ? (
                    <>
                      <dt>Improvement plan</dt>
                      <dd>
                        <ResourceText resource={c.improvementPlan} />
                      </dd>
                    </>
                  ) : null}
                  {extra.length ? (
                    <>
                      <dt>More links</dt>
                      <dd>
                        <ul>
                          {extra.map(({type, content}, i) => (
                            <li key={i}>
                              <SafeLink url={content.url}>{content.displayText}</SafeLink>{' '}
                              <span className={styles.muted}>({type === 'IMPROVEMENT_PLAN' ? 'improvement plan' : 'helpful resource'})</span>
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </>
                  ) : null}
                </dl>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
