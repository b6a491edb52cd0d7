import * as z from 'zod';
import {commitSha, repoSlug} from './primitives';

export const repositorySubjectSchema = z
  .strictObject({
    kind: z.literal('repository').describe('The review reads a repository at a pinned commit.'),
    repo: repoSlug().describe('The GitHub repository, `owner/name`.'),
    commit: commitSha().describe('The full commit sha the review was read at; locations refer to it.'),
    paths: z.array(z.string().min(1)).optional().describe('The parts of the repository in scope, when not all of it.'),
  })
  .describe('A repository at a pinned commit.');

export const referenceDesignSubjectSchema = z
  .strictObject({
    kind: z.literal('reference-design').describe('The review reads a design written in this project.'),
    page: z
      .string()
      .regex(/^docs\/architectures\/[a-z0-9/-]+\.mdx?$/, {error: 'expected a page under docs/architectures/, like docs/architectures/agent-platform-target.md'})
      .describe('The page in docs/architectures/ that states the design.'),
    basedOn: z
      .strictObject({repo: repoSlug(), commit: commitSha()})
      .optional()
      .describe('The repository and commit the design starts from, when it proposes a change to one.'),
  })
  .describe('A reference design stated in docs/architectures/.');

export const subjectSchema = z
  .discriminatedUnion('kind', [repositorySubjectSchema, referenceDesignSubjectSchema], {
    error: 'expected subject.kind to be repository or reference-design',
  })
  .describe('What was reviewed.');

export type Subject = z.output<typeof subjectSchema>;
