import type {Location} from '../schemas/finding';
import {toFindingsJson, type ExportContext} from './findings-json';
import {FINDINGS_CSV_COLUMNS, type FindingsCsvRow, type FindingsJsonEntry} from './schemas';

/**
 * /api/v1/findings.csv: one row per published finding, RFC 4180: CRLF line ends, a header row, a field quoted
 * when it holds a comma, a double quote, CR or LF, and a double quote inside a quoted field doubled. Values are
 * written as they are (no prefix against spreadsheet formulas), so the file round-trips.
 */
export function toFindingsCsv(ctx: ExportContext): string {
  const rows = toFindingsJson(ctx).findings.map(toCsvRow);
  return [FINDINGS_CSV_COLUMNS, ...rows.map((r) => FINDINGS_CSV_COLUMNS.map((c) => r[c]))].map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}

export function toCsvRow(f: FindingsJsonEntry): FindingsCsvRow {
  const repo = f.subject.kind === 'repository' ? f.subject : f.subject.basedOn;
  return {
    id: f.id,
    url: f.url,
    review: f.review,
    version: String(f.version),
    date: f.date,
    title: f.title,
    pillar: f.pillar,
    severity: f.severity,
    status: f.status,
    open: f.open ? 'true' : 'false',
    ended: f.ended?.kind ?? '',
    ended_in: f.ended ? String(f.ended.version) : '',
    successors: f.successors.join(' '),
    replaces: f.replaces.join(' '),
    lens_refs: f.lensRefs.join(' '),
    subject_repo: repo?.repo ?? '',
    subject_commit: repo?.commit ?? '',
    first_version: String(f.firstVersion),
    locations: f.locations.map(locationText).join(' '),
  };
}

function locationText(l: Location): string {
  if (l.line === undefined) return l.path;
  return `${l.path}:${l.line}${l.endLine !== undefined && l.endLine !== l.line ? `-${l.endLine}` : ''}`;
}

/** One RFC 4180 field. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
