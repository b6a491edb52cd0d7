import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {isEnded} from '../../../content/derive';
import {loadCorpus} from '../../../content/load';
import {toExplorerRows} from '../../../plugin/explorer-props';
import {exploreRows, parseExplorerState, serializeExplorerState} from '../explorer';

const PROJECT = path.resolve(__dirname, '../../../..');
const {corpus} = loadCorpus({root: PROJECT});
const rows = toExplorerRows({corpus});

/** The loader's answer, computed independently: each published finding's latest published entry. */
function loaderCount(pred: (f: {review: string; pillar: string; severity: string; status: string; ended: boolean; lensRefs: string[]}) => boolean): number {
  let n = 0;
  for (const review of corpus.reviews) {
    const seen = new Map<string, {review: string; pillar: string; severity: string; status: string; ended: boolean; lensRefs: string[]}>();
    for (const v of review.versions.filter((x) => x.data.status === 'published')) {
      for (const f of v.data.findings) seen.set(f.id, {review: review.id, pillar: f.pillar, severity: f.severity, status: f.status, ended: isEnded(f), lensRefs: f.lensRefs});
    }
    for (const f of seen.values()) if (pred(f)) n++;
  }
  return n;
}

describe('the findings explorer', () => {
  it('lists every published finding once, and no draft-only finding', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.length).toBe(loaderCount(() => true));
    expect(rows.length).toBeGreaterThan(50);
  });

  it.each([
    ['?review=agent-platform&severity=high', (f: Parameters<Parameters<typeof loaderCount>[0]>[0]) => f.review === 'agent-platform' && f.severity === 'high'],
    ['?pillar=security&status=open,mitigating', (f: Parameters<Parameters<typeof loaderCount>[0]>[0]) => f.pillar === 'security' && !f.ended && (f.status === 'open' || f.status === 'mitigating')],
    ['?lens=agentic-systems%3AASL_TOOL_01&severity=high,medium', (f: Parameters<Parameters<typeof loaderCount>[0]>[0]) => f.lensRefs.includes('agentic-systems:ASL_TOOL_01') && (f.severity === 'high' || f.severity === 'medium')],
  ])('counts %s as the loader does', (query, pred) => {
    const state = parseExplorerState(query);
    const n = loaderCount(pred);
    expect(n).toBeGreaterThan(0);
    expect(exploreRows(rows, state)).toHaveLength(n);
  });

  it('round-trips its state through the URL, keeping other parameters', () => {
    const state = parseExplorerState('?review=landing-zone&repo=deliverydriver%2Faws-landing-zone-for-ai&lens=wellarchitected%3ASEC03&pillar=security&x=1');
    expect(state).toEqual({filters: {pillar: ['security'], severity: [], status: []}, review: 'landing-zone', repo: 'deliverydriver/aws-landing-zone-for-ai', lens: 'wellarchitected:SEC03'});
    const q = serializeExplorerState('?x=1', state);
    expect(parseExplorerState(q)).toEqual(state);
    expect(new URLSearchParams(q).get('x')).toBe('1');
  });

  it('sorts high before medium before low, then by id', () => {
    const sorted = exploreRows(rows, parseExplorerState(''));
    const order = {high: 0, medium: 1, low: 2};
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      expect(order[a.severity] < order[b.severity] || (a.severity === b.severity && a.id.localeCompare(b.id, 'en', {numeric: true}) < 0)).toBe(true);
    }
  });
});
