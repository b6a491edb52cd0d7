import {describe, expect, it} from 'vitest';
import {loadCorpus} from '../../../content/load';
import type {Metric} from '../../../schemas/metric';
import {FIXTURE_ROOT} from '../../__tests__/support';
import {formatDelta, metricChange, previousMetrics} from '../change';

const m = (over: Partial<Metric>): Metric => ({id: 'cost', name: 'Cost', value: 1, unit: 'USD', direction: 'lower-is-better', basis: 'modeled', method: 'model', ...over});

describe('metricChange', () => {
  it.each([
    ['lower-is-better', 0.09, 0.12, 'worse'],
    ['lower-is-better', 0.12, 0.09, 'better'],
    ['higher-is-better', 90, 95, 'better'],
    ['higher-is-better', 95, 90, 'worse'],
    ['higher-is-better', 95, 95, 'unchanged'],
  ] as const)('%s: %d -> %d is %s', (direction, before, after, verdict) => {
    const change = metricChange({metric: m({direction, value: after}), previous: m({direction, value: before}), previousVersion: 1});
    expect(change?.verdict).toBe(verdict);
  });

  it('marks a metric that moved against its direction as worse, with the signed change', () => {
    const change = metricChange({metric: m({value: 0.12}), previous: m({value: 0.09}), previousVersion: 1})!;
    expect(change.verdict).toBe('worse');
    expect(change.delta).toBeCloseTo(0.03);
    expect(formatDelta(change, 'USD')).toBe('+0.03 USD (+33.3%)');
  });

  it('writes the change of a percentage in points, beside its relative change', () => {
    const change = metricChange({metric: m({unit: '%', direction: 'higher-is-better', value: 99.5}), previous: m({unit: '%', direction: 'higher-is-better', value: 99.9}), previousVersion: 2})!;
    expect(formatDelta(change, '%')).toBe('-0.4 points (-0.4%)');
    const one = metricChange({metric: m({unit: '%', value: 96}), previous: m({unit: '%', value: 95}), previousVersion: 2})!;
    expect(formatDelta(one, '%')).toBe('+1 point (+1.1%)');
  });

  it('labels a change of basis, and still compares the numbers', () => {
    const change = metricChange({metric: m({basis: 'measured', value: 0.08}), previous: m({basis: 'modeled', value: 0.09}), previousVersion: 3})!;
    expect(change.basisChanged).toEqual({from: 'modeled', to: 'measured'});
    expect(change.verdict).toBe('better');
    expect(metricChange({metric: m({}), previous: m({}), previousVersion: 1})!.basisChanged).toBeUndefined();
  });

  it('does not compare values in different units', () => {
    const change = metricChange({metric: m({unit: 'ms', value: 4200}), previous: m({unit: 's', value: 4.2}), previousVersion: 1})!;
    expect(change.verdict).toBe('not-comparable');
    expect(change.delta).toBeUndefined();
    expect(formatDelta(change, 'ms')).toBe('was 4.2 s');
  });

  it('has no change for a metric new in this version, and none on the first version', () => {
    expect(metricChange({metric: m({}), previous: undefined, previousVersion: 1})).toBeUndefined();
    expect(previousMetrics({versions: [{version: 1, data: {metrics: [m({})]}}], version: 1})).toBeUndefined();
  });

  it('finds the previous version in the loader fixture: cost-per-task is in v1, not in v2', () => {
    const {corpus} = loadCorpus({root: FIXTURE_ROOT});
    const demo = corpus.reviews.find((r) => r.id === 'demo')!;
    const prev = previousMetrics({versions: demo.versions, version: 2})!;
    expect(prev.version).toBe(1);
    expect([...prev.byId.keys()]).toEqual(['cost-per-task']);
    const p99 = demo.versions[1]!.data.metrics.find((x) => x.id === 'p99-latency')!;
    expect(metricChange({metric: p99, previous: prev.byId.get(p99.id), previousVersion: 1})).toBeUndefined();
  });
});
