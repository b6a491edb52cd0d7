// npm run bench:corpus -- --reviews R --versions V --findings F --seed S --out DIR
// Writes a deterministic, schema-valid benchmark corpus (DIR/corpus), the same prose as plain docs pages
// (DIR/control/docs) and its shape (DIR/shape.json). The same arguments give byte-identical files.
import path from 'node:path';
import {parseArgs} from 'node:util';
import {writeCorpus} from '../../src/bench/write';

const PROJECT = path.resolve(__dirname, '../..');

function main(): number {
  let values;
  try {
    ({values} = parseArgs({
      options: {
        reviews: {type: 'string'},
        versions: {type: 'string'},
        findings: {type: 'string'},
        seed: {type: 'string', default: '1'},
        out: {type: 'string'},
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`bench:corpus: ${(error as Error).message}\n`);
    return 2;
  }
  const missing = (['reviews', 'versions', 'findings', 'out'] as const).filter((k) => values[k] === undefined);
  if (missing.length) {
    process.stderr.write(`bench:corpus: missing ${missing.map((k) => `--${k}`).join(', ')}\nusage: npm run bench:corpus -- --reviews R --versions V --findings F --seed S --out DIR\n`);
    return 2;
  }
  const num = (k: 'reviews' | 'versions' | 'findings' | 'seed') => Number(values[k]);
  try {
    const out = path.resolve(values.out!);
    const shape = writeCorpus({out, options: {reviews: num('reviews'), versions: num('versions'), findings: num('findings'), seed: num('seed')}, lensesFrom: path.join(PROJECT, 'lenses')});
    process.stdout.write(`${shape.totals.reviewFiles} review versions (${shape.totals.findingEntries} finding entries, ${shape.totals.findingIds} ids) and ${shape.totals.controlPages} control pages in ${out}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`bench:corpus: ${(error as Error).message}\n`);
    return 2;
  }
}

process.exitCode = main();
