import {describe, expect, it} from 'vitest';
import {drawnWidth, legibleMinWidth} from '../legible';

describe('legibleMinWidth', () => {
  it('lets a diagram shrink to three quarters of its drawn width and no further', () => {
    expect(legibleMinWidth('0 0 1600 300')).toBe(1200);
    expect(legibleMinWidth('-8 -8 401.5 120')).toBe(302);
  });

  it('has no minimum for a missing or malformed viewBox', () => {
    for (const v of [null, '', '0 0 100', '0 0 -5 10', '0 0 wide 10', '0 0 0 10']) expect(legibleMinWidth(v), String(v)).toBeUndefined();
    expect(drawnWidth('0,0,640,480')).toBe(640);
  });
});
