import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {RULES} from '../../content/rules';
import {checkToolLens} from '../check';
import {parseJson} from '../json';
import {toolJson} from '../export';
import {TOOL_LIMITS} from '../tool-schema';

const MINIMAL = path.resolve(__dirname, '../__fixtures__/minimal-lens.json');
const text = readFileSync(MINIMAL, 'utf8');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const fresh = (): Json => JSON.parse(text) as Json;

const check = (data: unknown, bytes?: number) => checkToolLens({data, target: {file: 'lens.json'}, severity: 'error', ...(bytes !== undefined ? {bytes} : {})});

const q0 = (l: Json) => l.pillars[0].questions[0];
const choice = (id: string, plan = true) => ({id, title: id, ...(plan ? {improvementPlan: {displayText: 'Do it.'}} : {})});
const question = (id: string) => ({id, title: id, description: 'D', choices: [choice(`${id}_a`)], riskRules: [{condition: 'default', risk: 'HIGH_RISK'}]});
const links = (n: number) => Array.from({length: n}, (_, i) => ({displayText: `link ${i}`, url: `https://example.com/${i}`}));

/** One failing case per rule of the format: the mutation, the rule id and the data path it must be reported at. */
const CASES: Array<{rule: string; does: string; edit: (l: Json) => void; path: string}> = [
  {rule: 'schema/format', does: 'a choice id with a hyphen', edit: (l) => void (q0(l).choices[1].id = 'MIN-01-egress'), path: 'pillars[0].questions[0].choices[1].id'},
  {rule: 'schema/format', does: 'a question id of 2 characters', edit: (l) => void (q0(l).id = 'Q1'), path: 'pillars[0].questions[0].id'},
  {rule: 'schema/format', does: 'a question id of 129 characters', edit: (l) => void (q0(l).id = 'Q'.repeat(129)), path: 'pillars[0].questions[0].id'},
  {rule: 'schema/range', does: 'a pillar id of 65 characters (the API allows 64)', edit: (l) => void (l.pillars[0].id = 'p'.repeat(65)), path: 'pillars[0].id'},
  {rule: 'wa-lens/title-length', does: 'a question title of 129 characters', edit: (l) => void (q0(l).title = 't'.repeat(129)), path: 'pillars[0].questions[0].title'},
  {rule: 'wa-lens/title-length', does: 'a choice title of 129 characters', edit: (l) => void (q0(l).choices[0].title = 't'.repeat(129)), path: 'pillars[0].questions[0].choices[0].title'},
  {rule: 'wa-lens/title-length', does: 'a lens name of 129 characters', edit: (l) => void (l.name = 'n'.repeat(129)), path: 'name'},
  {rule: 'wa-lens/title-length', does: 'an empty pillar name', edit: (l) => void (l.pillars[0].name = ''), path: 'pillars[0].name'},
  {rule: 'schema/range', does: 'a question description of 2049 characters', edit: (l) => void (q0(l).description = 'd'.repeat(2049)), path: 'pillars[0].questions[0].description'},
  {rule: 'schema/range', does: 'a displayText of 2049 characters', edit: (l) => void (q0(l).choices[0].improvementPlan.displayText = 'd'.repeat(2049)), path: 'pillars[0].questions[0].choices[0].improvementPlan.displayText'},
  {rule: 'wa-lens/pillar-count', does: 'eleven pillars', edit: (l) => void l.pillars.push(...Array.from({length: 10}, (_, i) => ({id: `extra_${i}`, name: 'x', questions: []}))), path: 'pillars'},
  {rule: 'wa-lens/pillar-count', does: 'no pillar', edit: (l) => void (l.pillars = []), path: 'pillars'},
  {rule: 'wa-lens/question-count', does: 'a pillar with 21 questions', edit: (l) => void l.pillars[0].questions.push(...Array.from({length: 19}, (_, i) => question(`MORE_${i}`))), path: 'pillars[0].questions'},
  {rule: 'wa-lens/choice-count', does: 'a question with 16 choices', edit: (l) => void q0(l).choices.push(...Array.from({length: 13}, (_, i) => choice(`MIN_01_x${i}`))), path: 'pillars[0].questions[0].choices'},
  {rule: 'wa-lens/choice-count', does: 'a question with no choice', edit: (l) => void ((l.pillars[0].questions[1].choices = []), (l.pillars[0].questions[1].riskRules = [{condition: 'default', risk: 'HIGH_RISK'}])), path: 'pillars[0].questions[1].choices'},
  {rule: 'lens/duplicate-id', does: 'two choices of a question share an id', edit: (l) => void (q0(l).choices[1].id = 'MIN_01_proxy'), path: 'pillars[0].questions[0].choices[1].id'},
  {rule: 'lens/duplicate-id', does: 'a question id used in two pillars', edit: (l) => void l.pillars.push({id: 'other', name: 'Other', questions: [question('MIN_02')]}), path: 'pillars[1].questions[0].id'},
  {rule: 'lens/duplicate-id', does: 'two pillars share an id', edit: (l) => void l.pillars.push({id: 'security', name: 'Again', questions: []}), path: 'pillars[1].id'},
  {rule: 'wa-lens/risk-rule-count', does: 'four risk rules', edit: (l) => void q0(l).riskRules.unshift({condition: 'MIN_01_no', risk: 'HIGH_RISK'}), path: 'pillars[0].questions[0].riskRules'},
  {rule: 'wa-lens/default-rule', does: 'no default rule', edit: (l) => void q0(l).riskRules.pop(), path: 'pillars[0].questions[0].riskRules'},
  {rule: 'wa-lens/default-rule', does: 'two default rules', edit: (l) => void (q0(l).riskRules[1].condition = 'default'), path: 'pillars[0].questions[0].riskRules'},
  {rule: 'wa-lens/improvement-plan', does: 'a choice without an improvement plan', edit: (l) => void delete q0(l).choices[1].improvementPlan, path: 'pillars[0].questions[0].choices[1]'},
  {rule: 'wa-lens/improvement-plan', does: 'an improvement plan without displayText', edit: (l) => void (q0(l).choices[1].improvementPlan = {url: 'https://example.com/x'}), path: 'pillars[0].questions[0].choices[1].improvementPlan'},
  {rule: 'wa-lens/url-scheme', does: 'an empty url', edit: (l) => void (q0(l).helpfulResource.url = ''), path: 'pillars[0].questions[0].helpfulResource.url'},
  {rule: 'wa-lens/url-scheme', does: 'an ftp: url in extra links', edit: (l) => void (q0(l).choices[0].additionalResources[0].content[0].url = 'ftp://example.com'), path: 'pillars[0].questions[0].choices[0].additionalResources[0].content[0].url'},
  {rule: 'wa-lens/url-scheme', does: 'a javascript: url', edit: (l) => void (q0(l).choices[0].improvementPlan.url = 'javascript:alert(1)'), path: 'pillars[0].questions[0].choices[0].improvementPlan.url'},
  {rule: 'wa-lens/extra-resources', does: 'six extra helpful links in two groups', edit: (l) => void q0(l).choices[0].additionalResources.push({type: 'HELPFUL_RESOURCE', content: links(5)}), path: 'pillars[0].questions[0].choices[0].additionalResources'},
  {rule: 'wa-lens/extra-resources', does: 'six extra improvement-plan links', edit: (l) => void (q0(l).choices[0].additionalResources[1].content = links(6)), path: 'pillars[0].questions[0].choices[0].additionalResources'},
  {rule: 'wa-lens/condition-syntax', does: 'an unclosed parenthesis', edit: (l) => void (q0(l).riskRules[0].condition = '(MIN_01_proxy && MIN_01_egress'), path: 'pillars[0].questions[0].riskRules[0].condition'},
  {rule: 'wa-lens/condition-choice', does: 'a condition names another question\'s choice', edit: (l) => void (q0(l).riskRules[0].condition = 'MIN_01_proxy && MIN_02_scoped'), path: 'pillars[0].questions[0].riskRules[0].condition'},
  {rule: 'schema/unknown-key', does: 'a key the format does not define', edit: (l) => void (q0(l).choices[0].description = 'ours'), path: 'pillars[0].questions[0].choices[0].description'},
  {rule: 'schema/enum', does: 'another schemaVersion', edit: (l) => void (l.schemaVersion = '2022-11-01'), path: 'schemaVersion'},
  {rule: 'schema/enum', does: 'a risk of LOW_RISK', edit: (l) => void (q0(l).riskRules[0].risk = 'LOW_RISK'), path: 'pillars[0].questions[0].riskRules[0].risk'},
  {rule: 'schema/required', does: 'a question without description', edit: (l) => void delete q0(l).description, path: 'pillars[0].questions[0].description'},
  {rule: 'schema/required', does: 'a link with a url and no displayText', edit: (l) => void delete q0(l).helpfulResource.displayText, path: 'pillars[0].questions[0].helpfulResource.displayText'},
  {rule: 'schema/type', does: 'a title that is a number', edit: (l) => void (q0(l).title = 5), path: 'pillars[0].questions[0].title'},
];

describe('the Tool\'s custom-lens format', () => {
  it('accepts the minimal fixture lens with no problem at all', () => {
    expect(check(fresh(), Buffer.byteLength(text))).toEqual([]);
  });

  it('lets the _no choice go without an improvement plan, and only it', () => {
    expect(q0(fresh()).choices[2].improvementPlan).toBeUndefined();
    const l = fresh();
    q0(l).choices[2].id = 'MIN_01_none';
    expect(check(l).map((p) => p.rule)).toEqual(['wa-lens/improvement-plan']);
  });

  it.each(CASES)('reports $rule when $does', ({rule, edit, path: at}) => {
    const l = fresh();
    edit(l);
    const problems = check(l);
    expect(RULES).toHaveProperty([rule]);
    expect(problems.map((p) => `${p.rule} ${p.path}`)).toContain(`${rule} ${at}`);
    for (const p of problems) expect(RULES).toHaveProperty([p.rule]);
  });

  it('reports a lens over 500 KB (512,000 bytes) as file/too-large, and one of exactly 512,000 bytes as fine', () => {
    expect(check(fresh(), TOOL_LIMITS.fileBytes).map((p) => p.rule)).toEqual([]);
    expect(check(fresh(), TOOL_LIMITS.fileBytes + 1).map((p) => p.rule)).toEqual(['file/too-large']);
    // A real oversized lens: the size comes from the bytes the Tool would receive.
    const l = fresh();
    l.pillars[0].questions = Array.from({length: 20}, (_, i) => ({...question(`BIG_${i}`), description: 'd'.repeat(2048), choices: Array.from({length: 15}, (_, c) => ({...choice(`BIG_${i}_${c}`), improvementPlan: {displayText: 'p'.repeat(2048)}}))}));
    const json = toolJson(l);
    expect(Buffer.byteLength(json)).toBeGreaterThan(TOOL_LIMITS.fileBytes);
    expect(check(l, Buffer.byteLength(json)).map((p) => p.rule)).toEqual(['file/too-large']);
  });

  it('reports every violation at once, each located in the JSON', () => {
    const l = fresh();
    q0(l).riskRules.pop();
    q0(l).helpfulResource.url = '';
    l.pillars[0].questions[1].choices[0].title = 'x'.repeat(200);
    const json = JSON.stringify(l, null, 2);
    const parsed = parseJson(json, {file: 'lens.json'});
    const problems = checkToolLens({data: parsed.value, target: {file: 'lens.json', locate: parsed.locate}, severity: 'warning'});
    expect(problems.map((p) => `${p.severity} ${p.rule} ${p.path}`).sort()).toEqual([
      'warning wa-lens/default-rule pillars[0].questions[0].riskRules',
      'warning wa-lens/title-length pillars[0].questions[1].choices[0].title',
      'warning wa-lens/url-scheme pillars[0].questions[0].helpfulResource.url',
    ]);
    const lines = json.split('\n');
    const at = (p: {line: number; column: number}) => lines[p.line - 1]!.slice(p.column - 1);
    expect(at(problems.find((p) => p.rule === 'wa-lens/url-scheme')!)).toBe('""');
    expect(at(problems.find((p) => p.rule === 'wa-lens/title-length')!)).toBe(`"${'x'.repeat(200)}",`);
    expect(lines[problems.find((p) => p.rule === 'wa-lens/default-rule')!.line - 1]).toMatch(/"riskRules": \[$/);
    expect(problems).toHaveLength(3);
  });
});
