import { JsonlFile, written } from '../batch/jsonl.js';
import { cleanWork, type EngineConfig, type Work } from '../batch/many.js';
import { countArticle, type Tally } from '../batch/progress.js';
import { DeboilError } from '../errors.js';
import { jsonlRecords } from './jsonl-records.js';

/**
 * Stream mode, for engines that pipe (Spark's RDD.pipe, Hadoop Streaming): JSONL page records on stdin,
 * exactly one output line per input line on stdout, in input order, the id echoed. Reading, cleaning
 * and writing overlap: the engine's ordered window (batch/many.ts) reads ahead only a bounded number of
 * lines, and each output line waits for the pipe to take it, so memory stays flat on an endless stream.
 */

async function* stdinWork(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Work> {
  for await (const item of jsonlRecords(chunks, maxBytes)) {
    yield item.error
      ? { source: '-', meta: item.meta, error: item.error }
      : { source: '-', meta: item.meta, input: { page: item.page, overrides: item.overrides } };
  }
}

/** Runs stream mode to the end of stdin; output goes to stdout, or to a -o file. */
export async function runStream(
  chunks: AsyncIterable<Buffer>,
  engine: EngineConfig,
  maxBytes: number,
  output: { stream: NodeJS.WritableStream } | { path: string; force: boolean },
  tally: Tally,
  onFailure?: (error: DeboilError) => void,
): Promise<void> {
  const file = 'path' in output ? await JsonlFile.open(output.path, { force: output.force, resume: false }) : null;
  const write = (line: string) => (file ? file.write(line) : written((output as { stream: NodeJS.WritableStream }).stream, `${line}\n`));
  try {
    for await (const { work, outcome } of cleanWork(stdinWork(chunks, maxBytes), engine, tally)) {
      await write(outcome.line);
      if (!outcome.error) countArticle(tally, outcome.line);
      else
        onFailure?.(
          new DeboilError(outcome.error.code, outcome.error.message, { file: `<stdin> line ${work.meta?.id}`, hint: outcome.error.hint }),
        );
    }
  } finally {
    await file?.close();
  }
  tally.totalKnown = true;
}
