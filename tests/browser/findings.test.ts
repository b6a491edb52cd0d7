import {describe, expect, it} from 'vitest';
import {loadCorpus} from '../../src/content/load';
import {run} from '../../src/cli/main';
import {memoryIO} from '../../src/cli/io';
import {toExplorerRows} from '../../src/plugin/explorer-props';
import {exploreRows, parseExplorerState} from '../../src/theme/FindingsExplorerPage/explorer';
import {shownText, visit} from './support/browser';
import {BASE_URL, PROJECT, useSite} from './support/site';

const {corpus} = loadCorpus({root: PROJECT});
const site = useSite();

/**
 * The findings the loader's corpus puts under a filter, worked out here from each finding's history without the
 * explorer's own code: its state is that of the latest published version listing it, and an id that ended there
 * (retired or replaced) shows as `ended` whatever its last status.
 */
function loaderIds(filter: {review?: string; severity?: readonly string[]; pillar?: string; status?: readonly string[]; lens?: string}): string[] {
  return corpus.findings
    .filter((f) => {
      const h = f.history.filter((x) => !x.draft).at(-1);
      if (!h) return false;
      const data = corpus.reviews.find((r) => r.id === f.review)!.versions.find((v) => v.version === h.version)!.data.findings.find((x) => x.id === f.id)!;
      return (
        (!filter.review || f.review === filter.review) &&
        (!filter.severity || filter.severity.includes(h.severity)) &&
        (!filter.pillar || h.pillar === filter.pillar) &&
        (!filter.status || filter.status.includes(h.ended ? 'ended' : h.status)) &&
        (!filter.lens || data.lensRefs.includes(filter.lens))
      );
    })
    .map((f) => f.id)
    .sort();
}

describe('the findings explorer', () => {
  const rows = toExplorerRows({corpus});
  it.each([
    ['?review=agent-platform&severity=high', {review: 'agent-platform', severity: ['high']}],
    ['?pillar=security&status=open,mitigating', {pillar: 'security', status: ['open', 'mitigating']}],
    ['?lens=agentic-systems%3AASL_TOOL_01&severity=high,medium', {lens: 'agentic-systems:ASL_TOOL_01', severity: ['high', 'medium']}],
  ] as const)(
    '%s shows exactly the findings the loader counts, and keeps the filter through a reload',
    async (query, filter) => {
      const expected = exploreRows(rows, parseExplorerState(query)).map((r) => r.id);
      expect([...expected].sort()).toEqual(loaderIds(filter));
      expect(expected.length).toBeGreaterThan(0);
      const page = await site.browser.newPage();
      const result = await visit(page, `${site.url}findings/${query}`);
      expect(result.errors).toEqual([]);
      const shown = () => page.locator('main li[data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
      expect(await shown()).toEqual(expected);
      await page.reload({waitUntil: 'networkidle'});
      expect(await shown()).toEqual(expected);
      expect(new URL(page.url()).search).not.toBe('');
      await page.close();
    },
  );

  it('filters by clicking, and writes the filter to the URL', async () => {
    const page = await site.browser.newPage();
    await visit(page, `${site.url}findings/`);
    await page.locator('button[data-facet="severity"][data-value="high"]').click();
    await page.locator('select[data-facet="review"]').selectOption('landing-zone');
    const expected = exploreRows(rows, parseExplorerState('?severity=high&review=landing-zone')).map((r) => r.id);
    expect(await page.locator('main li[data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(expected);
    const params = new URL(page.url()).searchParams;
    expect([params.get('severity'), params.get('review')]).toEqual(['high', 'landing-zone']);
    await page.close();
  });
});

describe('a finding that ended', () => {
  const ended = corpus.findings.find((f) => f.history.some((h) => !h.draft && h.ended && 'replacedBy' in h.ended))!;
  const successor = (ended.history.find((h) => h.ended && 'replacedBy' in h.ended)!.ended as {replacedBy: string[]}).replacedBy[0]!;

  it(`names its successor prominently (${ended.id} -> ${successor}), and the successor names it`, async () => {
    const page = await site.browser.newPage();
    const result = await visit(page, `${site.url}findings/${ended.id}/`);
    expect(result.errors).toEqual([]);
    const note = page.getByRole('note').filter({hasText: 'This finding ended'});
    await expect(note.locator(`a[href$="/findings/${successor}/"]`).count()).resolves.toBe(1);
    await visit(page, `${site.url}findings/${successor}/`);
    await expect(page.locator(`a[href$="/findings/${ended.id}/"]`).first().isVisible()).resolves.toBe(true);
    await expect(page.locator('text=Replaces').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  const retired = corpus.findings.find((f) => f.history.some((h) => !h.draft && h.ended && 'retired' in h.ended))!;
  const reason = (retired.history.find((h) => h.ended && 'retired' in h.ended)!.ended as {retired: string}).retired;

  it(`says why a retired id (${retired.id}) ended, and names no successor`, async () => {
    const page = await site.browser.newPage();
    const result = await visit(page, `${site.url}findings/${retired.id}/`);
    expect(result.errors).toEqual([]);
    const note = page.getByRole('note').filter({hasText: 'This finding ended'});
    const text = (await note.textContent())!;
    expect(text).toContain(shownText(reason).slice(0, 40));
    expect(text).not.toMatch(/replaced by/i);
    // The only finding links are the ids the reason itself mentions.
    const linked = await note.locator('a[href*="/findings/"]').evaluateAll((as) => as.map((a) => a.textContent));
    expect(linked).toEqual(reason.match(/\b[A-Z][A-Z0-9]{1,9}-\d{3,}\b/g) ?? []);
    // It is said once: the detail below does not repeat it.
    expect((await page.locator('main').textContent())!.split(shownText(reason).slice(0, 60)).length - 1).toBe(1);
    await page.close();
  });

  it('has link-preview metadata with its id, severity and status', async () => {
    const page = await site.browser.newPage();
    await visit(page, `${site.url}findings/${ended.id}/`, {settleMs: 0});
    const og = await page.locator('meta[property="og:title"]').getAttribute('content');
    const desc = await page.locator('meta[property="og:description"]').getAttribute('content');
    expect(og).toContain(ended.id);
    expect(desc).toMatch(/replaced by .* · (high|medium|low) severity/);
    await page.close();
  });
});

describe('the compare page', () => {
  const review = corpus.reviews.find((r) => r.versions.length >= 3)!;
  const pairs = review.versions.flatMap((a) => review.versions.filter((b) => b.version !== a.version).map((b) => [a.version, b.version] as const));

  it('exists for a review with three versions', () => expect(pairs.length).toBeGreaterThanOrEqual(6));

  it('says so when a link names versions the review does not have, and shows the latest change', async () => {
    const page = await site.browser.newPage();
    const result = await visit(page, `${site.url}reviews/${review.id}/compare/?from=9&to=9`);
    expect(result.errors).toEqual([]);
    const [a, b] = review.versions.slice(-2).map((v) => v.version);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain(`The link asked for from=9&to=9`);
    await expect(page.locator(`[data-from="${a}"][data-to="${b}"]`).count()).resolves.toBe(1);
    await page.close();
  });

  it.each(pairs)(`v%i -> v%i lists the same new, absent, updated and unchanged ids as wa-review diff --format json`, async (from, to) => {
    const io = memoryIO();
    expect(await run(['diff', review.id, String(from), String(to), '--format', 'json', '--root', PROJECT], io)).toBe(0);
    const diff = JSON.parse(io.stdout()) as {findings: Array<{kind: string; id: string}>};
    const ids = (kind: string) => diff.findings.filter((f) => f.kind === kind).map((f) => f.id).sort();
    const page = await site.browser.newPage();
    const result = await visit(page, `${site.url}reviews/${review.id}/compare/?from=${from}&to=${to}`);
    expect(result.errors).toEqual([]);
    await expect(page.locator(`[data-from="${from}"][data-to="${to}"]`).count()).resolves.toBe(1);
    const shown = (kind: string) => page.locator(`li[data-kind="${kind}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort());
    for (const kind of ['new', 'absent', 'updated', 'unchanged']) expect(await shown(kind), kind).toEqual(ids(kind));
    await page.close();
  });
});
