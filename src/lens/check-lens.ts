import type {Problem} from '../content/problem';
import type {RuleId} from '../content/rules';
import type {ParsedYaml} from '../content/yaml';
import type {Lens} from '../schemas/lens';
import {checkToolLens} from './check';
import {toolJson, toToolData} from './export';

/**
 * Rules of the official catalog: it holds ids and titles in our words, no choices and no risk rules, and is never
 * exported (the Tool has AWS's lenses already), so only its shape is held to the Tool's limits.
 */
const OFFICIAL_RULES: ReadonlySet<RuleId> = new Set(['wa-lens/pillar-count', 'wa-lens/question-count', 'wa-lens/url-scheme']);

/**
 * The Tool's format rules on a lens file of ours, for the loader: errors for `custom` lenses (they are exported),
 * warnings for `imported` ones (their data is kept as it was), the catalog limits for `official` ones. Duplicate
 * ids are left to the loader's own lens/duplicate-id check.
 */
export function checkLensToolFormat({lens, file, yaml}: {lens: Lens; file: string; yaml: Pick<ParsedYaml, 'locate'>}): Problem[] {
  const data = toToolData(lens);
  const problems = checkToolLens({
    data,
    target: {file, locate: yaml.locate},
    severity: lens.kind === 'imported' ? 'warning' : 'error',
    bytes: Buffer.byteLength(toolJson(data), 'utf8'),
  }).filter((p) => p.rule !== 'lens/duplicate-id');
  return lens.kind === 'official' ? problems.filter((p) => OFFICIAL_RULES.has(p.rule as RuleId)) : problems;
}
