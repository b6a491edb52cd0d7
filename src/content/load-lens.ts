import path from 'node:path';
import {checkLensToolFormat} from '../lens/check-lens';
import {lensSchema, type Lens} from '../schemas/lens';
import {problem, type Problem} from './problem';
import {parseWithSchema} from './schema-problems';
import {LENS_SIZE_CAP, readSource} from './source';
import type {LensEntry} from './types';
import {parseYaml, where, type ParsedYaml} from './yaml';

export interface LoadedLens {
  entry: LensEntry | undefined;
  yaml: ParsedYaml | undefined;
  problems: Problem[];
}

/** Reads and validates one lens file of our format (`lenses/<id>.yaml`). */
export function loadLensFile(absPath: string, file: string): LoadedLens {
  const source = readSource(absPath, file, LENS_SIZE_CAP);
  if (!source.ok) return {entry: undefined, yaml: undefined, problems: source.problems};
  const yaml = parseYaml(source.text, {file});
  if (yaml.value === undefined) return {entry: undefined, yaml, problems: yaml.problems};
  if (typeof yaml.value !== 'object' || yaml.value === null || Array.isArray(yaml.value)) {
    return {entry: undefined, yaml, problems: [...yaml.problems, problem('yaml/not-a-mapping', {file, line: 1, column: 1}, 'a lens file is a mapping with id, name, kind, pillars, ...')]};
  }
  const parsed = parseWithSchema(lensSchema, yaml.value, {file, yaml});
  const problems = [...yaml.problems, ...parsed.problems];
  if (!parsed.data) return {entry: undefined, yaml, problems};
  problems.push(...checkLens(parsed.data, file, yaml));
  return {entry: {file, data: parsed.data}, yaml, problems};
}

/** Rules of a lens that need more than one field: unique ids, file name, version order, the Tool's format. */
export function checkLens(lens: Lens, file: string, yaml: Pick<ParsedYaml, 'locate'>): Problem[] {
  const problems: Problem[] = [];
  const at = (p: PropertyKey[]) => where(file, yaml, p);
  const stem = path.basename(file).replace(/\.ya?ml$/, '');
  if (lens.id !== stem) problems.push(problem('lens/file-name', at(['id']), `the lens id "${lens.id}" must equal the file name "${stem}"`, {suggestion: `rename the file to ${lens.id}.yaml or set id: ${stem}`}));
  const pillarIds = new Set<string>();
  const questionIds = new Map<string, number[]>();
  lens.pillars.forEach((p, pi) => {
    if (pillarIds.has(p.id)) problems.push(problem('lens/duplicate-id', at(['pillars', pi, 'id']), `pillar id "${p.id}" is used twice`));
    pillarIds.add(p.id);
    p.questions.forEach((q, qi) => {
      const seen = questionIds.get(q.id);
      if (seen) problems.push(problem('lens/duplicate-id', at(['pillars', pi, 'questions', qi, 'id']), `question id "${q.id}" is already used in pillar "${lens.pillars[seen[0]!]!.id}"; question ids are unique in a lens`));
      else questionIds.set(q.id, [pi, qi]);
      const choiceIds = new Set<string>();
      q.choices?.forEach((c, ci) => {
        if (choiceIds.has(c.id)) problems.push(problem('lens/duplicate-id', at(['pillars', pi, 'questions', qi, 'choices', ci, 'id']), `choice id "${c.id}" is used twice in question ${q.id}`));
        choiceIds.add(c.id);
      });
      if (q.added !== undefined && q.added < lens.published) {
        problems.push(problem('lens/version-order', at(['pillars', pi, 'questions', qi, 'added']), `question ${q.id} is dated ${q.added}, before the lens was published (${lens.published})`));
      }
    });
  });
  let previous = '';
  lens.versions.forEach((v, vi) => {
    if (vi === 0 && v.date < lens.published) problems.push(problem('lens/version-order', at(['versions', vi, 'date']), `the first version is dated ${v.date}, before the lens was published (${lens.published})`));
    if (v.date < previous) problems.push(problem('lens/version-order', at(['versions', vi, 'date']), `version ${v.version} is dated ${v.date}, before the version listed above it (${previous}); list versions oldest first`));
    previous = v.date;
    if (lens.versions.findIndex((x) => x.version === v.version) !== vi) problems.push(problem('lens/duplicate-id', at(['versions', vi, 'version']), `version "${v.version}" is listed twice`));
  });
  // The Well-Architected Tool's format: risk-rule conditions, one `default`, improvement plans, limits (src/lens).
  problems.push(...checkLensToolFormat({lens, file, yaml}));
  return problems;
}
