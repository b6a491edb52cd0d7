import * as z from 'zod';
import {REVIEW_STATUSES} from './vocab';
import {ID_PREFIX, isoDate, kebabId, text} from './primitives';
import {answerSchema} from './answers';
import {diagramSchema} from './diagram';
import {findingSchema} from './finding';
import {reviewLensSchema} from './lens-ref';
import {metricSchema} from './metric';
import {subjectSchema} from './subject';
import {tradeoffSchema} from './tradeoff';

/** Front matter of `reviews/<review-id>/v<N>.md`. */
export const reviewSchema = z
  .strictObject({
    review: kebabId().describe('The review id; equals the folder name under reviews/.'),
    title: text('a title').max(160).describe('Title of the review (the same across versions, usually).'),
    description: z.string().min(1).max(300).optional().describe('One or two sentences for link previews and search results.'),
    version: z.int().positive().describe('Version number N; equals the file name v<N>.md. Versions run 1, 2, 3 without gaps.'),
    date: isoDate().describe('The date of this version. Dates never go backwards from one version to the next.'),
    status: z.enum(REVIEW_STATUSES).describe('`draft` renders with a banner and noindex and counts nowhere; `published` is immutable.'),
    reviewers: z.array(text('a reviewer')).min(1, {error: 'name at least one reviewer'}).describe('Who reviewed (people or a team).'),
    idPrefix: z.string().regex(ID_PREFIX, {error: 'expected 2-10 capital letters or digits starting with a letter, like AGP'}).describe('Prefix of this review\'s finding ids, e.g. `AGP`; never changes between versions.'),
    nextReviewDue: isoDate().optional().describe('When the next version is due.'),
    subject: subjectSchema,
    lenses: z.array(reviewLensSchema).min(1, {error: 'a review answers to at least one lens'}).describe('The lenses (and their versions) the review answers to; every lens reference must use one of them.'),
    metrics: z.array(metricSchema).default([]).describe('Quantities with their basis.'),
    findings: z.array(findingSchema).default([]).describe('The findings of this version, including ones resolved, accepted or ended here.'),
    answers: z.array(answerSchema).optional().describe('Per lens question, the choices selected and not applicable, as the Tool records them.'),
    tradeoffs: z.array(tradeoffSchema).default([]).describe('Trade-off matrices (also allowed as ```tradeoff blocks in the body).'),
    diagrams: z.array(diagramSchema).default([]).describe('Before/after diagram pairs (also allowed as ```before-after blocks in the body).'),
  })
  .describe('Front matter of one review version.');

export type ReviewInput = z.input<typeof reviewSchema>;
export type Review = z.output<typeof reviewSchema>;
