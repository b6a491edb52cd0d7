import {describe, expect, it} from 'vitest';
import {acceptanceExpired, lensQuestionHref, locationHref, locationLabel} from '../links';

const repo = {kind: 'repository', repo: 'deliverydriver/aws-agent-platform', commit: '458300afb2d26a14547b834b50f7f1d4d73e5100'} as const;
const design = {kind: 'reference-design', page: 'docs/architectures/agent-platform-target.md'} as const;

describe('locationHref', () => {
  it('links a repository file at the pinned commit and line range', () => {
    expect(locationHref({subject: repo, location: {path: 'infra/main.tf', line: 12, endLine: 14}})?.href).toBe(
      'https://github.com/deliverydriver/aws-agent-platform/blob/458300afb2d26a14547b834b50f7f1d4d73e5100/infra/main.tf#L12-L14',
    );
    expect(locationHref({subject: repo, location: {path: 'README.md', line: 97}})?.href).toMatch(/\/blob\/458300afb2d26a14547b834b50f7f1d4d73e5100\/README\.md#L97$/);
    expect(locationHref({subject: repo, location: {path: 'docs/adrs'}})?.href).toMatch(/\/blob\/[0-9a-f]{40}\/docs\/adrs$/);
    expect(locationHref({subject: repo, location: {path: 'a b#c.md'}})?.href).toMatch(/\/a%20b%23c\.md$/);
  });

  it('links a reference design location to the page of this site', () => {
    expect(locationHref({subject: design, location: {path: 'docs/architectures/agent-platform-target.md', line: 40}})).toEqual({href: '/docs/architectures/agent-platform-target/', internal: true});
    expect(locationHref({subject: design, location: {path: 'docs/architectures/index.md'}})?.href).toBe('/docs/architectures/');
    expect(locationHref({subject: design, location: {path: 'lenses/agentic-systems.yaml'}})).toBeUndefined();
  });

  it('labels the range', () => {
    expect(locationLabel({path: 'main.tf', line: 3, endLine: 3})).toBe('main.tf:3');
    expect(locationLabel({path: 'main.tf', line: 3, endLine: 9})).toBe('main.tf:3-9');
    expect(locationLabel({path: 'main.tf'})).toBe('main.tf');
  });
});

describe('lensQuestionHref and acceptanceExpired', () => {
  it('points a lens reference at its question on the lens page', () => {
    expect(lensQuestionHref('agentic-systems:ASL_TOOL_01')).toBe('/lenses/agentic-systems/#ASL_TOOL_01');
    expect(lensQuestionHref('not a ref')).toBeUndefined();
  });

  it('calls an acceptance expired only when it ends before the date', () => {
    expect(acceptanceExpired({until: '2026-05-28', asOf: '2026-05-29'})).toBe(true);
    expect(acceptanceExpired({until: '2026-05-29', asOf: '2026-05-29'})).toBe(false);
  });
});
