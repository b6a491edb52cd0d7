import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {writeApiFiles} from '../../plugin/api';
import {cleanUp, corpusWith, SITE} from './support';

const temps: string[] = [];
afterAll(() => {
  temps.forEach((d) => rmSync(d, {recursive: true, force: true}));
  cleanUp();
});

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`]));
}

describe('writeApiFiles (the build\'s postBuild)', () => {
  it('writes the exports and their JSON Schemas under /api/v1/', async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'wa-out-'));
    temps.push(outDir);
    await writeApiFiles({outDir, corpus: corpusWith(), siteUrl: SITE});
    const files = filesUnder(path.join(outDir, 'api', 'v1')).sort();
    for (const f of [
      'findings.json',
      'findings.csv',
      'reviews/demo.json',
      'reviews/demo/badge.json',
      'sarif/example/demo-platform.sarif',
      'schema/findings-json.json',
      'schema/review-json.json',
      'schema/findings-csv.json',
      'schema/badge.json',
      'schema/review.json',
    ]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(findings|reviews|sarif)/.test(f))).toEqual(['findings.csv', 'findings.json', 'reviews/demo.json', 'reviews/demo/badge.json', 'sarif/example/demo-platform.sarif']);
    const findings = JSON.parse(readFileSync(path.join(outDir, 'api/v1/findings.json'), 'utf8')) as {apiVersion: number; findings: Array<{url: string}>};
    expect(findings.apiVersion).toBe(1);
    expect(findings.findings[0]!.url).toBe(`${SITE}findings/DEMO-001/`);
  });
});
