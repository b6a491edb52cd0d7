import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {diffVersions} from '../diff-versions';
import type {Effect, FindingChange, FindingDiff, FindingEffect, ReviewDiff} from '../types';
import {versionArb} from './support/arbitraries';

const RUNS = 300;

const MIRROR_EFFECT: Record<FindingEffect, FindingEffect> = {better: 'worse', worse: 'better', mixed: 'mixed', neutral: 'neutral'};
const MIRROR_KIND = {new: 'absent', absent: 'new', unchanged: 'unchanged', updated: 'updated', added: 'removed', removed: 'added', changed: 'changed'} as const;

const sorted = (xs: readonly string[]) => [...xs].sort();
const ids = (items: ReadonlyArray<{id: string}>) => items.map((x) => x.id);

/** A change as `diff(b, a)` should report it: from and to swapped, added and removed swapped, the effect mirrored. */
function mirrorChange(c: FindingChange): unknown {
  const effect = MIRROR_EFFECT[c.effect] as Effect;
  if ('added' in c) return {...c, added: c.removed, removed: c.added, changed: c.changed.map((x) => ({key: x.key, from: x.to, to: x.from})), effect};
  const out: Record<string, unknown> = {field: c.field, effect};
  if ('to' in c) out.from = c.to;
  if ('from' in c) out.to = c.from;
  return out;
}

/** Order-free form of a list change, to compare `changed` lists built in either side's order. */
function normalizeChange(c: unknown): unknown {
  const x = c as {changed?: Array<{key: string}>};
  return x.changed ? {...x, changed: [...x.changed].sort((a, b) => a.key.localeCompare(b.key))} : x;
}

describe('diffVersions, on generated versions', () => {
  it('finds no change between a version and itself', () => {
    fc.assert(
      fc.property(versionArb, (a) => {
        const d = diffVersions({from: a, to: a});
        expect(d.changed).toBe(false);
        expect(d.findings.every((f) => f.kind === 'unchanged')).toBe(true);
        expect(d.metrics.every((m) => m.kind === 'unchanged' && m.effect === 'neutral')).toBe(true);
        expect(d.pillars.every((p) => !p.changed && p.effect === 'neutral')).toBe(true);
        expect([...d.tradeoffs, ...d.diagrams].every((x) => x.kind === 'unchanged')).toBe(true);
        expect(d.body!.every((s) => s.kind === 'unchanged' && s.lines.length === 0)).toBe(true);
        const {better, worse, mixed, new: added, resolved, reopened} = d.summary;
        expect({better, worse, mixed, added, resolved, reopened}).toEqual({better: 0, worse: 0, mixed: 0, added: 0, resolved: 0, reopened: 0});
      }),
      {numRuns: RUNS},
    );
  });

  it('lists every finding, metric, trade-off and diagram id of either version exactly once', () => {
    fc.assert(
      fc.property(versionArb, versionArb, (a, b) => {
        const d = diffVersions({from: a, to: b});
        const union = (x: ReadonlyArray<{id: string}>, y: ReadonlyArray<{id: string}>) => sorted([...new Set([...ids(x), ...ids(y)])]);
        expect(sorted(ids(d.findings))).toEqual(union(a.data.findings, b.data.findings));
        expect(sorted(ids(d.metrics))).toEqual(union(a.data.metrics, b.data.metrics));
        expect(sorted(ids(d.tradeoffs))).toEqual(union(a.data.tradeoffs, b.data.tradeoffs));
        expect(sorted(ids(d.diagrams))).toEqual(union(a.data.diagrams, b.data.diagrams));
        const {new: n, absent, unchanged, updated} = d.summary.findings;
        expect(n + absent + unchanged + updated).toBe(d.findings.length);
        // Plain JSON: no undefined holes, nothing lost in a round trip (the CLI prints it, the page fetches it).
        expect(undefinedPaths(d)).toEqual([]);
        expect(JSON.parse(JSON.stringify(d))).toEqual(d);
      }),
      {numRuns: RUNS},
    );
  });

  it('mirrors itself: diff(a, b) and diff(b, a) swap new and absent, better and worse, old and new', () => {
    fc.assert(
      fc.property(versionArb, versionArb, (a, b) => {
        const ab = diffVersions({from: a, to: b});
        const ba = diffVersions({from: b, to: a});
        expect(ba.changed).toBe(ab.changed);
        checkFindings(ab, ba);
        checkRest(ab, ba);
        const s = ab.summary;
        const r = ba.summary;
        expect([r.better, r.worse, r.mixed]).toEqual([s.worse, s.better, s.mixed]);
        expect([r.findings.new, r.findings.absent, r.findings.updated, r.findings.unchanged]).toEqual([s.findings.absent, s.findings.new, s.findings.updated, s.findings.unchanged]);
        expect([r.metrics.added, r.metrics.removed, r.metrics.better, r.metrics.worse]).toEqual([s.metrics.removed, s.metrics.added, s.metrics.worse, s.metrics.better]);
        expect(r.open).toEqual({before: s.open.after, after: s.open.before});
      }),
      {numRuns: RUNS},
    );
  });
});

function undefinedPaths(x: unknown, at = ''): string[] {
  if (x === undefined) return [at];
  if (typeof x !== 'object' || x === null) return [];
  return Object.entries(x).flatMap(([k, v]) => undefinedPaths(v, `${at}.${k}`));
}

function checkFindings(ab: ReviewDiff, ba: ReviewDiff): void {
  const other = new Map(ba.findings.map((f) => [f.id, f]));
  for (const f of ab.findings) {
    const g = other.get(f.id)!;
    expect(g.kind, f.id).toBe(MIRROR_KIND[f.kind]);
    expect(g.effect, f.id).toBe(MIRROR_EFFECT[f.effect]);
    if (f.kind === 'new') expect((g as Extract<FindingDiff, {kind: 'absent'}>).before).toEqual(f.after);
    if (f.kind === 'absent') expect((g as Extract<FindingDiff, {kind: 'new'}>).after).toEqual(f.before);
    if (f.kind === 'updated') {
      const h = g as Extract<FindingDiff, {kind: 'updated'}>;
      expect([h.before, h.after]).toEqual([f.after, f.before]);
      expect(h.changes.map(normalizeChange)).toEqual(f.changes.map(mirrorChange).map(normalizeChange));
    }
  }
}

function checkRest(ab: ReviewDiff, ba: ReviewDiff): void {
  const metrics = new Map(ba.metrics.map((m) => [m.id, m]));
  for (const m of ab.metrics) {
    const n = metrics.get(m.id)!;
    expect(n.kind).toBe(m.kind === 'added' ? 'removed' : m.kind === 'removed' ? 'added' : m.kind);
    expect([n.before, n.after]).toEqual([m.after, m.before]);
    expect(n.effect).toBe(MIRROR_EFFECT[m.effect]);
    expect(n.comparable).toBe(m.comparable);
    expect(sorted(n.changed)).toEqual(sorted(m.changed));
    if (m.change) expect(n.change!.absolute + m.change.absolute).toBe(0);
  }
  ab.pillars.forEach((p, i) => {
    const q = ba.pillars[i]!;
    expect([q.pillar, q.before, q.after, q.effect, q.changed]).toEqual([p.pillar, p.after, p.before, MIRROR_EFFECT[p.effect], p.changed]);
  });
  for (const [x, y] of [
    [ab.tradeoffs, ba.tradeoffs],
    [ab.diagrams, ba.diagrams],
  ] as const) {
    const other = new Map(y.map((t) => [t.id, t]));
    for (const t of x) expect(other.get(t.id)!.kind).toBe(MIRROR_KIND[t.kind]);
  }
  for (const d of ab.diagrams) expect(sorted(ba.diagrams.find((e) => e.id === d.id)!.changed)).toEqual(sorted(d.changed));
  for (const t of ab.tradeoffs) {
    const u = ba.tradeoffs.find((e) => e.id === t.id)!;
    if (t.changes) {
      expect(u.changes!.chosen).toEqual(t.changes.chosen && {from: t.changes.chosen.to, to: t.changes.chosen.from});
      expect(u.changes!.cells.length).toBe(t.changes.cells.length);
      expect([u.changes!.options.added, u.changes!.options.removed]).toEqual([t.changes.options.removed, t.changes.options.added]);
    }
  }
  // Sections: the same headings with mirrored kinds (as multisets: removed sections sit in a different place).
  const kinds = (d: ReviewDiff, mirror: boolean) => sorted(d.body!.map((s) => `${s.heading}/${mirror ? MIRROR_KIND[s.kind] : s.kind}`));
  expect(kinds(ba, false)).toEqual(kinds(ab, true));
}
