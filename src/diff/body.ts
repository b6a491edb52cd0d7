import {diffLines, diffWordsWithSpace} from 'diff';
import type {LineChange, SectionDiff, TextChange} from './types';

export interface BodySection {
  /** The `##` heading's text, '' for the text before the first one. */
  heading: string;
  /** The section's text without its heading line, blank lines at both ends dropped. */
  text: string;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
/** ATX level-2 headings only: `###` and deeper stay inside their section. */
const H2 = /^ {0,3}##(?!#)(?:[ \t]+(.*?))?[ \t]*$/;

/** Words of a removed-then-added pair are diffed again only when both are at most this long. */
const WORD_DIFF_MAX_CHARS = 4000;
/** Past this many word edits the pair is left as lines: a word diff of a rewritten paragraph helps no one. */
const WORD_DIFF_MAX_EDITS = 400;

/**
 * Splits a Markdown body at its `##` headings, outside fenced code blocks (a `## ` line in a ```mermaid or
 * ```yaml block is not a heading). Setext headings (underlined) do not split.
 */
export function splitSections(body: string): BodySection[] {
  const sections: Array<{heading: string; lines: string[]}> = [{heading: '', lines: []}];
  let fence: {char: string; length: number} | undefined;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence) {
      const close = new RegExp(`^ {0,3}${fence.char === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      if (close.test(line)) fence = undefined;
    } else {
      const open = FENCE_OPEN.exec(line);
      if (open) fence = {char: open[1]![0]!, length: open[1]!.length};
      else {
        const h = H2.exec(line);
        if (h) {
          sections.push({heading: headingText(h[1] ?? ''), lines: []});
          continue;
        }
      }
    }
    sections.at(-1)!.lines.push(line);
  }
  return sections
    .map((s) => ({heading: s.heading, text: trimBlankLines(s.lines).join('\n')}))
    .filter((s, i) => i > 0 || s.text !== '');
}

function headingText(raw: string): string {
  // A closing sequence of #s is not part of the text (CommonMark 4.2).
  return raw.replace(/(?:^|[ \t]+)#+$/, '').replace(/\s+/g, ' ').trim();
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}

/**
 * The body, section by section: sections matched by heading text (the nth section of a heading with the nth of
 * the same heading), in `to`'s order with removed sections placed after the section they followed; a line diff
 * inside changed sections, with a word diff of each replaced run.
 */
export function diffBody({from, to}: {from: string; to: string}): SectionDiff[] {
  const a = splitSections(from);
  const b = splitSections(to);
  const used = new Set<number>();
  const matchOfB = b.map((s) => {
    const i = a.findIndex((x, k) => !used.has(k) && x.heading === s.heading);
    if (i >= 0) used.add(i);
    return i;
  });
  // Where each removed section of `from` goes: after the `to` section matching the nearest matched section before it.
  const bOfA = new Map<number, number>();
  matchOfB.forEach((i, j) => i >= 0 && bOfA.set(i, j));
  const removedAfter = new Map<number, number[]>();
  let anchor = -1;
  a.forEach((_, i) => {
    if (bOfA.has(i)) anchor = bOfA.get(i)!;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), i]);
  });

  const out: SectionDiff[] = [];
  const pushRemoved = (j: number) => {
    for (const i of removedAfter.get(j) ?? []) out.push({heading: a[i]!.heading, kind: 'removed', lines: [{op: 'removed', text: a[i]!.text}]});
  };
  pushRemoved(-1);
  b.forEach((s, j) => {
    const i = matchOfB[j]!;
    if (i < 0) out.push({heading: s.heading, kind: 'added', lines: [{op: 'added', text: s.text}]});
    else if (a[i]!.text === s.text) out.push({heading: s.heading, kind: 'unchanged', lines: []});
    else out.push({heading: s.heading, kind: 'changed', lines: diffText(a[i]!.text, s.text)});
    pushRemoved(j);
  });
  return out;
}

/** A line diff of two texts; each added run right after a removed one carries the word diff of the pair. */
export function diffText(from: string, to: string): LineChange[] {
  const lines: LineChange[] = diffLines(`${from}\n`, `${to}\n`).map((c) => ({op: c.added ? 'added' : c.removed ? 'removed' : 'equal', text: c.value}));
  for (let k = 1; k < lines.length; k++) {
    const prev = lines[k - 1]!;
    const cur = lines[k]!;
    if (prev.op === 'removed' && cur.op === 'added' && prev.text.length <= WORD_DIFF_MAX_CHARS && cur.text.length <= WORD_DIFF_MAX_CHARS) {
      const words = diffWordsWithSpace(prev.text, cur.text, {maxEditLength: WORD_DIFF_MAX_EDITS});
      if (words) cur.words = words.map((w): TextChange => ({op: w.added ? 'added' : w.removed ? 'removed' : 'equal', text: w.value}));
    }
  }
  return lines;
}
