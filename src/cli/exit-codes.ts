/** The exit statuses of `wa-review`, a public contract (docs/reference/contracts.md#exit-status). */
export const EXIT = {
  /** No errors; warnings may have been printed. */
  ok: 0,
  /** Problems in the content or the input (including unreadable, empty or non-UTF-8 files). */
  problems: 1,
  /** Usage error: unknown verb or flag, missing argument, missing root. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_TABLE: ReadonlyArray<{code: ExitCode; meaning: string}> = [
  {code: EXIT.ok, meaning: 'no errors (warnings allowed)'},
  {code: EXIT.problems, meaning: 'problems in the content or input (including unreadable, empty or non-UTF-8 files)'},
  {code: EXIT.usage, meaning: 'usage error (unknown verb or flag, missing argument, missing root)'},
];
