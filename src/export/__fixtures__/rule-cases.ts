import type {RuleCase} from '../../content/__fixtures__/rule-cases';
import {checkRefs, indexFromRoot, readIndexFile, refIndex} from '../check-refs';

/**
 * One bad fixture per rule of `wa-review check-refs` (refs/*): a file of "another repository" written into the
 * edited fixture root, checked against the findings of the valid fixture corpus (DEMO-002 resolved, DEMO-003
 * replaced by DEMO-004). The project's rule-id test runs them with the loader's cases.
 */
const SITE = 'https://reviews.example.org/wa/';
const NOTES = 'elsewhere/NOTES.md';
const INDEX = 'elsewhere/findings.json';

const checkFolder = (root: string) => checkRefs({paths: ['elsewhere'], cwd: root, index: refIndex(indexFromRoot({root, siteUrl: SITE}))}).problems;
const note = (line2: string) => [{file: NOTES, write: `# Notes\n${line2}\n`}];

export const CHECK_REFS_RULE_CASES: RuleCase[] = [
  {rule: 'refs/unknown-finding', does: 'a note cites DEMO-999, which no version has', edits: note('Egress is tracked as DEMO-999.'), check: checkFolder, expect: {file: NOTES, line: 2, column: 22}},
  {rule: 'refs/ended-finding', does: 'a note cites DEMO-003, replaced by DEMO-004 in v2', edits: note('Spend per agent: see DEMO-003.'), check: checkFolder, expect: {file: NOTES, line: 2, column: 22}},
  {rule: 'refs/resolved-finding', does: 'a note links to the page of DEMO-002, resolved in v2', edits: note(`Backups: ${SITE}findings/DEMO-002/`), check: checkFolder, expect: {file: NOTES, line: 2, column: 50}},
  {
    rule: 'refs/bad-index',
    does: 'the index given with --index has apiVersion 2',
    edits: [{file: INDEX, write: '{"apiVersion": 2, "site": "https://reviews.example.org/wa/", "reviews": [], "findings": []}\n'}],
    check: (root) => readIndexFile(INDEX, root).problems,
    expect: {file: INDEX, line: 0},
  },
];
