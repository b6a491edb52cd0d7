import * as z from 'zod';
import {erratumSchema} from './errata';
import {lensSchema} from './lens';
import {redirectsSchema} from './redirects';
import {reviewSchema} from './review';

/** One documented field of a schema, from its JSON Schema (the same text as editor help). */
export interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  values: string;
  description: string;
}

type Json = Record<string, unknown>;

/** The fields of a schema in tree order: `findings[].remediation.options[].effort`. */
export function fieldRows(schema: z.ZodType): FieldRow[] {
  const json = z.toJSONSchema(schema, {io: 'input', unrepresentable: 'any'}) as Json;
  const rows: FieldRow[] = [];
  walkObject(json, '', rows, '');
  return rows;
}

function walkObject(node: Json, prefix: string, rows: FieldRow[], note: string): void {
  const props = (node.properties ?? {}) as Record<string, Json>;
  const required = new Set((node.required ?? []) as string[]);
  for (const [key, value] of Object.entries(props)) {
    const path = prefix ? `${prefix}.${key}` : key;
    rows.push({
      path,
      type: typeName(value),
      required: required.has(key) && value.default === undefined,
      values: valuesOf(value),
      description: `${note}${String(value.description ?? branchDescription(value) ?? '')}`,
    });
    walkChildren(value, path, rows);
  }
}

function walkChildren(value: Json, path: string, rows: FieldRow[]): void {
  if (value.type === 'object' && value.properties) walkObject(value, path, rows, '');
  else if (value.type === 'object' && typeof value.additionalProperties === 'object') {
    const inner = value.additionalProperties as Json;
    if (inner.properties) walkObject(inner, `${path}.<key>`, rows, '');
  } else if (value.type === 'array' && value.items) {
    const items = value.items as Json;
    if (items.type === 'object' || items.anyOf || items.oneOf) walkChildren({...items, type: items.type ?? 'union'}, `${path}[]`, rows);
  } else {
    for (const branch of ((value.oneOf ?? value.anyOf ?? []) as Json[])) {
      if (branch.type !== 'object' || !branch.properties) continue;
      const kind = Object.entries(branch.properties as Record<string, Json>).find(([, v]) => v.const !== undefined);
      walkObject(branch, path, rows, kind ? `(${kind[0]}: ${String(kind[1].const)}) ` : '');
    }
  }
}

function branchDescription(value: Json): string | undefined {
  const branches = (value.oneOf ?? value.anyOf) as Json[] | undefined;
  return branches?.map((b) => b.description).find(Boolean) as string | undefined;
}

function typeName(value: Json): string {
  if (value.const !== undefined) return `"${String(value.const)}"`;
  if (value.enum) return 'string';
  if (value.oneOf || value.anyOf) return ((value.oneOf ?? value.anyOf) as Json[]).map(typeName).join(' or ');
  if (value.type === 'array') return `list of ${typeName((value.items ?? {}) as Json)}`;
  if (value.type === 'object') return 'mapping';
  if (value.type === 'string' && value.format === 'date') return 'date';
  return String(value.type ?? 'any');
}

function valuesOf(value: Json): string {
  const parts: string[] = [];
  const target = value.type === 'array' ? ((value.items ?? {}) as Json) : value;
  if (target.enum) parts.push((target.enum as unknown[]).map((v) => `\`${String(v)}\``).join(', '));
  if (target.format === 'date') parts.push('`YYYY-MM-DD`');
  else if (typeof target.pattern === 'string') parts.push(`matches \`${target.pattern}\``);
  for (const [k, label] of [['minLength', 'min length'], ['maxLength', 'max length'], ['minItems', 'min items'], ['maxItems', 'max items'], ['minimum', 'min'], ['maximum', 'max']] as const) {
    const src = k.endsWith('Items') ? value : target;
    const v = src[k];
    if (typeof v === 'number' && v < 1e15) parts.push(`${label} ${v}`);
  }
  if (value.default !== undefined) parts.push(`default \`${JSON.stringify(value.default)}\``);
  return parts.join('; ');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderFieldTable(rows: readonly FieldRow[]): string {
  const lines = ['| field | type | required | allowed values | description |', '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| \`${cell(r.path)}\` | ${cell(r.type)} | ${r.required ? 'yes' : 'no'} | ${cell(r.values)} | ${cell(r.description)} |`);
  return lines.join('\n');
}

/** docs/reference/schema.md, generated: `npm run gen:reference` writes it, a test checks it is current. */
export function renderSchemaPage(): string {
  return `---
title: Schema reference
description: Every field of a review version, a lens file, an errata file and the redirects file, generated from the zod schemas.
sidebar_position: 2
---

# Schema reference

<!-- Generated from src/schemas by \`npm run gen:reference\`. Do not edit by hand. -->

Every field, its type, whether it is required, the values it allows and what it means. The same descriptions
are in the JSON Schemas published at \`/api/v1/schema/review.json\` and \`/api/v1/schema/lens.json\`, which editors
can use for completion. "Required: no" with a default means the loader fills the default in.

## Review version front matter

\`reviews/<review-id>/v<N>.md\`. Trade-off matrices and before/after diagrams may also be written as
\`\`\`tradeoff and \`\`\`before-after fenced blocks in the body, with the fields of \`tradeoffs[]\` and \`diagrams[]\`.

${renderFieldTable(fieldRows(reviewSchema))}

## Lens file

\`lenses/<lens-id>.yaml\` and \`lenses/imported/<lens-id>.yaml\`.

${renderFieldTable(fieldRows(lensSchema))}

## Errata file

\`reviews/<review-id>/errata.yaml\`: a list of dated corrections of the review's published versions, each with
these fields.

${renderFieldTable(fieldRows(erratumSchema))}

## Redirects file

\`redirects.yaml\` at the content root: a list of pages that moved, each with these fields.

${renderFieldTable(fieldRows(redirectsSchema.element))}
`;
}
