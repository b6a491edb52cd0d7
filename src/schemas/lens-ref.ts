import * as z from 'zod';

/** `namespace:QUESTION_ID`, e.g. `wellarchitected:SEC03`, `agentic-ai:AGENTSEC04`, `agentic-systems:ASL_TOOL_01`. */
export const LENS_REF = /^([a-z][a-z0-9-]{1,62}):([A-Za-z0-9_]{3,128})$/;

export const lensRefSchema = z
  .string()
  .regex(LENS_REF, {
    error: 'expected a namespaced lens question like wellarchitected:SEC03 or agentic-ai:AGENTSEC04 (namespace, colon, question id)',
  })
  .describe('A lens question, namespaced: `<lens-id>:<question-id>`. The lens must be in lenses/ and the question published on or before the version date.');

export type LensRef = z.output<typeof lensRefSchema>;

export function splitLensRef(ref: string): {lens: string; question: string} | undefined {
  const m = LENS_REF.exec(ref);
  return m ? {lens: m[1]!, question: m[2]!} : undefined;
}

/** A lens the review answers to, and the catalog version it was read against. */
export const reviewLensSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, {error: 'expected a lens id like wellarchitected, genai, agentic-ai'}).describe('Lens id (its namespace in lens references), as in lenses/<id>.yaml.'),
    version: z.string().min(1).max(32).describe('The lens version the review was written against, one of the versions listed in the lens file.'),
  })
  .describe('A lens this version answers to.');
