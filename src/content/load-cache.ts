import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {loadCorpus, versionFiles, type LoadResult} from './load';
import {deserializeVersion, readVersions, type SerializedVersion} from './load-parallel';
import type {LoadedVersion, VersionFile} from './load-review';

/**
 * `wa-review validate --cache`: the per-file work of the loader (read, YAML, schema, body scan), which is nearly
 * all of its time, is kept for each review version file by its path and the SHA-256 of its bytes, and done again
 * only for files that changed. The checks across files always run on the whole corpus, so the result is the
 * loader's own: a version's problems depend only on its path and bytes, and positions found later are located by
 * reading the file again, as with worker threads.
 *
 * The cache also names the loader that wrote it (`loader`: a hash of the CLI's code); any other loader's cache is
 * ignored whole. A cache that cannot be read or parsed is ignored too: it is only ever a shortcut.
 */

export interface ValidateCache {
  format: 1;
  loader: string;
  files: Record<string, {sha256: string; version: SerializedVersion}>;
}

export interface CacheStats {
  /** Version files whose loader result came from the cache. */
  hits: number;
  /** Version files read again (new, changed, or not in the cache). */
  misses: number;
}

function readCache(cacheFile: string, loader: string): ValidateCache['files'] {
  try {
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Partial<ValidateCache>;
    return cache.format === 1 && cache.loader === loader && cache.files && typeof cache.files === 'object' ? cache.files : {};
  } catch {
    return {};
  }
}

function writeCache(cacheFile: string, cache: ValidateCache): void {
  try {
    mkdirSync(path.dirname(cacheFile), {recursive: true});
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(cache));
    renameSync(tmp, cacheFile); // whole or not at all, even with two runs at once
  } catch {
    // A cache that cannot be written only costs the next run its shortcut.
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const hashNow = (absPath: string) => {
  try {
    return sha256(readFileSync(absPath));
  } catch {
    return undefined;
  }
};

export async function loadCorpusCached({
  root,
  cacheFile,
  loader,
  workerScript,
  threads,
}: {
  root: string;
  cacheFile: string;
  /** Identifies the loader's code; a cache written by another is not used. */
  loader: string;
  workerScript?: URL | string;
  threads?: number;
}): Promise<LoadResult & {cache: CacheStats}> {
  const files = versionFiles(root);
  const cached = readCache(cacheFile, loader);
  const preloaded = new Map<string, LoadedVersion>();
  const next: ValidateCache = {format: 1, loader, files: {}};
  const misses: VersionFile[] = [];
  const hashes = new Map<string, string>();
  for (const f of files) {
    let hash: string;
    try {
      hash = sha256(readFileSync(f.absPath));
    } catch {
      misses.push(f); // unreadable: the loader says why, and nothing is kept
      continue;
    }
    hashes.set(f.file, hash);
    const hit = cached[f.file];
    if (hit && hit.sha256 === hash) {
      preloaded.set(f.absPath, deserializeVersion(f, hit.version));
      next.files[f.file] = hit;
    } else misses.push(f);
  }
  const fresh = await readVersions(misses, {...(workerScript ? {workerScript} : {}), ...(threads ? {threads} : {})});
  for (const f of misses) {
    const loaded = fresh.get(f.absPath)!;
    preloaded.set(f.absPath, loaded);
    // Kept only if the bytes the loader read are those hashed above: an edit during the run is not cached. The
    // loader hashes what it reads (`contentHash`); a file it could not parse is hashed again here.
    const hash = hashes.get(f.file);
    const read = loaded.entry?.contentHash ?? hashNow(f.absPath);
    if (hash && hash === read) next.files[f.file] = {sha256: hash, version: loaded.serialized()};
  }
  const result = loadCorpus({root, preloaded});
  const dropped = Object.keys(cached).some((file) => !(file in next.files));
  if (misses.length || dropped) writeCache(cacheFile, next);
  return {...result, cache: {hits: files.length - misses.length, misses: misses.length}};
}

/** Where `validate --cache` keeps its cache for a content root: beside its dependencies when it has some. */
export function defaultCacheFile(root: string, exists: (p: string) => boolean, tmpdir: string): string {
  const modules = path.join(root, 'node_modules');
  if (exists(modules)) return path.join(modules, '.cache', 'wa-review', 'validate.json');
  return path.join(tmpdir, `wa-review-${sha256(Buffer.from(path.resolve(root))).slice(0, 16)}`, 'validate.json');
}
