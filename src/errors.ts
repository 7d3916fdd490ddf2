/**
 * The one error type deboil throws. Every failure a user can meet carries a stable `code` (documented
 * in README, "Error codes"), the file it concerns (or `null` for in-memory input) and a hint that says
 * what to do about it. Only the CLI turns these into stderr lines and exit codes (src/cli/handle-error.ts).
 */
export const ERROR_CODES = {
  EMPTY_INPUT: 'the input is empty or holds only whitespace',
  NOT_A_PAGE: 'the input is not a web page or a text dump (binary data, JSON, ...)',
  TOO_LARGE: 'the input is larger than the size limit',
  NOT_FOUND: 'the path does not exist',
  IS_DIRECTORY: 'a directory was given where a file was expected',
  READ_FAILED: 'the file could not be read',
  WRITE_FAILED: 'the output could not be written',
  BAD_OUTPUT_NAME: "an input's --out-dir output name cannot be written (too long, refused by the file system, a folder in the way)",
  DECODE_FAILED: 'the bytes could not be decoded to text',
  BAD_INPUT: 'the input is not a string, bytes or a document',
  BAD_OPTIONS: 'an option has an invalid value',
  BAD_RULES: 'a site-rules file is invalid',
  TIMEOUT: 'cleaning took longer than the time limit',
  INVALID_OUTPUT: 'the cleaned article did not pass the output schema (a bug in deboil)',
  INTERNAL: 'an unexpected failure inside deboil (a bug)',
  INTERRUPTED: 'a batch run was stopped by a signal (SIGTERM, SIGINT)',
  BAD_RECORD: 'a WARC or JSONL record is malformed (not JSON, no page field, a Content-Length that does not fit)',
  TRUNCATED_RECORD: 'a WARC or JSONL input ends inside a record (a cut-short file or gzip member)',
  NOT_HTML: 'a WARC response holds an image, a PDF or other non-page payload',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * What to do about each code, the hint of an error thrown without a more specific one: a hint that
 * only restated the message ("the input is empty") left the user where they were.
 */
export const ERROR_HINTS: Readonly<Record<ErrorCode, string>> = {
  EMPTY_INPUT: 'check that the scrape saved the page (a 0-byte file is a failed download); fetch it again',
  NOT_A_PAGE: 'deboil reads HTML and plain-text pages; skip images, PDFs, archives and JSON',
  TOO_LARGE: 'raise --max-bytes (maxBytes) if the page is genuine',
  NOT_FOUND: 'check the path',
  IS_DIRECTORY: 'pass the files inside it, or give the directory to the CLI, which walks it',
  READ_FAILED: 'check that the file is readable',
  WRITE_FAILED: 'check the free space and the permissions where the output goes',
  BAD_OUTPUT_NAME: 'rename the input, or clean it into another output directory',
  DECODE_FAILED: 'the file is damaged; fetch it again',
  BAD_INPUT: 'pass a string, a Buffer/Uint8Array or a DOM Document',
  BAD_OPTIONS: 'see `deboil --help` or the Options section of the README',
  BAD_RULES: 'a rules file is a JSON array of {domain, body: {select, drop}}',
  TIMEOUT: 'raise --timeout if the page is genuine',
  INVALID_OUTPUT: 'this is a bug in deboil; please report it with the input file',
  INTERNAL: 'this is a bug in deboil; please report it with the input file',
  INTERRUPTED: 'the records written so far are whole; run the same command with --resume added to finish',
  BAD_RECORD: 'fix or drop the record named by its line number or offset; the other records were cleaned',
  TRUNCATED_RECORD: 'the file was cut short (an interrupted download or copy); fetch the shard again',
  NOT_HTML: 'nothing to do: the record holds no page (filter such records out before cleaning if they are many)',
};

export class DeboilError extends Error {
  override readonly name = 'DeboilError';
  readonly code: ErrorCode;
  readonly file: string | null;
  readonly hint: string;

  constructor(code: ErrorCode, message: string, options: { file?: string | null; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = options.file ?? null;
    this.hint = options.hint ?? ERROR_HINTS[code];
  }

  /** The same error, now naming the file it came from (errors thrown below the file layer know no path). */
  withFile(file: string): DeboilError {
    if (this.file === file) return this;
    return new DeboilError(this.code, this.message, { file, hint: this.hint, cause: this.cause });
  }

  toRecord(): { code: ErrorCode; message: string; hint: string } {
    return { code: this.code, message: this.file ? `${this.file}: ${this.message}` : this.message, hint: this.hint };
  }
}

/** Wraps anything thrown into a DeboilError, so callers deal with one type. */
export function asDeboilError(error: unknown, file?: string): DeboilError {
  if (error instanceof DeboilError) return file ? error.withFile(file) : error;
  const message = error instanceof Error ? error.message : String(error);
  return new DeboilError('INTERNAL', message, {
    file: file ?? null,
    hint: 'this is a bug in deboil; please report it with the input file',
    cause: error,
  });
}

/** An output that could not be written (a full disk, a read-only or vanished folder): the run stops there. */
export function writeFailed(error: unknown, file: string): DeboilError {
  if (error instanceof DeboilError) return error;
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new DeboilError('WRITE_FAILED', `cannot write the output (${reason})`, {
    file,
    hint: 'check the free space and the permissions where the output goes',
    cause: error,
  });
}

/** The reader of stdout went away (`deboil page.html | head -c1`): not a failure, the CLI exits quietly. */
export function isBrokenPipe(error: unknown): boolean {
  const code = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;
  return code(error) === 'EPIPE' || (error instanceof DeboilError && code(error.cause) === 'EPIPE');
}

/**
 * Writes to stdout and waits until the bytes are handed over, so that a failed write surfaces here as
 * WRITE_FAILED (or a broken pipe) rather than as an unhandled stream error after the fact.
 */
export function writeOut(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(chunk, (error) => (error ? reject(writeFailed(error, '<stdout>')) : resolve()));
  });
}
