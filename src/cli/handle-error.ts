import { asDeboilError, type DeboilError } from '../errors.js';

/**
 * The one place where errors become stderr lines and exit codes.
 *   0  every input was cleaned
 *   1  some inputs failed (each has its own error record in the output)
 *   2  bad usage: unknown option, invalid option value, unreadable rules file, output file exists
 *   128 + n  a batch stopped by signal n (SIGINT 130, SIGTERM 143), as a shell reports a killed command
 */
export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2, SIGNALLED: 128 } as const;

const USAGE_CODES = new Set(['BAD_OPTIONS', 'BAD_RULES']);

export function formatError(error: DeboilError): string {
  const where = error.file ? `${error.file}: ` : '';
  return `deboil: ${where}${error.message} [${error.code}]\n  hint: ${error.hint}\n`;
}

/** Prints a fatal error and returns the exit code it deserves. */
export function reportFatal(error: unknown, stderr: NodeJS.WritableStream): number {
  const e = asDeboilError(error);
  stderr.write(formatError(e));
  return USAGE_CODES.has(e.code) ? EXIT.USAGE : EXIT.SOME_FAILED;
}
