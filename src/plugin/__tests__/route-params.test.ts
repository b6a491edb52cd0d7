import {describe, expect, it} from 'vitest';
import {findingIdFromPath, shownVersionNumber, versionFromPath} from '../route-params';
import {urls} from '../routes';

describe('route parameters read from the path', () => {
  it.each(['/', '/aws-well-architected-ai/', '/reviews/'])('reads every contract URL under the base URL %s', (base) => {
    expect(findingIdFromPath(`${base}${urls.finding('AGP-012')}`, base)).toBe('AGP-012');
    expect(versionFromPath(`${base}${urls.version('agent-platform', 3)}`, base)).toBe(3);
    expect(versionFromPath(`${base}${urls.changes('agent-platform', 12)}`, base)).toBe(12);
    expect(versionFromPath(`${base}${urls.review('agent-platform')}`, base)).toBeUndefined();
    // A review id that looks like a version segment is still the alias.
    expect(versionFromPath(`${base}${urls.review('v2')}`, base)).toBeUndefined();
  });

  it('refuses a path that is not a page of its kind', () => {
    expect(() => findingIdFromPath('/reviews/x/', '/')).toThrow(/unexpected finding route/);
    expect(() => versionFromPath('/findings/X-001/', '/')).toThrow(/unexpected review route/);
    expect(() => versionFromPath('/other/reviews/x/', '/base/')).toThrow(/outside the base URL/);
  });

  it('shows the latest published version on the alias, else the newest draft', () => {
    expect(shownVersionNumber({latestPublished: 2, versions: [{version: 1}, {version: 2}, {version: 3}]})).toBe(2);
    expect(shownVersionNumber({latestPublished: undefined, versions: [{version: 1}]})).toBe(1);
  });
});
