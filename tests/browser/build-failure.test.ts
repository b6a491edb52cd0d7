import {describe, expect, it} from 'vitest';
import {makeRoot, removeRoot} from '../../src/content/__tests__/support/fixture-root';
import {loadCorpus} from '../../src/content/load';
import {formatText} from '../../src/content/report';
import {buildSite} from './support/site';

describe('the site build on invalid content', () => {
  it('fails with the same problem list as wa-review validate, and no stack trace', () => {
    const root = makeRoot([
      {file: 'reviews/demo/v1.md', replace: ['    severity: high', '    severity: critical']},
      {file: 'reviews/demo/v3.md', deleteLines: [23, 29]},
    ]);
    try {
      const expected = formatText(loadCorpus({root}).problems);
      expect(expected).toContain('(schema/enum)');
      expect(expected).toContain('(history/dropped-finding)');
      const result = buildSite({env: {WA_CONTENT_ROOT: root}});
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(expected);
      expect(result.stderr).toContain('[ERROR] the content has errors (listed above)');
      expect(result.stderr + result.stdout).not.toMatch(/\n\s+at /);
    } finally {
      removeRoot(root);
    }
  }, 300_000);
});
