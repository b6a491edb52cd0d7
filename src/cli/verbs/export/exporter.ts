import type {Problem} from '../../../content/problem';
import type {Verb, VerbContext} from '../../verb';

/** What an exporter returns: the text to write, or problems that stop it (errors) or only inform (warnings). */
export interface ExportResult {
  /** The exported text (UTF-8, no BOM); undefined when there are errors. */
  output: string | undefined;
  problems: Problem[];
}

/**
 * One format of `wa-review export <format>`. Its options are its own: `export` accepts them only with this format.
 * To add a format, write a file beside this one and list it in ./exporters.ts.
 */
export interface Exporter {
  format: string;
  summary: string;
  options: Verb['options'];
  run(ctx: VerbContext): Promise<ExportResult> | ExportResult;
}

export function defineExporter(exporter: Exporter): Exporter {
  return exporter;
}
