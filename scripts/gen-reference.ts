// Writes the generated reference pages: docs/reference/schema.md and docs/reference/rules.md.
// Run with `npm run gen:reference`; a unit test fails when a committed page is out of date.
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {renderRulesPage} from '../src/content/rules-page';
import {renderSchemaPage} from '../src/schemas/reference';

const root = path.resolve(__dirname, '..');
writeFileSync(path.join(root, 'docs/reference/schema.md'), renderSchemaPage());
writeFileSync(path.join(root, 'docs/reference/rules.md'), renderRulesPage());
console.log('wrote docs/reference/schema.md and docs/reference/rules.md');
