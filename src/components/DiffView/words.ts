import type {FindingChange, MetricDiff} from '../../diff/types';
import {metricChangeWords} from '../../diff/markdown';
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

export function metricChangeText(m: MetricDiff): string {
  if (m.kind === 'added') return 'new metric';
  if (m.kind === 'removed') return 'no longer reported';
  const {change, notes} = metricChangeWords(m);
  return [change, ...notes].join('; ');
}
