/** A run of plain text, or a link found in it. */
export type TextPart = {text: string} | {href: string; text: string; internal: boolean; label: string};

/** A run of plain text, a link, a `code` span or a known finding id. `text` is always the source it came from. */
export type InlinePart = TextPart | {code: string; text: string} | {finding: string; text: string};

// An https URL, or a path of this site's own sections, standing as a word (after a space, an opening bracket or
// at the start). Sentence punctuation after it is not part of it.
const LINK = /(^|[\s(])(https:\/\/[^\s<>"]+|\/(?:docs|reviews|findings|lenses|api)\/[^\s<>"]*)/g;
const TRAILING = /[.,;:!?)\]'"]+$/;

/**
 * Splits plain text (an erratum, a note) into text and links, so that a correction can cite its source without
 * Markdown. Only `https:` URLs and site paths become links; anything else stays text, so no scheme can be
 * smuggled in. Joining the parts' text gives the input back.
 */
export function splitLinks(input: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of input.matchAll(LINK)) {
    const start = m.index + m[1]!.length;
    let href = m[2]!;
    const trail = TRAILING.exec(href)?.[0] ?? '';
    href = href.slice(0, href.length - trail.length);
    if (href === '' || /^https:\/\/$/.test(href)) continue;
    if (start > last) parts.push({text: input.slice(last, start)});
    parts.push({href, text: href, internal: href.startsWith('/'), label: shortLabel(href)});
    last = start + href.length;
  }
  if (last < input.length) parts.push({text: input.slice(last)});
  return parts;
}

/**
 * What a reader sees of a link: a site path as it is; an https URL as its host and the last segment of its path
 * (`docs.aws.amazon.com/…/service-tiers-inference.html`), the whole URL staying in `href`.
 */
export function shortLabel(href: string): string {
  if (href.startsWith('/')) return href;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href; // not a URL a browser would follow either; shown as written
  }
  const segments = url.pathname.split('/').filter(Boolean);
  const host = url.host.replace(/^www\./, '');
  if (segments.length <= 1) return `${host}${url.pathname === '/' ? '' : url.pathname}`;
  return `${host}/…/${segments.at(-1)}`;
}

const CODE = /`([^`\n]+)`/g;
const FINDING_ID = /\b[A-Z][A-Z0-9]{1,9}-\d{3,}\b/g;

/**
 * Splits a plain-text field of a review (a rationale, a remediation, a note) for display: `code` spans, https
 * links and site paths (as `splitLinks`), and the finding ids in `ids` (so that "see ALZ-025" links to it; an id
 * not in the set, such as ISO-27001, stays text). Nothing else is markup. Joining the parts' text gives the input
 * back.
 */
export function splitInline(input: string, {ids}: {ids?: ReadonlySet<string>} = {}): InlinePart[] {
  const parts: InlinePart[] = [];
  const plain = (text: string) => {
    for (const p of splitLinks(text)) {
      if ('href' in p || !ids?.size) {
        parts.push(p);
        continue;
      }
      let last = 0;
      for (const m of p.text.matchAll(FINDING_ID)) {
        if (!ids.has(m[0])) continue;
        if (m.index > last) parts.push({text: p.text.slice(last, m.index)});
        parts.push({finding: m[0], text: m[0]});
        last = m.index + m[0].length;
      }
      if (last < p.text.length) parts.push({text: p.text.slice(last)});
    }
  };
  let last = 0;
  for (const m of input.matchAll(CODE)) {
    if (m.index > last) plain(input.slice(last, m.index));
    parts.push({code: m[1]!, text: m[0]});
    last = m.index + m[0].length;
  }
  if (last < input.length) plain(input.slice(last));
  return parts;
}
