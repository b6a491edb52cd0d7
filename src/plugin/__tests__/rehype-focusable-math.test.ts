import type {Root} from 'hast';
import {describe, expect, it} from 'vitest';
import rehypeFocusableMath from '../markdown/rehype-focusable-math';

describe('rehypeFocusableMath', () => {
  it('makes display math focusable and named, and leaves inline math and other elements alone', () => {
    const el = (className: string[]) => ({type: 'element' as const, tagName: 'span', properties: {className}, children: []});
    const tree: Root = {type: 'root', children: [el(['katex-display']), el(['katex']), el(['other'])]};
    rehypeFocusableMath()(tree);
    const [display, inline, other] = tree.children.map((c) => (c as ReturnType<typeof el>).properties);
    expect(display).toMatchObject({tabIndex: 0, role: 'group', ariaLabel: 'Formula (scrolls sideways when wide)'});
    expect(inline).toEqual({className: ['katex']});
    expect(other).toEqual({className: ['other']});
  });
});
