import * as z from 'zod';
import {findingId, isoDate, text} from './primitives';

/** One dated correction of a published version (`reviews/<review-id>/errata.yaml`, a list of these). */
export const erratumSchema = z
  .strictObject({
    date: isoDate().describe('When the correction was made; on or after the corrected version\'s date.'),
    version: z.int().positive().describe('The published version it corrects.'),
    finding: findingId().optional().describe('The finding it corrects, when it concerns one.'),
    text: text('the correction').describe('What was wrong and what is right, in a sentence or two of plain text; https: URLs and site paths in it are shown as links.'),
  })
  .describe('A dated correction of a published version; the version itself never changes.');

export const errataSchema = z.array(erratumSchema).describe('Dated corrections of a review\'s published versions, oldest first.');

export type Erratum = z.output<typeof erratumSchema>;
