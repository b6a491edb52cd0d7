import * as z from 'zod';
import {findingId, kebabId, text} from './primitives';

export const diagramSideSchema = z
  .strictObject({
    title: z.string().min(1).optional().describe('Heading of this side, when "Before"/"After" is not enough.'),
    mermaid: text('Mermaid source').describe('Mermaid source of the diagram.'),
    alt: text('a text alternative').describe('What the diagram shows, in words: its text alternative for screen readers and print.'),
  })
  .describe('One side of a before/after pair.');

export const diagramSchema = z
  .strictObject({
    id: kebabId().describe('Stable id of the pair within the review.'),
    title: text('a title').describe('The component boundary both diagrams show.'),
    caption: text('a caption').describe('What changes between the two.'),
    impact: z.string().min(1).optional().describe('What the change does to risk, cost or latency.'),
    before: diagramSideSchema,
    after: diagramSideSchema,
    findings: z.array(findingId()).default([]).describe('Findings the change addresses.'),
  })
  .describe('A before/after pair of diagrams of the same component boundary.');

export type DiagramInput = z.input<typeof diagramSchema>;
export type Diagram = z.output<typeof diagramSchema>;
