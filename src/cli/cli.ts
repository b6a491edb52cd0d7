import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {EXIT, EXIT_TABLE, type ExitCode} from './exit-codes';
import type {CliIO} from './io';
import type {Verb} from './verb';
import {siteLocation} from '../site-config';

declare const __WA_REVIEW_VERSION__: string | undefined;

/** The folder of this project (holding package.json), wherever the CLI runs from: src/cli or dist/. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('unexpected: no package.json above the CLI');
    dir = parent;
  }
}

export function cliVersion(): string {
  if (typeof __WA_REVIEW_VERSION__ === 'string') return __WA_REVIEW_VERSION__;
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as {version: string};
  return pkg.version;
}

const GLOBAL_OPTIONS = {
  root: {type: 'string', description: 'the folder holding reviews/, lenses/ and evidence/ (default: the project)', valueName: 'DIR'},
  help: {type: 'boolean', short: 'h', description: 'show help'},
} as const;

class UsageError extends Error {}

/** The site's root URL (SITE_URL + BASE_URL) for the links a verb writes; a malformed value is a usage error. */
export function siteRootUrl(env: NodeJS.ProcessEnv = process.env): string {
  try {
    const {url, baseUrl} = siteLocation(env);
    return `${url}${baseUrl}`;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function optionLine(name: string, spec: {short?: string; type: string; description: string; valueName?: string; choices?: readonly string[]}): string {
  const value = spec.type === 'string' ? ` ${spec.choices ? spec.choices.join('|') : (spec.valueName ?? 'VALUE')}` : '';
  const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${value}`;
  return `  ${flag.padEnd(34)} ${spec.description}`;
}

export function verbUsage(verb: Verb): string {
  const opts = Object.entries(verb.options).map(([n, s]) => ` [--${n}${s.type === 'string' ? ` ${s.choices ? s.choices.join('|') : (s.valueName ?? 'VALUE')}` : ''}]`);
  return `wa-review ${verb.name}${verb.args ? ` ${verb.args}` : ''}${opts.join('')} [--root DIR]`;
}

export function verbHelp(verb: Verb): string {
  const lines = [`Usage: ${verbUsage(verb)}`, '', verb.summary, '', 'Options:'];
  for (const [name, spec] of Object.entries({...verb.options, ...GLOBAL_OPTIONS})) lines.push(optionLine(name, spec));
  return `${lines.join('\n')}\n`;
}

export function mainHelp(verbs: readonly Verb[]): string {
  const lines = [
    `wa-review ${cliVersion()}: validate, diff and export Well-Architected reviews of AI and agentic systems`,
    '',
    'Usage: wa-review <verb> [arguments] [--root DIR]',
    '       wa-review --help | --version',
    '',
    'Verbs:',
    ...(verbs.length ? verbs.map((v) => `  ${v.name.padEnd(14)} ${v.summary}`) : ['  (none yet)']),
    '',
    'Run `wa-review <verb> --help` for the options of one verb.',
    '',
    'Exit status:',
    ...EXIT_TABLE.map((e) => `  ${e.code}  ${e.meaning}`),
  ];
  return `${lines.join('\n')}\n`;
}

function resolveRoot(given: string | undefined, cwd: string): string {
  if (given !== undefined) {
    const abs = path.resolve(cwd, given);
    if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new UsageError(`--root ${given}: no such folder`);
    return abs;
  }
  // Inside a content tree, that tree; anywhere else, the project this CLI belongs to.
  if (existsSync(path.join(cwd, 'reviews')) || existsSync(path.join(cwd, 'lenses'))) return cwd;
  return packageRoot();
}

/** Runs `wa-review` with the given arguments; returns the exit status and never throws for bad input. */
export async function runCli(argv: readonly string[], verbs: readonly Verb[], io: CliIO): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    if (first === 'help' && rest[0]) {
      const verb = verbs.find((v) => v.name === rest[0]);
      if (verb) return io.out(verbHelp(verb)), EXIT.ok;
    }
    io[first === undefined ? 'err' : 'out'](mainHelp(verbs));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.out(`${cliVersion()}\n`);
    return EXIT.ok;
  }
  const verb = verbs.find((v) => v.name === first);
  if (!verb) {
    const names = verbs.map((v) => v.name);
    const hint = first.startsWith('-') ? `unknown option ${first}` : `unknown verb "${first}"`;
    io.err(`wa-review: ${hint}. Valid verbs: ${names.length ? names.join(', ') : '(none yet)'}\nRun \`wa-review --help\` for usage.\n`);
    return EXIT.usage;
  }
  try {
    const options = {...verb.options, ...GLOBAL_OPTIONS};
    const parsed = parseArgs({args: [...rest], options, allowPositionals: true, strict: true});
    const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
    if (values.help) return io.out(verbHelp(verb)), EXIT.ok;
    for (const [name, spec] of Object.entries(verb.options)) {
      const value = values[name];
      if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
        throw new UsageError(`--${name} ${value}: expected one of ${spec.choices.join(', ')}`);
      }
    }
    const n = parsed.positionals.length;
    if (n < verb.minPositionals) throw new UsageError(`missing argument: ${verb.args}`);
    if (n > verb.maxPositionals) throw new UsageError(`unexpected argument "${parsed.positionals[verb.maxPositionals]}"`);
    const root = resolveRoot(values.root as string | undefined, io.cwd);
    return await verb.run({values, positionals: parsed.positionals, root, io});
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`wa-review ${verb.name}: ${(error as Error).message}\nUsage: ${verbUsage(verb)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as {code?: unknown} | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

export {UsageError};
