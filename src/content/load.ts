import {existsSync, readdirSync, type Dirent} from 'node:fs';
import path from 'node:path';
import {KEBAB_ID} from '../schemas/primitives';
import {checkPrefixes, checkReviewHistory, type VersionSlot} from './checks/history';
import {indexLenses} from './checks/lens-index';
import {checkErrata} from './checks/errata';
import {checkLock} from './checks/lock';
import {checkVersion} from './checks/version';
import {errataSchema, type Erratum} from '../schemas/errata';
import {redirectsSchema, type Redirect} from '../schemas/redirects';
import {readLock} from './lock';
import {parseWithSchema} from './schema-problems';
import {readSource} from './source';
import {parseYaml, type ParsedYaml} from './yaml';
import type * as z from 'zod';
import {buildFindingRecords, latestPublished} from './derive';
import {loadLensFile} from './load-lens';
import {loadReviewVersion, type LoadedVersion, type VersionFile} from './load-review';
import {problem, sortProblems, type Problem} from './problem';
import type {Corpus, LensEntry, ReviewEntry} from './types';

export interface LoadResult {
  corpus: Corpus;
  /** Every problem found, sorted by file and position. The corpus holds only what parsed. */
  problems: Problem[];
}

const VERSION_FILE = /^v([1-9]\d*)\.md$/;
/** Files a review folder may hold besides its versions. */
const REVIEW_FOLDER_FILES = new Set(['errata.yaml']);
/** Files reviews/ may hold besides review folders. */
const REVIEWS_ROOT_FILES = new Set(['README.md', 'versions.lock']);

/**
 * The loader: reads `<root>/reviews/` and `<root>/lenses/`, validates every file and the rules across files, and
 * returns the typed corpus with its derived facts. The CLI and the site build both call it, so they cannot
 * disagree. It never throws for bad content; a throw is a bug.
 */
export function loadCorpus({root, preloaded}: {root: string; preloaded?: ReadonlyMap<string, LoadedVersion>}): LoadResult {
  const problems: Problem[] = [];
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');

  // Lenses first: reviews cite them.
  const lenses: LensEntry[] = [];
  // Lens files that did not validate, by file name (a lens id equals it): their own problems say why, and references
  // to them are not reported again as unknown.
  const invalidLenses = new Set<string>();
  const lensDir = path.join(root, 'lenses');
  for (const abs of lensFiles(lensDir, problems, rel)) {
    const loaded = loadLensFile(abs, rel(abs));
    problems.push(...loaded.problems);
    if (!loaded.entry) invalidLenses.add(path.basename(abs).replace(/\.yaml$/, ''));
    if (loaded.entry) {
      const dup = lenses.find((l) => l.data.id === loaded.entry!.data.id);
      if (dup) problems.push(problem('lens/duplicate-id', {file: loaded.entry.file, line: 1, column: 1, path: 'id'}, `lens id "${dup.data.id}" is also used by ${dup.file}`));
      else lenses.push(loaded.entry);
    }
  }
  lenses.sort((a, b) => a.data.id.localeCompare(b.data.id));
  const lensIndex = indexLenses(lenses);

  // Reviews
  const reviews: ReviewEntry[] = [];
  const firsts: Array<{id: string; first: VersionSlot | undefined}> = [];
  const unparsed = new Set<string>();
  const reviewsDir = path.join(root, 'reviews');
  for (const dirent of listDir(reviewsDir, problems, rel)) {
    const abs = path.join(reviewsDir, dirent.name);
    if (!dirent.isDirectory()) {
      if (REVIEWS_ROOT_FILES.has(dirent.name)) continue;
      problems.push(unexpected(rel(abs), dirent.name, 'reviews/ holds one folder per review (and README.md, versions.lock)'));
      continue;
    }
    if (!KEBAB_ID.test(dirent.name)) {
      problems.push(problem('file/unexpected', {file: rel(abs)}, `review folder "${dirent.name}" is not a kebab-case id (a-z, 0-9 and single hyphens); the folder name is the review id and a URL segment`));
      continue;
    }
    const slots: VersionSlot[] = [];
    for (const f of listDir(abs, problems, rel)) {
      const fileAbs = path.join(abs, f.name);
      const m = VERSION_FILE.exec(f.name);
      if ((f.isFile() || f.isSymbolicLink()) && m) {
        const version = Number(m[1]);
        // `preloaded`: the same function's results computed in worker threads (load-parallel.ts).
        const loaded = preloaded?.get(fileAbs) ?? loadReviewVersion({absPath: fileAbs, file: rel(fileAbs), reviewId: dirent.name, version});
        problems.push(...loaded.problems);
        if (loaded.entry) problems.push(...checkVersion({...loaded, entry: loaded.entry}, {root, lenses: lensIndex, invalidLenses}));
        slots.push({version, file: rel(fileAbs), loaded});
      } else if (!(f.isFile() && REVIEW_FOLDER_FILES.has(f.name))) {
        problems.push(unexpected(rel(fileAbs), f.name, `a review folder holds v<N>.md files (v1.md, v2.md, ...) and errata.yaml`));
      }
    }
    problems.push(...checkReviewHistory({reviewId: dirent.name, reviewDir: rel(abs), slots}));
    slots.sort((a, b) => a.version - b.version);
    firsts.push({id: dirent.name, first: slots[0]});
    const versions = slots.flatMap((s) => (s.loaded.entry ? [s.loaded.entry] : []));
    const failed = new Set(slots.filter((s) => !s.loaded.entry).map((s) => s.version));
    for (const n of failed) unparsed.add(`${dirent.name}/v${n}`);
    const errata = loadErrata({reviewDir: abs, versions, unparsed: failed, problems, rel});
    reviews.push({id: dirent.name, versions, latestPublished: latestPublished({versions}), errata});
  }
  problems.push(...checkPrefixes(firsts));
  const lock = readLock(root);
  problems.push(...lock.problems);
  if (lock.exists || reviews.some((r) => r.latestPublished !== undefined)) problems.push(...checkLock({reviews, entries: lock.entries, unparsed}));
  reviews.sort((a, b) => a.id.localeCompare(b.id));

  const redirects = loadRedirects({root, problems});
  return {corpus: {reviews, lenses, findings: buildFindingRecords({reviews}), redirects}, problems: sortProblems(problems)};
}

/** Small YAML files beside the content (errata, redirects): at most 256 KiB each. */
const SIDE_FILE_CAP = 256 * 1024;

/**
 * Reads an optional YAML file and validates it with a schema; problems go to `problems`. Undefined when the file
 * is absent, empty or invalid.
 */
function loadYamlFile<S extends z.ZodType>({abs, file, schema, problems}: {abs: string; file: string; schema: S; problems: Problem[]}): {data: z.output<S>; yaml: ParsedYaml} | undefined {
  if (!existsSync(abs)) return undefined;
  const source = readSource(abs, file, SIDE_FILE_CAP);
  if (!source.ok) return void problems.push(...source.problems), undefined;
  const yaml = parseYaml(source.text, {file});
  problems.push(...yaml.problems);
  if (yaml.value === undefined || yaml.value === null) return undefined;
  const parsed = parseWithSchema(schema, yaml.value, {file, yaml});
  problems.push(...parsed.problems);
  return parsed.data === undefined ? undefined : {data: parsed.data, yaml};
}

/** `redirects.yaml` at the content root, when there is one: pages that moved. */
function loadRedirects({root, problems}: {root: string; problems: Problem[]}): Redirect[] {
  return loadYamlFile({abs: path.join(root, 'redirects.yaml'), file: 'redirects.yaml', schema: redirectsSchema, problems})?.data ?? [];
}

/**
 * The review version files loadCorpus reads, found the same way (problems with folders are left to loadCorpus), so
 * they can be read ahead of it, in parallel.
 */
export function versionFiles(root: string): VersionFile[] {
  const ignored: Problem[] = [];
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');
  const reviewsDir = path.join(root, 'reviews');
  const out: VersionFile[] = [];
  for (const dirent of listDir(reviewsDir, ignored, rel)) {
    if (!dirent.isDirectory() || !KEBAB_ID.test(dirent.name)) continue;
    const abs = path.join(reviewsDir, dirent.name);
    for (const f of listDir(abs, ignored, rel)) {
      const m = VERSION_FILE.exec(f.name);
      if ((f.isFile() || f.isSymbolicLink()) && m) out.push({absPath: path.join(abs, f.name), file: rel(path.join(abs, f.name)), reviewId: dirent.name, version: Number(m[1])});
    }
  }
  return out;
}

/** `reviews/<id>/errata.yaml`, when there is one: dated corrections of published versions. */
function loadErrata({reviewDir, versions, unparsed, problems, rel}: {reviewDir: string; versions: ReviewEntry['versions']; unparsed: ReadonlySet<number>; problems: Problem[]; rel: (abs: string) => string}): Erratum[] {
  const abs = path.join(reviewDir, 'errata.yaml');
  const file = rel(abs);
  const loaded = loadYamlFile({abs, file, schema: errataSchema, problems});
  if (!loaded) return [];
  problems.push(...checkErrata({errata: loaded.data, versions, unparsed, file, yaml: loaded.yaml}));
  return loaded.data;
}

/** A lens file is `<id>.yaml`; the export and the docs look for that name only, so a `.yml` one would half work. */
function ymlLens(file: string, name: string): Problem {
  return problem('file/unexpected', {file}, `${name}: lens files end in .yaml`, {suggestion: `rename it to ${name.replace(/\.yml$/, '.yaml')}`});
}

function unexpected(file: string, name: string, what: string): Problem {
  if (/\.mdx$/i.test(name)) {
    return problem('file/mdx-refused', {file}, `${name}: reviews are plain Markdown; MDX can run code in readers' browsers and is refused`, {suggestion: `rename it to ${name.replace(/\.mdx$/i, '.md')} and remove any JSX`});
  }
  const hint = /^v0*\d+\.md$/i.test(name) || /^V\d+\.md$/.test(name) ? ` (version files are named v1.md, v2.md, ... without leading zeros)` : '';
  return problem('file/unexpected', {file}, `unexpected ${name}: ${what}${hint}`);
}

/** Entries of a folder, sorted; a missing folder is empty, an unreadable one a problem. */
function listDir(dir: string, problems: Problem[], rel: (abs: string) => string): Dirent[] {
  try {
    return readdirSync(dir, {withFileTypes: true})
      .filter((d) => !d.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') problems.push(problem('file/unreadable', {file: rel(dir)}, `cannot read the folder: ${code ?? (error as Error).message}`));
    return [];
  }
}

/** Lens files of our format: `lenses/*.yaml` and `lenses/imported/*.yaml`. Other files (README, JSON) are not lenses. */
function lensFiles(dir: string, problems: Problem[], rel: (abs: string) => string): string[] {
  const out: string[] = [];
  for (const d of listDir(dir, problems, rel)) {
    const abs = path.join(dir, d.name);
    if (d.isFile() && /\.yaml$/.test(d.name)) out.push(abs);
    else if (d.isFile() && /\.yml$/.test(d.name)) problems.push(ymlLens(rel(abs), d.name));
    else if (d.isDirectory() && d.name === 'imported') {
      for (const f of listDir(abs, problems, rel)) {
        if (f.isFile() && /\.yaml$/.test(f.name)) out.push(path.join(abs, f.name));
        else if (f.isFile() && /\.yml$/.test(f.name)) problems.push(ymlLens(rel(path.join(abs, f.name)), f.name));
      }
    }
  }
  return out;
}
