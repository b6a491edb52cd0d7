import * as z from 'zod';
import {problemSchema} from '../content/problem';
import {exportJsonSchemas} from '../export/json-schemas';
import {lensSchema} from './lens';
import {reviewSchema} from './review';

export {API_VERSION} from '../export/schemas';

/**
 * JSON Schemas (draft 2020-12) generated from the zod schemas, published at /api/v1/schema/<name>.json. Input
 * shapes: what an author may write (defaults are optional).
 */
export function jsonSchemas(): Record<string, object> {
  const make = (schema: z.ZodType, name: string, title: string) => ({
    $id: `/api/v1/schema/${name}.json`,
    title,
    ...z.toJSONSchema(schema, {io: 'input', unrepresentable: 'any'}),
  });
  return {
    review: make(reviewSchema, 'review', 'Review version front matter'),
    lens: make(lensSchema, 'lens', 'Lens file (lenses/<id>.yaml)'),
    problems: make(z.array(problemSchema), 'problems', 'Output of wa-review validate --format json'),
    // The exports under /api/v1/ (output shapes), from src/export/.
    ...exportJsonSchemas(),
  };
}
