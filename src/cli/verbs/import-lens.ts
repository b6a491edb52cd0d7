import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {hasErrors, problem, sortProblems, type Problem} from '../../content/problem';
import {REPORT_FORMATS, formatProblems, summary, type ReportFormat} from '../../content/report';
import {isoDate, LENS_NAMESPACE} from '../../schemas/primitives';
import {importedLensFile, importToolLens} from '../../lens/import';
import {UsageError} from '../cli';
import {EXIT} from '../exit-codes';
import {defineVerb} from '../verb';

export const importLensVerb = defineVerb({
  name: 'import-lens',
  summary: 'import a Well-Architected Tool custom lens (JSON) into lenses/imported/<id>.yaml, keeping its data',
  args: '<file.json>',
  minPositionals: 1,
  maxPositionals: 1,
  options: {
    strict: {type: 'boolean', description: 'refuse the lens when it breaks any rule of the Tool\'s format'},
    id: {type: 'string', description: 'lens id in this site (default: from the lens name)', valueName: 'ID'},
    publisher: {type: 'string', description: 'who publishes the lens', valueName: 'NAME'},
    published: {type: 'string', description: 'first publication date, YYYY-MM-DD (default: today)', valueName: 'DATE'},
    'lens-version': {type: 'string', description: 'the version label reviews cite (default: 1.0)', valueName: 'VERSION'},
    force: {type: 'boolean', description: 'replace lenses/imported/<id>.yaml if it exists'},
    format: {type: 'string', description: 'text (default), json (a list of problems) or github (annotations)', choices: REPORT_FORMATS},
  },
  async run({values, positionals, root, io}) {
    const given = positionals[0]!;
    const id = values.id as string | undefined;
    if (id !== undefined && !LENS_NAMESPACE.test(id)) throw new UsageError(`--id ${id}: expected a kebab-case lens id starting with a letter, like saas-business`);
    const published = values.published as string | undefined;
    if (published !== undefined && !isoDate().safeParse(published).success) throw new UsageError(`--published ${published}: expected a date written YYYY-MM-DD`);
    const version = values['lens-version'] as string | undefined;
    if (version !== undefined && (version.length < 1 || version.length > 32)) throw new UsageError('--lens-version: 1 to 32 characters');
    const format = (values.format as ReportFormat | undefined) ?? 'text';

    const report = (problems: Problem[]): void => io.out(formatProblems(sortProblems(problems), format));
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.resolve(io.cwd, given));
    } catch (error) {
      report([problem('file/unreadable', {file: given}, `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)]);
      return EXIT.problems;
    }
    const today = new Date().toISOString().slice(0, 10);
    const result = importToolLens({
      bytes,
      file: given,
      today,
      strict: values.strict === true,
      ...(id !== undefined ? {id} : {}),
      ...(values.publisher !== undefined ? {publisher: values.publisher as string} : {}),
      ...(published !== undefined ? {published} : {}),
      ...(version !== undefined ? {version} : {}),
    });
    if (!result.lens || result.yaml === undefined || hasErrors(result.problems)) {
      report(result.problems);
      if (format === 'text') io.err(`not imported: ${summary(result.problems)}${values.strict ? ' (--strict)' : ''}\n`);
      return EXIT.problems;
    }
    const target = importedLensFile(result.lens.id);
    const abs = path.join(root, target);
    const taken = lensFileIds(path.join(root, 'lenses')).get(result.lens.id);
    if (taken !== undefined && taken !== target) throw new UsageError(`the id "${result.lens.id}" is already used by ${taken}; pass --id with another id`);
    if (existsSync(abs) && values.force !== true) throw new UsageError(`${target} exists; pass --force to replace it (reviews citing its versions must then still find them)`);
    mkdirSync(path.dirname(abs), {recursive: true});
    writeFileSync(abs, result.yaml, 'utf8');
    report(result.problems);
    if (format === 'text') {
      const questions = result.lens.pillars.reduce((n, p) => n + p.questions.length, 0);
      const choices = result.lens.pillars.reduce((n, p) => n + p.questions.reduce((m, q) => m + (q.choices?.length ?? 0), 0), 0);
      io.err(`wrote ${target}: ${result.lens.pillars.length} pillars, ${questions} questions, ${choices} choices; ${summary(result.problems)}\n`);
    }
    return EXIT.ok;
  },
});

/** Lens ids taken by files in lenses/ and lenses/imported/ (a lens id equals its file name). */
function lensFileIds(dir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const sub of ['', 'imported']) {
    let names: string[] = [];
    try {
      names = readdirSync(path.join(dir, sub));
    } catch {
      continue;
    }
    for (const name of names) {
      const stem = name.replace(/\.ya?ml$/, '');
      if (stem !== name && !ids.has(stem)) ids.set(stem, `lenses/${sub ? `${sub}/` : ''}${name}`);
    }
  }
  return ids;
}
