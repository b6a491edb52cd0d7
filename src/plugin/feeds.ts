import {Feed} from 'feed';
import type {Corpus, FindingHistoryEntry, ReviewEntry} from '../content/types';
import {PILLAR_LABELS} from '../schemas/vocab';
import {urls} from './routes';

/** One change worth a feed entry: a version published, or what happened to a finding in it. */
export interface FeedItem {
  id: string;
  title: string;
  link: string;
  date: string;
  summary: string;
  review: string;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Feed items of one review, newest first: each published version, and for each finding what the version did to
 * it (opened, severity or status changed, ended). Drafts are not in any feed.
 */
export function reviewFeedItems({review, corpus, siteUrl}: {review: ReviewEntry; corpus: Corpus; siteUrl: string}): FeedItem[] {
  const items: FeedItem[] = [];
  const published = review.versions.filter((v) => v.data.status === 'published');
  for (const v of published) {
    const link = `${siteUrl}${urls.version(review.id, v.version)}`;
    const open = v.data.findings.filter((f) => !f.retired && !f.replacedBy && (f.status === 'open' || f.status === 'mitigating')).length;
    items.push({
      id: link,
      title: `${v.data.title}: version ${v.version} published`,
      link,
      date: v.data.date,
      summary: `${v.data.findings.length} findings listed, ${open} open. ${v.data.description ?? ''}`.trim(),
      review: review.id,
    });
  }
  const publishedNumbers = new Set(published.map((v) => v.version));
  for (const record of corpus.findings.filter((f) => f.review === review.id)) {
    const history = record.history.filter((h) => publishedNumbers.has(h.version));
    history.forEach((h, i) => {
      const prev: FindingHistoryEntry | undefined = history[i - 1];
      const what = change(prev, h);
      if (!what) return;
      const link = `${siteUrl}${urls.finding(record.id)}`;
      items.push({
        id: `${link}#v${h.version}`,
        title: `${record.id} ${what}: ${h.title}`,
        link,
        date: h.date,
        summary: `${PILLAR_LABELS[h.pillar]}, severity ${h.severity}, ${h.status}, in version ${h.version} of ${review.id}.`,
        review: review.id,
      });
    });
  }
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

function change(prev: FindingHistoryEntry | undefined, h: FindingHistoryEntry): string | undefined {
  if (h.ended) return 'retired' in h.ended ? 'retired' : `replaced by ${h.ended.replacedBy.join(', ')}`;
  if (!prev) return `opened (${h.severity})`;
  const parts: string[] = [];
  if (prev.severity !== h.severity) parts.push(`severity ${prev.severity} to ${h.severity}`);
  if (prev.status !== h.status) parts.push(h.status === 'resolved' ? 'resolved' : `${prev.status} to ${h.status}`);
  return parts.length ? parts.join(', ') : undefined;
}

/** Renders Atom. `selfPath` is relative to the site root, like `feed.xml`. */
export function renderAtom({title, items, siteUrl, selfPath}: {title: string; items: readonly FeedItem[]; siteUrl: string; selfPath: string}): string {
  const feed = new Feed({
    id: `${siteUrl}${selfPath}`,
    title,
    link: `${siteUrl}${urls.reviews()}`,
    feedLinks: {atom: `${siteUrl}${selfPath}`},
    updated: items.length ? day(items[0]!.date) : new Date(0),
    copyright: '',
  });
  for (const item of items) {
    feed.addItem({id: item.id, title: item.title, link: item.link, date: day(item.date), description: item.summary});
  }
  return feed.atom1();
}

/** Every feed of the site: `/feed.xml` across reviews, and `/reviews/<id>/feed.xml` for each. */
export function allFeeds({corpus, siteUrl}: {corpus: Corpus; siteUrl: string}): Array<{path: string; xml: string}> {
  const perReview = corpus.reviews.map((review) => ({review, items: reviewFeedItems({review, corpus, siteUrl})}));
  const all = perReview.flatMap((r) => r.items).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return [
    {path: 'feed.xml', xml: renderAtom({title: 'Well-Architected reviews of AI systems: changes', items: all, siteUrl, selfPath: 'feed.xml'})},
    ...perReview
      .filter((r) => r.items.length)
      .map(({review, items}) => {
        const selfPath = `${urls.review(review.id)}feed.xml`;
        const title = review.versions.at(-1)!.data.title;
        return {path: selfPath, xml: renderAtom({title: `${title}: changes`, items, siteUrl, selfPath})};
      }),
  ];
}
