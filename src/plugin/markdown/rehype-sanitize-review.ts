import type {Element, Root, RootContent} from 'hast';
import {defaultSchema, sanitize, type Schema} from 'hast-util-sanitize';
import {BLOCK_ELEMENTS} from './remark-data-blocks';

/**
 * The second guard of review bodies, after the loader's refusal of raw HTML: every review body is sanitized by
 * hast-util-sanitize (GitHub's allow-list) after Docusaurus' rehype-raw has turned raw HTML into elements. So a
 * `<script>`, an `onerror=` or a `javascript:` link that reached the pipeline (an imported file, a loader bug)
 * never reaches a reader.
 *
 * hast-util-sanitize drops node types it does not know, and the MDX nodes Docusaurus itself creates
 * (admonitions) are such nodes: they are parked as placeholder elements while the tree is sanitized, and their
 * sanitized children are put back.
 */
const SLOT = 'wa-mdx-slot';

export const reviewSanitizeSchema: Schema = {
  ...defaultSchema,
  // Heading ids come from Docusaurus (anchors and the table of contents); raw HTML, the only other source of
  // ids, is refused by the loader. Prefixing them would break every anchor.
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style', 'template', 'noscript'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'mermaid', ...Object.values(BLOCK_ELEMENTS), SLOT],
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-./, 'math-inline', 'math-display']],
    mermaid: ['value'],
    ...Object.fromEntries(Object.values(BLOCK_ELEMENTS).map((name) => [name, ['value']])),
    [SLOT]: ['dataSlot'],
  },
  protocols: {href: ['http', 'https', 'mailto'], src: ['https'], cite: ['http', 'https'], longDesc: ['http', 'https']},
};

export default function rehypeSanitizeReview() {
  return (tree: Root): Root => {
    const parked: RootContent[] = [];
    const park = (nodes: RootContent[]): void => {
      nodes.forEach((node, i) => {
        if (node.type.startsWith('mdx')) {
          parked.push(node);
          const children = ('children' in node ? (node.children as RootContent[]) : []) ?? [];
          const slot: Element = {type: 'element', tagName: SLOT, properties: {dataSlot: String(parked.length - 1)}, children: children as Element['children']};
          nodes[i] = slot;
          park(children);
        } else if ('children' in node) park(node.children as RootContent[]);
      });
    };
    park(tree.children);
    const clean = sanitize(tree, reviewSanitizeSchema) as Root;
    const unpark = (nodes: RootContent[]): void => {
      nodes.forEach((node, i) => {
        if (node.type === 'element' && node.tagName === SLOT) {
          const original = parked[Number(node.properties.dataSlot)];
          if (!original) throw new Error('unexpected: a parked MDX node is missing');
          if ('children' in original) (original as {children: unknown}).children = node.children;
          nodes[i] = original;
        }
        if ('children' in nodes[i]!) unpark((nodes[i] as {children: RootContent[]}).children);
      });
    };
    unpark(clean.children);
    return clean;
  };
}
