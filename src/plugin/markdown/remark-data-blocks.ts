import type {Code, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {DATA_BLOCKS} from '../../content/body';
import {parseYaml} from '../../content/yaml';
import {diagramSchema} from '../../schemas/diagram';
import {tradeoffSchema} from '../../schemas/tradeoff';

/** The element names the data blocks become; MDX maps them to components through the review page's provider. */
export const BLOCK_ELEMENTS = {tradeoff: 'tradeoff', 'before-after': 'beforeafter'} as const;

/**
 * Turns ```tradeoff and ```before-after blocks into elements carrying their data as JSON, the way Docusaurus
 * turns ```mermaid into a Mermaid element. The loader has already validated each block with the review
 * schemas (the build stops before compiling otherwise), so a block that does not parse here stays a code block.
 */
export default function remarkDataBlocks() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      if (!node.lang || !Object.hasOwn(DATA_BLOCKS, node.lang)) return;
      const parsed = parseYaml(node.value, {file: 'block'});
      if (parsed.value === undefined || parsed.problems.length) return;
      // The schema's output (defaults filled in) is what the component receives, as for front-matter data.
      const typed = (node.lang === 'tradeoff' ? tradeoffSchema : diagramSchema).safeParse(parsed.value);
      if (!typed.success) return;
      const element = BLOCK_ELEMENTS[node.lang as keyof typeof BLOCK_ELEMENTS];
      Object.assign(node, {
        type: `${element}DataBlock`,
        data: {hName: element, hProperties: {value: JSON.stringify(typed.data)}},
      });
    });
  };
}
