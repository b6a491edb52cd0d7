import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {isEnded} from '../../content/derive';
import {loadCorpus} from '../../content/load';
import {NEW_VERSION_SECTIONS} from '../../content/new-version';
import {memoryIO} from '../io';
import {run} from '../main';

const PROJECT = path.resolve(__dirname, '../../..');
const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, {recursive: true, force: true})));

/** A copy of the project's content: reviews, lenses, evidence and the reference-design pages they cite. */
function copyProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wa-nv-'));
  copies.push(dir);
  for (const sub of ['reviews', 'lenses', 'evidence', 'docs/architectures']) {
    if (existsSync(path.join(PROJECT, sub))) cpSync(path.join(PROJECT, sub), path.join(dir, sub), {recursive: true});
  }
  return dir;
}

describe('wa-review new-version', () => {
  const before = loadCorpus({root: PROJECT}).corpus;

  it.each(before.reviews.map((r) => r.id))('%s: writes a valid draft that carries every live finding forward', async (id) => {
    const root = copyProject();
    const latest = before.reviews.find((r) => r.id === id)!.versions.at(-1)!;
    const io = memoryIO();
    expect(await run(['new-version', id, '--root', root, '--date', '2027-01-15'], io)).toBe(0);
    const file = path.join(root, 'reviews', id, `v${latest.version + 1}.md`);
    expect(io.stdout()).toContain(`wrote reviews/${id}/v${latest.version + 1}.md`);

    const {corpus, problems} = loadCorpus({root});
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const review = corpus.reviews.find((r) => r.id === id)!;
    const draft = review.versions.at(-1)!;
    expect(draft.version).toBe(latest.version + 1);
    expect(draft.data.status).toBe('draft');
    expect(draft.data.date).toBe('2027-01-15');
    expect(review.latestPublished).toBe(before.reviews.find((r) => r.id === id)!.latestPublished);
    const live = latest.data.findings.filter((f) => !isEnded(f));
    expect(draft.data.findings.map((f) => [f.id, f.status, f.severity])).toEqual(live.map((f) => [f.id, f.status, f.severity]));
    const text = readFileSync(file, 'utf8');
    for (const s of NEW_VERSION_SECTIONS) expect(text.match(new RegExp(`^## ${s}$`, 'gm'))).toHaveLength(1);

    // The draft appears in no export: every export of the copy with the draft equals the project's without it.
    const exported = async (r: string, args: string[]) => {
      const out = memoryIO();
      expect(await run(['export', ...args, '--root', r], out)).toBe(0);
      return out.stdout();
    };
    for (const args of [['findings-json'], ['csv'], ['review-json', '--review', id], ['badge', '--review', id]]) {
      const withDraft = await exported(root, args);
      expect(withDraft, args.join(' ')).toBe(await exported(PROJECT, args));
      expect(withDraft).not.toContain(`${id}/v${latest.version + 1}`);
    }
  });

  it('refuses when the latest version is still a draft, and when the file exists', async () => {
    const root = copyProject();
    const id = before.reviews[0]!.id;
    expect(await run(['new-version', id, '--root', root, '--date', '2027-01-15'], memoryIO())).toBe(0);
    const io = memoryIO();
    expect(await run(['new-version', id, '--root', root], io)).toBe(1);
    expect(io.stderr()).toContain('is still a draft');
  });

  it('exits 1 for an unknown review and 2 for a bad date', async () => {
    const root = copyProject();
    expect(await run(['new-version', 'nope', '--root', root], memoryIO())).toBe(1);
    expect(await run(['new-version', before.reviews[0]!.id, '--root', root, '--date', 'tomorrow'], memoryIO())).toBe(2);
  });
});
