import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {hasErrors, sortProblems} from '../../content/problem';
import {formatText} from '../../content/report';
import {UsageError} from '../cli';
import {EXIT} from '../exit-codes';
import {defineVerb, type Verb} from '../verb';
import {exporters} from './export/exporters';

/** Options every format takes. */
const COMMON: Verb['options'] = {
  out: {type: 'string', description: 'write to FILE instead of standard output', valueName: 'FILE'},
};

/** Each exporter's options, merged for the argument parser; `run` refuses those of another format. */
const exporterOptions: Verb['options'] = Object.assign({}, ...exporters.map((e) => e.options));

export const exportVerb = defineVerb({
  name: 'export',
  summary: `export content in another format (${exporters.map((e) => e.format).join(', ')})`,
  args: '<format>',
  minPositionals: 1,
  maxPositionals: 1,
  options: {...exporterOptions, ...COMMON},
  async run(ctx) {
    const {values, positionals, io} = ctx;
    const format = positionals[0]!;
    const exporter = exporters.find((e) => e.format === format);
    if (!exporter) throw new UsageError(`unknown format "${format}". Valid formats: ${exporters.map((e) => e.format).join(', ')}`);
    for (const name of Object.keys(exporterOptions)) {
      if (values[name] !== undefined && !(name in exporter.options)) throw new UsageError(`--${name} does not apply to ${format}`);
    }
    const result = await exporter.run(ctx);
    const problems = sortProblems(result.problems);
    // Standard output carries the export; problems go to standard error.
    if (problems.length) io.err(formatText(problems));
    if (hasErrors(problems) || result.output === undefined) {
      io.err(`not exported: ${format}\n`);
      return EXIT.problems;
    }
    const out = values.out as string | undefined;
    if (out === undefined) {
      io.out(result.output);
    } else {
      const abs = path.resolve(io.cwd, out);
      mkdirSync(path.dirname(abs), {recursive: true});
      writeFileSync(abs, result.output, 'utf8');
      io.err(`wrote ${out} (${Buffer.byteLength(result.output, 'utf8')} bytes)\n`);
    }
    return EXIT.ok;
  },
});
