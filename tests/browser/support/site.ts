import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {siteLocation} from '../../../src/site-config';

export const PROJECT = path.resolve(__dirname, '../../..');
export const BUILD_DIR = process.env.WA_BUILD_DIR ?? path.join(PROJECT, 'build');
export const BASE_URL = siteLocation().baseUrl;

/** Runs `docusaurus build` with another config or content root into a temporary folder. */
export function buildSite({config, env = {}}: {config?: string; env?: Record<string, string>}): {status: number | null; stdout: string; stderr: string; outDir: string} {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'wa-build-'));
  const args = ['docusaurus', 'build', '--out-dir', outDir, ...(config ? ['--config', config] : [])];
  const result = spawnSync('npx', args, {cwd: PROJECT, env: {...process.env, ...env}, encoding: 'utf8', timeout: 300_000});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr, outDir};
}
