import {existsSync} from 'node:fs';
import os from 'node:os';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {loadCorpus, versionFiles, type LoadResult} from './load';
import {loadReviewVersion, type ItemSource, type LoadedVersion, type VersionFile} from './load-review';
import type {Problem} from './problem';
import type {ReviewVersionEntry} from './types';
import type {ParsedYaml} from './yaml';

/**
 * loadCorpus with the per-file work (read, YAML, schema, body scan: nearly all of its time, CPU-bound) spread over
 * worker threads; everything across files still runs once, in order, in loadCorpus. The result is the same as
 * loadCorpus's: the same function reads each file, and where a later check needs a position in a file read by a
 * worker, the file is read again here (only files with a problem are).
 *
 * Workers need the bundled worker script (dist/load-worker.mjs beside dist/cli.mjs); without it, or for a small
 * corpus, or on one core, this is loadCorpus.
 */

/** A worker's result for one file: plain data that crosses threads; positions are recomputed on demand. */
export interface SerializedVersion {
  entry: ReviewVersionEntry | undefined;
  problems: Problem[];
  sources: {tradeoffs: PropertyKey[][]; diagrams: PropertyKey[][]};
}

/** Below this many version files, starting workers costs more than it saves. */
export const PARALLEL_MIN_FILES = 64;

export function serializeVersion(loaded: LoadedVersion): SerializedVersion {
  return {
    entry: loaded.entry,
    problems: loaded.problems,
    sources: {tradeoffs: loaded.sources.tradeoffs.map((s) => s.basePath), diagrams: loaded.sources.diagrams.map((s) => s.basePath)},
  };
}

/** A LoadedVersion from a worker's result; locating anything in it reads the file again, once. */
export function deserializeVersion(file: VersionFile, s: SerializedVersion): LoadedVersion {
  let real: LoadedVersion | undefined;
  const again = (): LoadedVersion => (real ??= loadReviewVersion(file));
  const lazyYaml = (pick: (l: LoadedVersion) => Pick<ParsedYaml, 'locate'> | undefined): ParsedYaml => ({
    get value() {
      return (pick(again()) as ParsedYaml | undefined)?.value;
    },
    problems: [],
    locate: (p, opts) => pick(again())?.locate(p, opts) ?? {line: 1, column: 1},
  });
  const sources = (kind: 'tradeoffs' | 'diagrams'): ItemSource[] => s.sources[kind].map((basePath, i) => ({basePath, yaml: lazyYaml((l) => l.sources[kind][i]?.yaml)}));
  return {entry: s.entry, problems: s.problems, yaml: lazyYaml((l) => l.yaml), sources: {tradeoffs: sources('tradeoffs'), diagrams: sources('diagrams')}};
}

export async function loadCorpusParallel({root, workerScript, threads = os.availableParallelism()}: {root: string; workerScript?: URL | string; threads?: number}): Promise<LoadResult> {
  const files = parallelScript(workerScript, threads) ? versionFiles(root) : [];
  if (files.length < PARALLEL_MIN_FILES) return loadCorpus({root});
  return loadCorpus({root, preloaded: await readVersions(files, {workerScript, threads})});
}

/** The worker script's path, when there is one and more than one thread to use. */
function parallelScript(workerScript: URL | string | undefined, threads: number): string | undefined {
  const script = workerScript === undefined ? undefined : typeof workerScript === 'string' ? workerScript : fileURLToPath(workerScript);
  return threads > 1 && script && existsSync(script) ? script : undefined;
}

/**
 * Reads version files with the loader's per-file function: in worker threads when there are enough of them and a
 * worker script, else here. Each comes back with its plain-data form too (what a worker posts, and what a cache
 * keeps).
 */
export async function readVersions(files: readonly VersionFile[], {workerScript, threads = os.availableParallelism()}: {workerScript?: URL | string; threads?: number} = {}): Promise<Map<string, LoadedVersion & {serialized: () => SerializedVersion}>> {
  const out = new Map<string, LoadedVersion & {serialized: () => SerializedVersion}>();
  const local = (f: VersionFile) => {
    const loaded = loadReviewVersion(f);
    out.set(f.absPath, {...loaded, serialized: () => serializeVersion(loaded)});
  };
  const script = parallelScript(workerScript, threads);
  if (!script || files.length < PARALLEL_MIN_FILES) {
    files.forEach(local);
    return out;
  }
  // Deal files round-robin after sorting by path: reviews are alike in size, so shares come out even.
  const shares: VersionFile[][] = Array.from({length: Math.min(threads, 8)}, () => []);
  [...files].sort((a, b) => a.absPath.localeCompare(b.absPath)).forEach((f, i) => shares[i % shares.length]!.push(f));
  const [own, ...others] = shares;
  const results = others.map(
    (share) =>
      new Promise<SerializedVersion[]>((resolve, reject) => {
        const worker = new Worker(script, {workerData: {files: share}});
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`unexpected: a loader worker exited with ${code}`)));
      }),
  );
  // The main thread takes a share too, while the workers run.
  own!.forEach(local);
  const done = await Promise.all(results);
  others.forEach((share, k) =>
    share.forEach((f, i) => {
      const s = done[k]![i]!;
      out.set(f.absPath, {...deserializeVersion(f, s), serialized: () => s});
    }),
  );
  return out;
}
