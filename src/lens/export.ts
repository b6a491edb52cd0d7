import {hasErrors, type Problem} from '../content/problem';
import type {Corpus, LensEntry} from '../content/types';
import type {ParsedYaml} from '../content/yaml';
import type {Lens} from '../schemas/lens';
import {checkToolLens} from './check';
import {splitToolData} from './tool-data';
import {TOOL_SCHEMA_VERSION} from './tool-schema';

/** Where the site publishes each exportable lens, relative to the site's base URL. */
export const toolLensApiPath = (id: string): string => `/api/v1/lenses/${id}.json`;

/**
 * A lens of our format as the Tool's JSON value: the format's own keys only, in the format's order, with
 * `schemaVersion` first. Our fields (ids of the lens in this site, versions, notes, what a question extends,
 * choice descriptions, keys set aside at import) are not written. Not validated: see `exportToolLens`.
 */
export function toToolData(lens: Lens): unknown {
  const {data} = splitToolData({value: {...lens, schemaVersion: TOOL_SCHEMA_VERSION}, level: 'lens', order: 'schema'});
  return data;
}

/** The JSON text the Tool receives: two-space indented, a final newline, UTF-8 without a BOM when written. */
export function toolJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * Exports one lens to the Tool's custom-lens JSON. Every violation of the format is an error here, whatever the
 * lens's kind (an imported lens that breaks a rule loads with warnings, but is not handed to the Tool), and `json`
 * is undefined when there is any. Problems point into the lens file when `locate` is given. Official lenses are
 * AWS's: the Tool has them, our catalog has no choices, and they are never exported.
 */
export function exportToolLens({lens, file, locate}: {lens: Lens; file?: string; locate?: ParsedYaml['locate']}): {json: string | undefined; problems: Problem[]} {
  if (lens.kind === 'official') throw new Error(`unexpected: ${lens.id} is an official lens; only custom and imported lenses are exported (see exportableLenses)`);
  const data = toToolData(lens);
  const json = toolJson(data);
  const problems = checkToolLens({
    data,
    target: {file: file ?? `lenses/${lens.kind === 'imported' ? 'imported/' : ''}${lens.id}.yaml`, ...(locate ? {locate} : {})},
    severity: 'error',
    bytes: Buffer.byteLength(json, 'utf8'),
  });
  return {json: hasErrors(problems) ? undefined : json, problems};
}

/**
 * The lenses the site publishes at /api/v1/lenses/<id>.json: custom and imported ones (official lenses are never
 * exported). The build calls `exportToolLens` on each and publishes those whose `json` is defined.
 */
export function exportableLenses({lenses}: Pick<Corpus, 'lenses'>): LensEntry[] {
  return lenses.filter((l) => l.data.kind !== 'official');
}
