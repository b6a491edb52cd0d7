import {cpSync, mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {generateCorpus, type CorpusOptions, type CorpusShape} from './corpus';

/**
 * Writes a generated corpus under `out`: corpus/ (reviews and the project's lenses), control/docs/ and shape.json.
 * Only these are replaced; anything else in `out` (built sites, results) is left alone.
 */
export function writeCorpus({out, options, lensesFrom}: {out: string; options: CorpusOptions; lensesFrom: string}): CorpusShape {
  const {files, shape} = generateCorpus(options);
  for (const part of ['corpus', 'control', 'shape.json']) rmSync(path.join(out, part), {recursive: true, force: true});
  for (const f of files) {
    const abs = path.join(out, f.path);
    mkdirSync(path.dirname(abs), {recursive: true});
    writeFileSync(abs, f.content);
  }
  // Lens references must resolve: the corpus answers to the project's own lens files, copied unchanged.
  const lensOut = path.join(out, 'corpus', 'lenses');
  mkdirSync(lensOut, {recursive: true});
  for (const name of readdirSync(lensesFrom).sort()) {
    if (/\.ya?ml$/.test(name) || name === 'imported') cpSync(path.join(lensesFrom, name), path.join(lensOut, name), {recursive: true});
  }
  writeFileSync(path.join(out, 'shape.json'), `${JSON.stringify(shape, null, 2)}\n`);
  return shape;
}
