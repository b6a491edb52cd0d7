import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type Edit, makeRoot, removeRoot} from '../../src/content/__tests__/support/fixture-root';
import {loadCorpus} from '../../src/content/load';
import {visit} from './support/browser';
import {buildSite, PROJECT, useSite} from './support/site';

/** The fixture corpus as a site: what the real content does not have (a draft version), and errata on a small site. */
/**
 * Metrics that change between v2 and the draft v3 in the ways a reader must be told about: p99 latency measured
 * again and higher (worse, lower being better), and an availability that was a target in v2 and is modeled in v3
 * (its basis changed).
 */
const METRIC_EDITS: Edit[] = [
  {file: 'reviews/demo/v2.md', insertAfterLine: 25, text: ['  - id: approval-availability', '    name: Approval path availability', '    value: 99.9', "    unit: '%'", '    direction: higher-is-better', '    basis: target', '    method: The availability this review asks of the approval path.'].join('\n')},
  {
    file: 'reviews/demo/v3.md',
    insertAfterLine: 36,
    text: [
      'metrics:',
      '  - {id: p99-latency, name: p99 agent turn latency, value: 5100, unit: ms, direction: lower-is-better, basis: measured, method: p99 over the traces in the evidence set., evidence: task-latency}',
      "  - id: approval-availability",
      '    name: Approval path availability',
      '    value: 99.5',
      "    unit: '%'",
      '    direction: higher-is-better',
      '    basis: modeled',
      '    method: Two Regional approval stacks at 99.75 % each, in series with the console.',
      '    inputs: [{name: stack, value: 99.75, unit: "%", source: assumption}]',
      '    formula: stack * stack / 100',
    ].join('\n'),
  },
];

let outDir = '';
let root = '';
beforeAll(() => {
  root = makeRoot(METRIC_EDITS);
  const {corpus, problems} = loadCorpus({root});
  const metricIds = corpus.reviews[0]!.versions.map((v) => v.data.metrics.map((m) => m.id).join(' '));
  if (metricIds.join(' | ') !== 'cost-per-task | p99-latency approval-availability | p99-latency approval-availability') throw new Error(`the metric edits did not land in the front matter: ${metricIds.join(' | ')}`);
  if (problems.length) throw new Error(`the edited fixture does not validate:\n${problems.map((p) => `${p.file}:${p.line} ${p.rule} ${p.message}`).join('\n')}`);
  const result = buildSite({config: path.join(PROJECT, 'tests/fixtures/demo-site/docusaurus.config.ts'), env: {WA_DEMO_ROOT: root}});
  if (result.status !== 0) throw new Error(`the demo site did not build:\n${result.stderr.slice(-3000)}`);
  outDir = result.outDir;
}, 300_000);
afterAll(() => removeRoot(root));
const site = useSite(undefined, '/', () => outDir);

describe('the demo site', () => {
  it('shows a version\'s errata beside it, and on the finding it names', async () => {
    const page = await site.browser.newPage();
    const r = await visit(page, `${site.url}reviews/demo/v1/`);
    expect(r.errors).toEqual([]);
    const errata = page.getByRole('complementary').filter({hasText: 'Corrections to this version'});
    await expect(errata.textContent()).resolves.toContain('2026-06-02 (DEMO-002): The rationale said memory loss costs sessions only');
    await visit(page, `${site.url}reviews/demo/v2/`, {settleMs: 0});
    expect(await page.getByText('Corrections to this version').count()).toBe(0);
    await visit(page, `${site.url}findings/DEMO-002/`, {settleMs: 0});
    await expect(page.locator('#errata + ul').textContent()).resolves.toContain('2026-06-02, to version 1: The rationale said');
    await page.close();
  });

  it('marks a metric that moved against its direction worse, and says when a metric\'s basis changed, on the version and on the compare page', async () => {
    const page = await site.browser.newPage();
    const r = await visit(page, `${site.url}reviews/demo/v3/`);
    expect(r.errors).toEqual([]);
    const latency = page.locator('li[id="metric-p99-latency"] [data-verdict]');
    expect(await latency.getAttribute('data-verdict')).toBe('worse');
    await expect(latency.textContent()).resolves.toMatch(/worse/i);
    const availability = page.locator('li[id="metric-approval-availability"]');
    await expect(availability.textContent()).resolves.toContain('Basis changed: target in v2, modeled now');
    await visit(page, `${site.url}reviews/demo/compare/?from=2&to=3`);
    const row = page.locator('tr[data-metric="p99-latency"]');
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/worse/i);
    await expect(page.locator('tr[data-metric="approval-availability"]').textContent()).resolves.toMatch(/basis/i);
    await page.close();
  });

  it('marks a draft, keeps it out of search engines and out of the latest alias', async () => {
    const page = await site.browser.newPage();
    await visit(page, `${site.url}reviews/demo/v3/`, {settleMs: 0});
    await expect(page.getByRole('note').first().textContent()).resolves.toContain('draft');
    expect(await page.locator('meta[name="robots"][content="noindex"]').count()).toBe(1);
    await visit(page, `${site.url}reviews/demo/`, {settleMs: 0});
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(/\/reviews\/demo\/v2\/$/);
    await page.close();
  });
});
