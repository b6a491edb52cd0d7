import type {Metric} from '../schemas/metric';
import {sameJson, setChange} from './same';
import type {Effect, MetricDiff, MetricField, MetricSnapshot} from './types';

const FIELDS: readonly MetricField[] = ['name', 'value', 'unit', 'direction', 'basis', 'method', 'inputs', 'formula', 'evidence'];

function snapshot(m: Metric): MetricSnapshot {
  return {name: m.name, value: m.value, unit: m.unit, direction: m.direction, basis: m.basis, method: m.method};
}

/**
 * Metrics matched by id (the same id across versions is the same quantity), in `to`'s order, then the ones only
 * `from` has. A value is judged better or worse by `direction` only when basis, unit and direction are the same
 * on both sides: a modeled figure against a measured one is not a change in the system.
 */
export function diffMetrics({from, to}: {from: readonly Metric[]; to: readonly Metric[]}): MetricDiff[] {
  const a = new Map(from.map((m) => [m.id, m]));
  const b = new Map(to.map((m) => [m.id, m]));
  const out: MetricDiff[] = [];
  for (const mb of b.values()) {
    const ma = a.get(mb.id);
    if (!ma) out.push({id: mb.id, kind: 'added', after: snapshot(mb), changed: [], comparable: false, methodChanged: false, effect: 'neutral'});
    else out.push(compareMetric(ma, mb));
  }
  for (const ma of a.values()) {
    if (!b.has(ma.id)) out.push({id: ma.id, kind: 'removed', before: snapshot(ma), changed: [], comparable: false, methodChanged: false, effect: 'neutral'});
  }
  return out;
}

function compareMetric(ma: Metric, mb: Metric): MetricDiff {
  const changed = FIELDS.filter((f) => !sameJson(ma[f], mb[f]));
  const comparable = ma.basis === mb.basis && ma.unit === mb.unit && ma.direction === mb.direction;
  const absolute = mb.value - ma.value;
  const out: MetricDiff = {
    id: mb.id,
    kind: changed.length ? 'updated' : 'unchanged',
    before: snapshot(ma),
    after: snapshot(mb),
    changed,
    change: {absolute, relative: ma.value === 0 ? null : absolute / Math.abs(ma.value)},
    comparable,
    methodChanged: ma.method !== mb.method,
    effect: comparable ? valueEffect(ma.value, mb.value, mb.direction === 'higher-is-better') : 'neutral',
  };
  const inputs = inputChanges(ma, mb);
  if (inputs) out.inputs = inputs;
  return out;
}

function valueEffect(from: number, to: number, higherIsBetter: boolean): Effect {
  if (from === to) return 'neutral';
  return (to > from) === higherIsBetter ? 'better' : 'worse';
}

/** What moved among a modeled metric's inputs: often the reason its value moved (a price, a token count). */
function inputChanges(ma: Metric, mb: Metric): MetricDiff['inputs'] | undefined {
  if (!ma.inputs && !mb.inputs) return undefined;
  const ia = new Map((ma.inputs ?? []).map((i) => [i.name, i.value]));
  const ib = new Map((mb.inputs ?? []).map((i) => [i.name, i.value]));
  const {added, removed} = setChange([...ia.keys()], [...ib.keys()]);
  const changed = [...ib].flatMap(([name, to]) => {
    const from = ia.get(name);
    return from !== undefined && from !== to ? [{name, from, to}] : [];
  });
  return added.length || removed.length || changed.length ? {added, removed, changed} : undefined;
}
