import {readdirSync} from 'node:fs';
import path from 'node:path';
import type {Corpus} from '../content/types';
import {urls} from './routes';

/**
 * Top-level build folders that hold bundles and static files, not published URLs. `pagefind` is the search index:
 * files named by content hashes that change with every build and that only the search box reads.
 */
const NOT_PUBLIC = new Set(['assets', '__server', 'vendor', 'img', '.docusaurus', 'pagefind']);

/**
 * The public URLs of a build, relative to the base URL: every page (`reviews/agent-platform/` for
 * `reviews/agent-platform/index.html`) and every machine-readable file (API, feeds), minus draft versions, which
 * are not published. These are the URLs other people may link to, so published-urls.txt keeps every one forever.
 */
export function publicUrlsInBuild({outDir, corpus}: {outDir: string; corpus: Corpus}): string[] {
  const drafts = corpus.reviews.flatMap((r) => r.versions.filter((v) => v.data.status === 'draft').map((v) => urls.version(r.id, v.version)));
  const out: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const d of readdirSync(dir, {withFileTypes: true})) {
      const relPath = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) {
        if (!rel && NOT_PUBLIC.has(d.name)) continue;
        walk(path.join(dir, d.name), relPath);
      } else if (d.name === 'index.html') {
        out.push(rel ? `${rel}/` : '');
      } else if (/\.(json|csv|sarif|xml)$/.test(d.name) && (relPath.startsWith('api/') || d.name.endsWith('.xml'))) {
        out.push(relPath);
      }
    }
  };
  walk(outDir, '');
  return out.filter((u) => !drafts.some((d) => u.startsWith(d))).sort();
}

/** Merges new URLs into the file's lines: the list only grows, sorted, one URL per line after the header. */
export function mergePublishedUrls({existing, found}: {existing: string; found: readonly string[]}): string {
  const header = existing.split('\n').filter((l) => l.startsWith('#'));
  const lines = new Set(existing.split('\n').filter((l) => l.trim() && !l.startsWith('#')));
  for (const u of found) lines.add(`/${u}`);
  return `${header.join('\n')}${header.length ? '\n' : ''}${[...lines].sort().join('\n')}\n`;
}

export function readPublishedUrls(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
