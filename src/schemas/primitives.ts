import * as z from 'zod';

/** A calendar date written `YYYY-MM-DD` (a string: the YAML 1.2 core schema never turns it into a Date). */
export const isoDate = () => z.iso.date({error: 'expected a date written YYYY-MM-DD, like 2026-05-29'});

/** Review ids and other kebab-case ids: they become URL segments. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const kebabId = () => z.string().regex(KEBAB_ID, {error: 'expected a kebab-case id (a-z, 0-9 and single hyphens), like agent-platform'});

/** A finding-id prefix: 2-10 capital letters or digits, starting with a letter. */
export const ID_PREFIX = /^[A-Z][A-Z0-9]{1,9}$/;

/** A finding id: `<PREFIX>-<three or more digits>`. The prefix is checked against the review's `idPrefix`. */
export const FINDING_ID = /^[A-Z][A-Z0-9]{1,9}-\d{3,}$/;
export const findingId = () => z.string().regex(FINDING_ID, {error: 'expected a finding id like AGP-012 (prefix, hyphen, three or more digits)'});

/** A GitHub repository as `owner/name`. */
export const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
export const repoSlug = () => z.string().regex(REPO, {error: 'expected a repository as owner/name, like deliverydriver/aws-agent-platform'});

/** A full 40-hex git commit sha: an abbreviation can become ambiguous, a branch moves. */
export const FULL_SHA = /^[0-9a-f]{40}$/;
export const commitSha = () => z.string().regex(FULL_SHA, {error: 'expected a full 40-character lowercase commit sha (git rev-parse HEAD), not a branch or an abbreviation'});

/** Lens and question ids of the Well-Architected Tool: 3-128 of [A-Za-z0-9_]. */
export const TOOL_ID = /^[A-Za-z0-9_]{3,128}$/;

/** A lens namespace, as used before the colon of a lens reference. */
export const LENS_NAMESPACE = /^[a-z][a-z0-9-]{1,62}$/;

/** Schemes refused everywhere: they run code or smuggle content. */
export const UNSAFE_SCHEMES = /^\s*(?:javascript|data|vbscript|file):/i;

/**
 * A link in a review: `https:` or a site-relative path (`/findings/AGP-001/`). `http:` is refused in reviews
 * (mixed content, and a reader cannot tell it was not tampered with); `javascript:` and `data:` everywhere.
 */
export const reviewUrl = () =>
  z.string().superRefine((v, ctx) => {
    if (/^https:\/\/[^\s/]+/.test(v) || /^\/(?!\/)\S*$/.test(v)) return;
    ctx.addIssue({
      code: 'custom',
      params: {rule: 'url/unsafe'},
      message: UNSAFE_SCHEMES.test(v)
        ? `refused URL scheme in "${v}": use https: or a site-relative path`
        : /^http:\/\//.test(v)
          ? `expected https:, got "${v}"; reviews link over https: only`
          : `expected an https: URL or a site-relative path starting with /, got "${v}"`,
    });
  });

/** Non-empty text after trimming. */
export const text = (what = 'text') => z.string().trim().min(1, {error: `expected ${what}, got an empty string`});
