import {describe, expect, it} from 'vitest';
import {VALID_FIXTURE} from '../../content/__tests__/support/fixture-root';
import {loadCorpus} from '../../content/load';
import {allFeeds, reviewFeedItems} from '../feeds';

const {corpus} = loadCorpus({root: VALID_FIXTURE});
const site = 'https://example.org/site/';

describe('feeds', () => {
  it('list published versions and what each did to its findings, newest first, drafts left out', () => {
    const items = reviewFeedItems({review: corpus.reviews[0]!, corpus, siteUrl: site});
    expect(items.map((i) => `${i.date} ${i.title}`)).toEqual([
      '2026-07-01 DEMO-001 open to mitigating: Tool calls can bypass the proxy through open egress',
      '2026-07-01 DEMO-002 resolved: No backups of agent memory',
      '2026-07-01 DEMO-003 replaced by DEMO-004: Spend is not attributed per agent',
      '2026-07-01 DEMO-004 opened (medium): No application inference profile per agent',
      '2026-07-01 Demo agent platform: version 2 published',
      '2026-05-29 DEMO-001 opened (high): Tool calls can bypass the proxy through open egress',
      '2026-05-29 DEMO-002 opened (medium): No backups of agent memory',
      '2026-05-29 DEMO-003 opened (low): Spend is not attributed per agent',
      '2026-05-29 Demo agent platform: version 1 published',
    ]);
    expect(items.every((i) => i.link.startsWith(site))).toBe(true);
  });

  it('write one Atom feed for the site and one per review, with absolute links', () => {
    const feeds = allFeeds({corpus, siteUrl: site});
    expect(feeds.map((f) => f.path)).toEqual(['feed.xml', 'reviews/demo/feed.xml']);
    const xml = feeds[1]!.xml;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain('<link rel="self" href="https://example.org/site/reviews/demo/feed.xml"/>');
    expect(xml).toContain('<id>https://example.org/site/findings/DEMO-003/#v2</id>');
    expect(xml.match(/<entry>/g)).toHaveLength(9);
    expect(xml).not.toContain('v3');
  });
});
