import {readFileSync} from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import {describe, expect, it} from 'vitest';
import {renderRulesPage} from '../../content/rules-page';
import {RULE_IDS} from '../../content/rules';
import {erratumSchema} from '../errata';
import {lensSchema} from '../lens';
import {redirectsSchema} from '../redirects';
import {renderSchemaPage} from '../reference';
import {reviewSchema} from '../review';

const docs = path.resolve(__dirname, '../../../docs/reference');
const schemaPage = readFileSync(path.join(docs, 'schema.md'), 'utf8');

type Json = Record<string, unknown>;
type Field = {path: string; required: boolean; description?: string; values?: string[]; type?: string};

/** An independent walk over the JSON Schema: every property at every depth, with what the page must say. */
function enumerate(node: Json, prefix: string, out: Field[]): void {
  const required = new Set((node.required ?? []) as string[]);
  for (const [key, v] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
    const p = prefix ? `${prefix}.${key}` : key;
    const target = v.type === 'array' ? ((v.items ?? {}) as Json) : v;
    out.push({path: p, required: required.has(key) && v.default === undefined, description: v.description as string | undefined, values: target.enum as string[] | undefined, type: typeName(v)});
    descend(v, p, out);
  }
}
/** The page's word for a JSON Schema type, worked out here independently of the page's generator. */
function typeName(v: Json): string | undefined {
  if (v.const !== undefined) return JSON.stringify(v.const);
  if (v.type === 'array') {
    const item = typeName((v.items ?? {}) as Json);
    return item === undefined ? undefined : `list of ${item}`;
  }
  if (v.type === 'string') return v.format === 'date' || (typeof v.pattern === 'string' && v.pattern.includes('\\d{4}-\\d{2}-\\d{2}')) ? 'date' : 'string';
  const words: Record<string, string> = {integer: 'integer', number: 'number', boolean: 'boolean', object: 'mapping'};
  return typeof v.type === 'string' ? words[v.type] : undefined;
}
function descend(v: Json, p: string, out: Field[]): void {
  if (v.properties) enumerate(v, p, out);
  if (v.type === 'array' && v.items) descend(v.items as Json, `${p}[]`, out);
  if (typeof v.additionalProperties === 'object') descend(v.additionalProperties as Json, `${p}.<key>`, out);
  for (const b of ((v.oneOf ?? v.anyOf ?? []) as Json[])) if (b.properties) enumerate(b, p, out);
}

describe('the generated reference pages', () => {
  it('are current (run `npm run gen:reference` after changing a schema or a rule)', () => {
    expect(schemaPage).toBe(renderSchemaPage());
    expect(readFileSync(path.join(docs, 'rules.md'), 'utf8')).toBe(renderRulesPage());
  });

  it.each([
    ['review', reviewSchema],
    ['lens', lensSchema],
    ['erratum', erratumSchema],
    ['redirect', redirectsSchema.element],
  ] as const)('list every field of the %s schema with its type, required flag, allowed values and description', (_, schema) => {
    const fields: Field[] = [];
    enumerate(z.toJSONSchema(schema, {io: 'input', unrepresentable: 'any'}) as Json, '', fields);
    expect(fields.length).toBeGreaterThan(2);
    const rows = schemaPage.split('\n').filter((l) => l.startsWith('| `'));
    for (const f of fields) {
      const row = rows.find((r) => r.startsWith(`| \`${f.path}\` |`) && (!f.description || r.includes(f.description.replace(/\|/g, '\\|'))));
      expect(row, `no row for ${f.path}`).toBeDefined();
      const cells = row!.split(' | ');
      expect(cells[2], `required flag of ${f.path}`).toBe(f.required ? 'yes' : 'no');
      expect(cells[1], `type of ${f.path}`).not.toBe('');
      if (f.type !== undefined) expect(cells[1], `type of ${f.path}`).toBe(f.type);
      for (const v of f.values ?? []) expect(cells[3], `allowed values of ${f.path}`).toContain(`\`${v}\``);
    }
  });

  it('document every rule id', () => {
    const page = readFileSync(path.join(docs, 'rules.md'), 'utf8');
    for (const id of RULE_IDS) expect(page).toContain(`### \`${id}\``);
  });
});
