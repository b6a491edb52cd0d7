import clsx from 'clsx';
import type {Tradeoff} from '../../schemas/tradeoff';
import {PILLAR_LABELS, PILLARS, type Pillar} from '../../schemas/vocab';
import {FindingAnchors} from '../FindingAnchors';
import styles from './styles.module.css';

export interface TradeoffMatrixProps {
  tradeoff: Tradeoff;
}

type Criterion = Tradeoff['criteria'][number];

function criterionKey(c: Criterion): string {
  return typeof c === 'string' ? c : c.id;
}

function criterionLabel(c: Criterion): string {
  return typeof c === 'string' ? ((PILLARS as readonly string[]).includes(c) ? PILLAR_LABELS[c as Pillar] : c) : c.label;
}

/** Five dots, as many filled as the score; the number is written beside them. */
function Score({score}: {score: number}): React.JSX.Element {
  return (
    <span className={styles.score} data-score={score}>
      <span aria-hidden="true" className={styles.dots}>
        {'●'.repeat(score)}
        <span className={styles.empty}>{'○'.repeat(5 - score)}</span>
      </span>
      <span className={styles.number}>{score}/5</span>
    </span>
  );
}

/**
 * A trade-off matrix: options as rows, criteria (pillars or others) as columns, a score from 1 (worst) to 5 (best)
 * and its reason in each cell, the chosen option marked. On a narrow column each option becomes a card.
 */
export function TradeoffMatrix({tradeoff}: TradeoffMatrixProps): React.JSX.Element {
  const chosen = tradeoff.options.find((o) => o.chosen);
  return (
    <figure id={`tradeoff-${tradeoff.id}`} className={styles.matrix}>
      <figcaption className={styles.caption}>
        <span className={styles.kicker}>Trade-off</span>
        <strong className={styles.title}>{tradeoff.title}</strong>
      </figcaption>
      <table className={styles.table}>
        <caption className={styles.srOnly}>
          {tradeoff.title}: {tradeoff.options.length} options scored from 1 (worst) to 5 (best) on {tradeoff.criteria.map(criterionLabel).join(', ')}.
          {chosen ? ` Chosen: ${chosen.title}.` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            {tradeoff.criteria.map((c) => (
              <th scope="col" key={criterionKey(c)}>
                {criterionLabel(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tradeoff.options.map((o) => (
            <tr key={o.id} className={clsx(o.chosen && styles.chosen)} data-option={o.id} data-chosen={o.chosen || undefined}>
              <th scope="row" className={styles.option}>
                {o.chosen ? <span className={styles.flag}>✓ Chosen</span> : null}
                {o.title}
              </th>
              {tradeoff.criteria.map((c) => {
                const cell = o.scores[criterionKey(c)];
                return (
                  <td key={criterionKey(c)} data-label={criterionLabel(c)}>
                    {cell ? (
                      <>
                        <Score score={cell.score} />
                        <span className={styles.reason}>{cell.reason}</span>
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.decision}>
        <strong>Decision{chosen ? `: ${chosen.title}.` : '.'}</strong> {tradeoff.decision}
      </p>
      <FindingAnchors lead="Bears on" ids={tradeoff.findings} className={styles.findings} />
    </figure>
  );
}
