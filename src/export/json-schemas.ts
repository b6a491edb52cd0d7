import * as z from 'zod';
import {badgeSchema, findingsCsvRowSchema, findingsJsonSchema, reviewJsonSchema} from './schemas';

/**
 * The JSON Schemas (draft 2020-12) of the exports, as published under /api/v1/schema/<name>.json. They describe
 * what is written (output shapes: defaults filled in). Published schemas leave objects open, since fields may be
 * added within apiVersion 1; `closed: true` gives the exact shape of today, which the tests use to catch a field
 * written but not declared. The badge stays closed: shields.io refuses unknown keys.
 */
export const EXPORT_SCHEMAS = {
  'findings-json': {schema: findingsJsonSchema, title: '/api/v1/findings.json', open: true},
  'review-json': {schema: reviewJsonSchema, title: '/api/v1/reviews/<id>.json', open: true},
  'findings-csv': {schema: findingsCsvRowSchema, title: 'One row of /api/v1/findings.csv', open: true},
  badge: {schema: badgeSchema, title: '/api/v1/reviews/<id>/badge.json (shields.io endpoint)', open: false},
} as const;

export type ExportSchemaName = keyof typeof EXPORT_SCHEMAS;

export function exportJsonSchema(name: ExportSchemaName, {closed = false}: {closed?: boolean} = {}): Record<string, unknown> {
  const {schema, title, open} = EXPORT_SCHEMAS[name];
  const json = {$id: `/api/v1/schema/${name}.json`, title, ...z.toJSONSchema(schema as z.ZodType, {io: 'output', unrepresentable: 'any'})};
  return open && !closed ? (openObjects(json) as Record<string, unknown>) : json;
}

export function exportJsonSchemas(): Record<ExportSchemaName, object> {
  return Object.fromEntries(Object.keys(EXPORT_SCHEMAS).map((name) => [name, exportJsonSchema(name as ExportSchemaName)])) as Record<ExportSchemaName, object>;
}

/** Drops `additionalProperties: false` at every depth, so a consumer's copy of the schema accepts added fields. */
function openObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openObjects);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'additionalProperties' && v === false) continue;
    out[k] = openObjects(v);
  }
  return out;
}
