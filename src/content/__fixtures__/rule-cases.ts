import type {Edit} from '../__tests__/support/fixture-root';
import {CHECK_REFS_RULE_CASES} from '../../export/__fixtures__/rule-cases';
import {LENS_ENGINE_RULE_CASES} from '../../lens/__fixtures__/rule-cases';
import type {Problem} from '../problem';
import {REVIEW_SIZE_CAP} from '../source';

/**
 * One bad fixture per rule: edits to the valid fixture corpus (src/content/__fixtures__/valid) and where the
 * problem must be reported. The rule-id test runs each case; docs/reference/rules.md shows each case's output.
 */
export interface RuleCase {
  rule: string;
  /** What the edit does, for the reference page. */
  does: string;
  edits: Edit[];
  expect: {file: string; line: number; column?: number};
  /** Keep the lock as it was (for the immutability rules); by default edited versions are locked again. */
  relock?: false;
  /**
   * How the edited root is checked, for rules that another verb reports (`wa-review check-refs`); by default
   * the loader's problems, as `wa-review validate` prints them.
   */
  check?: (root: string) => Problem[];
}

const V1 = 'reviews/demo/v1.md';
const V2 = 'reviews/demo/v2.md';
const V3 = 'reviews/demo/v3.md';
const V4 = 'reviews/demo/v4.md';
const LENS = 'lenses/demo-lens.yaml';
const LOCK = 'reviews/versions.lock';
const ERRATA = 'reviews/demo/errata.yaml';

const bomb = ['x0: &a0 [z, z, z, z, z, z, z, z, z, z]', ...[1, 2, 3, 4].map((i) => `x${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`)].join('\n');

export const RULE_CASES: RuleCase[] = [
  {rule: 'file/unreadable', does: 'v4.md is a link to a file that does not exist', edits: [{file: V4, symlink: '/nonexistent/v4.md'}], expect: {file: V4, line: 0}},
  {rule: 'file/empty', does: 'v4.md is empty', edits: [{file: V4, write: ''}], expect: {file: V4, line: 0}},
  {rule: 'file/not-utf8', does: 'v4.md has a Latin-1 byte on line 2', edits: [{file: V4, write: new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0x20, 0xe9, 0x0a])}], expect: {file: V4, line: 2, column: 4}},
  {rule: 'file/too-large', does: 'v4.md is one byte over the cap', edits: [{file: V4, write: `---\n# ${'x'.repeat(REVIEW_SIZE_CAP)}`}], expect: {file: V4, line: 0}},
  {rule: 'file/unexpected', does: 'a notes.md file sits beside the versions', edits: [{file: 'reviews/demo/notes.md', write: '# notes\n'}], expect: {file: 'reviews/demo/notes.md', line: 0}},
  {rule: 'file/mdx-refused', does: 'a version is written as v4.mdx', edits: [{file: 'reviews/demo/v4.mdx', write: '---\n---\n'}], expect: {file: 'reviews/demo/v4.mdx', line: 0}},
  {rule: 'yaml/no-front-matter', does: 'v4.md has no front matter', edits: [{file: V4, write: '# Title\n'}], expect: {file: V4, line: 1}},
  {rule: 'yaml/syntax', does: 'an unclosed flow sequence in the title', edits: [{file: V1, replace: ['title: Demo agent platform', 'title: [Demo']}], expect: {file: V1, line: 4}},
  {rule: 'yaml/duplicate-key', does: 'title appears twice', edits: [{file: V1, insertAfterLine: 3, text: 'title: Again'}], expect: {file: V1, line: 4, column: 1}},
  {rule: 'yaml/alias-limit', does: 'an alias bomb in the front matter', edits: [{file: V1, insertAfterLine: 1, text: bomb}], expect: {file: V1, line: 2}},
  {rule: 'yaml/not-a-mapping', does: 'v4.md front matter is a list', edits: [{file: V4, write: '---\n- a\n- b\n---\n'}], expect: {file: V4, line: 2}},
  {rule: 'schema/required', does: 'the first finding has no severity', edits: [{file: V1, deleteLines: [33, 33]}], expect: {file: V1, line: 30, column: 5}},
  {rule: 'schema/type', does: 'version is a word', edits: [{file: V1, replace: ['version: 1', 'version: one']}], expect: {file: V1, line: 4, column: 10}},
  {rule: 'schema/enum', does: 'severity: critical', edits: [{file: V1, replace: ['    severity: high', '    severity: critical']}], expect: {file: V1, line: 33, column: 15}},
  {rule: 'schema/unknown-key', does: 'rationale misspelt as rational', edits: [{file: V1, replace: ['    rationale: Memory loss', '    rational: Memory loss']}], expect: {file: V1, line: 55, column: 5}},
  {rule: 'schema/format', does: 'subject.commit is a branch name', edits: [{file: V1, replace: ['commit: 0123456789abcdef0123456789abcdef01234567', 'commit: main']}], expect: {file: V1, line: 12, column: 11}},
  {rule: 'schema/range', does: 'no reviewers', edits: [{file: V1, replace: ['reviewers: [Fixture reviewer]', 'reviewers: []']}], expect: {file: V1, line: 7, column: 12}},
  {rule: 'schema/invalid', does: 'a location ends before it starts', edits: [{file: V1, replace: ['{path: terraform/network.tf, line: 12}', '{path: terraform/network.tf, line: 12, endLine: 3}']}], expect: {file: V1, line: 39}},
  {rule: 'markdown/raw-html', does: 'a script element in the body', edits: [{file: V1, insertAfterLine: 69, text: '\n<script>alert(1)</script>'}], expect: {file: V1, line: 71, column: 1}},
  {rule: 'markdown/mdx-key', does: 'front matter sets mdx.format', edits: [{file: V1, insertAfterLine: 2, text: 'mdx: {format: mdx}'}], expect: {file: V1, line: 3, column: 1}},
  {rule: 'markdown/fenced-block', does: 'a tradeoff block holds a list', edits: [{file: V1, insertAfterLine: 69, text: '\n```tradeoff\n- a\n```'}], expect: {file: V1, line: 71}},
  {rule: 'url/unsafe', does: 'tracking is a javascript: URL', edits: [{file: V2, replace: ['tracking: https://github.com/example/demo-platform/issues/7', 'tracking: javascript:alert(1)']}], expect: {file: V2, line: 35, column: 15}},
  {rule: 'review/id-mismatch', does: 'review differs from the folder', edits: [{file: V1, replace: ['review: demo', 'review: demo-two']}], expect: {file: V1, line: 2, column: 9}},
  {rule: 'review/version-mismatch', does: 'v1.md says version 2', edits: [{file: V1, replace: ['version: 1', 'version: 2']}], expect: {file: V1, line: 4, column: 10}},
  {rule: 'review/version-gap', does: 'v3.md is renamed v4.md', edits: [{file: V3, remove: true}, {file: V4, write: '---\nreview: demo\n---\n'}], expect: {file: V4, line: 1}},
  {rule: 'review/date-order', does: 'v2 is dated before v1', edits: [{file: V2, replace: ['date: 2026-07-01', 'date: 2026-05-01']}], expect: {file: V2, line: 5, column: 7}},
  {rule: 'review/prefix-changed', does: 'v2 changes the prefix', edits: [{file: V2, replace: ['idPrefix: DEMO', 'idPrefix: DEMX']}], expect: {file: V2, line: 8, column: 11}},
  {rule: 'review/draft-not-last', does: 'v2 is a draft followed by v3', edits: [{file: V2, replace: ['status: published', 'status: draft']}], expect: {file: V2, line: 6, column: 9}},
  {rule: 'review/subject-page-missing', does: 'v3 names a page that does not exist', edits: [{file: V3, replace: ['page: docs/architectures/demo-target.md', 'page: docs/architectures/missing.md']}], expect: {file: V3, line: 11, column: 9}},
  {rule: 'finding/id-prefix', does: 'a finding id with another prefix', edits: [{file: V3, replace: ['  - id: DEMO-004', '  - id: DEMX-004']}], expect: {file: V3, line: 23, column: 9}},
  {rule: 'finding/duplicate-id', does: 'two findings share an id', edits: [{file: V1, replace: ['  - id: DEMO-003', '  - id: DEMO-002']}], expect: {file: V1, line: 58, column: 9}},
  {rule: 'finding/resolution-missing', does: 'a resolved finding without resolution', edits: [{file: V2, deleteLines: [42, 42]}], expect: {file: V2, line: 36, column: 5}},
  {rule: 'finding/acceptance-missing', does: 'an accepted finding without acceptance', edits: [{file: V2, deleteLines: [56, 56]}], expect: {file: V2, line: 50, column: 5}},
  {rule: 'finding/acceptance-expired', does: 'an acceptance that expired before the version', edits: [{file: V2, replace: ['until: 2026-12-31, reason: One agent in production until Q4.}\nanswers', 'until: 2026-06-30, reason: One agent in production until Q4.}\nanswers']}], expect: {file: V2, line: 56, column: 47}},
  {rule: 'finding/ended-twice', does: 'a finding both retired and replaced', edits: [{file: V2, insertAfterLine: 49, text: '    retired: merged'}], expect: {file: V2, line: 49, column: 17}},
  {rule: 'finding/replaced-by-unknown', does: 'replacedBy names a finding not in the version', edits: [{file: V2, replace: ['replacedBy: [DEMO-004]', 'replacedBy: [DEMO-009]']}], expect: {file: V2, line: 49, column: 18}},
  {rule: 'finding/recommended-count', does: 'two options marked recommended', edits: [{file: V1, insertAfterLine: 50, text: '          recommended: true'}], expect: {file: V1, line: 42, column: 9}},
  {rule: 'finding/location-missing', does: 'a reference-design location that does not exist', edits: [{file: V3, replace: ['locations: [{path: docs/architectures/demo-target.md}]', 'locations: [{path: docs/architectures/nope.md}]']}], expect: {file: V3, line: 22, column: 24}},
  {rule: 'history/dropped-finding', does: 'an accepted finding disappears from v3', edits: [{file: V3, deleteLines: [23, 29]}], expect: {file: V3, line: 15, column: 3}},
  {rule: 'history/id-reused', does: 'an id replaced in v2 comes back in v3', edits: [{file: V3, insertAfterLine: 29, text: '  - {id: DEMO-003, title: Back, pillar: cost-optimization, severity: low, rationale: r, status: open}'}], expect: {file: V3, line: 30, column: 10}},
  {rule: 'history/bad-transition', does: 'a resolved finding becomes mitigating', edits: [{file: V3, insertAfterLine: 29, text: '  - {id: DEMO-002, title: Backups, pillar: reliability, severity: medium, rationale: r, status: mitigating}'}], expect: {file: V3, line: 30, column: 97}},
  {rule: 'history/resolution-version', does: 'resolution.version is after the version', edits: [{file: V2, replace: ['version: 2}', 'version: 5}']}], expect: {file: V2, line: 42, column: 70}},
  {rule: 'lens/unknown-lens', does: 'a lens reference with a misspelt lens', edits: [{file: V1, replace: ['[wellarchitected:REL09]', '[wellarchitectd:REL09]']}], expect: {file: V1, line: 57, column: 16}},
  {rule: 'lens/unknown-question', does: 'a lens reference to a question that does not exist', edits: [{file: V1, replace: ['[wellarchitected:REL09]', '[wellarchitected:REL99]']}], expect: {file: V1, line: 57, column: 16}},
  {rule: 'lens/not-yet-published', does: 'v1 (May 2026) cites the Agentic AI Lens (June 2026)', edits: [{file: V1, replace: ['[wellarchitected:REL09]', '[wellarchitected:REL09, agentic-ai:AGENTSEC02]']}], expect: {file: V1, line: 57, column: 39}},
  {rule: 'lens/unknown-version', does: 'a lens version the lens does not list', edits: [{file: V1, replace: ['{id: demo-lens, version: "1.0"}', '{id: demo-lens, version: "2.0"}']}], expect: {file: V1, line: 15, column: 30}},
  {rule: 'lens/undeclared', does: 'a reference to a lens missing from the version\'s lenses', edits: [{file: V3, insertAfterLine: 22, text: '    lensRefs: [demo-lens:DEMO_TOOL_01]'}], expect: {file: V3, line: 23, column: 16}},
  {rule: 'lens/duplicate-id', does: 'two choices of a question share an id', edits: [{file: LENS, replace: ['id: DEMO_TOOL_01_egress', 'id: DEMO_TOOL_01_proxy']}], expect: {file: LENS, line: 21, column: 17}},
  {rule: 'lens/file-name', does: 'the lens id differs from its file name', edits: [{file: LENS, replace: ['id: demo-lens', 'id: demo-lenses']}], expect: {file: LENS, line: 1, column: 5}},
  {rule: 'lens/version-order', does: 'a lens version dated before the lens', edits: [{file: LENS, replace: ['    date: 2026-01-01', '    date: 2025-01-01']}], expect: {file: LENS, line: 8, column: 11}},
  {rule: 'metric/basis-fields', does: 'a modeled metric without formula', edits: [{file: V1, deleteLines: [28, 28]}], expect: {file: V1, line: 17, column: 5}},
  {rule: 'metric/duplicate-id', does: 'two metrics share an id', edits: [{file: V2, insertAfterLine: 25, text: '  - {id: p99-latency, name: again, value: 1, unit: ms, direction: lower-is-better, basis: target, method: goal}'}], expect: {file: V2, line: 26, column: 10}},
  {rule: 'metric/unknown-evidence', does: 'a measured metric names a missing evidence spec', edits: [{file: V2, replace: ['evidence: task-latency', 'evidence: no-such-set']}], expect: {file: V2, line: 25, column: 15}},
  {rule: 'metric/formula', does: 'a modeled value that its formula does not give', edits: [{file: V1, replace: ['value: 0.09', 'value: 0.12']}], expect: {file: V1, line: 19, column: 12}},
  {rule: 'tradeoff/chosen', does: 'no option chosen', edits: [{file: V2, replace: ['    chosen: true\n', '']}], expect: {file: V2, line: 69, column: 3}},
  {rule: 'tradeoff/criteria', does: 'an option lacks a score', edits: [{file: V2, deleteLines: [81, 81]}], expect: {file: V2, line: 79, column: 7}},
  {rule: 'tradeoff/duplicate-id', does: 'two diagram pairs share an id', edits: [{file: V3, insertAfterLine: 36, text: '  - {id: tool-path, title: T, caption: C, before: {mermaid: "flowchart LR\\n a", alt: a}, after: {mermaid: "flowchart LR\\n b", alt: b}}'}], expect: {file: V3, line: 37, column: 10}},
  {rule: 'tradeoff/unknown-finding', does: 'a diagram names a finding not in the version', edits: [{file: V3, replace: ['findings: [DEMO-001]\n---', 'findings: [DEMO-404]\n---']}], expect: {file: V3, line: 36, column: 16}},
  {rule: 'answers/choices', does: 'a choice selected twice', edits: [{file: V2, replace: ['selected: [DEMO_TOOL_01_proxy]', 'selected: [DEMO_TOOL_01_proxy, DEMO_TOOL_01_proxy]']}], expect: {file: V2, line: 59, column: 36}},
  {rule: 'answers/unknown-choice', does: 'a misspelt choice id', edits: [{file: V2, replace: ['selected: [DEMO_TOOL_01_proxy]', 'selected: [DEMO_TOOL_01_prox]']}], expect: {file: V2, line: 59, column: 16}},
  {rule: 'answers/duplicate-question', does: 'a question answered twice', edits: [{file: V2, insertAfterLine: 59, text: '  - question: demo-lens:DEMO_TOOL_01'}], expect: {file: V2, line: 60, column: 15}},
  // The lens engine's rules (src/lens): the Well-Architected Tool's custom-lens format.
  ...LENS_ENGINE_RULE_CASES,
  {rule: 'lock/missing', does: 'published v2 is not in versions.lock', edits: [{file: LOCK, deleteLines: [5, 5]}], expect: {file: V2, line: 1}},
  {rule: 'lock/mismatch', does: 'published v2 is edited after it was locked', edits: [{file: V2, replace: ['# Demo review, v2', '# Demo review, v2 (quietly edited)']}], expect: {file: V2, line: 1}, relock: false},
  {rule: 'lock/stale', does: 'versions.lock names a version that does not exist', edits: [{file: LOCK, insertAfterLine: 5, text: `demo/v9 sha256:${'0'.repeat(64)}`}], expect: {file: LOCK, line: 6, column: 1}},
  {rule: 'lock/syntax', does: 'a lock line with another hash algorithm', edits: [{file: LOCK, insertAfterLine: 5, text: 'demo/v1 md5:0123'}], expect: {file: LOCK, line: 6, column: 1}},
  {rule: 'errata/unknown-version', does: 'an erratum for the draft v3', edits: [{file: ERRATA, replace: ['  version: 1', '  version: 3']}], expect: {file: ERRATA, line: 2, column: 12}},
  {rule: 'errata/date', does: 'an erratum dated before its version', edits: [{file: ERRATA, replace: ['- date: 2026-06-02', '- date: 2026-05-01']}], expect: {file: ERRATA, line: 1, column: 9}},
  {rule: 'errata/unknown-finding', does: 'an erratum naming a finding v1 does not list', edits: [{file: ERRATA, replace: ['finding: DEMO-002', 'finding: DEMO-004']}], expect: {file: ERRATA, line: 3, column: 12}},
  // wa-review check-refs (src/export): files of another repository citing findings.
  ...CHECK_REFS_RULE_CASES,
];
