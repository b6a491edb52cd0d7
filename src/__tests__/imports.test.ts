import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((d) => {
    const abs = path.join(dir, d.name);
    return d.isDirectory() ? sources(abs) : /\.tsx?$/.test(d.name) ? [abs] : [];
  });
}

describe('imports that break the site build', () => {
  it('imports zod as a namespace', () => {
    // Docusaurus loads the config and plugin through jiti with interopDefault, which resolves a named z import from zod to
    // undefined (it unwraps zod's default export), and the build dies at start-up.
    const offenders = sources(path.resolve(__dirname, '..')).filter((f) => /import\s+(type\s+)?\{[^}]*\bz\b[^}]*\}\s+from\s+'zod'/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(process.cwd(), f))).toEqual([]);
  });
});
