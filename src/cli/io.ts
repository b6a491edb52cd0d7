/** Where a verb writes. Verbs never touch process.stdout directly, so tests run them in-process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** The working directory relative paths are resolved against. */
  cwd: string;
}

export const processIO: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
};

/** An IO that records what was written, for tests. */
export function memoryIO(cwd: string = process.cwd()): CliIO & {stdout: () => string; stderr: () => string} {
  let out = '';
  let err = '';
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    cwd,
    stdout: () => out,
    stderr: () => err,
  };
}
