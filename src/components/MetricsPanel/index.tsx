import Link from '@docusaurus/Link';
import type {Metric} from '../../schemas/metric';
import {BasisBadge, BASIS_LABELS} from '../Badges';
import {formatDelta, formatNumber, metricChange, type MetricChange} from './change';
import styles from './styles.module.css';

export interface MetricsPanelProps {
  metrics: readonly Metric[];
  /** The previous version of the review and its metrics, for each metric's change. */
  previous?: {version: number; metrics: readonly Metric[]};
}

const VERDICTS = {
  better: {glyph: '✓', text: 'better'},
  worse: {glyph: '✗', text: 'worse'},
  unchanged: {glyph: '=', text: 'unchanged'},
  'not-comparable': {glyph: '≠', text: 'not comparable: the unit changed'},
} as const;

function Change({change, unit}: {change: MetricChange; unit: string}): React.JSX.Element {
  const v = VERDICTS[change.verdict];
  return (
    <p className={styles.change} data-verdict={change.verdict}>
      <span aria-hidden="true" className={styles.glyph}>
        {v.glyph}
      </span>{' '}
      <strong>{v.text}</strong> since v{change.previousVersion}
      {change.verdict !== 'unchanged' ? `: ${formatDelta(change, unit)}` : ''}
      {change.basisChanged ? (
        <span className={styles.basisChanged}>
          Basis changed: {BASIS_LABELS[change.basisChanged.from].toLowerCase()} in v{change.previousVersion}, {BASIS_LABELS[change.basisChanged.to].toLowerCase()} now; part of the change is the method.
        </span>
      ) : null}
    </p>
  );
}

function How({metric: m}: {metric: Metric}): React.JSX.Element {
  return (
    <details className={styles.how}>
      <summary>{m.basis === 'modeled' ? 'Method, inputs and formula' : m.basis === 'measured' ? 'Method and evidence' : 'Method'}</summary>
      <p>{m.method}</p>
      {m.formula ? (
        <p>
          Formula:
          <code className={styles.formula}>{m.formula}</code>
        </p>
      ) : null}
      {m.inputs?.length ? (
        <ul className={styles.inputs}>
          {m.inputs.map((i) => (
            <li key={i.name}>
              <code>{i.name}</code> = {formatNumber(i.value)}
              {i.unit ? ` ${i.unit}` : ''}
              <span className={styles.source}>
                {i.link ? i.link.startsWith('/') ? <Link to={i.link}>{i.source}</Link> : <a href={i.link}>{i.source}</a> : i.source}
                {i.date ? `, ${i.date}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {m.evidence ? (
        <p>
          Evidence spec: <code>evidence/{m.evidence}</code>
        </p>
      ) : null}
    </details>
  );
}

/**
 * The version's numbers. Each shows its basis (measured, modeled or target: a badge, a border style and, for a
 * target, ≤ or ≥), how it was obtained on demand, and how it moved since the previous version by its direction.
 */
export function MetricsPanel({metrics, previous}: MetricsPanelProps): React.JSX.Element {
  const before = new Map(previous?.metrics.map((m) => [m.id, m]));
  return (
    <ul className={styles.grid}>
      {metrics.map((m) => {
        const change = previous && metricChange({metric: m, previous: before.get(m.id), previousVersion: previous.version});
        const bound = m.basis === 'target' ? (m.direction === 'lower-is-better' ? '≤ ' : '≥ ') : '';
        return (
          <li key={m.id} id={`metric-${m.id}`} className={styles.card} data-basis={m.basis}>
            <div className={styles.top}>
              <span className={styles.name}>{m.name}</span>
              <BasisBadge basis={m.basis} />
            </div>
            <p className={styles.value}>
              {bound ? <span className={styles.bound}>{bound}</span> : null}
              <span className={styles.number}>{formatNumber(m.value)}</span> <span className={styles.unit}>{m.unit}</span>
            </p>
            <p className={styles.direction}>{m.direction === 'lower-is-better' ? '↓ Lower is better' : '↑ Higher is better'}</p>
            {change ? <Change change={change} unit={m.unit} /> : previous ? <p className={styles.change}>New in this version.</p> : null}
            <How metric={m} />
          </li>
        );
      })}
    </ul>
  );
}
