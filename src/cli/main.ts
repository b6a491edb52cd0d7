import {runCli} from './cli';
import {EXIT, type ExitCode} from './exit-codes';
import {processIO, type CliIO} from './io';
import {verbs} from './verbs';

/** Entry of the bundled CLI (bin/wa-review.js). A thrown error here is a bug: report it as one, exit 2. */
export async function run(argv: readonly string[], io: CliIO = processIO): Promise<ExitCode> {
  try {
    return await runCli(argv, verbs, io);
  } catch (error) {
    io.err(`wa-review: unexpected internal error (a bug, please report it): ${(error as Error)?.message ?? String(error)}\n`);
    if (process.env.WA_REVIEW_DEBUG) io.err(`${(error as Error)?.stack ?? ''}\n`);
    return EXIT.usage;
  }
}
