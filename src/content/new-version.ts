import {isMap, isSeq, parseDocument, type YAMLMap} from 'yaml';
import {isEnded} from './derive';
import {splitFrontMatter} from './source';
import type {ReviewVersionEntry} from './types';

/** The sections every new version starts with, to be filled in by its authors. */
export const NEW_VERSION_SECTIONS = ['What changed', 'What we got wrong the first time'] as const;

/**
 * The text of v<N+1>.md made from the latest version's text: a draft dated `date`, every finding carried forward
 * with its id and state (ids that ended in v<N> stay behind: they may never appear again), the previous body
 * after two empty sections to fill in. The front matter is edited as a YAML document, so its comments, key order
 * and layout survive.
 */
export function scaffoldNextVersion({latest, text, date}: {latest: ReviewVersionEntry; text: string; date: string}): string {
  const split = splitFrontMatter(text, latest.file);
  if (!split.ok) throw new Error(`unexpected: ${latest.file} has no front matter although it loaded`);
  const doc = parseDocument(split.split.yaml, {version: '1.2', schema: 'core', keepSourceTokens: false});
  doc.set('version', latest.version + 1);
  doc.set('date', date);
  doc.set('status', 'draft');
  const findings = doc.get('findings', true);
  if (isSeq(findings)) {
    const ended = new Set(latest.data.findings.filter(isEnded).map((f) => f.id));
    findings.items = findings.items.filter((item) => !(isMap(item) && ended.has(String((item as YAMLMap).get('id')))));
  }
  const title = `# ${latest.data.title}, version ${latest.version + 1}`;
  const sections = NEW_VERSION_SECTIONS.map((s) => `## ${s}\n\n<!-- Fill in before publishing. -->\n`).join('\n');
  const previous = split.split.body
    .replace(/^\s*# .*\n/, '')
    .split(/(?=^## )/m)
    .filter((part) => !NEW_VERSION_SECTIONS.some((s) => part.startsWith(`## ${s}`)))
    .join('')
    .trim();
  return `---\n${doc.toString({lineWidth: 0})}---\n\n${title}\n\n${sections}\n${previous}\n`;
}
