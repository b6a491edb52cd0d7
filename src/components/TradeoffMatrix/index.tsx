import type {Tradeoff} from '../../schemas/tradeoff';
import {PILLAR_LABELS, PILLARS, type Pillar} from '../../schemas/vocab';

export interface TradeoffMatrixProps {
  tradeoff: Tradeoff;
}

function criterionKey(c: Tradeoff['criteria'][number]): string {
  return typeof c === 'string' ? c : c.id;
}

function criterionLabel(c: Tradeoff['criteria'][number]): string {
  return typeof c === 'string' ? ((PILLARS as readonly string[]).includes(c) ? PILLAR_LABELS[c as Pillar] : c) : c.label;
}

/** A trade-off matrix: options as rows, criteria as columns, a score (1-5) and its reason in each cell. */
export function TradeoffMatrix({tradeoff}: TradeoffMatrixProps): React.JSX.Element {
  return (
    <figure id={`tradeoff-${tradeoff.id}`}>
      <figcaption>
        <strong>Trade-off: {tradeoff.title}</strong>
      </figcaption>
      <table>
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
            <tr key={o.id}>
              <th scope="row">
                {o.title}
                {o.chosen ? ' (chosen)' : ''}
              </th>
              {tradeoff.criteria.map((c) => {
                const cell = o.scores[criterionKey(c)];
                return <td key={criterionKey(c)}>{cell ? `${cell.score}/5: ${cell.reason}` : ''}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p>{tradeoff.decision}</p>
    </figure>
  );
}
