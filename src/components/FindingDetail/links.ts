import type {Location} from '../../schemas/finding';
import type {Subject} from '../../schemas/subject';
import {splitLensRef} from '../../schemas/lens-ref';

/**
 * Where a location points. A repository subject: the file on GitHub at the pinned commit, with its line range
 * (`https://github.com/<repo>/blob/<commit>/<path>#L<line>-L<endLine>`). A reference design: its locations are
 * pages of this site, so a Markdown file under docs/ becomes its page URL; anything else gets no link.
 */
export function locationHref({subject, location}: {subject: Subject; location: Location}): {href: string; internal: boolean} | undefined {
  if (subject.kind === 'repository') {
    const file = location.path.split('/').map(encodeURIComponent).join('/');
    const lines = location.line === undefined ? '' : `#L${location.line}${location.endLine !== undefined && location.endLine !== location.line ? `-L${location.endLine}` : ''}`;
    return {href: `https://github.com/${subject.repo}/blob/${subject.commit}/${file}${lines}`, internal: false};
  }
  const doc = /^docs\/(.+?)\.mdx?$/.exec(location.path);
  if (!doc) return undefined;
  const page = doc[1]!.replace(/(^|\/)index$/, '');
  return {href: `/docs/${page}${page ? '/' : ''}`, internal: true};
}

/** `path:12-14` or `path:12` or `path`. */
export function locationLabel(location: Location): string {
  if (location.line === undefined) return location.path;
  return `${location.path}:${location.line}${location.endLine !== undefined && location.endLine !== location.line ? `-${location.endLine}` : ''}`;
}

/** The site page of a lens question (`/lenses/<lens>/#<QUESTION>`), from a `lens:QUESTION` reference. */
export function lensQuestionHref(ref: string): string | undefined {
  const parts = splitLensRef(ref);
  return parts ? `/lenses/${parts.lens}/#${parts.question}` : undefined;
}

/** Whether an acceptance ended before the given date (ISO dates compare as strings). */
export function acceptanceExpired({until, asOf}: {until: string; asOf: string}): boolean {
  return until < asOf;
}
