import * as z from 'zod';
import {text} from './primitives';

const sitePath = () =>
  z
    .string()
    .regex(/^\/(?:[A-Za-z0-9._~%-]+\/)*$/, {error: 'expected a site path with a trailing slash, like /reviews/agent-platform/ (relative to the base URL)'})
    .describe('A path relative to the site\'s base URL, with a trailing slash.');

/** `redirects.yaml` at the content root: pages that moved. A URL once published never stops resolving. */
export const redirectsSchema = z
  .array(
    z.strictObject({
      from: sitePath().describe('The old path; it must no longer be a page of the site.'),
      to: sitePath().describe('Where it moved.'),
      reason: text('why it moved').describe('Why the page moved.'),
    }),
  )
  .describe('Pages that moved, each with a meta-refresh page at its old path.');

export type Redirect = z.output<typeof redirectsSchema>[number];
