import {describe, expect, it} from 'vitest';
import {checkTargets, formatBytes, isIdle, median, resultTable, runsFor, type SizeResult} from '../stats';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow();
  });
});

describe('runsFor', () => {
  it('repeats runs under a minute three times, longer ones once', () => {
    expect(runsFor(59_999)).toBe(3);
    expect(runsFor(60_000)).toBe(1);
  });
});

describe('formatting', () => {
  it('formats bytes and load', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KiB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.00 GiB');
    expect(isIdle(0.9, 2)).toBe(true);
    expect(isIdle(1.2, 2)).toBe(false);
  });
});

const result: SizeResult = {
  size: 'small',
  date: '2026-11-25T00:00:00.000Z',
  commit: '0123456789abcdef0123456789abcdef01234567',
  uncommitted: [],
  machine: {cpuModel: 'Test CPU', cpus: 2, memoryBytes: 8 * 1024 ** 3, node: 'v20.20.2', kernel: 'Linux'},
  load: {before: [0.1, 0.1, 0.1], idle: true, note: 'Machine otherwise idle.'},
  corpus: {options: {reviews: 10, versions: 3, findings: 10}},
  validate: {runsMs: [500, 400, 600], othersCores: [0, 0, 0], medianMs: 500, findingEntries: 300, findingsPerSecond: 600, problems: 0},
  yamlFloor: {runsMs: [300, 300, 300], othersCores: [0, 0, 0], medianMs: 300, parseOnlyMs: 200},
  build: {
    ours: {medianMs: 30_000, runsMs: [30_000], pages: 200, secondsPerPage: 0.15, peakRssBytes: 1024 ** 3, outputBytes: 10 * 1024 ** 2, outputFiles: 400, loadBefore: [0, 0, 0], othersCores: [0]},
    control: {medianMs: 10_000, runsMs: [10_000], pages: 50, secondsPerPage: 0.2, peakRssBytes: 512 * 1024 ** 2, outputBytes: 5 * 1024 ** 2, outputFiles: 100, loadBefore: [0, 0, 0], othersCores: [0]},
    ratio: 0.75,
  },
  pageWeight: [{name: 'latest review', path: '/reviews/a/', requests: 20, initialJs: 240_000, lazyJs: 300_000, css: 30_000, katex: 60_000, html: 20_000, prefetchJs: 5000, total: 650_000, mermaid: true, katexLoaded: true}],
};

describe('checkTargets', () => {
  it('checks each target of the issue', () => {
    expect(checkTargets(result).map((t) => [t.target, t.met])).toEqual([
      ['validate under 1 s', true],
      ['validate within 2x of the raw YAML parse', true],
      ['build s/page within 1.5x of the control', true],
      ['peak memory under 4 GiB', true],
      ['review page JS under 250 KB gzip before Mermaid', true],
    ]);
    const slow = {...result, validate: {...result.validate!, medianMs: 1200}};
    expect(checkTargets(slow).filter((t) => !t.met).map((t) => t.target)).toEqual(['validate under 1 s', 'validate within 2x of the raw YAML parse']);
  });

  it('checks validate with --cache on its own line, when measured', () => {
    const warm = (medianMs: number) => checkTargets({...result, validate: {...result.validate!, medianMs: 12_600}, validateWarm: {runsMs: [medianMs], othersCores: [0], medianMs}});
    expect(warm(780).slice(0, 2).map((t) => [t.target, t.value, t.met])).toEqual([
      ['validate under 1 s', '12.6 s', false],
      ['validate under 1 s with --cache, no file changed', '780 ms', true],
    ]);
    expect(warm(1100)[1]!.met).toBe(false);
    expect(resultTable({...result, validateWarm: {runsMs: [780, 790, 800], othersCores: [0, 0, 0], medianMs: 790}})).toContain('| `wa-review validate --cache`, no file changed (median of 3) | 790 ms |');
  });
});

describe('resultTable', () => {
  it('renders every measure as a Markdown table', () => {
    expect(resultTable(result)).toMatchSnapshot();
  });

  it('names the run behind each step when the steps were measured by different runs', () => {
    const run = (commit: string, date: string) => ({commit, date, note: 'Machine otherwise idle.'});
    const mixed = resultTable({...result, stepRuns: {validate: run('b'.repeat(40), '2026-11-26'), build: run('a'.repeat(40), '2026-11-25'), weight: run('a'.repeat(40), '2026-11-25')}});
    expect(mixed).toContain(`Measured in more than one run: validate at \`${'b'.repeat(12)}\`, 2026-11-26 (Machine otherwise idle.); build at \`${'a'.repeat(12)}\``);
    const one = resultTable({...result, stepRuns: {validate: run('a'.repeat(40), '2026-11-25'), build: run('a'.repeat(40), '2026-11-25')}});
    expect(one).not.toContain('more than one run');
  });
});
