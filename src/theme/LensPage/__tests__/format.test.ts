import {describe, expect, it} from 'vitest';
import {plural, publishedLine} from '../format';

describe('publishedLine', () => {
  it.each([
    [{published: '2026-11-20', versions: [{version: '1.0.0', date: '2026-11-20'}]}, '2026-11-20, version 1.0.0'],
    [{published: '2025-04-15', versions: [{version: '2025-04-15', date: '2025-04-15'}]}, '2025-04-15'],
    [{published: '2023-10-03', versions: [{version: '2023-10-03', date: '2023-10-03'}, {version: '2024-06-27', date: '2024-06-27'}, {version: '2024-11-06', date: '2024-11-06'}]}, '2023-10-03; latest version 2024-11-06 (3 versions)'],
    [{published: '2026-11-20', versions: [{version: '1.0.0', date: '2026-11-20'}, {version: '1.1.0', date: '2027-02-01'}]}, '2026-11-20; latest version 1.1.0 of 2027-02-01 (2 versions)'],
    [{published: '2026-11-25', versions: [{version: '1.0', date: '2026-11-26'}]}, '2026-11-25; latest version 1.0 of 2026-11-26'],
  ])('%j', (lens, line) => expect(publishedLine(lens)).toBe(line));

  it('counts in words', () => {
    expect(plural(1, 'pillar')).toBe('1 pillar');
    expect(plural(6, 'pillar')).toBe('6 pillars');
  });
});
