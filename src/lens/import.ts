import {createHash} from 'node:crypto';
import {isDeepStrictEqual} from 'node:util';
import {Document} from 'yaml';
import {checkLens} from '../content/load-lens';
import {formatPath, hasErrors, problem, type Problem} from '../content/problem';
import {parseWithSchema} from '../content/schema-problems';
import {decodeSource, LENS_SIZE_CAP} from '../content/source';
import {parseYaml} from '../content/yaml';
import {LENS_NAMESPACE} from '../schemas/primitives';
import {lensSchema, type Lens, type LensInput} from '../schemas/lens';
import {checkToolLens} from './check';
import {parseJson} from './json';
import {splitToolData, type SetAside} from './tool-data';

/** Largest file `import-lens` reads: far above the Tool's 500 KB, so an oversized lens is reported, not refused unread. */
export const IMPORT_READ_CAP = 4 * 1024 * 1024;

/** Where imported lenses live, relative to the content root; the loader reads them from there. */
export const importedLensFile = (id: string): string => `lenses/imported/${id}.yaml`;

export interface ImportLensOptions {
  /** The bytes of the JSON file. */
  bytes: Uint8Array;
  /** The file as problems name it (as given on the command line). */
  file: string;
  /** Lens id in this site; by default derived from the lens name. */
  id?: string;
  publisher?: string;
  /** First publication date (YYYY-MM-DD); by default `today`. */
  published?: string;
  /** The version label reviews will cite; by default "1.0". */
  version?: string;
  /** Refuse the lens when it breaks any rule of the Tool's format. */
  strict?: boolean;
  /** Today's date (YYYY-MM-DD), given so that results are reproducible. */
  today: string;
}

export interface ImportLensResult {
  /** The lens as our format holds it; undefined when the file is refused. */
  lens: Lens | undefined;
  /** The text of lenses/imported/<id>.yaml; undefined when the file is refused. */
  yaml: string | undefined;
  problems: Problem[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A lens id (kebab-case, starting with a letter, at most 63 characters) from a lens name. */
export function lensIdFromName(name: string): string | undefined {
  let slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (/^[0-9]/.test(slug)) slug = `lens-${slug}`;
  if (slug.length > 63) slug = slug.slice(0, 63).replace(/-[^-]*$/, '');
  return LENS_NAMESPACE.test(slug) ? slug : undefined;
}

/**
 * Imports a custom lens of the Well-Architected Tool (its JSON) into our lens format, keeping its data unchanged.
 *
 * Refused, with located errors: a file that is not strict JSON, or not a lens (not an object with a `pillars`
 * list, values of the wrong type), or that our format cannot hold (its ids, lengths and link schemes are part of our
 * format too). Kept, with one warning per violation: everything else that breaks a rule of the Tool's format
 * (questions without a `default` rule, empty urls, keys the format does not define, which are set aside under
 * `toolImport.extras`). `strict` turns those warnings into errors. Never throws for bad input.
 */
export function importToolLens(options: ImportLensOptions): ImportLensResult {
  const {bytes, file, today} = options;
  const refuse = (problems: Problem[]): ImportLensResult => ({lens: undefined, yaml: undefined, problems});
  const source = decodeSource(bytes, file, IMPORT_READ_CAP);
  if (!source.ok) return refuse(source.problems);
  const json = parseJson(source.text, {file});
  if (json.value === undefined) return refuse(json.problems);
  const value = json.value;
  const at = (path: PropertyKey[], key = false) => ({file, ...json.locate(path, {key}), path: formatPath(path)});
  if (!isRecord(value)) {
    return refuse([problem('schema/type', at([]), `expected a custom lens: a JSON object with schemaVersion, name, description and pillars, got ${Array.isArray(value) ? 'a list' : typeof value}`)]);
  }
  if (!Array.isArray(value.pillars)) {
    const missing = value.pillars === undefined;
    return refuse([
      problem(missing ? 'schema/required' : 'schema/type', at(missing ? [] : ['pillars']), missing ? 'not a custom lens: it has no "pillars" list' : 'not a custom lens: "pillars" is not a list', {
        suggestion: 'a custom lens has schemaVersion, name, description and pillars[] of questions[] of choices[] and riskRules[]',
      }),
    ]);
  }

  const toolProblems = checkToolLens({data: value, target: {file, locate: json.locate}, severity: options.strict ? 'error' : 'warning', bytes: bytes.length});

  const split = splitToolData({value, level: 'lens', order: 'source'});
  const data = split.data as Record<string, unknown>;
  const extras: SetAside[] = [...split.extras];
  const schemaVersion = data.schemaVersion;
  if (schemaVersion !== undefined && typeof schemaVersion !== 'string') extras.unshift({pointer: '/schemaVersion', value: schemaVersion});

  const id = options.id ?? (typeof data.name === 'string' ? lensIdFromName(data.name) : undefined);
  if (id === undefined) {
    return refuse([...toolProblems, problem('schema/format', at(['name']), 'cannot derive a lens id from the lens name', {suggestion: 'pass --id <kebab-case-id>'})]);
  }
  const published = options.published ?? today;
  const input: LensInput = {
    id,
    name: data.name as string,
    kind: 'imported',
    publisher: options.publisher ?? 'Unknown (imported custom lens)',
    ...(data.description !== undefined ? {description: data.description as string} : {}),
    published,
    versions: [{version: options.version ?? '1.0', date: published}],
    pillars: data.pillars as LensInput['pillars'],
    toolImport: {
      file: file.split(/[\\/]/).pop()!,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      importedOn: today,
      ...(typeof schemaVersion === 'string' ? {schemaVersion} : {}),
      ...(extras.length ? {extras: extras as Array<{pointer: string; value: never}>} : {}),
    },
  };

  // What our format cannot hold is refused: these are the loader's own errors, located in the JSON.
  const held = parseWithSchema(lensSchema, input, {file, yaml: json});
  const holdErrors = held.data
    ? checkLens(held.data, importedLensFile(id), json)
        .filter((p) => p.severity === 'error' && !p.rule.startsWith('wa-lens/'))
        .map((p) => ({...p, file}))
    : held.problems;
  const errorPaths = new Set(toolProblems.filter((p) => p.severity === 'error').map((p) => p.path));
  const heldPaths = new Set(holdErrors.map((p) => p.path));
  const problems = [
    ...toolProblems.filter((p) => p.severity === 'error' || !heldPaths.has(p.path)),
    ...holdErrors.filter((p) => !errorPaths.has(p.path)),
  ];
  if (hasErrors(problems) || !held.data) return refuse(problems);

  const yaml = lensYaml({input, source: input.toolImport!.file, today});
  if (Buffer.byteLength(yaml, 'utf8') > LENS_SIZE_CAP) {
    return refuse([...problems, problem('file/too-large', {file}, `as a lens file it would be ${Buffer.byteLength(yaml, 'utf8')} bytes, over the cap of ${LENS_SIZE_CAP} bytes`)]);
  }
  return {lens: held.data, yaml, problems};
}

/** The lens file's text; read back with the loader's own parser to prove that nothing changed on the way. */
function lensYaml({input, source, today}: {input: LensInput; source: string; today: string}): string {
  const doc = new Document(input, {version: '1.2', schema: 'core'});
  doc.commentBefore = [
    ` Imported from ${source} by \`wa-review import-lens\` on ${today}. The Tool's data is kept as it was;`,
    ' keys its format does not define are set aside under toolImport.extras. Re-import rather than edit.',
  ].join('\n');
  const text = doc.toString({lineWidth: 0, minContentWidth: 0});
  const back = parseYaml(text.replace(/\r\n?/g, '\n'), {file: source});
  if (back.problems.length || !isDeepStrictEqual(back.value, JSON.parse(JSON.stringify(input)))) {
    throw new Error(`unexpected: the lens file written for ${source} does not read back as the imported data`);
  }
  return text;
}
