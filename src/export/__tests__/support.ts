import {readFileSync} from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {makeRoot, relockAll, removeRoot, type Edit} from '../../content/__tests__/support/fixture-root';
import {loadCorpus} from '../../content/load';
import type {Corpus} from '../../content/types';

export const SITE = 'https://reviews.example.org/wa/';
export const PROJECT_ROOT = path.resolve(__dirname, '../../..');
export const V2 = 'reviews/demo/v2.md';
export const V3 = 'reviews/demo/v3.md';

/** Publishes the draft v3 (a reference design): its status, and a line in versions.lock (hashed by relockAll). */
export const PUBLISH_V3: Edit[] = [
  {file: V3, replace: ['status: draft', 'status: published']},
  {file: 'reviews/versions.lock', insertAfterLine: 5, text: `demo/v3 sha256:${'0'.repeat(64)}`},
];

const roots: string[] = [];
export const cleanUp = (): void => void roots.splice(0).forEach(removeRoot);

/** A copy of the valid fixture corpus with edits, locked again; it must load without errors. */
export function corpusWith(edits: Edit[] = []): Corpus {
  const root = makeRoot(edits);
  roots.push(root);
  relockAll(root);
  const {corpus, problems} = loadCorpus({root});
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`unexpected: the edited fixture has errors: ${JSON.stringify(errors, null, 1)}`);
  return corpus;
}

export function realCorpus(): Corpus {
  return loadCorpus({root: PROJECT_ROOT}).corpus;
}

/** Locations on the v2 findings of the demo review, so the SARIF export has results. */
export const LOCATED: Edit[] = [
  {
    file: V2,
    replace: [
      '    tracking: https://github.com/example/demo-platform/issues/7\n',
      '    tracking: https://github.com/example/demo-platform/issues/7\n    locations:\n      - {path: terraform/network.tf, line: 12}\n      - {path: src/agent/tools.ts, line: 40, endLine: 52, note: The HTTP client tools call directly}\n',
    ],
  },
  {file: V2, replace: ['    resolution: {how: AWS Backup plan for the memory table, version: 2}\n', '    resolution: {how: AWS Backup plan for the memory table, version: 2}\n    locations: [{path: infra/memory.tf, line: 3}]\n']},
  {file: V2, replace: ['    replacedBy: [DEMO-004]\n', '    replacedBy: [DEMO-004]\n    locations: [{path: infra/billing.tf}]\n']},
  {file: V2, replace: ['reason: One agent in production until Q4.}\nanswers', 'reason: One agent in production until Q4.}\n    locations: [{path: "infra/models#1.tf", line: 7}]\nanswers']},
];

/** The official SARIF 2.1.0 schema (draft-07), vendored: src/export/__fixtures__/sarif-2.1.0/README.md. */
export function sarifValidator() {
  const schema = JSON.parse(readFileSync(path.join(__dirname, '../__fixtures__/sarif-2.1.0/sarif-schema-2.1.0.json'), 'utf8')) as object;
  const ajv = new Ajv({allErrors: true, strict: false});
  addFormats(ajv);
  return ajv.compile(schema);
}

/** A draft 2020-12 validator (the JSON Schemas zod writes). */
export function jsonSchemaValidator(schema: object) {
  const ajv = new Ajv2020({allErrors: true, strict: true});
  addFormats(ajv);
  return ajv.compile(schema);
}
