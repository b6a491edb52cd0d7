import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Corpus} from '../content/types';
import {apiFiles} from '../export/api-files';
import {toolLensApiPath} from '../lens';
import {jsonSchemas} from '../schemas/json-schema';
import {toolLensExports} from './lens-props';

/**
 * Machine-readable files under /api/v1/, written once per build: the JSON Schemas, the exports of src/export/
 * (findings.json, findings.csv, reviews/<id>.json, reviews/<id>/badge.json, sarif/<owner>/<repo>.sarif) and the
 * lenses in the Tool's format. `siteUrl` is the site's absolute base URL with a trailing slash.
 */
export async function writeApiFiles({outDir, corpus, siteUrl}: {outDir: string; corpus: Corpus; siteUrl: string}): Promise<void> {
  const dir = path.join(outDir, 'api', 'v1', 'schema');
  await mkdir(dir, {recursive: true});
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    await writeFile(path.join(dir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
  }
  for (const file of apiFiles({corpus, siteUrl})) {
    const abs = path.join(outDir, ...file.path.split('/'));
    await mkdir(path.dirname(abs), {recursive: true});
    await writeFile(abs, file.content, 'utf8');
  }
  await writeToolLensFiles({outDir, corpus});
}

/**
 * /api/v1/lenses/<id>.json: each custom or imported lens that passes the Tool's format, as `aws wellarchitected
 * import-lens` takes it (UTF-8, no BOM). The lens pages link to exactly these files (`toolLensExports`).
 */
export async function writeToolLensFiles({outDir, corpus}: {outDir: string; corpus: Corpus}): Promise<void> {
  for (const [id, json] of toolLensExports({corpus})) {
    const file = path.join(outDir, ...toolLensApiPath(id).split('/').filter(Boolean));
    await mkdir(path.dirname(file), {recursive: true});
    await writeFile(file, json, 'utf8');
  }
}
