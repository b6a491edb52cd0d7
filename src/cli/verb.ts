import type {ParseArgsConfig} from 'node:util';
import type {CliIO} from './io';
import type {ExitCode} from './exit-codes';

type OptionSpec = NonNullable<ParseArgsConfig['options']>[string] & {
  /** One line for `--help`; the value's name comes from `valueName`. */
  description: string;
  valueName?: string;
  /** Allowed values of a string option; anything else is a usage error. */
  choices?: readonly string[];
};

export interface VerbContext {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  /** The content root (the folder holding reviews/, lenses/, evidence/), absolute. */
  root: string;
  io: CliIO;
}

/** One `wa-review` verb: its usage is data, so `--help`, the docs and the argument checks agree. */
export interface Verb {
  name: string;
  summary: string;
  /** Positional arguments as shown in the usage line, e.g. `<review-id> <from> <to>`. */
  args: string;
  minPositionals: number;
  /** `Infinity` for a variadic verb. */
  maxPositionals: number;
  options: Record<string, OptionSpec>;
  run(ctx: VerbContext): Promise<ExitCode>;
}

export function defineVerb(verb: Verb): Verb {
  return verb;
}
