import {openBySeverity, pillarRating, PILLAR_RATINGS} from '../content/derive';
import type {FindingCounts} from '../content/types';
import {PILLARS, SEVERITIES} from '../schemas/vocab';
import {diffBody} from './body';
import {diffFindings} from './findings';
import {diffDiagrams, diffTradeoffs} from './matrices';
import {diffMetrics} from './metrics';
import {DIFF_API_VERSION, type DiffBetweenInput, type DiffSummary, type DiffVersionData, type DiffVersionInput, type Effect, type FindingDiff, type MetricDiff, type PillarDiff, type ReviewDiff, type SectionDiff, type VersionRef} from './types';

/**
 * The semantic diff of two versions of one review: findings, metrics, pillar ratings, trade-offs, diagrams and
 * the body, with what got better and what got worse. Pure and free of Node modules: the CLI runs it on the
 * loaded corpus, the compare page in the browser on the published data.
 *
 * `between` (optional) are the versions strictly between the two; with them, an id that ended in one of those
 * versions is reported as retired or replaced there rather than `unlisted`.
 */
export function diffVersions({from, to, between}: {from: DiffVersionInput; to: DiffVersionInput; between?: readonly DiffBetweenInput[]}): ReviewDiff {
  const findings = diffFindings({from: from.data, to: to.data, between});
  const metrics = diffMetrics({from: from.data.metrics, to: to.data.metrics});
  const pillars = diffPillars({from: from.counts, to: to.counts});
  const tradeoffs = diffTradeoffs({from: from.data.tradeoffs, to: to.data.tradeoffs});
  const diagrams = diffDiagrams({from: from.data.diagrams, to: to.data.diagrams});
  const body = from.body !== undefined && to.body !== undefined ? diffBody({from: from.body, to: to.body}) : null;
  const summary = summarize({findings, metrics, pillars, tradeoffs, diagrams, body});
  const changed =
    findings.some((f) => f.kind !== 'unchanged') ||
    metrics.some((m) => m.kind !== 'unchanged') ||
    pillars.some((p) => p.changed) ||
    tradeoffs.some((t) => t.kind !== 'unchanged') ||
    diagrams.some((d) => d.kind !== 'unchanged') ||
    (body ?? []).some((s) => s.kind !== 'unchanged');
  return {apiVersion: DIFF_API_VERSION, review: to.data.review, from: ref(from.data), to: ref(to.data), changed, summary, findings, metrics, pillars, tradeoffs, diagrams, body};
}

function ref(d: DiffVersionData): VersionRef {
  return {version: d.version, date: d.date, status: d.status, title: d.title};
}

/** Open findings by severity and the derived rating of each pillar, before and after. */
export function diffPillars({from, to}: {from: FindingCounts; to: FindingCounts}): PillarDiff[] {
  return PILLARS.map((pillar): PillarDiff => {
    const openA = openBySeverity(from, pillar);
    const openB = openBySeverity(to, pillar);
    const before = {open: openA, rating: pillarRating(openA)};
    const after = {open: openB, rating: pillarRating(openB)};
    return {pillar, before, after, effect: pillarEffect(before, after), changed: SEVERITIES.some((s) => openA[s] !== openB[s])};
  });
}

/** By the rating first; at the same rating, by the open counts from the worst severity down. */
function pillarEffect(a: PillarDiff['before'], b: PillarDiff['after']): Effect {
  // PILLAR_RATINGS runs from worst to best.
  const ra = PILLAR_RATINGS.indexOf(a.rating);
  const rb = PILLAR_RATINGS.indexOf(b.rating);
  if (ra !== rb) return rb > ra ? 'better' : 'worse';
  for (const s of SEVERITIES) if (a.open[s] !== b.open[s]) return b.open[s] < a.open[s] ? 'better' : 'worse';
  return 'neutral';
}

const openTotal = (p: PillarDiff['before']) => SEVERITIES.reduce((n, s) => n + p.open[s], 0);

function tally<K extends string>(keys: readonly K[], items: ReadonlyArray<{kind: K}>): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const x of items) out[x.kind] += 1;
  return out;
}

function summarize({findings, metrics, pillars, tradeoffs, diagrams, body}: Pick<ReviewDiff, 'findings' | 'metrics' | 'pillars' | 'tradeoffs' | 'diagrams' | 'body'>): DiffSummary {
  const updated = findings.filter((f): f is Extract<FindingDiff, {kind: 'updated'}> => f.kind === 'updated');
  const judged = (m: MetricDiff) => m.kind === 'updated' && m.comparable;
  const metricsBetter = metrics.filter((m) => judged(m) && m.effect === 'better').length;
  const metricsWorse = metrics.filter((m) => judged(m) && m.effect === 'worse').length;
  const wasUnresolved = (f: FindingDiff) => 'before' in f && !f.before.ended && f.before.status !== 'resolved';
  const resolved = findings.filter(
    (f) => wasUnresolved(f) && ((f.kind === 'absent' && f.reason !== 'unlisted') || (f.kind === 'updated' && (f.after.ended !== undefined || f.after.status === 'resolved'))),
  ).length;
  const reopened = updated.filter((f) => f.before.status === 'resolved' && !f.after.ended && (f.after.status === 'open' || f.after.status === 'mitigating')).length;
  const kinds = ['added', 'removed', 'unchanged', 'updated'] as const;
  return {
    better: updated.filter((f) => f.effect === 'better').length + metricsBetter,
    worse: updated.filter((f) => f.effect === 'worse').length + metricsWorse,
    mixed: updated.filter((f) => f.effect === 'mixed').length,
    new: findings.filter((f) => f.kind === 'new' && !f.after.ended).length,
    resolved,
    reopened,
    open: {before: pillars.reduce((n, p) => n + openTotal(p.before), 0), after: pillars.reduce((n, p) => n + openTotal(p.after), 0)},
    findings: tally(['new', 'absent', 'unchanged', 'updated'], findings),
    metrics: {
      ...tally(kinds, metrics),
      better: metricsBetter,
      worse: metricsWorse,
      notComparable: metrics.filter((m) => m.kind === 'updated' && !m.comparable).length,
    },
    pillars: {better: pillars.filter((p) => p.effect === 'better').length, worse: pillars.filter((p) => p.effect === 'worse').length},
    tradeoffs: tally(kinds, tradeoffs),
    diagrams: tally(kinds, diagrams),
    sections: body ? tally<SectionDiff['kind']>(['added', 'removed', 'unchanged', 'changed'], body) : null,
  };
}
