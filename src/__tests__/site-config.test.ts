import {describe, expect, it} from 'vitest';
import {siteLocation} from '../site-config';

describe('siteLocation', () => {
  it('defaults to a local site at the root', () => {
    expect(siteLocation({})).toEqual({url: 'http://localhost:3000', baseUrl: '/'});
  });
  it('takes a GitHub Pages project site from the environment and normalises slashes', () => {
    expect(siteLocation({SITE_URL: 'https://example.github.io/', BASE_URL: 'aws-well-architected-ai'})).toEqual({
      url: 'https://example.github.io',
      baseUrl: '/aws-well-architected-ai/',
    });
  });
  it('refuses a URL with a path or another scheme, saying what it expects', () => {
    expect(() => siteLocation({SITE_URL: 'https://example.org/docs'})).toThrow(/origin without a path/);
    expect(() => siteLocation({SITE_URL: 'ftp://example.org'})).toThrow(/http\(s\) origin/);
  });
});
