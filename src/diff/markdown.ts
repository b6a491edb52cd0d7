import type {PillarRating} from '../content/derive';
import {PILLAR_LABELS, SEVERITIES} from '../schemas/vocab';
import {locationKey} from './findings';
import type {FindingChange, FindingDiff, FindingEffect, MetricDiff, MetricSnapshot, PillarState, ReviewDiff, SectionDiff} from './types';

/**
 * The pages a diff links to, relative to the site's base URL (docs/reference/contracts.md#urls). The same paths
 * as `urls` in src/plugin/routes.ts (a test keeps them equal), repeated here because that module needs Node.
 */
export const diffPaths = {
  version: (review: string, version: number) => `reviews/${review}/v${version}/`,
  changes: (review: string, version: number) => `reviews/${review}/v${version}/changes/`,
  compare: (review: string, from: number, to: number) => `reviews/${review}/compare/?from=${from}&to=${to}`,
  finding: (id: string) => `findings/${id}/`,
};

/** The page that shows this diff: the changes page for consecutive versions, else the compare page. */
export function diffPagePath(diff: Pick<ReviewDiff, 'review' | 'from' | 'to'>): string {
  return diff.to.version === diff.from.version + 1 ? diffPaths.changes(diff.review, diff.to.version) : diffPaths.compare(diff.review, diff.from.version, diff.to.version);
}

const RATING_TEXT: Record<PillarRating, string> = {
  'high-risk': 'high risk',
  'medium-risk': 'medium risk',
  'low-risk': 'low risk',
  'no-open-findings': 'no open findings',
};

const EFFECT_ORDER: Record<FindingEffect, number> = {worse: 0, mixed: 1, better: 2, neutral: 3};

/** At most this many section headings are named per kind; the rest are counted. */
const MAX_HEADINGS = 8;

/**
 * The diff as a pull-request comment: one summary line, then tables of new, resolved and changed findings, metric
 * and pillar changes, and a line each for trade-offs, diagrams and the body. Every finding id links to its page
 * and the versions to theirs. `site` is what links start with: the base URL (`/`, `/repo/`) or, with a configured
 * site URL, the absolute one (`https://example.org/repo/`).
 */
export function formatDiffMarkdown({diff, site = '/'}: {diff: ReviewDiff; site?: string}): string {
  const prefix = site.endsWith('/') ? site : `${site}/`;
  const link = (text: string, path: string) => `[${text}](${prefix}${path})`;
  const fid = (id: string) => link(id, diffPaths.finding(id));
  const v = (n: number) => `v${n}`;
  const {review, from, to, summary: s} = diff;
  const out: string[] = [];

  const bold = (n: number, what: string) => (n ? `**${n} ${what}**` : `${n} ${what}`);
  const counts = [
    bold(s.new, 'new'),
    bold(s.resolved, 'resolved'),
    `${s.better} better`,
    bold(s.worse, 'worse'),
    ...(s.mixed ? [`${s.mixed} mixed`] : []),
    ...(s.reopened ? [bold(s.reopened, 'reopened')] : []),
  ];
  out.push(
    `**${escape(to.title)}** ${link(v(from.version), diffPaths.version(review, from.version))} (${from.date}) → ${link(v(to.version), diffPaths.version(review, to.version))} (${to.date}${to.status === 'draft' ? ', draft' : ''}): ` +
      (diff.changed ? `${counts.join(', ')}; open findings ${s.open.before} → ${s.open.after}. ${link('All changes', diffPagePath(diff))}` : 'no changes.'),
  );
  if (!diff.changed) return `${out.join('\n')}\n`;

  const isResolved = (f: FindingDiff): f is Extract<FindingDiff, {kind: 'absent' | 'updated'}> =>
    'before' in f && !f.before.ended && f.before.status !== 'resolved' && ((f.kind === 'absent' && f.reason !== 'unlisted') || (f.kind === 'updated' && f.after.status === 'resolved'));
  const added = diff.findings.filter((f): f is Extract<FindingDiff, {kind: 'new'}> => f.kind === 'new');
  const resolved = diff.findings.filter(isResolved);
  const changed = diff.findings
    .filter((f): f is Extract<FindingDiff, {kind: 'updated'}> => f.kind === 'updated' && !isResolved(f))
    .sort((a, b) => EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect]);
  const gone = diff.findings.filter((f): f is Extract<FindingDiff, {kind: 'absent'}> => f.kind === 'absent' && !isResolved(f));

  if (added.length) {
    out.push('', `#### New findings (${added.length})`, '', '| Finding | Severity | Pillar | Status | Title |', '|---|---|---|---|---|');
    for (const f of added) {
      const extra = f.replaces.length ? ` (replaces ${f.replaces.map(fid).join(', ')})` : '';
      const ended = f.after.ended ? ` (ended on arrival: ${endingText(f.after.ended, fid)})` : '';
      out.push(row(fid(f.id), f.after.severity, PILLAR_LABELS[f.after.pillar], f.after.status, `${escape(f.after.title)}${extra}${ended}`));
    }
  }
  if (resolved.length) {
    out.push('', `#### Resolved, retired or replaced (${resolved.length})`, '', '| Finding | Severity | Pillar | Title | How |', '|---|---|---|---|---|');
    for (const f of resolved) out.push(row(fid(f.id), f.before.severity, PILLAR_LABELS[f.before.pillar], escape(f.before.title), resolvedHow(f, fid)));
  }
  if (changed.length) {
    out.push('', `#### Changed findings (${changed.length})`, '', '| Finding | Title | Changes | Effect |', '|---|---|---|---|');
    for (const f of changed) out.push(row(fid(f.id), escape(f.after.title), f.changes.map((c) => changeText(c, fid)).join('; '), effectText(f.effect)));
  }
  if (gone.length) {
    out.push('', `No longer listed: ${gone.map((f) => `${fid(f.id)} (${goneText(f, v(from.version))})`).join(', ')}.`);
  }

  const metrics = diff.metrics.filter((m) => m.kind !== 'unchanged');
  if (metrics.length) {
    out.push('', `#### Metrics (${metrics.length} changed)`, '', `| Metric | ${v(from.version)} | ${v(to.version)} | Change | Effect |`, '|---|---|---|---|---|');
    for (const m of metrics) out.push(metricRow(m));
    const same = diff.metrics.length - metrics.length;
    if (same) out.push('', `${same} metric${same === 1 ? '' : 's'} unchanged.`);
  }

  const pillars = diff.pillars.filter((p) => p.changed);
  if (pillars.length) {
    out.push('', '#### Pillars (open findings)', '', `| Pillar | ${v(from.version)} | ${v(to.version)} | Effect |`, '|---|---|---|---|');
    for (const p of pillars) out.push(row(PILLAR_LABELS[p.pillar], pillarText(p.before), pillarText(p.after), effectText(p.effect)));
  }

  const other: string[] = [];
  const matrixLine = (what: string, items: ReadonlyArray<{id: string; kind: string}>) => {
    const parts = (['added', 'removed', 'updated'] as const).flatMap((k) => {
      const ids = items.filter((x) => x.kind === k).map((x) => `\`${x.id}\``);
      return ids.length ? [`${k === 'updated' ? 'changed' : k} ${ids.join(', ')}`] : [];
    });
    if (parts.length) other.push(`- ${what}: ${parts.join('; ')}.`);
  };
  matrixLine('Trade-offs', diff.tradeoffs);
  matrixLine('Before/after diagrams', diff.diagrams);
  if (diff.body) {
    const parts = (['changed', 'added', 'removed'] as const).flatMap((k) => {
      const headings = diff.body!.filter((x) => x.kind === k).map(headingLabel);
      if (!headings.length) return [];
      const shown = headings.slice(0, MAX_HEADINGS).join(', ');
      return [`${k} ${shown}${headings.length > MAX_HEADINGS ? ` and ${headings.length - MAX_HEADINGS} more` : ''}`];
    });
    if (parts.length) other.push(`- Sections: ${parts.join('; ')}.`);
  }
  if (other.length) out.push('', '#### Also changed', '', ...other);
  return `${out.join('\n')}\n`;
}

function row(...cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Text from the content in a table cell: no pipes, no line breaks, no HTML. */
function escape(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function headingLabel(s: SectionDiff): string {
  return s.heading ? `"${escape(s.heading)}"` : 'the introduction';
}

function effectText(effect: FindingEffect): string {
  return effect === 'neutral' ? '' : effect === 'worse' ? '**worse**' : effect;
}

function endingText(ended: {retired: string} | {replacedBy: string[]}, fid: (id: string) => string): string {
  return 'retired' in ended ? `retired: ${escape(ended.retired)}` : `replaced by ${ended.replacedBy.map(fid).join(', ')}`;
}

function resolvedHow(f: FindingDiff, fid: (id: string) => string): string {
  if (f.kind === 'updated') return `status ${f.before.status} → resolved`;
  if (f.kind !== 'absent') return '';
  const when = f.endedIn !== undefined ? ` in v${f.endedIn}` : '';
  if (f.reason === 'retired') return `retired${when}: ${escape(f.retired ?? '')}`;
  if (f.reason === 'replaced') return `replaced${when} by ${(f.replacedBy ?? []).map(fid).join(', ')}`;
  return `resolved${when}, no longer listed`;
}

function goneText(f: Extract<FindingDiff, {kind: 'absent'}>, fromVersion: string): string {
  if (f.before.ended) return `ended in ${fromVersion}`;
  if (f.reason === 'resolved') return `resolved in v${f.endedIn ?? '?'}`;
  return `was ${f.before.status}; no version on record says why`;
}

const FIELD_LABELS: Record<FindingChange['field'], string> = {
  severity: 'severity',
  status: 'status',
  pillar: 'pillar',
  title: 'title',
  rationale: 'rationale',
  owner: 'owner',
  tracking: 'tracking issue',
  retired: 'retired',
  resolution: 'resolution',
  acceptance: 'acceptance',
  lensRefs: 'lens refs',
  services: 'services',
  replacedBy: 'replaced by',
  locations: 'locations',
  remediation: 'remediation options',
};

function changeText(c: FindingChange, fid: (id: string) => string): string {
  const label = FIELD_LABELS[c.field];
  switch (c.field) {
    case 'severity':
    case 'status':
      return `${label} ${c.from} → ${c.effect === 'worse' ? `**${c.to}**` : c.to}`;
    case 'pillar':
      return `${label} ${PILLAR_LABELS[c.from!]} → ${PILLAR_LABELS[c.to!]}`;
    case 'lensRefs':
    case 'services':
      return `${label} ${[...c.added.map((x) => `+\`${x}\``), ...c.removed.map((x) => `−\`${x}\``)].join(' ')}`;
    case 'replacedBy':
      return `${label} ${[...c.added.map((x) => `+${fid(x)}`), ...c.removed.map((x) => `−${fid(x)}`)].join(' ')}`;
    case 'locations':
      return `${label} ${[...c.added.map((x) => `+\`${escape(locationKey(x))}\``), ...c.removed.map((x) => `−\`${escape(locationKey(x))}\``), ...c.changed.map((x) => `~\`${escape(x.key)}\``)].join(' ')}`;
    case 'remediation': {
      const parts = [[c.added.length, 'added'], [c.removed.length, 'removed'], [c.changed.length, 'changed']].filter(([n]) => n).map(([n, w]) => `${n} ${w}`);
      return `${label}: ${parts.join(', ')}`;
    }
    case 'owner':
    case 'tracking':
      return c.from === undefined ? `${label} set` : c.to === undefined ? `${label} removed` : `${label} changed`;
    default:
      return c.from === undefined ? `${label} added` : c.to === undefined ? `${label} removed` : `${label} changed`;
  }
}

/** A number as written, without binary-fraction noise (0.12 - 0.09 is not 0.029999999999999995). */
export function formatNumber(x: number): string {
  return String(Number(x.toPrecision(6)));
}

function valueText(m: MetricSnapshot | undefined): string {
  return m ? `${formatNumber(m.value)} ${escape(m.unit)}` : '—';
}

/**
 * A metric's change in plain words: the value's change (absolute and relative) and notes on what else changed
 * (basis, unit, direction, method, inputs). The pull-request comment and the diff pages both say it this way.
 */
export function metricChangeWords(m: MetricDiff): {change: string; notes: string[]} {
  if (m.kind === 'added') return {change: 'added', notes: []};
  if (m.kind === 'removed') return {change: 'removed', notes: []};
  const {absolute, relative} = m.change!;
  const sign = absolute > 0 ? '+' : absolute < 0 ? '−' : '±';
  const change = absolute === 0 ? 'value unchanged' : `${sign}${formatNumber(Math.abs(absolute))}${relative === null ? '' : ` (${sign}${formatNumber(Math.round(Math.abs(relative) * 1000) / 10)}%)`}`;
  const notes: string[] = [];
  const b = m.before!;
  const a = m.after!;
  if (b.basis !== a.basis) notes.push(`basis ${b.basis} → ${a.basis}`);
  if (b.unit !== a.unit) notes.push(`unit ${b.unit} → ${a.unit}`);
  if (b.direction !== a.direction) notes.push(`direction ${b.direction} → ${a.direction}`);
  if (m.methodChanged) notes.push('method changed');
  const inputs = m.inputs?.changed.map((i) => `${i.name} ${formatNumber(i.from)} → ${formatNumber(i.to)}`) ?? [];
  if (inputs.length) notes.push(`inputs: ${inputs.join(', ')}`);
  return {change, notes};
}

function metricRow(m: MetricDiff): string {
  const name = escape((m.after ?? m.before)!.name);
  if (m.kind === 'added') return row(name, '—', valueText(m.after), 'added', '');
  if (m.kind === 'removed') return row(name, valueText(m.before), '—', 'removed', '');
  const {change, notes} = metricChangeWords(m);
  const effect = m.comparable ? effectText(m.effect) : '**not comparable**';
  return row(name, valueText(m.before), valueText(m.after), escape(`${change}${notes.length ? `; ${notes.join('; ')}` : ''}`), effect);
}

function pillarText(p: PillarState): string {
  const counts = SEVERITIES.filter((s) => p.open[s] > 0).map((s) => `${p.open[s]} ${s}`);
  return `${RATING_TEXT[p.rating]}${counts.length ? ` (${counts.join(', ')})` : ''}`;
}
