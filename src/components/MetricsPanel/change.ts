import type {Metric} from '../../schemas/metric';
import type {MetricBasis} from '../../schemas/vocab';

/**
 * How a metric moved since the previous version of the review: the same metric id in version N-1, judged by the
 * current metric's `direction`. Pure, so the panel and its tests agree.
 */

export type MetricVerdict = 'better' | 'worse' | 'unchanged' | 'not-comparable';

export interface MetricChange {
  previousVersion: number;
  previousValue: number;
  previousUnit: string;
  /** Current minus previous; undefined when the units differ. */
  delta?: number;
  /** delta / |previous|, when previous is not zero. */
  relative?: number;
  verdict: MetricVerdict;
  /** Set when the basis changed: part of the move is the method, not the system. */
  basisChanged?: {from: MetricBasis; to: MetricBasis};
}

type Comparable = Pick<Metric, 'id' | 'value' | 'unit' | 'direction' | 'basis'>;

/** Values closer than this (relative) are the same number written differently. */
const EPSILON = 1e-9;

export function metricChange({metric, previous, previousVersion}: {metric: Comparable; previous: Comparable | undefined; previousVersion: number}): MetricChange | undefined {
  if (!previous) return undefined;
  const base = {
    previousVersion,
    previousValue: previous.value,
    previousUnit: previous.unit,
    ...(previous.basis !== metric.basis ? {basisChanged: {from: previous.basis, to: metric.basis}} : {}),
  };
  if (previous.unit.trim() !== metric.unit.trim()) return {...base, verdict: 'not-comparable'};
  const delta = metric.value - previous.value;
  const scale = Math.max(Math.abs(metric.value), Math.abs(previous.value), 1);
  const relative = previous.value !== 0 ? delta / Math.abs(previous.value) : undefined;
  const verdict: MetricVerdict =
    Math.abs(delta) <= EPSILON * scale ? 'unchanged' : (delta < 0) === (metric.direction === 'lower-is-better') ? 'better' : 'worse';
  return {...base, delta, ...(relative !== undefined ? {relative} : {}), verdict};
}

/** The metrics of version N-1 by id, or undefined for the first version. */
export function previousMetrics<M extends {id: string}>({versions, version}: {versions: ReadonlyArray<{version: number; data: {metrics: readonly M[]}}>; version: number}): {version: number; byId: Map<string, M>} | undefined {
  const prev = versions.find((v) => v.version === version - 1);
  return prev ? {version: prev.version, byId: new Map(prev.data.metrics.map((m) => [m.id, m]))} : undefined;
}

const numberFormat = new Intl.NumberFormat('en-US', {maximumFractionDigits: 4});
const percentFormat = new Intl.NumberFormat('en-US', {style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero'});
const signedFormat = new Intl.NumberFormat('en-US', {maximumFractionDigits: 4, signDisplay: 'exceptZero'});

/** Same output on the server and in every browser (fixed locale), so hydration never disagrees. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export function formatDelta(change: MetricChange, unit: string): string {
  if (change.delta === undefined) return `was ${formatNumber(change.previousValue)} ${change.previousUnit}`;
  // A change of a percentage is in points: 99.9 % to 99.5 % is -0.4 points, which is -0.4 % of 99.9.
  const abs = `${signedFormat.format(change.delta)} ${unit === '%' ? (Math.abs(change.delta) === 1 ? 'point' : 'points') : unit}`;
  return change.relative !== undefined ? `${abs} (${percentFormat.format(change.relative)})` : abs;
}
