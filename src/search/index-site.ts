import {execFile} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';

/** Where the index and Pagefind's browser files go, under the site's root: bundles, not pages people link to. */
export const SEARCH_DIR = 'pagefind';

export interface SearchIndexResult {
  /** Pages in the index: those whose HTML marks a `data-pagefind-body` (see src/search/scope.ts). */
  pages: number;
  errors: string[];
}

/**
 * Indexes a built site with Pagefind (its binary ships in the npm package; nothing is fetched) and writes the
 * index beside the pages, under `<outDir>/pagefind/`. Which pages are in it is decided by the page components,
 * which mark their searchable part with `data-pagefind-body`; every page without one is left out.
 *
 * Pagefind's Node API is an ES module, which the plugin cannot import as Docusaurus loads it (jiti turns `import()`
 * into a `require()` that the package's exports refuse), so its command runs in a child process.
 */
export async function writeSearchIndex({outDir}: {outDir: string}): Promise<SearchIndexResult> {
  const args = [pagefindBin(), '--site', outDir, '--output-subdir', SEARCH_DIR, '--force-language', 'en'];
  try {
    const {stdout} = await promisify(execFile)(process.execPath, args, {maxBuffer: 16 * 1024 * 1024});
    const pages = /Indexed (\d+) pages?/.exec(stdout)?.[1];
    return pages === undefined ? {pages: 0, errors: [`unexpected Pagefind output: ${stdout.trim().split('\n').at(-1)}`]} : {pages: Number(pages), errors: []};
  } catch (error) {
    const {stderr, message} = error as {stderr?: string; message: string};
    return {pages: 0, errors: [(stderr || message).trim()]};
  }
}

/** The Pagefind command of the installed package (its `bin`), which starts the platform's binary. */
function pagefindBin(): string {
  for (const dir of require.resolve.paths('pagefind') ?? []) {
    const pkg = path.join(dir, 'pagefind', 'package.json');
    if (existsSync(pkg)) return path.join(dir, 'pagefind', (JSON.parse(readFileSync(pkg, 'utf8')) as {bin: string}).bin);
  }
  throw new Error('the pagefind package is not installed (run npm ci)');
}
