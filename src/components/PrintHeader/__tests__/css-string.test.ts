import {describe, expect, it} from 'vitest';
import {cssString} from '../css-string';

describe('cssString', () => {
  it.each([
    ['Agent platform (deliverydriver/aws-agent-platform)', '"Agent platform (deliverydriver/aws-agent-platform)"'],
    ['v3 · 2026-11-25', '"v3 \\b7  2026-11-25"'],
    ['a "quote" \\ and </style><script>', '"a \\22 quote\\22  \\5c  and \\3c /style\\3e \\3c script\\3e "'],
    ['line\nbreak', '"line\\a break"'],
    ['emoji 🚀', '"emoji \\1f680 "'],
  ])('%s', (text, css) => {
    expect(cssString(text)).toBe(css);
  });

  it('never lets a quote, a backslash other than an escape, an angle bracket or a newline through', () => {
    const out = cssString('"\'<>\n\r\\{}@;');
    expect(out.slice(1, -1)).not.toMatch(/["'<>\n\r{}@]/);
  });
});
