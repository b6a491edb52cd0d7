import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCorpus} from '../../src/content/load';
import {BUILD_DIR, PROJECT} from './support/site';

/**
 * A review's front matter reaches pages once, through the review's data module; the compiled body must not carry
 * it again (mdx-loader exports each file's front matter into its chunk unless parseFrontMatter slims it).
 */
const jsDir = path.join(BUILD_DIR, 'assets/js');
const chunks = readdirSync(jsDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({file: f, text: readFileSync(path.join(jsDir, f), 'utf8')}));

/** A plain sentence of the body, as the compiled chunk holds it (a JS string literal). */
function bodySnippet(body: string): string | undefined {
  const line = body.split('\n').find((l) => /^[A-Z][A-Za-z ,]{60,}/.test(l) && !/[*_`[\]<>"'\\]/.test(l.slice(0, 60)));
  return line?.slice(0, 60);
}

const {corpus} = loadCorpus({root: PROJECT});
const versions = corpus.reviews.flatMap((r) => r.versions).filter((v) => v.data.findings.length && bodySnippet(v.body));

describe('review page bundles', () => {
  it('cover the real content', () => expect(versions.length).toBeGreaterThanOrEqual(3));

  it.each(versions.map((v) => [v.file, v] as const))('%s: the body chunk does not carry the findings again', (_, v) => {
    const snippet = bodySnippet(v.body)!;
    // The compiled Markdown module (it exports contentTitle); data modules such as the diffs hold text too.
    const bodyChunks = chunks.filter((c) => c.text.includes(snippet) && c.text.includes('contentTitle'));
    expect(bodyChunks.length, `no chunk holds "${snippet}"`).toBeGreaterThan(0);
    const rationale = v.data.findings.map((f) => f.rationale.slice(0, 50)).find((r) => /^[\w ,.()-]+$/.test(r)) ?? v.data.findings[0]!.id;
    for (const c of bodyChunks) expect(c.text, `${c.file} repeats the front matter`).not.toContain(rationale);
  });
});
