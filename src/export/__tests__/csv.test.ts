import {parse} from 'csv-parse/sync';
import {afterAll, describe, expect, it} from 'vitest';
import {csvField, toCsvRow, toFindingsCsv} from '../csv';
import {toFindingsJson} from '../findings-json';
import {FINDINGS_CSV_COLUMNS} from '../schemas';
import {cleanUp, corpusWith, realCorpus, SITE, V2} from './support';

afterAll(cleanUp);

/** A title with a comma, double quotes and a line break (YAML double-quoted escapes). */
const TRICKY_TITLE = 'Egress, "open" to every tool\nand every agent';
const TRICKY: Parameters<typeof corpusWith>[0] = [
  {file: V2, replace: ['    title: No backups of agent memory\n', '    title: "Egress, \\"open\\" to every tool\\nand every agent"\n']},
];

describe('findings.csv', () => {
  it('round-trips commas, quotes and line breaks through a CSV parser', () => {
    const corpus = corpusWith(TRICKY);
    const csv = toFindingsCsv({corpus, siteUrl: SITE});
    expect(csv).toContain('"Egress, ""open"" to every tool\nand every agent"');
    const records = parse(csv, {columns: true, relax_column_count: false, record_delimiter: '\r\n'}) as Array<Record<string, string>>;
    const expected = toFindingsJson({corpus, siteUrl: SITE}).findings.map(toCsvRow);
    expect(records).toEqual(expected);
    expect(records.find((r) => r.id === 'DEMO-002')!.title).toBe(TRICKY_TITLE);
  });

  it('has a header row of the schema\'s columns, CRLF line ends and no BOM', () => {
    const csv = toFindingsCsv({corpus: corpusWith(), siteUrl: SITE});
    expect(csv.split('\r\n')[0]).toBe(FINDINGS_CSV_COLUMNS.join(','));
    expect(csv.startsWith('\uFEFF')).toBe(false);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = parse(csv, {columns: false}) as string[][];
    expect(rows.length).toBe(5);
    expect(rows.every((r) => r.length === FINDINGS_CSV_COLUMNS.length)).toBe(true);
    expect(rows[3]).toEqual([
      'DEMO-003',
      `${SITE}findings/DEMO-003/`,
      'demo',
      '2',
      '2026-07-01',
      'Spend is not attributed per agent',
      'cost-optimization',
      'low',
      'open',
      'false',
      'replaced',
      '2',
      'DEMO-004',
      '',
      '',
      'example/demo-platform',
      '89abcdef0123456789abcdef0123456789abcdef',
      '1',
      '',
    ]);
  });

  it('round-trips the real content', () => {
    const corpus = realCorpus();
    const records = parse(toFindingsCsv({corpus, siteUrl: SITE}), {columns: true}) as Array<Record<string, string>>;
    expect(records).toEqual(toFindingsJson({corpus, siteUrl: SITE}).findings.map(toCsvRow));
    expect(records.length).toBeGreaterThan(50);
  });

  it('quotes a field only when RFC 4180 needs it', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvField('')).toBe('');
  });
});
