/** A piece of a search excerpt: text, and whether it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Pagefind's excerpts are HTML: page text with entities escaped and the matched words in `<mark>`. They are split
 * into plain text parts here (entities decoded by `decode`) so the page renders them as text, never as HTML.
 */
export function excerptParts(html: string, decode: (s: string) => string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) parts.push({text: decode(piece.replace(/<[^>]*>/g, '')), mark});
  }
  return parts;
}

/** Decodes HTML entities with the browser's parser, which runs no script and loads nothing. */
export function decodeEntities(s: string): string {
  return s.includes('&') ? (new DOMParser().parseFromString(s, 'text/html').documentElement.textContent ?? '') : s;
}
