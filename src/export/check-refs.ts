import {lstatSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {closest, distance} from 'fastest-levenshtein';
import {loadCorpus} from '../content/load';
import {problem, sortProblems, type Problem} from '../content/problem';
import {FINDING_ID} from '../schemas/primitives';
import {toFindingsJson} from './findings-json';
import {API_VERSION, findingsJsonSchema, type FindingsJson, type FindingsJsonEntry} from './schemas';

/**
 * `wa-review check-refs`: finds the finding ids and finding URLs that files of another repository cite, and
 * checks them against a findings.json (built from this project's content, or published). Only ids with a prefix
 * of a known review match, so `SHA-256`, `ISO-27001` or a Jira key `PLAT-1234` never do (a Jira project whose
 * key is a review prefix would: pick prefixes accordingly). A URL matches when it points into the site
 * (`<site>findings/<ID>/`, any id), or has that path with a known prefix on another host (a preview deployment);
 * it counts once. Bare ids count anywhere else, inside other URLs too.
 */

/** Files larger than this are skipped with a note: they are data, not prose that cites findings. */
export const REF_FILE_SIZE_CAP = 1024 * 1024;
/** Folders never walked into when a folder is given. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

export type RefVerdict = 'current' | 'resolved' | 'ended' | 'unknown';

export interface FoundRef {
  file: string;
  line: number;
  column: number;
  id: string;
  /** How the file cites it: a bare id or a URL of its finding page. */
  via: 'id' | 'url';
  verdict: RefVerdict;
  /** The finding, when the index has it. */
  finding?: FindingsJsonEntry;
}

export interface RefIndex {
  site: string;
  prefixes: string[];
  byId: Map<string, FindingsJsonEntry>;
  reviewByPrefix: Map<string, string>;
  /** Matches a bare id of a known prefix. */
  idPattern: RegExp | undefined;
}

export function refIndex(json: FindingsJson): RefIndex {
  const reviewByPrefix = new Map(json.reviews.map((r) => [r.idPrefix, r.id]));
  // Findings may carry a prefix whose review is not listed (a hand-made index): their prefixes count too.
  for (const f of json.findings) {
    const prefix = f.id.slice(0, f.id.lastIndexOf('-'));
    if (!reviewByPrefix.has(prefix)) reviewByPrefix.set(prefix, f.review);
  }
  const prefixes = [...reviewByPrefix.keys()].filter((p) => /^[A-Z][A-Z0-9]{1,9}$/.test(p)).sort((a, b) => b.length - a.length || a.localeCompare(b));
  return {
    site: json.site,
    prefixes,
    byId: new Map(json.findings.map((f) => [f.id, f])),
    reviewByPrefix,
    idPattern: prefixes.length ? new RegExp(`(?<![A-Za-z0-9_])(?:${prefixes.join('|')})-\\d{3,}(?![A-Za-z0-9_])`, 'g') : undefined,
  };
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`()[\]{}]+/g;
const FINDING_PATH = /\/findings\/([A-Za-z0-9]+-\d+)(?=[/?#]|$)/;

function verdictOf(f: FindingsJsonEntry | undefined): RefVerdict {
  if (!f) return 'unknown';
  if (f.ended) return 'ended';
  return f.status === 'resolved' ? 'resolved' : 'current';
}

/** Every reference in one text, in order. Pure: the file name is only copied into the results. */
export function scanText({text, file, index}: {text: string; file: string; index: RefIndex}): FoundRef[] {
  const refs: FoundRef[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((lineText, i) => {
    // Offsets of ids already counted as the id of a finding URL: a URL is one reference, not two.
    const counted = new Set<number>();
    for (const m of lineText.matchAll(URL_PATTERN)) {
      const url = m[0];
      const hit = FINDING_PATH.exec(url);
      if (!hit) continue;
      const id = hit[1]!;
      const ours = url.startsWith(index.site);
      const knownPrefix = index.prefixes.some((p) => id.startsWith(`${p}-`)) && FINDING_ID.test(id);
      if (!ours && !knownPrefix) continue;
      const offset = m.index + hit.index + '/findings/'.length;
      counted.add(offset);
      const finding = index.byId.get(id);
      refs.push({file, line: i + 1, column: offset + 1, id, via: 'url', verdict: verdictOf(finding), ...(finding ? {finding} : {})});
    }
    if (!index.idPattern) return;
    // Bare ids anywhere else, inside other URLs too (a review page's #DEMO-004 anchor cites the finding).
    for (const m of lineText.matchAll(index.idPattern)) {
      if (counted.has(m.index)) continue;
      const finding = index.byId.get(m[0]);
      refs.push({file, line: i + 1, column: m.index + 1, id: m[0], via: 'id', verdict: verdictOf(finding), ...(finding ? {finding} : {})});
    }
  });
  return refs.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The problems of the references: unknown ids are errors; resolved, retired and replaced ones warnings. */
export function refProblems(refs: readonly FoundRef[], index: RefIndex): Problem[] {
  const out: Problem[] = [];
  for (const ref of refs) {
    const at = {file: ref.file, line: ref.line, column: ref.column};
    const f = ref.finding;
    if (ref.verdict === 'unknown') {
      const prefix = ref.id.slice(0, ref.id.lastIndexOf('-'));
      const review = index.reviewByPrefix.get(prefix);
      const ids = [...index.byId.keys()].filter((id) => id.startsWith(`${prefix}-`));
      const near = ids.length ? closest(ref.id, ids) : undefined;
      const message = review
        ? `${ref.id} is not a published finding of the review ${review} (${ids.length ? `published ids run from ${ids[0]} to ${ids.at(-1)}` : 'no published findings yet'})`
        : `${ref.id} is not a published finding: no review has the prefix ${prefix} (known prefixes: ${index.prefixes.join(', ') || 'none'})`;
      const suggestion = near !== undefined && distance(ref.id, near) <= 1 ? `did you mean ${near}?` : `look the id up on ${index.site}findings/`;
      out.push(problem('refs/unknown-finding', at, message, {suggestion}));
    } else if (ref.verdict === 'ended' && f?.ended) {
      const where = `${f.review} v${f.ended.version}`;
      if (f.ended.kind === 'retired') {
        out.push(problem('refs/ended-finding', at, `${f.id} was retired in ${where}: ${f.ended.reason}`, {suggestion: `drop the reference, or say that ${f.id} no longer applies`}));
      } else {
        const later = f.successors.join(', ') !== f.ended.replacedBy.join(', ') ? `; today it is ${f.successors.join(', ') || 'gone'}` : '';
        const cite = f.successors.length ? f.successors : f.ended.replacedBy;
        out.push(problem('refs/ended-finding', at, `${f.id} was replaced by ${f.ended.replacedBy.join(', ')} in ${where}${later}`, {suggestion: `cite ${cite.join(' and ')} instead`}));
      }
    } else if (ref.verdict === 'resolved' && f) {
      out.push(problem('refs/resolved-finding', at, `${f.id} is resolved (${f.review} v${f.version}): ${f.title}`, {suggestion: `check that the text citing ${f.id} still holds now that it is resolved`}));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Files

export interface ScanFiles {
  /** Readable text files: absolute path and the path to report (relative to the working folder). */
  files: Array<{abs: string; file: string}>;
  /** Files skipped, with the reason, for a note on standard error. */
  skipped: Array<{file: string; reason: string}>;
  problems: Problem[];
}

const display = (abs: string, cwd: string) => (path.relative(cwd, abs) || '.').split(path.sep).join('/');

/** The files under the given paths (files or folders, walked recursively without .git and node_modules). */
export function listScanFiles({paths, cwd}: {paths: readonly string[]; cwd: string}): ScanFiles {
  const out: ScanFiles = {files: [], skipped: [], problems: []};
  const seen = new Set<string>();
  const add = (abs: string) => {
    if (!seen.has(abs)) (seen.add(abs), out.files.push({abs, file: display(abs, cwd)}));
  };
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      out.problems.push(problem('file/unreadable', {file: display(dir, cwd)}, `cannot read the folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
      return;
    }
    for (const d of entries) {
      const abs = path.join(dir, d.name);
      if (d.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(d.name)) walk(abs);
      } else if (d.isFile()) {
        add(abs);
      } else if (d.isSymbolicLink()) {
        // Linked files are read; linked folders are not walked (a link can loop).
        try {
          if (statSync(abs).isFile()) add(abs);
          else out.skipped.push({file: display(abs, cwd), reason: 'a link to a folder'});
        } catch {
          out.skipped.push({file: display(abs, cwd), reason: 'a broken link'});
        }
      }
    }
  };
  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    let stat;
    try {
      stat = lstatSync(abs).isSymbolicLink() ? statSync(abs) : lstatSync(abs);
    } catch (error) {
      out.problems.push(problem('file/unreadable', {file: given}, `cannot read ${given}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`));
      continue;
    }
    if (stat.isDirectory()) walk(abs);
    else add(abs);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', {fatal: true});

/** The text of a file to scan, or why it is skipped: over the size cap, binary (a NUL byte), or not UTF-8. */
export function readScanText(abs: string, cap = REF_FILE_SIZE_CAP): {text: string} | {skip: string} | {error: string} {
  let bytes: Buffer;
  try {
    const size = statSync(abs).size;
    if (size > cap) return {skip: `over the size cap (${size} bytes; the cap is ${cap})`};
    bytes = readFileSync(abs);
  } catch (error) {
    return {error: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`};
  }
  if (bytes.subarray(0, 8000).includes(0)) return {skip: 'binary'};
  try {
    return {text: utf8.decode(bytes).replace(/^\uFEFF/, '')};
  } catch {
    return {skip: 'not UTF-8 text'};
  }
}

export interface CheckRefsResult {
  refs: FoundRef[];
  problems: Problem[];
  skipped: Array<{file: string; reason: string}>;
  filesScanned: number;
}

/** Scans the paths against the index. Reading files is its only side effect. */
export function checkRefs({paths, cwd, index, cap = REF_FILE_SIZE_CAP}: {paths: readonly string[]; cwd: string; index: RefIndex; cap?: number}): CheckRefsResult {
  const listed = listScanFiles({paths, cwd});
  const refs: FoundRef[] = [];
  const problems = [...listed.problems];
  const skipped = [...listed.skipped];
  let filesScanned = 0;
  for (const {abs, file} of listed.files) {
    const read = readScanText(abs, cap);
    if ('error' in read) problems.push(problem('file/unreadable', {file}, read.error));
    else if ('skip' in read) skipped.push({file, reason: read.skip});
    else {
      filesScanned += 1;
      refs.push(...scanText({text: read.text, file, index}));
    }
  }
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  return {refs, problems: sortProblems([...problems, ...refProblems(refs, index)]), skipped, filesScanned};
}

// ---------------------------------------------------------------------------------------------------------------
// The index: a findings.json from a file, a URL or this project's content

export type IndexResult = {index: FindingsJson; problems: Problem[]} | {index: undefined; problems: Problem[]};

/** Parses and checks a findings.json; `source` names it in problems (a path or a URL). */
export function parseIndex(text: string, source: string): IndexResult {
  const bad = (message: string): IndexResult => ({index: undefined, problems: [problem('refs/bad-index', {file: source}, message, {suggestion: 'pass the findings.json the site publishes at /api/v1/findings.json'})]});
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return bad(`not JSON: ${(error as Error).message}`);
  }
  const version = (value as {apiVersion?: unknown} | null)?.apiVersion;
  if (version !== API_VERSION) return bad(`expected a findings.json with apiVersion ${API_VERSION}, got ${JSON.stringify(version ?? null)}; this wa-review reads apiVersion ${API_VERSION}`);
  const parsed = findingsJsonSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return bad(`not a findings.json: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return {index: parsed.data, problems: []};
}

export function readIndexFile(file: string, cwd: string): IndexResult {
  try {
    return parseIndex(readFileSync(path.resolve(cwd, file), 'utf8'), file);
  } catch (error) {
    return {index: undefined, problems: [problem('refs/bad-index', {file}, `cannot read the index: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)]};
  }
}

/** Fetches a published findings.json over http(s) with Node's fetch. */
export async function fetchIndex(url: string, {timeoutMs = 30_000}: {timeoutMs?: number} = {}): Promise<IndexResult> {
  let text: string;
  try {
    const response = await fetch(url, {signal: AbortSignal.timeout(timeoutMs), headers: {accept: 'application/json'}});
    if (!response.ok) return {index: undefined, problems: [problem('refs/bad-index', {file: url}, `cannot fetch the index: HTTP ${response.status} ${response.statusText}`.trim())]};
    text = await response.text();
  } catch (error) {
    const cause = (error as {cause?: {code?: string; message?: string}}).cause;
    return {index: undefined, problems: [problem('refs/bad-index', {file: url}, `cannot fetch the index: ${cause?.code ?? cause?.message ?? (error as Error).message}`)]};
  }
  return parseIndex(text, url);
}

/**
 * The index from this project's content (a checkout): the findings.json the site would publish. Content errors
 * are not this verb's business (`wa-review validate` reports them); what parsed is used.
 */
export function indexFromRoot({root, siteUrl}: {root: string; siteUrl: string}): FindingsJson {
  return toFindingsJson({corpus: loadCorpus({root}).corpus, siteUrl});
}

export function isUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}
