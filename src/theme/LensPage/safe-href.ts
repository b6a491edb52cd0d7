/**
 * The only links the lens pages render from lens data: absolute http(s) URLs with a host, and site-relative paths.
 * Anything else (javascript:, data:, vbscript:, protocol-relative `//host`, `/\host`, relative paths, control
 * characters, empty strings) gets no link. The loader already refuses code-running schemes; this is the second
 * guard, at the point where an href is written. Imported lenses keep `http:` links: they are rendered, with
 * `rel="noopener noreferrer"` (see `isExternal`).
 */
export function safeHref(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const value = url.trim();
  // Control characters and whitespace inside a URL are how schemes get smuggled past a prefix check.
  if (!value || /[\u0000-\u0020\u007f-\u009f\\]/.test(value)) return undefined;
  if (/^\/(?!\/)/.test(value)) return value;
  if (!/^https?:\/\/[^/?#]/i.test(value)) return undefined;
  try {
    const parsed = new URL(value);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname ? value : undefined;
  } catch {
    return undefined;
  }
}

/** An href `safeHref` returned that leaves the site: rendered with rel="noopener noreferrer". */
export const isExternal = (href: string): boolean => /^https?:/i.test(href);
