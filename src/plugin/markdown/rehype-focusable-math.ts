import type {Element, Root} from 'hast';
import {visit} from 'unist-util-visit';

/**
 * Display math that is wider than a phone scrolls inside its own block (src/css/custom.css); a scrolling block must
 * be reachable by keyboard, so KaTeX's display blocks get `tabindex="0"` and a name. Runs after rehype-katex.
 */
export default function rehypeFocusableMath() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('katex-display')) {
        node.properties.tabIndex = 0;
        node.properties.role = 'group';
        node.properties.ariaLabel = 'Formula (scrolls sideways when wide)';
      }
    });
  };
}
