import {describe, expect, it} from 'vitest';
import {isExternal, safeHref} from '../safe-href';

describe('safeHref', () => {
  it.each([
    ['https://docs.aws.amazon.com/wellarchitected/latest/framework/sec-03.html', 'https://docs.aws.amazon.com/wellarchitected/latest/framework/sec-03.html'],
    ['http://example.com/plan', 'http://example.com/plan'],
    ['HTTPS://Example.com', 'HTTPS://Example.com'],
    ['  https://example.com/a?b=c#d  ', 'https://example.com/a?b=c#d'],
    ['/findings/AGP-001/', '/findings/AGP-001/'],
    ['/lenses/wellarchitected/#SEC03', '/lenses/wellarchitected/#SEC03'],
  ])('keeps %j', (url, href) => expect(safeHref(url)).toBe(href));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    '//evil.example/',
    '/\\evil.example/',
    'https:evil.example',
    'https:///path-without-host',
    'http://',
    'https://example.com/a b',
    'https://docs.aws.amazon.com/a.html, https://aws.amazon.com/b/',
    'https://example.com/\u0000',
    'relative/path',
    '#anchor',
    '',
    '   ',
    undefined,
  ])('refuses %j', (url) => expect(safeHref(url)).toBeUndefined());

  it('tells links that leave the site', () => {
    expect(isExternal('http://example.com/')).toBe(true);
    expect(isExternal('https://example.com/')).toBe(true);
    expect(isExternal('/lenses/')).toBe(false);
  });
});
