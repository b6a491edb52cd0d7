import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {jsonSchemas} from '../schemas/json-schema';

/** Machine-readable files under /api/v1/, written once per build. */
export async function writeApiFiles({outDir}: {outDir: string}): Promise<void> {
  const dir = path.join(outDir, 'api', 'v1', 'schema');
  await mkdir(dir, {recursive: true});
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    await writeFile(path.join(dir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
  }
}
