/**
 * One corpus in the shared format (`<id>.html|.html.gz|.txt` + `truth.jsonl`) read and cleaned in this
 * process: what the benchmark times and what the quality gate scores.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { clean } from '../src/index.js';
import type { Prediction, Truth } from './score.js';

export interface CorpusPage {
  truth: Truth;
  page: { bytes: Buffer; kind: 'html' | 'text' } | null;
}

function readPage(dir: string, id: string): CorpusPage['page'] {
  for (const [name, kind] of [
    [`${id}.html`, 'html'],
    [`${id}.html.gz`, 'html'],
    [`${id}.txt`, 'text'],
  ] as const) {
    const path = join(dir, name);
    if (existsSync(path)) {
      const raw = readFileSync(path);
      return { bytes: name.endsWith('.gz') ? gunzipSync(raw) : raw, kind };
    }
  }
  return null;
}

export function readTruths(dir: string): Truth[] {
  return readFileSync(join(dir, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Truth);
}

export function readCorpus(dir: string): CorpusPage[] {
  return readTruths(dir).map((truth) => ({ truth, page: readPage(dir, truth.id) }));
}

/** deboil's prediction for one page in the scorer's shape; a thrown error is an error prediction. */
export function predict(truth: Truth, bytes: Buffer): Prediction {
  try {
    const article = clean(bytes);
    return {
      id: truth.id,
      title: article.title,
      date: article.date,
      outlet: article.outlet,
      author: article.authors.join(', ') || null,
      body: article.body,
    };
  } catch (error) {
    return { id: truth.id, error: String(error) };
  }
}
