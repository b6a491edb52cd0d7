import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {gfm} from 'micromark-extension-gfm';
import {math} from 'micromark-extension-math';
import {mathFromMarkdown} from 'mdast-util-math';
import type {Nodes, Root} from 'mdast';
import {problem, type Problem} from './problem';
import {UNSAFE_SCHEMES} from '../schemas/primitives';

/** Fenced-block languages that hold typed data instead of code. */
export const DATA_BLOCKS = {tradeoff: 'tradeoffs', 'before-after': 'diagrams'} as const;
export type DataBlockLang = keyof typeof DATA_BLOCKS;

/**
 * Raw HTML allowed in a review body: a few inline tags without attributes, and comments. Everything else is
 * refused, because Docusaurus renders raw HTML in `.md` files (rehype-raw) and the pipeline must never be the
 * only guard.
 */
export const ALLOWED_HTML_TAGS = ['br', 'sub', 'sup', 'kbd'] as const;

export interface DataBlock {
  lang: DataBlockLang;
  /** The YAML inside the fence. */
  yaml: string;
  /** Lines of the file before the block's first YAML line. */
  lineOffset: number;
  /** 1-based file line of the opening fence. */
  line: number;
}

export interface BodyScan {
  blocks: DataBlock[];
  /** Headings (depth 2 and 3) in order, for section diffs and tables of contents. */
  headings: Array<{depth: number; text: string; line: number}>;
  hasMath: boolean;
  hasMermaid: boolean;
  problems: Problem[];
}

const TAG = /<!--[\s\S]*?(?:-->|$)|<\/?([A-Za-z][\w:-]*)([^>]*)>?|<[!?][^>]*>?/g;

/**
 * Reads a review body the way Markdown does (CommonMark + GFM), so that only real HTML nodes and real links are
 * checked; code spans and code blocks are left alone.
 */
export function scanBody(body: string, {file, lineOffset}: {file: string; lineOffset: number}): BodyScan {
  const problems: Problem[] = [];
  const blocks: DataBlock[] = [];
  const headings: BodyScan['headings'] = [];
  let hasMath = false;
  let hasMermaid = false;
  let tree: Root;
  try {
    // The same syntax as the site's pipeline: GFM, and math with `$$` only (a single `$` is a price).
    tree = fromMarkdown(body, {extensions: [gfm(), math({singleDollarTextMath: false})], mdastExtensions: [gfmFromMarkdown(), mathFromMarkdown()]});
  } catch (error) {
    // micromark accepts any string; a throw here is a bug, reported as a problem rather than a crash.
    return {blocks, headings, hasMath, hasMermaid, problems: [problem('schema/invalid', {file, line: lineOffset + 1, column: 1}, `unexpected: the body could not be read as Markdown: ${(error as Error).message}`)]};
  }
  const at = (node: Nodes, dLine = 0, column?: number) => ({
    file,
    line: (node.position?.start.line ?? 1) + lineOffset + dLine,
    column: column ?? node.position?.start.column ?? 1,
  });
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'html':
        for (const bad of refusedHtml(node.value)) {
          const before = node.value.slice(0, bad.index);
          const dLine = before.split('\n').length - 1;
          const col = dLine === 0 ? (node.position?.start.column ?? 1) + bad.index : bad.index - before.lastIndexOf('\n');
          problems.push(
            problem('markdown/raw-html', at(node, dLine, col), `raw HTML ${bad.tag} is not allowed in a review body. Allowed: ${ALLOWED_HTML_TAGS.map((t) => `<${t}>`).join(', ')} without attributes, and comments`, {
              suggestion: 'write it in Markdown; for a diagram use a ```mermaid block, for a table a Markdown table',
            }),
          );
        }
        break;
      case 'link':
      case 'image':
      case 'definition':
        checkUrl(node.url, at(node));
        break;
      case 'code':
        if (node.lang === 'mermaid') hasMermaid = true;
        if (node.lang === 'math') hasMath = true;
        if (node.lang && Object.hasOwn(DATA_BLOCKS, node.lang)) {
          // The YAML starts on the line after the opening fence.
          const line = (node.position?.start.line ?? 1) + lineOffset;
          blocks.push({lang: node.lang as DataBlockLang, yaml: node.value, lineOffset: line, line});
        }
        break;
      case 'math':
      case 'inlineMath':
        hasMath = true;
        break;
      case 'heading':
        if (node.depth === 2 || node.depth === 3) headings.push({depth: node.depth, text: plainText(node), line: at(node).line});
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  const checkUrl = (url: string, where: {file: string; line: number; column: number}) => {
    if (UNSAFE_SCHEMES.test(url) || /^\s*http:/i.test(url)) {
      problems.push(problem('url/unsafe', where, `refused link "${url.length > 60 ? `${url.slice(0, 57)}...` : url}": links in reviews are https: or site-relative`));
    }
  };
  visit(tree);
  return {blocks, headings, hasMath, hasMermaid, problems};
}

function refusedHtml(html: string): Array<{tag: string; index: number}> {
  const out: Array<{tag: string; index: number}> = [];
  for (const m of html.matchAll(TAG)) {
    const [whole, name, attrs] = m;
    // Comments render nothing; a closing tag alone does nothing, and its opening tag is already reported.
    if (whole.startsWith('<!--') || whole.startsWith('</')) continue;
    const allowed = name && (ALLOWED_HTML_TAGS as readonly string[]).includes(name.toLowerCase()) && /^\s*\/?\s*$/.test(attrs ?? '');
    if (!allowed) out.push({tag: name ? `<${name.toLowerCase()}${attrs?.trim() ? ' ...' : ''}>` : whole.slice(0, 20), index: m.index});
  }
  return out;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
