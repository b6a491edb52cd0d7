import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {splitInline, splitLinks} from '../split';

describe('splitLinks', () => {
  it('links an https URL and a site path, leaving the sentence punctuation outside', () => {
    expect(splitLinks('Source: https://docs.aws.amazon.com/bedrock/latest/userguide/x.html. See /docs/architectures/landing-zone/#region-deny).')).toEqual([
      {text: 'Source: '},
      {href: 'https://docs.aws.amazon.com/bedrock/latest/userguide/x.html', text: 'https://docs.aws.amazon.com/bedrock/latest/userguide/x.html', internal: false, label: 'docs.aws.amazon.com/…/x.html'},
      {text: '. See '},
      {href: '/docs/architectures/landing-zone/#region-deny', text: '/docs/architectures/landing-zone/#region-deny', internal: true, label: '/docs/architectures/landing-zone/#region-deny'},
      {text: ').'},
    ]);
  });

  it('links a URL in brackets and at the start of the text', () => {
    expect(splitLinks('(https://example.com/a)').map((p) => ('href' in p ? p.href : null))).toEqual([null, 'https://example.com/a', null]);
    expect(splitLinks('/findings/ALZ-020/ names it')[0]).toEqual({href: '/findings/ALZ-020/', text: '/findings/ALZ-020/', internal: true, label: '/findings/ALZ-020/'});
  });

  it('labels an https link by its host and last path segment', () => {
    expect(['https://www.example.com/', 'https://example.com/a', 'https://github.com/aws-samples/service-control-policy-examples'].map((u) => (splitLinks(u)[0] as {label: string}).label)).toEqual([
      'example.com',
      'example.com/a',
      'github.com/…/service-control-policy-examples',
    ]);
  });

  it('leaves every other scheme, a bare scheme, other paths and a word-internal slash as text', () => {
    for (const s of ['javascript:alert(1)', 'http://example.com/', 'data:text/html,x', 'https://', 'a /etc/passwd path', 'and/or /docsx/a', 'x/docs/a']) {
      expect(splitLinks(s).every((p) => !('href' in p)), s).toBe(true);
    }
  });

  it('gives the input back when its parts are joined, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('https://a.b/c', 'https://[', '%', '/docs/x/', ' ', '(', ')', '.', 'text', 'javascript:x', '\n'), {maxLength: 12}).map((a) => a.join('')), (s) => {
        expect(splitLinks(s).map((p) => p.text).join('')).toBe(s);
        for (const p of splitLinks(s)) if ('href' in p) expect(p.href).toMatch(/^(https:\/\/.+|\/(docs|reviews|findings|lenses|api)\/)/);
      }),
    );
  });
});

describe('splitInline', () => {
  const ids = new Set(['ALZ-025', 'ALZ-026']);

  it('shows code spans as code, with no link inside them, and links only the finding ids it knows', () => {
    expect(splitInline('Listed once more; see `retired` and `https://x.y/z`. ALZ-025, ALZ-026 and ISO-27001 (ALZ-999).', {ids})).toEqual([
      {text: 'Listed once more; see '},
      {code: 'retired', text: '`retired`'},
      {text: ' and '},
      {code: 'https://x.y/z', text: '`https://x.y/z`'},
      {text: '. '},
      {finding: 'ALZ-025', text: 'ALZ-025'},
      {text: ', '},
      {finding: 'ALZ-026', text: 'ALZ-026'},
      {text: ' and ISO-27001 (ALZ-999).'},
    ]);
  });

  it('leaves a lone backtick and an id inside a word as text', () => {
    expect(splitInline('a ` b XALZ-025 ALZ-0251', {ids})).toEqual([{text: 'a ` b XALZ-025 ALZ-0251'}]);
  });

  it('gives the input back when its parts are joined, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('`', 'code', 'ALZ-025', 'ALZ-9', 'https://a.b/c', '/docs/x/', ' ', '(', ')', '.', '\n'), {maxLength: 14}).map((a) => a.join('')), (s) => {
        expect(splitInline(s, {ids}).map((p) => p.text).join('')).toBe(s);
      }),
    );
  });
});
