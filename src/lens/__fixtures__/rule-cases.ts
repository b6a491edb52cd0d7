import type {RuleCase} from '../../content/__fixtures__/rule-cases';

/**
 * One bad fixture per rule of the lens engine (wa-lens/*), as edits to the valid fixture corpus's demo lens (a
 * custom lens, so they are errors). The project's rule-id test runs them with the others.
 */
const LENS = 'lenses/demo-lens.yaml';
const Q = 'DEMO_TOOL_01';

const otherPillar = (questions: string[]): string => ['  - id: other', '    name: Other', '    questions:', ...questions].join('\n');
const shortQuestion = (i: number, rest = ''): string =>
  `      - {id: OTHER_${String(i).padStart(2, '0')}, title: Question ${i}, description: D, choices: [{id: OTHER_${i}_a, title: A, improvementPlan: {displayText: P}}], riskRules: [{condition: default, risk: HIGH_RISK}]${rest}}`;

export const LENS_ENGINE_RULE_CASES: RuleCase[] = [
  {rule: 'wa-lens/title-length', does: 'a question title of 129 characters', edits: [{file: LENS, replace: ['title: How is tool execution bounded?', `title: ${'x'.repeat(129)}`]}], expect: {file: LENS, line: 15, column: 16}},
  {
    rule: 'wa-lens/pillar-count',
    does: 'eleven pillars',
    edits: [{file: LENS, insertAfterLine: 29, text: Array.from({length: 10}, (_, i) => `  - {id: extra_${i}, name: Extra ${i}, questions: []}`).join('\n')}],
    expect: {file: LENS, line: 10, column: 3},
  },
  {
    rule: 'wa-lens/question-count',
    does: 'a pillar with 21 questions',
    edits: [{file: LENS, insertAfterLine: 29, text: otherPillar(Array.from({length: 21}, (_, i) => shortQuestion(i + 1)))}],
    expect: {file: LENS, line: 33, column: 7},
  },
  {
    rule: 'wa-lens/choice-count',
    does: 'a question with no choice',
    edits: [{file: LENS, insertAfterLine: 29, text: otherPillar(['      - {id: OTHER_01, title: Q, description: D, choices: [], riskRules: [{condition: default, risk: HIGH_RISK}]}'])}],
    expect: {file: LENS, line: 33, column: 59},
  },
  {rule: 'wa-lens/risk-rule-count', does: 'a fourth risk rule', edits: [{file: LENS, insertAfterLine: 28, text: `          - {condition: "${Q}_egress", risk: MEDIUM_RISK}`}], expect: {file: LENS, line: 27, column: 11}},
  {rule: 'wa-lens/default-rule', does: 'no rule has the condition default', edits: [{file: LENS, replace: ['{condition: default, risk: HIGH_RISK}', `{condition: "!${Q}_proxy", risk: HIGH_RISK}`]}], expect: {file: LENS, line: 27, column: 11}},
  {rule: 'wa-lens/improvement-plan', does: 'a choice without an improvement plan', edits: [{file: LENS, deleteLines: [23, 23]}], expect: {file: LENS, line: 21, column: 13}},
  {
    rule: 'wa-lens/url-scheme',
    does: 'an improvement plan linked over ftp:',
    edits: [{file: LENS, replace: ['{displayText: Route tool calls through a gateway.}', '{displayText: Route tool calls through a gateway., url: "ftp://example.com/gateway"}']}],
    expect: {file: LENS, line: 20, column: 86},
  },
  {
    rule: 'wa-lens/extra-resources',
    does: 'six extra helpful links on a choice',
    edits: [{file: LENS, insertAfterLine: 20, text: `            additionalResources: [{type: HELPFUL_RESOURCE, content: [${Array.from({length: 6}, (_, i) => `{displayText: L${i}}`).join(', ')}]}]`}],
    expect: {file: LENS, line: 21, column: 34},
  },
  {rule: 'wa-lens/condition-syntax', does: 'an unclosed parenthesis in a condition', edits: [{file: LENS, replace: [`"${Q}_proxy && ${Q}_egress"`, `"${Q}_proxy && (${Q}_egress"`]}], expect: {file: LENS, line: 27, column: 25}},
  {rule: 'wa-lens/condition-choice', does: 'a condition names a choice the question lacks', edits: [{file: LENS, replace: [`"${Q}_proxy && ${Q}_egress"`, `"${Q}_proxy && ${Q}_egres"`]}], expect: {file: LENS, line: 27, column: 25}},
  {
    rule: 'wa-lens/condition-precedence',
    does: 'a condition mixes && and || without parentheses',
    edits: [{file: LENS, replace: [`"${Q}_proxy || ${Q}_egress"`, `"${Q}_proxy || ${Q}_egress && ${Q}_no"`]}],
    expect: {file: LENS, line: 28, column: 25},
  },
];
