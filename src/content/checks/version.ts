import {existsSync} from 'node:fs';
import path from 'node:path';
import {splitLensRef} from '../../schemas/lens-ref';
import {didYouMean} from '../did-you-mean';
import {isEnded} from '../derive';
import {evaluateFormula, matchesStated} from '../formula';
import type {LoadedVersion} from '../load-review';
import {problem, type Problem} from '../problem';
import type {ReviewVersionEntry} from '../types';
import {where} from '../yaml';
import type {IndexedLens} from './lens-index';

export interface VersionCheckContext {
  /** The content root: reviews/, lenses/, evidence/ and docs/ live here. */
  root: string;
  lenses: ReadonlyMap<string, IndexedLens>;
  /** Ids of lens files that exist but did not validate: references to them are not checked. */
  invalidLenses: ReadonlySet<string>;
}

/** Rules of one version that need more than its schema: ids, references to lenses, evidence and pages. */
export function checkVersion(loaded: LoadedVersion & {entry: ReviewVersionEntry}, ctx: VersionCheckContext): Problem[] {
  const {entry, sources} = loaded;
  const yaml = loaded.yaml!;
  const {file, data} = entry;
  const at = (p: PropertyKey[], key = false) => where(file, yaml, p, {key});
  const problems: Problem[] = [];
  const ids = new Set(data.findings.map((f) => f.id));

  // Findings
  const seen = new Map<string, number>();
  data.findings.forEach((f, i) => {
    if (!f.id.startsWith(`${data.idPrefix}-`)) {
      problems.push(problem('finding/id-prefix', at(['findings', i, 'id']), `${f.id} does not start with this review's idPrefix "${data.idPrefix}-"`, {suggestion: `${data.idPrefix}-${f.id.split('-')[1]}`}));
    }
    const first = seen.get(f.id);
    if (first !== undefined) problems.push(problem('finding/duplicate-id', at(['findings', i, 'id']), `${f.id} is already used by findings[${first}]; every finding has its own id (wa-review next-id ${data.review})`));
    else seen.set(f.id, i);
    f.replacedBy?.forEach((succ, j) => {
      if (!ids.has(succ)) problems.push(problem('finding/replaced-by-unknown', at(['findings', i, 'replacedBy', j]), `${succ} is not a finding of this version; a successor must be listed beside the finding it replaces`));
      else if (isEnded(data.findings.find((x) => x.id === succ)!)) problems.push(problem('finding/replaced-by-unknown', at(['findings', i, 'replacedBy', j]), `${succ} ends in this version too; a successor must live on`));
    });
    if (f.status === 'accepted' && f.acceptance && f.acceptance.until < data.date) {
      problems.push(problem('finding/acceptance-expired', at(['findings', i, 'acceptance', 'until']), `the acceptance of ${f.id} expired on ${f.acceptance.until}, before this version (${data.date}); renew it, resolve the finding or reopen it`));
    }
    if (data.subject.kind === 'reference-design') {
      f.locations.forEach((loc, j) => {
        if (!existsSync(path.join(ctx.root, loc.path))) problems.push(problem('finding/location-missing', at(['findings', i, 'locations', j, 'path']), `${loc.path} does not exist in this project; a reference design's locations are its pages`));
      });
    }
    f.lensRefs.forEach((ref, j) => problems.push(...checkLensRef(ref, () => at(['findings', i, 'lensRefs', j]), data.date, data.lenses, ctx)));
  });

  // Lenses the version answers to
  data.lenses.forEach((l, i) => {
    const lens = ctx.lenses.get(l.id);
    if (!lens) {
      if (ctx.invalidLenses.has(l.id)) return;
      const guess = didYouMean(l.id, [...ctx.lenses.keys()]);
      problems.push(problem('lens/unknown-lens', at(['lenses', i, 'id']), `no lens "${l.id}" in lenses/. Valid lens ids: ${[...ctx.lenses.keys()].join(', ')}`, guess ? {suggestion: `did you mean "${guess}"?`} : {}));
      return;
    }
    const date = lens.versions.get(l.version);
    if (date === undefined) {
      problems.push(problem('lens/unknown-version', at(['lenses', i, 'version']), `lens ${l.id} has no version "${l.version}". Valid versions: ${[...lens.versions.keys()].join(', ')}`));
    } else if (date > data.date) {
      problems.push(problem('lens/not-yet-published', at(['lenses', i, 'version']), `lens ${l.id} version ${l.version} was published on ${date}, after this version's date ${data.date}`));
    }
    if (data.lenses.findIndex((x) => x.id === l.id) !== i) problems.push(problem('lens/duplicate-id', at(['lenses', i, 'id']), `lens ${l.id} is listed twice`));
  });

  // Metrics
  const metricIds = new Map<string, number>();
  data.metrics.forEach((m, i) => {
    if (metricIds.has(m.id)) problems.push(problem('metric/duplicate-id', at(['metrics', i, 'id']), `metric id "${m.id}" is already used by metrics[${metricIds.get(m.id)}]`));
    else metricIds.set(m.id, i);
    if (m.basis === 'measured' && m.evidence && !evidenceExists(ctx.root, m.evidence)) {
      problems.push(problem('metric/unknown-evidence', at(['metrics', i, 'evidence']), `no evidence spec "${m.evidence}" in evidence/ (expected evidence/${m.evidence}.yaml or evidence/${m.evidence}/)`));
    }
    if (m.basis === 'modeled' && m.formula && m.inputs) {
      const inputs = Object.fromEntries(m.inputs.map((x) => [x.name, x.value]));
      const result = evaluateFormula(m.formula, inputs);
      if (!result.ok) problems.push(problem('metric/formula', at(['metrics', i, 'formula']), `formula of ${m.id}: ${result.error}`));
      else if (!matchesStated(m.value, result.value)) {
        problems.push(problem('metric/formula', at(['metrics', i, 'value']), `${m.id} is ${m.value} but its formula gives ${round(result.value)}`, {suggestion: `value: ${round(result.value)}`}));
      }
      m.inputs.forEach((inp, j) => {
        if (m.inputs!.findIndex((x) => x.name === inp.name) !== j) problems.push(problem('metric/formula', at(['metrics', i, 'inputs', j, 'name']), `input "${inp.name}" is listed twice`));
      });
    }
  });

  // Trade-offs and diagrams, from the front matter and from fenced blocks
  for (const [kind, list, srcs] of [
    ['tradeoff', data.tradeoffs, sources.tradeoffs],
    ['diagram', data.diagrams, sources.diagrams],
  ] as const) {
    const firstAt = new Map<string, number>();
    list.forEach((item, i) => {
      const src = srcs[i]!;
      const here = (p: PropertyKey[]) => where(file, src.yaml, [...src.basePath, ...p]);
      if (firstAt.has(item.id)) problems.push(problem('tradeoff/duplicate-id', here(['id']), `${kind} id "${item.id}" is used twice in this version`));
      else firstAt.set(item.id, i);
      item.findings.forEach((fid, j) => {
        if (!ids.has(fid)) problems.push(problem('tradeoff/unknown-finding', here(['findings', j]), `${fid} is not a finding of this version`));
      });
    });
  }

  // Answers
  const answered = new Map<string, number>();
  data.answers?.forEach((a, i) => {
    if (answered.has(a.question)) problems.push(problem('answers/duplicate-question', at(['answers', i, 'question']), `${a.question} is already answered by answers[${answered.get(a.question)}]`));
    else answered.set(a.question, i);
    const refProblems = checkLensRef(a.question, () => at(['answers', i, 'question']), data.date, data.lenses, ctx);
    problems.push(...refProblems);
    if (refProblems.length) return;
    const ref = splitLensRef(a.question)!;
    const q = ctx.lenses.get(ref.lens)?.questions.get(ref.question);
    if (!q) return; // a lens whose file did not validate
    const check = (choice: string, p: PropertyKey[]) => {
      if (!q.choices?.has(choice)) {
        const valid = q.choices ? [...q.choices] : [];
        const guess = didYouMean(choice, valid);
        problems.push(
          problem('answers/unknown-choice', at(p), valid.length ? `${choice} is not a choice of ${a.question}. Valid choices: ${valid.join(', ')}` : `${a.question} has no choices in lenses/ (the official catalog lists questions only), so it cannot be answered by choice`, guess ? {suggestion: `did you mean "${guess}"?`} : {}),
        );
      }
    };
    a.selected.forEach((c, j) => check(c, ['answers', i, 'selected', j]));
    a.notApplicable.forEach((c, j) => check(c.choice, ['answers', i, 'notApplicable', j, 'choice']));
  });

  // Subject
  if (data.subject.kind === 'reference-design' && !existsSync(path.join(ctx.root, data.subject.page))) {
    problems.push(problem('review/subject-page-missing', at(['subject', 'page']), `${data.subject.page} does not exist; a reference design is stated on a page in docs/architectures/`));
  }
  return problems;
}

function checkLensRef(
  ref: string,
  /** Where the reference is; only asked for when there is a problem (locating a valid file costs a parse). */
  at: () => {file: string; line: number; column: number; path: string},
  date: string,
  declared: ReadonlyArray<{id: string}>,
  {lenses, invalidLenses}: Pick<VersionCheckContext, 'lenses' | 'invalidLenses'>,
): Problem[] {
  const parts = splitLensRef(ref);
  if (!parts) return []; // the schema already reported the format
  const lens = lenses.get(parts.lens);
  if (!lens) {
    if (invalidLenses.has(parts.lens)) return [];
    const guess = didYouMean(parts.lens, [...lenses.keys()]);
    return [problem('lens/unknown-lens', at(), `no lens "${parts.lens}" in lenses/. Valid lens ids: ${[...lenses.keys()].join(', ')}`, guess ? {suggestion: `did you mean "${guess}:${parts.question}"?`} : {})];
  }
  const problems: Problem[] = [];
  if (!declared.some((d) => d.id === parts.lens)) {
    problems.push(problem('lens/undeclared', at(), `${ref} cites lens ${parts.lens}, which is not in this version's \`lenses\``, {suggestion: `add \`- {id: ${parts.lens}, version: "${[...lens.versions.keys()].at(-1)}"}\` to lenses`}));
  }
  const q = lens.questions.get(parts.question);
  if (!q) {
    const guess = didYouMean(parts.question, [...lens.questions.keys()]);
    problems.push(problem('lens/unknown-question', at(), `lens ${parts.lens} has no question ${parts.question}`, guess ? {suggestion: `did you mean "${parts.lens}:${guess}"?`} : {}));
  } else if (q.published > date) {
    problems.push(problem('lens/not-yet-published', at(), `${ref} was published on ${q.published}, after this version's date ${date}; a review can only cite what existed when it was written`));
  }
  return problems;
}

function evidenceExists(root: string, id: string): boolean {
  return ['.yaml', '.yml', '.json', ''].some((ext) => existsSync(path.join(root, 'evidence', `${id}${ext}`)));
}

function round(n: number): number {
  return Number(n.toPrecision(6));
}
