import type {FindingChange, MetricDiff} from '../../diff/types';
import {formatNumber} from '../../diff/markdown';
import {locationKey} from '../../diff/findings';
import {PILLAR_LABELS} from '../../schemas/vocab';

/**
 * A diff's changes in words, for the diff pages (the pull-request comment has its own Markdown in
 * src/diff/markdown.ts). Pure, so tests read exactly what a reader reads.
 */

const LABELS: Record<FindingChange['field'], string> = {
  severity: 'Severity',
  status: 'Status',
  pillar: 'Pillar',
  title: 'Title',
  rationale: 'Rationale',
  owner: 'Owner',
  tracking: 'Tracking issue',
  retired: 'Retired',
  resolution: 'Resolution',
  acceptance: 'Acceptance',
  lensRefs: 'Lens questions',
  services: 'Services',
  replacedBy: 'Replaced by',
  locations: 'Locations',
  remediation: 'Remediation options',
};

export function findingChangeWords(c: FindingChange): string {
  const label = LABELS[c.field];
  switch (c.field) {
    case 'severity':
    case 'status':
      return `${label}: ${c.from} → ${c.to}`;
    case 'pillar':
      return `${label}: ${PILLAR_LABELS[c.from!]} → ${PILLAR_LABELS[c.to!]}`;
    case 'lensRefs':
    case 'services':
    case 'replacedBy':
      return `${label}: ${[...c.added.map((x) => `added ${x}`), ...c.removed.map((x) => `removed ${x}`)].join(', ')}`;
    case 'locations':
      return `${label}: ${[...c.added.map((x) => `added ${locationKey(x)}`), ...c.removed.map((x) => `removed ${locationKey(x)}`), ...c.changed.map((x) => `changed ${x.key}`)].join(', ')}`;
    case 'remediation':
      return `${label}: ${[...c.added.map((o) => `added "${o.title}"`), ...c.removed.map((o) => `removed "${o.title}"`), ...c.changed.map((o) => `changed "${o.key}"`)].join(', ')}`;
    default:
      return c.from === undefined ? `${label} added` : c.to === undefined ? `${label} removed` : `${label} changed`;
  }
}

export function metricChangeWords(m: MetricDiff): string {
  if (m.kind === 'added') return 'new metric';
  if (m.kind === 'removed') return 'no longer reported';
  const {absolute, relative} = m.change!;
  const sign = absolute > 0 ? '+' : absolute < 0 ? '−' : '';
  const value = absolute === 0 ? 'value unchanged' : `${sign}${formatNumber(Math.abs(absolute))}${relative === null ? '' : ` (${sign}${formatNumber(Math.round(Math.abs(relative) * 1000) / 10)}%)`}`;
  const notes: string[] = [];
  const b = m.before!;
  const a = m.after!;
  if (b.basis !== a.basis) notes.push(`basis ${b.basis} → ${a.basis}`);
  if (b.unit !== a.unit) notes.push(`unit ${b.unit} → ${a.unit}`);
  if (m.methodChanged) notes.push('method changed');
  for (const i of m.inputs?.changed ?? []) notes.push(`input ${i.name} ${formatNumber(i.from)} → ${formatNumber(i.to)}`);
  return [value, ...notes].join('; ');
}
