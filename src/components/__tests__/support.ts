import path from 'node:path';

/** The project folder, which holds the real reviews and lenses. */
export const PROJECT_ROOT = path.resolve(__dirname, '../../..');
/** The loader's valid fixture site: a three-version review with resolved, accepted and draft states. */
export const FIXTURE_ROOT = path.join(PROJECT_ROOT, 'src/content/__fixtures__/valid');
